#pragma once

// A loopback IMAP or SMTP server for sign-in tests: it greets, records every line the client
// sends, and answers each one from a function the test gives (several lines allowed). It can
// speak TLS from the start or after STARTTLS with a certificate the test made, so the client's
// TLS paths are exercised as well. Built on QTcpServer/QSslSocket, nothing of the code under test.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

namespace wasel::tests {

class FakeMailServer : public QObject
{
public:
    // The answer to one client line: the lines to send back (without CRLF); "STARTTLS" as the
    // last element starts the server side of TLS after the other lines are written.
    using Reply = std::function<QList<QByteArray>(const QByteArray &line)>;

    FakeMailServer(QByteArray greeting, Reply reply)
        : m_greeting(std::move(greeting))
        , m_reply(std::move(reply))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *plain = m_server.nextPendingConnection()) {
                auto *socket = static_cast<QSslSocket *>(plain);
                QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] { onData(socket); });
                QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
                if (m_implicitTls) {
                    QObject::connect(socket, &QSslSocket::encrypted, socket,
                                     [this, socket] { socket->write(m_greeting + "\r\n"); });
                    socket->startServerEncryption();
                } else {
                    socket->write(m_greeting + "\r\n");
                }
            }
        });
        m_server.onSocket = [this](QSslSocket *socket) {
            if (!m_certificate.isNull()) {
                socket->setLocalCertificate(m_certificate);
                socket->setPrivateKey(m_key);
            }
        };
    }

    // TLS with this certificate and key: from the first byte (implicit) or when a reply says so.
    void setTls(const QSslCertificate &certificate, const QSslKey &key, bool implicit)
    {
        m_certificate = certificate;
        m_key = key;
        m_implicitTls = implicit;
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> received; // every line the client sent, in order
    int connections() const { return m_server.accepted; }

private:
    // QSslSocket for every connection, so STARTTLS can upgrade it.
    class Server : public QTcpServer
    {
    public:
        std::function<void(QSslSocket *)> onSocket;
        int accepted = 0;

    protected:
        void incomingConnection(qintptr descriptor) override
        {
            auto *socket = new QSslSocket(this);
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
            ++accepted;
            if (onSocket)
                onSocket(socket);
            addPendingConnection(socket);
        }
    };

    void onData(QSslSocket *socket)
    {
        m_buffer += socket->readAll();
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            received.append(line);
            QList<QByteArray> out = m_reply(line);
            const bool startTls = !out.isEmpty() && out.last() == "STARTTLS";
            if (startTls)
                out.removeLast();
            for (const QByteArray &l : std::as_const(out))
                socket->write(l + "\r\n");
            if (startTls) {
                socket->flush();
                socket->startServerEncryption();
            }
        }
    }

    QByteArray m_greeting;
    Reply m_reply;
    Server m_server;
    QByteArray m_buffer;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_implicitTls = false;
};

} // namespace wasel::tests
