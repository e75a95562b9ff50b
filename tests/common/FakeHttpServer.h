#pragma once

// A loopback HTTP/1.1 server for provider-API tests: it records every request exactly as it
// arrived (method, path with query, headers, body) and answers from a script — a status with
// headers and body, or silence, to test timeouts. Built on QTcpServer so that nothing of the code
// under test (QHttpServer, QNetworkAccessManager) is also the thing checking it.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <deque>

namespace wasel::tests {

struct RecordedRequest {
    QByteArray method;
    QByteArray target; // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 receivedAtMs = 0; // wall clock, for tests of a client's pacing

    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct ScriptedResponse {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool hang = false; // never answer (the client must time out)
    bool untilClose = false; // no Content-Length: the body ends when the connection closes

    static ScriptedResponse json(int status, const QByteArray &body)
    {
        return {status, body, {{"Content-Type", "application/json"}}, false};
    }
    static ScriptedResponse silence() { return {0, {}, {}, true, false}; }
};

class FakeHttpServer : public QObject
{
public:
    FakeHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    std::deque<ScriptedResponse> script; // answered in order; when empty: 200 {}
    QList<RecordedRequest> requests;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
            request.method = start.value(0);
            request.target = start.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.insert(name, value);
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            buffer.remove(0, headerEnd + 4 + length);
            requests.append(request);
            answer(socket);
        }
    }

    void answer(QTcpSocket *socket)
    {
        ScriptedResponse r = script.empty() ? ScriptedResponse::json(200, "{}") : script.front();
        if (!script.empty())
            script.pop_front();
        if (r.hang)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Scripted\r\n";
        for (const auto &[name, value] : r.headers)
            out += name + ": " + value + "\r\n";
        if (r.untilClose) {
            socket->write(out + "Connection: close\r\n\r\n" + r.body);
            socket->disconnectFromHost();
            return;
        }
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body;
        socket->write(out);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace wasel::tests
