#pragma once

// The webhook gateway (ARCHITECTURE.md, data flow): an embedded HTTP server that receives what a
// relay or tunnel forwards from the providers, checks each request's signature on its raw bytes,
// commits the raw event to the store, and only then answers 200. The event is then parsed and
// applied (Ingest.h); a failure leaves it marked failed and replayable.
//
// Requests that arrive in the same turn of the event loop are committed together (group commit):
// one disk sync for many events, and each 200 still waits for the commit that holds its event.

#include "common/Ingest.h"
#include "store/Store.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace wasel::channels {

struct WebhookSettings {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost); // elsewhere only when asked for
    quint16 port = 8787; // 0 = any free port
    // Secrets; a provider whose secret is empty is refused (401), never accepted unchecked.
    QByteArray metaAppSecret;
    QByteArray metaVerifyToken;
    QByteArray twilioAuthToken;
    QByteArray sendgridToken; // ?token= or the password of basic auth
    QByteArray manychatSecret; // X-Wasel-Token
    QByteArray apiToken; // the local API's bearer token (LocalApi.h); empty = the API is off
    // The relay's public base URL (https://inbox.example.com): Twilio signs the URL it called.
    QString publicUrl;
    qint64 maxBodyBytes = 1024 * 1024;
    // Per remote address; a relay forwards everything from one address, so the default is generous.
    double requestsPerSecond = 200; // 0 = no limit
    double burst = 400;
};

class WebhookServer : public QObject
{
    Q_OBJECT

public:
    explicit WebhookServer(models::Store &store, QObject *parent = nullptr);
    ~WebhookServer() override;

    // Secrets can change while running (the desktop app reads them from the keychain).
    void setSettings(const WebhookSettings &settings);
    const WebhookSettings &settings() const;

    // Binds the address and port of the settings. False with *error when it cannot.
    bool listen(QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;

    // Events received since start, requests refused (signature, limits, bad input), duplicates.
    struct Counters {
        qint64 received = 0;
        qint64 rejected = 0;
        qint64 duplicates = 0;
    };
    Counters counters() const;

    // ManyChat's External Request and Dynamic Block wait for the HTTP answer, which ManyChat can
    // render to the subscriber. Once a ManyChat message is applied, the handler gets its
    // conversation and message and may call `answer` once, soon, with a Dynamic Block v2 body; if
    // it does not call it within `deadline` (or there is no handler, or nothing new was stored),
    // the answer is an empty v2 block and the reply goes later through sendContent. `answer`
    // returns whether the body went out (false: too late, or ManyChat hung up).
    using Answer = std::function<bool(const QByteArray &dynamicBlock)>;
    using InlineReplyHandler = std::function<void(qint64 conversationId, qint64 messageId, Answer answer)>;
    void setInlineReplyHandler(InlineReplyHandler handler, std::chrono::milliseconds deadline);

Q_SIGNALS:
    // After each group of events is applied: what was new (messages, statuses).
    void ingested(const QList<wasel::channels::IngestedChange> &changes);
    // A refused request, for the log and the channels page. Never contains a secret.
    void requestRejected(const QString &route, int status, const QString &reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wasel::channels
