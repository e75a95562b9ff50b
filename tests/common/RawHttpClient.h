#pragma once

// A minimal HTTP/1.1 client for gateway tests: sends exactly the bytes given (so tests can send
// what a real client never would — a lying Content-Length, a truncated body) and reads one
// response, spinning the event loop so an in-process server can answer.

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTcpSocket>
#include <QTimer>

namespace wasel::tests {

struct RawResponse {
    int status = 0; // 0: no response (connection refused, closed or timed out)
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

inline QByteArray httpRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

// True once `received` holds a whole response (head and Content-Length bytes of body).
inline bool responseComplete(const QByteArray &received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = received.left(headEnd).toLower();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return false;
    const qsizetype end = head.indexOf("\r\n", at + 2);
    const qint64 length = head.mid(at + 17, end < 0 ? -1 : end - at - 17).trimmed().toLongLong();
    return received.size() - headEnd - 4 >= length;
}

inline RawResponse sendRaw(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QByteArray received;
    RawResponse response;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(bytes); });
    auto complete = [&] {
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = received.left(headEnd).split('\n');
        response.status = lines.front().split(' ').value(1).toInt();
        response.headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = response.headers.value("content-length", "-1").toLongLong();
        response.body = received.mid(headEnd + 4);
        return length >= 0 && response.body.size() >= length;
    };
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        received += socket.readAll();
        if (complete())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    timer.start(timeoutMs);
    loop.exec();
    received += socket.readAll();
    if (!complete() && response.status == 0)
        return {};
    return response;
}

} // namespace wasel::tests
