#pragma once

// WhatsApp through Meta's Cloud API (API_CONTRACTS.md §2.2): text up to 4,096 characters (longer
// text is split), replies quoting the customer's message, templates with variables, and the
// 24-hour customer-service window — outside it only a template may go, and the composer is told so
// before anything is sent.

#include "common/Backoff.h"
#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QHash>

#include <functional>

class QNetworkAccessManager;

namespace wasel::channels {

class CloudSendConnector : public Connector
{
    Q_OBJECT

public:
    // The WhatsApp token for a phone number id; empty when not connected.
    using TokenLookup = std::function<QString(const QString &phoneNumberId)>;

    static ApiEndpoint defaultEndpoint()
    {
        return {QUrl(QStringLiteral("https://graph.facebook.com")), QStringLiteral("v21.0"), std::chrono::seconds(20)};
    }

    CloudSendConnector(QNetworkAccessManager *network, TokenLookup tokens,
                       const ApiEndpoint &endpoint = defaultEndpoint(), QObject *parent = nullptr);

    models::ChannelKind kind() const override { return models::ChannelKind::WhatsApp; }
    Capabilities capabilities() const override;
    void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) override;
    void testConnection(const QString &phoneNumberId, std::function<void(const ConnectionTestResult &)> done) override;
    // MarkSeen only: {"status": "read", "message_id": <the customer's newest wamid>} marks it and
    // everything before it read. Each message id once; WhatsApp has no typing indicator here.
    void senderAction(const QString &phoneNumberId, const QString &recipientExternalId, SenderAction action,
                      const QString &newestInboundExternalId = QString()) override;

    // The request body for one message (a text piece, or the template in the message's payload).
    // Exposed for tests; returns an empty array and sets *error when the message cannot be built.
    static QByteArray requestBody(const models::OutboundWork &work, const QString &text, QString *error);
    static SendResult verdict(const HttpResponse &response);

private:
    void post(const models::OutboundWork &work, const QString &token, QStringList pieces, int index, QString firstId,
              std::function<void(const SendResult &)> done);

    QNetworkAccessManager *m_network;
    TokenLookup m_tokens;
    ApiEndpoint m_endpoint;
    QHash<QString, QString> m_markedRead; // "number/customer" -> the newest message id marked read
    TokenBucket m_readMarks{20, 20}; // read marks per second, all numbers together
};

} // namespace wasel::channels
