#include "LimitedTcpServer.h"

#include <QTcpSocket>

namespace wasel::channels {

LimitedTcpServer::LimitedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer connects its own slot, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

// QHttpServer reads each request inside a QIODevice transaction and only consumes it once it is
// complete, so what is unread here is the request in progress: its head can be peeked.
void LimitedTcpServer::inspect(QTcpSocket *socket)
{
    const qint64 available = socket->bytesAvailable();
    if (available > m_maxBodyBytes + maxHeaderBytes)
        return reject(socket, 413, "the request body is larger than the gateway accepts");
    const QByteArray head = socket->peek(std::min<qint64>(available, maxHeaderBytes));
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (available >= maxHeaderBytes)
            reject(socket, 431, "the request headers are too large");
        return;
    }
    // Content-Length, case-insensitively, from the header lines only.
    const QByteArray lower = head.first(headEnd).toLower();
    const qsizetype at = lower.indexOf("\r\ncontent-length:");
    if (at < 0)
        return;
    const qsizetype valueStart = at + 17;
    const qsizetype valueEnd = lower.indexOf("\r\n", valueStart);
    bool ok = false;
    const qint64 length =
        lower.mid(valueStart, (valueEnd < 0 ? lower.size() : valueEnd) - valueStart).trimmed().toLongLong(&ok);
    if (!ok || length < 0)
        return reject(socket, 400, "the Content-Length header is not a number");
    if (length > m_maxBodyBytes)
        reject(socket, 413, "the request body is larger than the gateway accepts");
}

void LimitedTcpServer::reject(QTcpSocket *socket, int status, const QByteArray &reason)
{
    // QHttpServer must not see this connection's data again: drop its slot, discard what arrives.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());

    const QByteArray text = status == 413 ? "Payload Too Large"
        : status == 431                   ? "Request Header Fields Too Large"
                                          : "Bad Request";
    const QByteArray body = R"({"error":")" + reason + R"("})";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + text
                  + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    Q_EMIT rejected(QString::fromLatin1(reason));
}

} // namespace wasel::channels
