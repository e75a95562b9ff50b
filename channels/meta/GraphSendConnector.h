#pragma once

// Messenger and Instagram replies through Meta's Send API (API_CONTRACTS.md §2.1): one connector
// per channel kind, the reply window chosen from the conversation (RESPONSE inside 24 hours, the
// HUMAN_AGENT tag for a staff reply up to 7 days, nothing after), the message's parts from
// GraphMessage (attachments, text split at the channel's limit on word boundaries, product cards,
// quick replies), reply_to for an answer to a specific message, comment threads answered publicly
// under the post or privately (Private Replies), sender actions, and Meta's error codes and usage
// headers turned into retry / fail / pause with a reason people read.

#include "common/Backoff.h"
#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wasel::channels {

class GraphSendConnector : public Connector
{
    Q_OBJECT

public:
    // The page (or Instagram account) token for an account's external id; empty when not connected.
    using TokenLookup = std::function<QString(const QString &accountExternalId)>;

    static ApiEndpoint defaultEndpoint()
    {
        return {QUrl(QStringLiteral("https://graph.facebook.com")), QStringLiteral("v21.0"), std::chrono::seconds(20)};
    }

    GraphSendConnector(models::ChannelKind kind, QNetworkAccessManager *network, TokenLookup tokens,
                       const ApiEndpoint &endpoint, QObject *parent = nullptr);
    GraphSendConnector(models::ChannelKind kind, QNetworkAccessManager *network, TokenLookup tokens,
                       QObject *parent = nullptr);

    models::ChannelKind kind() const override { return m_kind; }
    Capabilities capabilities() const override;
    void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) override;
    void testConnection(const QString &accountExternalId,
                        std::function<void(const ConnectionTestResult &)> done) override;

    // Splits text into pieces of at most `limit` characters, at spaces or line breaks when there
    // are any, never inside a surrogate pair or a grapheme cluster.
    static QStringList splitText(const QString &text, int limit);
    // Meta's error envelope (HTTP status + {"error":{code, error_subcode, message}}) as a verdict.
    static SendResult verdict(const HttpResponse &response);

    // mark_seen / typing_on / typing_off on the Send API; at most one of each per customer every
    // few seconds, none while the account waits out a rate limit.
    void senderAction(const QString &accountExternalId, const QString &recipientExternalId, SenderAction action,
                      const QString &newestInboundExternalId = QString()) override;

private:
    struct Job; // one message on its way: its parts, where it goes, how far it got

    void sendPart(const std::shared_ptr<Job> &job, int index);
    void upload(const std::shared_ptr<Job> &job, int index);
    void replyToComment(const models::OutboundWork &work, const QString &token,
                        std::function<void(const SendResult &)> done);
    // A POST to the Graph API whose answer also feeds the account's usage (usagePause).
    void post(const QString &account, const QString &path, const QUrlQuery &query, const QString &token,
              const QByteArray &contentType, const QByteArray &body, std::function<void(const HttpResponse &)> done);
    SendResult settle(const QString &account, SendResult result, const HttpResponse &response);

    models::ChannelKind m_kind;
    QNetworkAccessManager *m_network;
    TokenLookup m_tokens;
    ApiEndpoint m_options;
    QHash<qint64, int> m_piecesSent; // outbox id -> parts of a split message already accepted
    QHash<qint64, QString> m_firstIds;
    QHash<QString, QDateTime> m_pausedUntil; // account -> no sender actions before
    QHash<QString, QDateTime> m_lastAction; // "account/recipient/action" -> when it was last sent
    TokenBucket m_actions{20, 20}; // sender actions per second, all accounts together
};

} // namespace wasel::channels
