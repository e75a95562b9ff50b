// Events that change messages already stored: delivery and read receipts, a message taken back or
// edited by its sender, a customer's reaction and its removal.

#include "Store.h"
#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

Store::ApplyResult Store::Private::applyStatus(const InboundEvent &event)
{
    ApplyResult result;
    const QString channel = toString(event.channel);
    if (!event.externalMessageId.isEmpty()) {
        QSqlQuery &q =
            run(QStringLiteral("SELECT id, conversation_id FROM messages WHERE channel = ? AND external_id = ?"),
                {channel, event.externalMessageId});
        if (!q.next()) {
            // A receipt for a message this workspace never sent (another tool, or pruned).
            result.ok = true;
            return result;
        }
        result.messageId = q.value(0).toLongLong();
        result.conversationId = q.value(1).toLongLong();
        q.finish();
        const auto before = this->q->message(result.messageId);
        result.changed = before && isStatusAdvance(before->status, event.status);
        result.ok = !result.changed || this->q->setMessageStatus(result.messageId, event.status, event.statusReason);
        if (!result.ok)
            result.error = lastError.message;
        return result;
    }
    // Watermark receipts: every outbound message of the conversation up to that moment.
    if (!event.watermark.isValid()) {
        result.error = QStringLiteral("a status update needs a message id or a watermark");
        return result;
    }
    QSqlQuery &q = run(QStringLiteral(R"(SELECT m.id, m.conversation_id, m.status FROM messages m
                JOIN conversations c ON c.id = m.conversation_id
                JOIN channel_accounts a ON a.id = c.account_id
                JOIN identities i ON i.customer_id = c.customer_id AND i.channel = a.kind
                WHERE a.kind = ? AND a.external_id = ? AND i.external_id = ?
                  AND m.direction = 'out' AND m.created_at <= ?
                  AND m.status IN ('sent', 'delivered'))"),
                       {channel, event.accountExternalId, event.customerExternalId, fromDateTime(event.watermark)});
    QList<std::pair<qint64, qint64>> toUpdate;
    while (q.next()) {
        const auto status = messageStatusFromString(q.value(2).toString());
        if (status && isStatusAdvance(*status, event.status))
            toUpdate.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    Transaction tx(db);
    for (const auto &[messageId, conversationId] : toUpdate) {
        if (!ok(run(QStringLiteral("UPDATE messages SET status = ?, updated_at = ? WHERE id = ?"),
                    {toString(event.status), fromDateTime(QDateTime::currentDateTimeUtc()), messageId}))) {
            result.error = QStringLiteral("cannot record the receipt");
            return result;
        }
        result.conversationId = conversationId;
    }
    if (!tx.commit()) {
        result.error = QStringLiteral("cannot commit the receipt");
        return result;
    }
    for (const auto &[messageId, conversationId] : toUpdate)
        notify(&Store::messageChanged, conversationId, messageId);
    result.ok = true;
    result.changed = !toUpdate.isEmpty();
    return result;
}

std::optional<Store::ApplyResult> Store::Private::applyToStored(const InboundEvent &event)
{
    const bool reaction =
        event.type == InboundEvent::Type::Reaction || event.type == InboundEvent::Type::ReactionRemoved;
    const QString target = reaction ? event.replyToExternalId : event.externalMessageId;
    if (target.isEmpty())
        return std::nullopt;
    QSqlQuery &q = run(QStringLiteral("SELECT id, conversation_id, unsent_at, body, reaction, reaction_at"
                                      " FROM messages WHERE channel = ? AND external_id = ?"),
                       {toString(event.channel), target});
    if (!q.next())
        return std::nullopt;
    ApplyResult result;
    result.ok = true;
    result.messageId = q.value(0).toLongLong();
    result.conversationId = q.value(1).toLongLong();
    const bool unsent = !q.value(2).isNull();
    const QString body = q.value(3).toString();
    const QString currentReaction = q.value(4).toString();
    const QDateTime reactionAt = toDateTime(q.value(5));
    q.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = event.timestamp.isValid() ? event.timestamp.toUTC() : now;
    auto failed = [&](const QString &what) {
        result.ok = false;
        result.error = QStringLiteral("%1: %2").arg(what, db.lastError().text());
        fail(result.error);
        return result;
    };
    Transaction tx(db);
    switch (event.type) {
    case InboundEvent::Type::Unsent:
        if (unsent)
            return result; // a redelivery
        // The content goes (Meta's policy: what the sender took back is deleted), also from search
        // and from the conversation list's preview; the row stays, shown as "unsent".
        if (!ok(run(QStringLiteral("UPDATE messages SET unsent_at = ?, body = '', payload = '{}', updated_at = ?"
                                   " WHERE id = ?"),
                    {fromDateTime(at), fromDateTime(now), result.messageId}))
            || !ok(run(QStringLiteral("DELETE FROM attachments WHERE message_id = ?"), {result.messageId}))
            || !ok(run(QStringLiteral("DELETE FROM message_search WHERE rowid = ?"), {result.messageId}))
            || !ok(run(QStringLiteral("UPDATE conversations SET last_message_preview = ''"
                                      " WHERE id = ? AND last_message_preview = ?"),
                       {result.conversationId, previewOf(body)})))
            return failed(QStringLiteral("cannot record that a message was unsent"));
        break;
    case InboundEvent::Type::Edited:
        if (unsent || body == event.text)
            return result; // taken back already, or a redelivery
        if (!ok(run(QStringLiteral("UPDATE messages SET body = ?, edited_at = ?, updated_at = ? WHERE id = ?"),
                    {event.text, fromDateTime(at), fromDateTime(now), result.messageId}))
            || !ok(run(QStringLiteral("DELETE FROM message_search WHERE rowid = ?"), {result.messageId}))
            || !indexMessage(result.messageId, event.text)
            || !ok(run(QStringLiteral("UPDATE conversations SET last_message_preview = ?"
                                      " WHERE id = ? AND last_message_preview = ?"),
                       {previewOf(event.text), result.conversationId, previewOf(body)})))
            return failed(QStringLiteral("cannot record an edit"));
        break;
    default: {
        const QString emoji = event.type == InboundEvent::Type::Reaction ? event.text : QString();
        // A redelivery, or an older change arriving after a newer one, changes nothing.
        if (emoji == currentReaction || (reactionAt.isValid() && at < reactionAt))
            return result;
        if (!ok(run(QStringLiteral("UPDATE messages SET reaction = ?, reaction_at = ?, updated_at = ? WHERE id = ?"),
                    {emoji, fromDateTime(at), fromDateTime(now), result.messageId})))
            return failed(QStringLiteral("cannot record a reaction"));
        break;
    }
    }
    if (!tx.commit())
        return failed(QStringLiteral("cannot commit the change"));
    result.changed = true;
    notify(&Store::messageChanged, result.conversationId, result.messageId);
    notify(&Store::conversationChanged, result.conversationId);
    return result;
}

std::optional<Store::ApplyResult> Store::Private::applyToReactionRow(const InboundEvent &event)
{
    if (event.replyToExternalId.isEmpty())
        return std::nullopt;
    QSqlQuery &q =
        run(QStringLiteral(R"(SELECT m.id, m.conversation_id, m.body, COALESCE(m.reaction_at, m.created_at)
                FROM messages m
                JOIN conversations c ON c.id = m.conversation_id
                JOIN channel_accounts a ON a.id = c.account_id
                JOIN identities i ON i.customer_id = c.customer_id AND i.channel = a.kind
                WHERE m.channel = ? AND m.kind = 'reaction' AND m.reply_to_external_id = ?
                  AND a.external_id = ? AND i.external_id = ?
                ORDER BY m.id DESC LIMIT 1)"),
            {toString(event.channel), event.replyToExternalId, event.accountExternalId, event.customerExternalId});
    if (!q.next())
        return std::nullopt;
    ApplyResult result;
    result.ok = true;
    result.messageId = q.value(0).toLongLong();
    result.conversationId = q.value(1).toLongLong();
    const QString body = q.value(2).toString();
    const QDateTime lastChange = toDateTime(q.value(3));
    q.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = event.timestamp.isValid() ? event.timestamp.toUTC() : now;
    const QString emoji = event.type == InboundEvent::Type::Reaction ? event.text : QString();
    // A redelivery, or an older change arriving after a newer one, changes nothing.
    if (emoji == body || (lastChange.isValid() && at < lastChange))
        return result;
    Transaction tx(db);
    if (!ok(run(QStringLiteral("UPDATE messages SET body = ?, reaction_at = ?, updated_at = ? WHERE id = ?"),
                {emoji, fromDateTime(at), fromDateTime(now), result.messageId}))
        || !ok(run(QStringLiteral("DELETE FROM message_search WHERE rowid = ?"), {result.messageId}))
        || !indexMessage(result.messageId, emoji)
        || !ok(run(QStringLiteral("UPDATE conversations SET last_message_preview = ?"
                                  " WHERE id = ? AND last_message_kind = 'reaction' AND last_message_preview = ?"),
                   {previewOf(emoji), result.conversationId, previewOf(body)}))
        || !tx.commit()) {
        result.ok = false;
        result.error = QStringLiteral("cannot record a reaction: %1").arg(db.lastError().text());
        fail(result.error);
        return result;
    }
    result.changed = true;
    notify(&Store::messageChanged, result.conversationId, result.messageId);
    notify(&Store::conversationChanged, result.conversationId);
    return result;
}

std::optional<std::pair<QString, QString>> Store::Private::commentOwner(const InboundEvent &event)
{
    if (event.replyToExternalId.isEmpty())
        return std::nullopt;
    QSqlQuery &q = run(QStringLiteral(R"(SELECT i.external_id, c.thread_key FROM messages m
                JOIN conversations c ON c.id = m.conversation_id
                JOIN channel_accounts a ON a.id = c.account_id
                JOIN identities i ON i.customer_id = c.customer_id AND i.channel = a.kind
                WHERE m.channel = ? AND m.external_id = ? AND a.external_id = ?
                ORDER BY i.id LIMIT 1)"),
                       {toString(event.channel), event.replyToExternalId, event.accountExternalId});
    if (!q.next())
        return std::nullopt;
    std::pair<QString, QString> owner{q.value(0).toString(), q.value(1).toString()};
    q.finish();
    if (owner.first.isEmpty())
        return std::nullopt;
    return owner;
}

} // namespace wasel::models
