#pragma once

// The listening socket under the webhook server. QHttpServer 6.4 buffers any body whole, trusts
// Content-Length and has no header limit (STACK.md §4); this server looks at each connection's
// bytes before QHttpServer does and answers 413 (body) or 431 (headers) as soon as a request is
// known to be too large, then drops the connection without buffering the rest.

#include <QTcpServer>

namespace wasel::channels {

class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LimitedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    static constexpr qint64 maxHeaderBytes = 16 * 1024;

Q_SIGNALS:
    void rejected(const QString &reason);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void inspect(class QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status, const QByteArray &reason);

    qint64 m_maxBodyBytes;
};

} // namespace wasel::channels
