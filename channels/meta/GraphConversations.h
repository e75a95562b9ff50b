#pragma once

// Recent history of a Messenger page or Instagram account from Meta's Conversations API:
//   GET /{version}/{page-id}/conversations?platform=messenger|instagram&fields=participants,updated_time&limit=N
//   GET /{version}/{conversation-id}/messages?fields=id,created_time,from,to,message,attachments&limit=N
// newest first, each page continued with &after=<paging.cursors.after> while the answer has a
// paging.next. The token goes only as a Bearer header to the configured API host: paging.next is
// never followed as a URL, so a link in an answer cannot send the token anywhere else.
//
// Replies are parsed by pure functions into the same normalized events the webhooks give
// (MetaWebhook.cpp): a message from the account itself is outbound (sender Agent, status Sent),
// every other one is the customer's. The message id is the webhook's mid, so a message already
// received by webhook is recognised by Store::apply and not stored twice.

#include "common/Connector.h"
#include "common/HttpCall.h"
#include "domain/InboundEvent.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wasel::channels {

// One conversation of the list: who the customer is and when it last changed.
struct ConversationSummary {
    QString id;
    QDateTime updatedAt;
    QString customerId; // PSID / IGSID: the participant that is not the account
    QString customerName; // Messenger: name; Instagram: username
};

struct ConversationsPage {
    QList<ConversationSummary> conversations;
    QString after; // cursor of the next page; empty at the end
};

struct MessagesPage {
    QList<models::InboundEvent> events; // newest first, as Meta lists them
    QString after;
};

// Who the account is: the ids that mark a message as sent by the merchant, and the id events name
// the account by (the page id on Messenger, the Instagram account id on Instagram).
struct HistoryAccount {
    models::ChannelKind kind = models::ChannelKind::Messenger;
    QString externalId;
    QString listId; // whose /conversations to ask: the page (Instagram: the linked page, else the IG id)
    QSet<QString> ownIds;
};

class GraphConversations
{
public:
    GraphConversations(QNetworkAccessManager *network, const ApiEndpoint &endpoint);

    static QString conversationFields() { return QStringLiteral("participants,updated_time"); }
    static QString messageFields() { return QStringLiteral("id,created_time,from,to,message,attachments"); }

    // A 2xx body as a page; nullopt when it is not the JSON Meta documents (no "data" array).
    static std::optional<ConversationsPage> parseConversations(const HistoryAccount &account, const QByteArray &body);
    static std::optional<MessagesPage> parseMessages(const HistoryAccount &account,
                                                     const ConversationSummary &conversation, const QByteArray &body);
    // Graph's times: ISO 8601 ("2026-11-29T10:22:41+0000") or epoch seconds.
    static QDateTime parseTime(const QString &value);

    // done once, with the verdict (Sent on success) and the raw response (usage headers).
    using ConversationsDone =
        std::function<void(const SendResult &status, const ConversationsPage &page, const HttpResponse &response)>;
    void fetchConversations(const HistoryAccount &account, const QString &token, const QString &after, int limit,
                            ConversationsDone done);
    using MessagesDone =
        std::function<void(const SendResult &status, const MessagesPage &page, const HttpResponse &response)>;
    void fetchMessages(const HistoryAccount &account, const ConversationSummary &conversation, const QString &token,
                       const QString &after, int limit, MessagesDone done);

private:
    void get(const QString &path, const QUrlQuery &query, const QString &token,
             std::function<void(const SendResult &, const HttpResponse &)> done);

    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
};

} // namespace wasel::channels
