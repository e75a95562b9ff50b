#pragma once

// Messenger and Instagram replies through Meta's Send API (API_CONTRACTS.md §2.1): one connector
// per channel kind, the reply window chosen from the conversation (RESPONSE inside 24 hours, the
// HUMAN_AGENT tag for a staff reply up to 7 days, nothing after), text split at the channel's limit
// on word boundaries, and Meta's error codes turned into retry / fail with a reason people read.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QHash>
#include <QUrl>

#include <chrono>
#include <functional>

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

private:
    void sendPiece(const models::OutboundWork &work, const QString &token, const QByteArray &messagingType,
                   QStringList pieces, int index, QString firstId, std::function<void(const SendResult &)> done);

    models::ChannelKind m_kind;
    QNetworkAccessManager *m_network;
    TokenLookup m_tokens;
    ApiEndpoint m_options;
    QHash<qint64, int> m_piecesSent; // outbox id -> pieces of a split message already accepted
    QHash<qint64, QString> m_firstIds;
};

} // namespace wasel::channels
