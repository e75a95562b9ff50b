// The outbox's state machine in SQL: queued -> sending -> sent | queued (retry) | failed.
// Each transition is one committed statement (or transaction) so that the row always tells how far
// a message got, whatever happens to the process afterwards.

#include "StorePrivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace wasel::models {

using namespace sql;

QString outboxSelect()
{
    return QStringLiteral(R"(SELECT id, client_id, message_id, conversation_id, channel, state, attempts,
            next_attempt_at, last_error, provider_message_id, created_at
        FROM outbox)");
}

OutboxItem Store::Private::readOutboxItem(const QSqlQuery &q)
{
    OutboxItem o;
    o.id = q.value(0).toLongLong();
    o.clientId = q.value(1).toString();
    o.messageId = q.value(2).toLongLong();
    o.conversationId = q.value(3).toLongLong();
    o.channel = channelKindFromString(q.value(4).toString()).value_or(ChannelKind::Messenger);
    o.state = q.value(5).toString();
    o.attempts = q.value(6).toInt();
    o.nextAttemptAt = toDateTime(q.value(7));
    o.lastError = q.value(8).toString();
    o.providerMessageId = q.value(9).toString();
    o.createdAt = toDateTime(q.value(10));
    return o;
}

QList<OutboxItem> Store::dueOutbox(const QDateTime &now, int limit) const
{
    // The oldest unfinished item of each conversation, if it is queued and due. An item in
    // "sending" blocks its conversation until it is settled.
    QSqlQuery q = exec(d->db, outboxSelect() + QStringLiteral(R"( WHERE id IN (
                SELECT MIN(id) FROM outbox WHERE state IN ('queued', 'sending') GROUP BY conversation_id)
            AND state = 'queued' AND next_attempt_at <= ?
            ORDER BY next_attempt_at, id LIMIT ?)"),
                       {fromDateTime(now), limit});
    QList<OutboxItem> result;
    while (q.next())
        result.append(Private::readOutboxItem(q));
    return result;
}

QDateTime Store::nextOutboxAttempt() const
{
    QSqlQuery q = exec(d->db, QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued'"));
    return q.next() ? toDateTime(q.value(0)) : QDateTime();
}

std::optional<OutboundWork> Store::outboundWork(qint64 outboxId) const
{
    QSqlQuery q = exec(d->db, outboxSelect() + QStringLiteral(" WHERE id = ?"), {outboxId});
    if (!q.next())
        return std::nullopt;
    OutboundWork work;
    work.item = Private::readOutboxItem(q);
    const auto msg = message(work.item.messageId);
    const auto conv = conversation(work.item.conversationId);
    if (!msg || !conv)
        return std::nullopt;
    work.message = *msg;
    work.threadKey = conv->threadKey;
    work.lastCustomerMessageAt = conv->lastCustomerMessageAt;
    if (const auto address = conversationAddress(work.item.conversationId)) {
        work.accountExternalId = address->accountExternalId;
        work.recipientExternalId = address->recipientExternalId;
    }
    if (!msg->replyToExternalId.isEmpty()) {
        QSqlQuery replyTo =
            exec(d->db, QStringLiteral("SELECT created_at FROM messages WHERE channel = ? AND external_id = ?"),
                 {toString(msg->channel), msg->replyToExternalId});
        if (replyTo.next())
            work.replyToCreatedAt = toDateTime(replyTo.value(0));
        // Payloads written by older versions or providers may not be JSON; json_extract would fail on them.
        QSqlQuery earlier = exec(d->db, QStringLiteral(R"(SELECT COUNT(*) FROM messages
                WHERE conversation_id = ? AND direction = 'out' AND reply_to_external_id = ? AND id <> ?
                AND status IN ('sending', 'sent', 'delivered', 'read')
                AND (CASE WHEN json_valid(payload) THEN json_extract(payload, '$.reply') END) = 'private')"),
                                 {msg->conversationId, msg->replyToExternalId, msg->id});
        if (earlier.next())
            work.earlierPrivateReplies = earlier.value(0).toInt();
    }
    return work;
}

std::optional<ConversationAddress> Store::conversationAddress(qint64 conversationId) const
{
    QSqlQuery ids = exec(d->db, QStringLiteral(R"(SELECT a.kind, a.external_id,
                (SELECT i.external_id FROM identities i WHERE i.customer_id = c.customer_id AND i.channel = a.kind
                 ORDER BY i.id LIMIT 1)
            FROM conversations c JOIN channel_accounts a ON a.id = c.account_id WHERE c.id = ?)"),
                         {conversationId});
    if (!ids.next())
        return std::nullopt;
    ConversationAddress address;
    address.channel = channelKindFromString(ids.value(0).toString()).value_or(ChannelKind::Messenger);
    address.accountExternalId = ids.value(1).toString();
    address.recipientExternalId = ids.value(2).toString();
    return address;
}

qint64 Store::enqueueOutbound(qint64 conversationId, const OutboundContent &content, SenderKind sender,
                              const QString &senderName, const QString &clientId)
{
    const QJsonObject payload = QJsonDocument::fromJson(content.payloadJson.toUtf8()).object();
    const bool hasCards = !payload.value(QLatin1String("cards")).toArray().isEmpty();
    // A WhatsApp template ({"template": {name, language, variables}}); its text is the filled-in body.
    const bool isTemplate = payload.value(QLatin1String("template")).isObject();
    // A reaction ({"reaction": true}) to the message in replyToExternalId; its text is the emoji,
    // empty to take the reaction back.
    const bool isReaction = payload.value(QLatin1String("reaction")).toBool();
    if (isReaction && content.replyToExternalId.isEmpty()) {
        d->fail(QStringLiteral("a reaction needs the message it reacts to"));
        return 0;
    }
    if (content.text.trimmed().isEmpty() && content.attachments.isEmpty() && !hasCards && !isReaction) {
        d->fail(QStringLiteral("an empty message cannot be sent"));
        return 0;
    }
    const auto conv = conversation(conversationId);
    if (!conv) {
        d->fail(QStringLiteral("conversation %1 does not exist").arg(conversationId));
        return 0;
    }
    Message m;
    m.direction = Direction::Out;
    m.sender = sender;
    // Only a person's reply can be the AI's draft that they sent; the AI's own replies are sender Ai.
    m.aiDraft = sender == SenderKind::Agent ? content.aiDraft : AiDraft::None;
    m.body = content.text;
    m.kind = isReaction                  ? MessageKind::Reaction
        : !content.attachments.isEmpty() ? content.attachments.first().kind
        : hasCards || isTemplate         ? MessageKind::Template
                                         : MessageKind::Text;
    m.replyToExternalId = content.replyToExternalId;
    if (m.replyToExternalId.isEmpty() && !conv->threadKey.isEmpty()) {
        // A reply in a comment thread answers the customer's newest comment unless told otherwise.
        QSqlQuery newest = exec(d->db,
                                QStringLiteral("SELECT external_id FROM messages WHERE conversation_id = ?"
                                               " AND direction = 'in' AND external_id IS NOT NULL ORDER BY id DESC"
                                               " LIMIT 1"),
                                {conversationId});
        if (newest.next())
            m.replyToExternalId = newest.value(0).toString();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m.createdAt = now;
    Transaction tx(d->db);
    QSqlQuery &insert =
        d->run(QStringLiteral(R"(INSERT INTO messages(conversation_id, channel, direction, sender_kind,
                sender_name, kind, body, payload, reply_to_external_id, status, created_at, updated_at, ai_draft)
                VALUES (?, ?, 'out', ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?))"),
               {conversationId, toString(conv->channel), toString(sender), senderName, toString(m.kind), m.body,
                content.payloadJson.isEmpty() ? QStringLiteral("{}") : content.payloadJson,
                nullIfEmpty(m.replyToExternalId), fromDateTime(now), fromDateTime(now), toString(m.aiDraft)});
    if (!ok(insert)) {
        d->fail(QStringLiteral("cannot store the outgoing message"));
        return 0;
    }
    m.id = insert.lastInsertId().toLongLong();
    for (const Attachment &a : content.attachments) {
        if (!ok(d->run(
                QStringLiteral("INSERT INTO attachments(message_id, kind, url, local_path, mime_type, file_name, size)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {m.id, toString(a.kind), a.url, a.localPath, a.mimeType, a.fileName, a.size}))) {
            d->fail(QStringLiteral("cannot store an attachment of the outgoing message"));
            return 0;
        }
    }
    if (!ok(d->run(QStringLiteral("INSERT INTO outbox(client_id, message_id, conversation_id, channel, state, "
                                  "next_attempt_at, created_at, updated_at)"
                                  " VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)"),
                   {clientId, m.id, conversationId, toString(conv->channel), fromDateTime(now), fromDateTime(now),
                    fromDateTime(now)}))
        || !d->indexMessage(m.id, m.body)
        || !d->touchConversation(conversationId, m)
        // A staff reply answers whatever the customer wrote: nothing is unread or waiting any more.
        || (sender == SenderKind::Agent
            && !ok(d->run(QStringLiteral("UPDATE conversations SET unread_count = 0, needs_human = 0 WHERE id = ?"),
                          {conversationId})))
        || !tx.commit()) {
        d->fail(QStringLiteral("cannot queue the outgoing message (client id %1)").arg(clientId));
        return 0;
    }
    d->notify(&Store::messageInserted, conversationId, m.id);
    d->notify(&Store::conversationChanged, conversationId);
    return m.id;
}

bool Store::beginOutboxAttempt(qint64 outboxId)
{
    QSqlQuery q = exec(d->db,
                       QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                                      " WHERE id = ? AND state = 'queued'"),
                       {fromDateTime(QDateTime::currentDateTimeUtc()), outboxId});
    if (!ok(q) || q.numRowsAffected() != 1)
        return d->fail(QStringLiteral("outbox item %1 is not queued").arg(outboxId));
    return true;
}

bool Store::outboxSent(qint64 outboxId, const QString &providerMessageId)
{
    QSqlQuery item = exec(d->db, outboxSelect() + QStringLiteral(" WHERE id = ?"), {outboxId});
    if (!item.next())
        return d->fail(QStringLiteral("outbox item %1 does not exist").arg(outboxId));
    const OutboxItem o = Private::readOutboxItem(item);
    item.finish();
    const QVariant now = fromDateTime(QDateTime::currentDateTimeUtc());
    QList<qint64> echoCopies;
    if (!providerMessageId.isEmpty()) {
        QSqlQuery echoes =
            exec(d->db,
                 QStringLiteral("SELECT id FROM messages WHERE channel = ? AND external_id = ? AND id <> ?"
                                " AND direction = 'out' AND id NOT IN (SELECT message_id FROM outbox)"),
                 {toString(o.channel), providerMessageId, o.messageId});
        while (echoes.next())
            echoCopies.append(echoes.value(0).toLongLong());
    }
    Transaction tx(d->db);
    // An echo of this very message may have arrived before the provider's answer did; it was
    // stored as a message of its own. Keep ours (it has the staff member, the client id, the
    // outbox history) and drop the echo's copy, so the conversation shows the message once.
    if (!providerMessageId.isEmpty()
        && !ok(exec(d->db,
                    QStringLiteral("DELETE FROM messages WHERE channel = ? AND external_id = ? AND id <> ?"
                                   " AND direction = 'out' AND id NOT IN (SELECT message_id FROM outbox)"),
                    {toString(o.channel), providerMessageId, o.messageId})))
        return d->fail(QStringLiteral("cannot reconcile message %1 with its echo").arg(o.messageId));
    if (!ok(exec(d->db,
                 QStringLiteral("UPDATE outbox SET state = 'sent', provider_message_id = ?, last_error = '',"
                                " updated_at = ? WHERE id = ?"),
                 {providerMessageId, now, outboxId}))
        || !ok(exec(d->db,
                    QStringLiteral("UPDATE messages SET status = CASE WHEN status IN ('delivered', 'read') THEN status"
                                   " ELSE 'sent' END, status_reason = '', external_id = COALESCE(?, external_id),"
                                   " updated_at = ? WHERE id = ?"),
                    {nullIfEmpty(providerMessageId), now, o.messageId}))
        || !tx.commit())
        return d->fail(QStringLiteral("cannot record that message %1 was sent: %2")
                           .arg(o.messageId)
                           .arg(d->db.lastError().text()));
    for (qint64 copy : std::as_const(echoCopies))
        d->notify(&Store::messageRemoved, o.conversationId, copy);
    d->notify(&Store::messageChanged, o.conversationId, o.messageId);
    d->notify(&Store::conversationChanged, o.conversationId);
    return true;
}

namespace {

std::optional<OutboxItem> settle(Store::Private &d, qint64 outboxId, const QString &state, const QDateTime &nextAttempt,
                                 const QString &error, MessageStatus messageStatus)
{
    QSqlQuery item = exec(d.db, outboxSelect() + QStringLiteral(" WHERE id = ?"), {outboxId});
    if (!item.next()) {
        d.fail(QStringLiteral("outbox item %1 does not exist").arg(outboxId));
        return std::nullopt;
    }
    const OutboxItem o = Store::Private::readOutboxItem(item);
    item.finish();
    const QVariant now = fromDateTime(QDateTime::currentDateTimeUtc());
    Transaction tx(d.db);
    if (!ok(exec(d.db,
                 QStringLiteral(
                     "UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?"),
                 {state, nextAttempt.isValid() ? fromDateTime(nextAttempt) : QVariant(QMetaType(QMetaType::LongLong)),
                  error, now, outboxId}))
        || !ok(exec(d.db,
                    QStringLiteral("UPDATE messages SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"),
                    {toString(messageStatus), error, now, o.messageId}))
        || !tx.commit()) {
        d.fail(QStringLiteral("cannot update outbox item %1: %2").arg(outboxId).arg(d.db.lastError().text()));
        return std::nullopt;
    }
    return o;
}

} // namespace

bool Store::outboxRetry(qint64 outboxId, const QDateTime &nextAttemptAt, const QString &error)
{
    // The message stays "queued" for the customer-facing status; the reason tells staff why it waits.
    const auto o = settle(*d, outboxId, QStringLiteral("queued"), nextAttemptAt, error, MessageStatus::Queued);
    if (!o)
        return false;
    d->notify(&Store::messageChanged, o->conversationId, o->messageId);
    return true;
}

bool Store::outboxFailed(qint64 outboxId, const QString &reason)
{
    const auto o = settle(*d, outboxId, QStringLiteral("failed"), QDateTime(), reason, MessageStatus::Failed);
    if (!o)
        return false;
    d->notify(&Store::messageChanged, o->conversationId, o->messageId);
    d->notify(&Store::conversationChanged, o->conversationId);
    return true;
}

bool Store::retryFailedMessage(qint64 messageId)
{
    QSqlQuery item =
        exec(d->db, outboxSelect() + QStringLiteral(" WHERE message_id = ? AND state = 'failed'"), {messageId});
    if (!item.next()) {
        // A failed outbound message that never had an outbox entry (history brought in from elsewhere):
        // retrying queues it now.
        const auto msg = message(messageId);
        if (!msg || msg->direction != Direction::Out || msg->status != MessageStatus::Failed)
            return d->fail(QStringLiteral("message %1 has not failed, so there is nothing to retry").arg(messageId));
        const QVariant now = fromDateTime(QDateTime::currentDateTimeUtc());
        Transaction tx(d->db);
        if (!ok(exec(d->db,
                     QStringLiteral("INSERT INTO outbox(client_id, message_id, conversation_id, channel, state, "
                                    "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)"),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces), messageId, msg->conversationId,
                      toString(msg->channel), now, now, now}))
            || !ok(exec(d->db,
                        QStringLiteral("UPDATE messages SET status = 'queued', status_reason = '', updated_at = ?"
                                       " WHERE id = ?"),
                        {now, messageId}))
            || !tx.commit())
            return d->fail(QStringLiteral("cannot queue message %1 again").arg(messageId));
        d->notify(&Store::messageChanged, msg->conversationId, messageId);
        d->notify(&Store::conversationChanged, msg->conversationId);
        return true;
    }
    const OutboxItem o = Private::readOutboxItem(item);
    item.finish();
    if (!settle(*d, o.id, QStringLiteral("queued"), QDateTime::currentDateTimeUtc(), QString(), MessageStatus::Queued))
        return false;
    d->notify(&Store::messageChanged, o.conversationId, o.messageId);
    d->notify(&Store::conversationChanged, o.conversationId);
    return true;
}

bool Store::deleteUnsentMessage(qint64 messageId)
{
    const auto msg = message(messageId);
    if (!msg)
        return d->fail(QStringLiteral("message %1 does not exist").arg(messageId));
    Transaction tx(d->db);
    // Only what never left: a failed or still queued outbox item. "sending" may already be with the provider.
    QSqlQuery del =
        exec(d->db, QStringLiteral("DELETE FROM outbox WHERE message_id = ? AND state IN ('failed', 'queued')"),
             {messageId});
    if (!ok(del) || del.numRowsAffected() != 1)
        return d->fail(QStringLiteral("message %1 is being sent or was sent, so it cannot be deleted").arg(messageId));
    if (!ok(exec(d->db, QStringLiteral("DELETE FROM message_search WHERE rowid = ?"), {messageId}))
        || !ok(exec(d->db, QStringLiteral("DELETE FROM messages WHERE id = ?"), {messageId})) || !tx.commit())
        return d->fail(QStringLiteral("cannot delete message %1").arg(messageId));
    d->notify(&Store::messageRemoved, msg->conversationId, messageId);
    d->notify(&Store::conversationChanged, msg->conversationId);
    return true;
}

} // namespace wasel::models
