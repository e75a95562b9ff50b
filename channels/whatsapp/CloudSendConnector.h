#pragma once

// WhatsApp through Meta's Cloud API (API_CONTRACTS.md §2.2): text up to 4,096 characters (longer
// text is split), media by link or uploaded from the workspace (one message each, the text as the
// caption of a single photo, video or document), reactions (an outbound message of kind reaction:
// its text is the emoji, its replyToExternalId the wamid), replies quoting the customer's message
// (context), templates with variables, and the
// 24-hour customer-service window — outside it only a template may go, and the composer is told so
// before anything is sent.

#include "common/Backoff.h"
#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QHash>

#include <functional>
#include <memory>

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

    static SendResult verdict(const HttpResponse &response);

private:
    struct Job;
    void sendPart(const std::shared_ptr<Job> &job, int index);
    // POST /{phone-number-id}/media (multipart: messaging_product, type, file), then the part
    // names the file by the media id it got.
    void upload(const std::shared_ptr<Job> &job, int index);

    QNetworkAccessManager *m_network;
    TokenLookup m_tokens;
    ApiEndpoint m_endpoint;
    QHash<QString, QString> m_markedRead; // "number/customer" -> the newest message id marked read
    TokenBucket m_readMarks{20, 20}; // read marks per second, all numbers together
};

} // namespace wasel::channels
