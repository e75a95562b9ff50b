#include "LocalApi.h"

#include "common/Signatures.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace wasel::channels {

using Status = QHttpServerResponse::StatusCode;

namespace {

QHttpServerResponse error(Status status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const models::Conversation &c)
{
    return QJsonObject{
        {QStringLiteral("id"), double(c.id)},
        {QStringLiteral("channel"), models::toString(c.channel)},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("id"), double(c.customerId)}, {QStringLiteral("name"), c.customerName}}},
        {QStringLiteral("status"), models::toString(c.status)},
        {QStringLiteral("assignee"), c.assignee},
        {QStringLiteral("ai_mode"), models::toString(c.aiMode)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(c.labels)},
        {QStringLiteral("unread"), c.unreadCount},
        {QStringLiteral("last_message"), c.lastMessagePreview},
        {QStringLiteral("last_activity_at"), iso(c.lastActivityAt)},
    };
}

QJsonObject toJson(const models::Message &m)
{
    return QJsonObject{
        {QStringLiteral("id"), double(m.id)},
        {QStringLiteral("direction"), models::toString(m.direction)},
        {QStringLiteral("sender"), models::toString(m.sender)},
        {QStringLiteral("sender_name"), m.senderName},
        // A staff reply that was the AI's draft: "as_written" or "edited"; null otherwise.
        {QStringLiteral("ai_draft"), m.aiDraft == models::AiDraft::None ? QJsonValue() : models::toString(m.aiDraft)},
        {QStringLiteral("kind"), models::toString(m.kind)},
        {QStringLiteral("text"), m.body},
        {QStringLiteral("status"), models::toString(m.status)},
        {QStringLiteral("status_reason"), m.statusReason},
        {QStringLiteral("external_id"), m.externalId},
        {QStringLiteral("created_at"), iso(m.createdAt)},
    };
}

} // namespace

void installLocalApi(QHttpServer &http, models::Store &store, std::function<QByteArray()> token)
{
    using Method = QHttpServerRequest::Method;
    // Returns an error response when the request may not use the API.
    auto refused = [token](const QHttpServerRequest &request) -> std::optional<QHttpServerResponse> {
        const QByteArray expected = token();
        if (expected.isEmpty())
            return error(Status::Unauthorized, QStringLiteral("the local API is off: set WASEL_API_TOKEN"));
        const QByteArray authorization = request.value("Authorization");
        if (!authorization.startsWith("Bearer "))
            return error(Status::Unauthorized, QStringLiteral("missing \"Authorization: Bearer <token>\""));
        if (!signatures::constantTimeEquals(authorization.mid(7).trimmed(), expected))
            return error(Status::Unauthorized, QStringLiteral("the token does not match"));
        return std::nullopt;
    };

    http.route(QStringLiteral("/api/conversations"), Method::Get, [&store, refused](const QHttpServerRequest &request) {
        if (auto r = refused(request))
            return std::move(*r);
        const QUrlQuery query = request.query();
        models::ConversationQuery q;
        q.limit = 500;
        const QString status = query.queryItemValue(QStringLiteral("status"));
        const QString channel = query.queryItemValue(QStringLiteral("channel"));
        if (!status.isEmpty()) {
            q.status = models::conversationStatusFromString(status);
            if (!q.status)
                return error(Status::BadRequest, QStringLiteral("status is one of open, pending, snoozed, resolved"));
        }
        if (!channel.isEmpty()) {
            q.channel = models::channelKindFromString(channel);
            if (!q.channel)
                return error(Status::BadRequest, QStringLiteral("unknown channel \"%1\"").arg(channel));
        }
        QJsonArray list;
        for (const models::Conversation &c : store.conversations(q))
            list.append(toJson(c));
        return QHttpServerResponse(list);
    });

    http.route(QStringLiteral("/api/conversations/<arg>/messages"), Method::Get,
               [&store, refused](qint64 id, const QHttpServerRequest &request) {
                   if (auto r = refused(request))
                       return std::move(*r);
                   if (!store.conversation(id))
                       return error(Status::NotFound, QStringLiteral("no conversation %1").arg(id));
                   QJsonArray list;
                   for (const models::Message &m : store.messages(id, 0, 1000))
                       list.append(toJson(m));
                   return QHttpServerResponse(list);
               });

    http.route(QStringLiteral("/api/conversations/<arg>/messages"), Method::Post,
               [&store, refused](qint64 id, const QHttpServerRequest &request) {
                   if (auto r = refused(request))
                       return std::move(*r);
                   QJsonParseError parseError;
                   const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
                   if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                       return error(Status::BadRequest, QStringLiteral("the body must be a JSON object"));
                   const QJsonValue text = doc.object().value(QLatin1String("text"));
                   if (!text.isString() || text.toString().trimmed().isEmpty())
                       return error(Status::BadRequest, QStringLiteral("\"text\" must be a non-empty string"));
                   if (!store.conversation(id))
                       return error(Status::NotFound, QStringLiteral("no conversation %1").arg(id));
                   const qint64 messageId =
                       store.enqueueOutbound(id, text.toString(), models::SenderKind::Agent, QStringLiteral("API"),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces));
                   if (!messageId)
                       return error(Status::InternalServerError, store.lastError().message);
                   // enqueueOutbound stores every message as queued; the outbox moves it on from there.
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), double(messageId)},
                                                          {QStringLiteral("status"), QStringLiteral("queued")}},
                                              Status::Created);
               });
}

} // namespace wasel::channels
