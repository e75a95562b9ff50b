#include "GraphConversations.h"

#include "GraphMessage.h"
#include "GraphSendConnector.h"
#include "common/WireJson.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace wasel::channels {

using models::ChannelKind;
using models::Direction;
using models::InboundEvent;
using models::MessageKind;
using namespace wire;

namespace {

// Translation context for the reasons below.
struct GraphConversationsText {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::GraphConversations)
};

const Json &dataOf(const Json &object)
{
    static const Json empty = Json::array();
    const Json &data = member(object, "data");
    return data.is_array() ? data : empty;
}

// The next page's cursor, only when Meta says there is a next page.
QString afterCursor(const Json &root)
{
    const Json &paging = member(root, "paging");
    if (text(paging, "next").isEmpty())
        return {};
    return text(member(paging, "cursors"), "after");
}

// Ids go into the request path; anything but Graph's id characters would change the request.
bool isGraphId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_.:=-]{1,200}$"));
    return pattern.match(id).hasMatch();
}

MessageKind attachmentKind(const Json &a)
{
    const QString mime = text(a, "mime_type");
    if (member(a, "image_data").is_object() || mime.startsWith(QLatin1String("image/")))
        return MessageKind::Image;
    if (member(a, "video_data").is_object() || mime.startsWith(QLatin1String("video/")))
        return MessageKind::Video;
    if (mime.startsWith(QLatin1String("audio/")))
        return MessageKind::Audio;
    return MessageKind::File;
}

std::optional<InboundEvent> messageEvent(const HistoryAccount &account, const ConversationSummary &conversation,
                                         const Json &m)
{
    InboundEvent e;
    e.channel = account.kind;
    e.accountExternalId = account.externalId;
    e.externalMessageId = text(m, "id");
    e.timestamp = GraphConversations::parseTime(text(m, "created_time"));
    if (e.externalMessageId.isEmpty() || !e.timestamp.isValid())
        return std::nullopt; // nothing to recognise it by, or to place it in the thread
    const Json &from = member(m, "from");
    const bool fromAccount = account.ownIds.contains(text(from, "id"));
    e.direction = fromAccount ? Direction::Out : Direction::In;
    e.sender = fromAccount ? models::SenderKind::Agent : models::SenderKind::Customer;
    e.status = fromAccount ? models::MessageStatus::Sent : models::MessageStatus::Received;
    if (fromAccount) {
        const Json &to = dataOf(member(m, "to"));
        e.customerExternalId = to.empty() ? QString() : text(to.front(), "id");
    } else {
        e.customerExternalId = text(from, "id");
    }
    if (e.customerExternalId.isEmpty())
        e.customerExternalId = conversation.customerId;
    e.customerName = conversation.customerName;
    e.text = text(m, "message");
    for (const Json &a : dataOf(member(m, "attachments"))) {
        models::Attachment attachment;
        attachment.kind = attachmentKind(a);
        attachment.mimeType = text(a, "mime_type");
        attachment.fileName = text(a, "name");
        attachment.url = text(member(a, "image_data"), "url");
        if (attachment.url.isEmpty())
            attachment.url = text(member(a, "video_data"), "url");
        if (attachment.url.isEmpty())
            attachment.url = text(a, "file_url");
        e.attachments.append(attachment);
        if (e.kind == MessageKind::Text && e.text.isEmpty())
            e.kind = attachment.kind;
    }
    if (e.text.isEmpty() && e.attachments.isEmpty()) {
        // A share, sticker or kind the API does not describe: kept with its JSON, never dropped.
        e.kind = MessageKind::Unsupported;
        e.payloadJson = QString::fromStdString(m.dump());
    }
    return e;
}

} // namespace

GraphConversations::GraphConversations(QNetworkAccessManager *network, const ApiEndpoint &endpoint)
    : m_network(network)
    , m_endpoint(endpoint)
{
}

QDateTime GraphConversations::parseTime(const QString &value)
{
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    QDateTime at = QDateTime::fromString(value, Qt::ISODate);
    if (!at.isValid()) {
        // Graph writes the offset without a colon ("+0000"), which Qt's ISO parser may refuse.
        static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
        at = QDateTime::fromString(QString(value).replace(offset, QStringLiteral("\\1:\\2")), Qt::ISODate);
    }
    return at.isValid() ? at.toUTC() : QDateTime();
}

std::optional<ConversationsPage> GraphConversations::parseConversations(const HistoryAccount &account,
                                                                        const QByteArray &body)
{
    const Json root = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!root.is_object() || !member(root, "data").is_array())
        return std::nullopt;
    ConversationsPage page;
    for (const Json &c : dataOf(root)) {
        ConversationSummary summary;
        summary.id = text(c, "id");
        summary.updatedAt = parseTime(text(c, "updated_time"));
        for (const Json &p : dataOf(member(c, "participants"))) {
            const QString id = text(p, "id");
            if (id.isEmpty() || account.ownIds.contains(id))
                continue;
            summary.customerId = id;
            summary.customerName = text(p, "username").isEmpty() ? text(p, "name") : text(p, "username");
            break;
        }
        if (!summary.id.isEmpty() && !summary.customerId.isEmpty())
            page.conversations.append(summary);
    }
    page.after = afterCursor(root);
    return page;
}

std::optional<MessagesPage> GraphConversations::parseMessages(const HistoryAccount &account,
                                                              const ConversationSummary &conversation,
                                                              const QByteArray &body)
{
    const Json root = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!root.is_object() || !member(root, "data").is_array())
        return std::nullopt;
    MessagesPage page;
    for (const Json &m : dataOf(root)) {
        if (auto e = messageEvent(account, conversation, m); e && !e->customerExternalId.isEmpty())
            page.events.append(*e);
    }
    page.after = afterCursor(root);
    return page;
}

void GraphConversations::get(const QString &path, const QUrlQuery &query, const QString &token,
                             std::function<void(const SendResult &, const HttpResponse &)> done)
{
    if (token.isEmpty())
        return done(SendResult::fail(GraphConversationsText::tr("No access token is stored for this account.")), {});
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2").arg(m_endpoint.version, path));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(0); // httpCall's own deadline applies
    httpCall(m_network, request, "GET", QByteArray(), m_endpoint.timeout,
             [path, done = std::move(done)](const HttpResponse &r) {
                 if (!r.isSuccess()) {
                     const SendResult verdict = GraphSendConnector::verdict(r);
                     qCWarning(lcMeta).noquote() << "history request" << path << "refused:" << verdict.error;
                     return done(verdict, r);
                 }
                 done(SendResult::sent(QString()), r);
             });
}

void GraphConversations::fetchConversations(const HistoryAccount &account, const QString &token, const QString &after,
                                            int limit, ConversationsDone done)
{
    if (!isGraphId(account.listId))
        return done(SendResult::fail(GraphConversationsText::tr("“%1” is not a Meta account id.").arg(account.listId)),
                    {}, {});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("platform"),
                       account.kind == ChannelKind::Instagram ? QStringLiteral("instagram")
                                                              : QStringLiteral("messenger"));
    query.addQueryItem(QStringLiteral("fields"), conversationFields());
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    get(account.listId + QStringLiteral("/conversations"), query, token,
        [account, done = std::move(done)](const SendResult &status, const HttpResponse &r) {
            if (status.outcome != SendResult::Outcome::Sent)
                return done(status, {}, r);
            const auto page = parseConversations(account, r.body);
            if (!page) {
                qCWarning(lcMeta).noquote()
                    << "conversations of" << account.listId << "are not Meta's JSON:" << r.body.left(80);
                return done(SendResult::fail(GraphConversationsText::tr("Meta's list of conversations could not be "
                                                                        "read.")),
                            {}, r);
            }
            done(status, *page, r);
        });
}

void GraphConversations::fetchMessages(const HistoryAccount &account, const ConversationSummary &conversation,
                                       const QString &token, const QString &after, int limit, MessagesDone done)
{
    if (!isGraphId(conversation.id))
        return done(
            SendResult::fail(GraphConversationsText::tr("“%1” is not a Meta conversation id.").arg(conversation.id)),
            {}, {});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), messageFields());
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    get(conversation.id + QStringLiteral("/messages"), query, token,
        [account, conversation, done = std::move(done)](const SendResult &status, const HttpResponse &r) {
            if (status.outcome != SendResult::Outcome::Sent)
                return done(status, {}, r);
            const auto page = parseMessages(account, conversation, r.body);
            if (!page) {
                qCWarning(lcMeta).noquote()
                    << "messages of conversation" << conversation.id << "are not Meta's JSON:" << r.body.left(80);
                return done(SendResult::fail(
                                GraphConversationsText::tr("Meta's messages of a conversation could not be read.")),
                            {}, r);
            }
            done(status, *page, r);
        });
}

} // namespace wasel::channels
