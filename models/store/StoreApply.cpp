// Writing what arrives from outside: normalized events, raw webhook deliveries, outbound messages
// and their delivery states.

#include "Store.h"
#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

namespace {

constexpr int PreviewLength = 160;

QDateTime eventTime(const InboundEvent &event)
{
    return event.timestamp.isValid() ? event.timestamp.toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace

QString previewOf(const QString &text)
{
    QString preview = text.simplified();
    if (preview.size() > PreviewLength)
        preview = preview.left(PreviewLength - 1) + QChar(0x2026);
    return preview;
}

bool Store::Private::touchConversation(qint64 conversationId, const Message &m, bool live)
{
    const bool fromCustomer = m.direction == Direction::In && m.sender == SenderKind::Customer;
    const bool news = live && fromCustomer;
    // Older messages (backfill, late redelivery) never move the list position or preview backwards.
    // SQLite rewrites the entries of every index on a column an UPDATE assigns, even to its own
    // value: status and snoozed_until, in six of the views' indexes (migration 11), are assigned
    // only below, only to a conversation that actually reopens.
    if (!ok(run(QStringLiteral(R"(UPDATE conversations SET
            last_message_preview = CASE WHEN ? >= last_activity_at THEN ? ELSE last_message_preview END,
            last_message_direction = CASE WHEN ? >= last_activity_at THEN ? ELSE last_message_direction END,
            last_message_kind = CASE WHEN ? >= last_activity_at THEN ? ELSE last_message_kind END,
            last_message_sender = CASE WHEN ? >= last_activity_at THEN ? ELSE last_message_sender END,
            last_message_ai_draft = CASE WHEN ? >= last_activity_at THEN ? ELSE last_message_ai_draft END,
            last_activity_at = MAX(last_activity_at, ?),
            last_customer_message_at = CASE WHEN ? THEN MAX(COALESCE(last_customer_message_at, 0), ?)
                                            ELSE last_customer_message_at END,
            unread_count = unread_count + ?
        WHERE id = ?)"),
                {fromDateTime(m.createdAt), previewOf(m.body), fromDateTime(m.createdAt), toString(m.direction),
                 fromDateTime(m.createdAt), toString(m.kind), fromDateTime(m.createdAt), toString(m.sender),
                 fromDateTime(m.createdAt), m.aiDraft != AiDraft::None, fromDateTime(m.createdAt), fromCustomer,
                 fromDateTime(m.createdAt), news ? 1 : 0, conversationId})))
        return false;
    // News reopens a resolved or snoozed conversation.
    return !news
        || ok(run(QStringLiteral("UPDATE conversations SET status = 'open', snoozed_until = NULL"
                                 " WHERE id = ? AND status IN ('resolved', 'snoozed')"),
                  {conversationId}));
}

Store::ApplyResult Store::apply(const InboundEvent &event, ApplyMode mode)
{
    ApplyResult result;
    const QString channel = toString(event.channel);

    switch (event.type) {
    case InboundEvent::Type::StatusUpdate:
        return d->applyStatus(event);
    case InboundEvent::Type::Unsent:
    case InboundEvent::Type::Edited:
    case InboundEvent::Type::Reaction:
    case InboundEvent::Type::ReactionRemoved:
        if (auto changed = d->applyToStored(event))
            return *changed;
        if (event.type == InboundEvent::Type::Reaction || event.type == InboundEvent::Type::ReactionRemoved)
            if (auto changed = d->applyToReactionRow(event))
                return *changed;
        // The message is not stored (it came before Wasel, or the change overtook it): keep a row
        // of its own, an unsent placeholder, the edited text or the reaction as a bubble (a
        // removal as an empty one, so an older reaction arriving after it is not shown).
        break;
    case InboundEvent::Type::Message:
        break;
    }

    if (event.customerExternalId.isEmpty() && event.direction == Direction::Out && !event.threadKey.isEmpty()) {
        // The merchant's own comment under a post: it goes into the conversation of the comment
        // it answers. One under nobody's comment (or a comment Wasel never saw) has no
        // conversation to go to; the raw event stays in the log.
        const auto owner = d->commentOwner(event);
        if (!owner) {
            result.ok = true;
            return result;
        }
        InboundEvent placed = event;
        placed.customerExternalId = owner->first;
        placed.threadKey = owner->second;
        return apply(placed, mode);
    }
    if (event.customerExternalId.isEmpty() || event.accountExternalId.isEmpty()) {
        result.error = QStringLiteral("a message event needs both the account and the customer id");
        return result;
    }

    // Idempotence: a provider id seen before on this channel means the event was applied already.
    if (!event.externalMessageId.isEmpty()) {
        QSqlQuery &q =
            d->run(QStringLiteral("SELECT id, conversation_id FROM messages WHERE channel = ? AND external_id = ?"),
                   {channel, event.externalMessageId});
        if (q.next()) {
            result.ok = true;
            result.messageId = q.value(0).toLongLong();
            result.conversationId = q.value(1).toLongLong();
            q.finish();
            return result;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = eventTime(event);
    Transaction tx(d->db);
    auto failed = [&](const QString &what) {
        result.error = QStringLiteral("%1: %2").arg(what, d->db.lastError().text());
        d->fail(result.error);
        return result;
    };

    // The merchant's account.
    if (!ok(d->run(
            QStringLiteral("INSERT INTO channel_accounts(kind, external_id, name, created_at) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT(kind, external_id) DO UPDATE SET name = excluded.name"
                           " WHERE excluded.name <> '' AND channel_accounts.name = ''"),
            {channel, event.accountExternalId, event.accountName, fromDateTime(now)})))
        return failed(QStringLiteral("cannot record the channel account"));
    QSqlQuery &account = d->run(QStringLiteral("SELECT id FROM channel_accounts WHERE kind = ? AND external_id = ?"),
                                {channel, event.accountExternalId});
    if (!account.next())
        return failed(QStringLiteral("cannot find the channel account"));
    const qint64 accountId = account.value(0).toLongLong();
    account.finish();

    // The customer, found through this channel identity or created with it.
    qint64 customerId = 0;
    QSqlQuery &identity = d->run(QStringLiteral("SELECT i.customer_id, c.display_name, c.avatar_url FROM identities i"
                                                " JOIN customers c ON c.id = i.customer_id"
                                                " WHERE i.channel = ? AND i.external_id = ?"),
                                 {channel, event.customerExternalId});
    const bool fromCustomer = event.direction == Direction::In;
    if (identity.next()) {
        customerId = identity.value(0).toLongLong();
        const QString knownName = identity.value(1).toString();
        // A real name replaces the placeholder (the raw id) a customer was created with.
        if (fromCustomer && !event.customerName.isEmpty() && knownName != event.customerName
            && (knownName.isEmpty() || knownName == event.customerExternalId)) {
            if (!ok(d->run(QStringLiteral("UPDATE customers SET display_name = ?, updated_at = ? WHERE id = ?"),
                           {event.customerName, fromDateTime(now), customerId}))
                || !d->indexCustomer(customerId))
                return failed(QStringLiteral("cannot update the customer's name"));
        }
        if (fromCustomer && !event.customerAvatarUrl.isEmpty()
            && identity.value(2).toString() != event.customerAvatarUrl)
            d->run(QStringLiteral("UPDATE customers SET avatar_url = ? WHERE id = ?"),
                   {event.customerAvatarUrl, customerId});
    } else {
        const QString name = event.customerName.isEmpty() ? event.customerExternalId : event.customerName;
        QSqlQuery &insert =
            d->run(QStringLiteral(
                       "INSERT INTO customers(display_name, avatar_url, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                   {name, event.customerAvatarUrl, fromDateTime(now), fromDateTime(now)});
        if (!ok(insert))
            return failed(QStringLiteral("cannot create the customer"));
        customerId = insert.lastInsertId().toLongLong();
        if (!ok(d->run(
                QStringLiteral(
                    "INSERT INTO identities(customer_id, channel, external_id, display_name) VALUES (?, ?, ?, ?)"),
                {customerId, channel, event.customerExternalId, event.customerName}))
            || !d->indexCustomer(customerId))
            return failed(QStringLiteral("cannot record the customer's identity"));
    }
    identity.finish();

    // The conversation: one per account, customer and thread (comment threads are per post).
    QSqlQuery &newConversation = d->run(
        QStringLiteral(
            "INSERT INTO conversations(account_id, customer_id, thread_key, context, last_activity_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, customer_id, thread_key) DO NOTHING"),
        {accountId, customerId, event.threadKey, event.contextJson.isEmpty() ? QStringLiteral("{}") : event.contextJson,
         fromDateTime(at), fromDateTime(now)});
    if (!ok(newConversation))
        return failed(QStringLiteral("cannot create the conversation"));
    const bool conversationExisted = newConversation.numRowsAffected() == 0;
    QSqlQuery &conversation = d->run(
        QStringLiteral("SELECT id FROM conversations WHERE account_id = ? AND customer_id = ? AND thread_key = ?"),
        {accountId, customerId, event.threadKey});
    if (!conversation.next())
        return failed(QStringLiteral("cannot find the conversation"));
    result.conversationId = conversation.value(0).toLongLong();
    conversation.finish();
    // What the event says about the conversation (a referral, the story or post it is about)
    // joins what is known, newest value per key.
    if (conversationExisted && !event.contextJson.isEmpty()
        && !ok(d->run(QStringLiteral("UPDATE conversations SET context = CASE WHEN json_valid(context)"
                                     " THEN json_patch(context, ?) ELSE ? END WHERE id = ?"),
                      {event.contextJson, event.contextJson, result.conversationId})))
        return failed(QStringLiteral("cannot update the conversation's context"));

    // The message itself.
    Message m;
    m.direction = event.direction;
    m.sender = event.sender;
    m.kind = event.kind;
    const bool unsent = event.type == InboundEvent::Type::Unsent;
    const bool reactionRemoved = event.type == InboundEvent::Type::ReactionRemoved;
    m.body = unsent || reactionRemoved ? QString() : event.text;
    if (unsent)
        m.unsentAt = at;
    m.createdAt = at;
    m.status = event.direction == Direction::In ? MessageStatus::Received : MessageStatus::Sent;
    if (event.status != MessageStatus::Received && event.direction == Direction::Out)
        m.status = event.status;
    QSqlQuery &insert = d->run(
        QStringLiteral(R"(INSERT INTO messages(conversation_id, channel, direction, sender_kind,
                sender_name, kind, body, payload, external_id, reply_to_external_id, status, status_reason,
                created_at, updated_at, unsent_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"),
        {result.conversationId, channel, toString(m.direction), toString(m.sender), event.senderName, toString(m.kind),
         m.body, event.payloadJson.isEmpty() || unsent ? QStringLiteral("{}") : event.payloadJson,
         nullIfEmpty(event.externalMessageId), nullIfEmpty(event.replyToExternalId), toString(m.status),
         event.statusReason, fromDateTime(at), fromDateTime(now), unsent ? fromDateTime(at) : QVariant(),
         event.type == InboundEvent::Type::Edited ? fromDateTime(at) : QVariant()});
    if (!ok(insert))
        return failed(QStringLiteral("cannot store the message"));
    result.messageId = insert.lastInsertId().toLongLong();

    for (const Attachment &a : unsent ? QList<Attachment>() : event.attachments) {
        if (!ok(d->run(
                QStringLiteral("INSERT INTO attachments(message_id, kind, url, local_path, mime_type, file_name, size)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {result.messageId, toString(a.kind), a.url, a.localPath, a.mimeType, a.fileName, a.size})))
            return failed(QStringLiteral("cannot store an attachment"));
    }
    // A reaction taken back from a message never seen is no news: the row keeps it from being
    // shown, the conversation list does not move for it.
    const bool quiet = reactionRemoved && conversationExisted;
    // Without text, the list shows what the first attachment is called (a shared post's title,
    // a place's name) beside what it is.
    Message listed = m;
    if (listed.body.isEmpty() && !unsent && !event.attachments.isEmpty())
        listed.body = event.attachments.first().fileName;
    if (!d->indexMessage(result.messageId, m.body)
        || (!quiet
            && !d->touchConversation(result.conversationId, listed, mode == ApplyMode::Live && !reactionRemoved)))
        return failed(QStringLiteral("cannot update the conversation"));
    if (!tx.commit())
        return failed(QStringLiteral("cannot commit the message"));

    result.ok = true;
    result.changed = true;
    d->notify(&Store::messageInserted, result.conversationId, result.messageId);
    d->notify(&Store::conversationChanged, result.conversationId);
    return result;
}

// ---- Raw webhook log ---------------------------------------------------------------------------

Store::RecordResult Store::recordWebhookEvent(const WebhookEvent &event)
{
    RecordResult result;
    if (event.dedupeKey.isEmpty()) {
        result.error = QStringLiteral("a webhook event needs a dedupe key");
        return result;
    }
    QSqlQuery &q =
        d->run(QStringLiteral("INSERT INTO webhook_events(provider, dedupe_key, headers, body, received_at, state)"
                              " VALUES (?, ?, ?, ?, ?, 'pending') ON CONFLICT(dedupe_key) DO NOTHING"),
               {event.provider, event.dedupeKey, event.headers, event.body,
                fromDateTime(event.receivedAt.isValid() ? event.receivedAt : QDateTime::currentDateTimeUtc())});
    if (!ok(q)) {
        result.error = QStringLiteral("cannot record the webhook event: %1").arg(q.lastError().text());
        d->fail(result.error);
        return result;
    }
    result.ok = true;
    if (q.numRowsAffected() == 0) {
        result.duplicate = true;
        QSqlQuery &existing =
            d->run(QStringLiteral("SELECT id FROM webhook_events WHERE dedupe_key = ?"), {event.dedupeKey});
        if (existing.next())
            result.id = existing.value(0).toLongLong();
        existing.finish();
    } else {
        result.id = q.lastInsertId().toLongLong();
    }
    return result;
}

bool Store::markWebhookEvent(qint64 id, const QString &state, const QString &error)
{
    QSqlQuery &q =
        d->run(QStringLiteral("UPDATE webhook_events SET state = ?, error = ? WHERE id = ?"), {state, error, id});
    if (!ok(q) || q.numRowsAffected() == 0)
        return d->fail(QStringLiteral("cannot mark webhook event %1 as %2").arg(id).arg(state));
    return true;
}

bool Store::setMessageStatus(qint64 messageId, MessageStatus status, const QString &reason, const QString &externalId)
{
    const auto current = message(messageId);
    if (!current)
        return d->fail(QStringLiteral("message %1 does not exist").arg(messageId));
    if (!isStatusAdvance(current->status, status)
        && !(current->status == MessageStatus::Failed && status == MessageStatus::Queued))
        return true; // late or repeated receipt: nothing to do
    QSqlQuery &q = d->run(
        QStringLiteral("UPDATE messages SET status = ?, status_reason = ?, external_id = COALESCE(?, external_id),"
                       " updated_at = ? WHERE id = ?"),
        {toString(status), reason, nullIfEmpty(externalId), fromDateTime(QDateTime::currentDateTimeUtc()), messageId});
    if (!ok(q))
        return d->fail(
            QStringLiteral("cannot update the status of message %1: %2").arg(messageId).arg(q.lastError().text()));
    d->notify(&Store::messageChanged, current->conversationId, messageId);
    d->notify(&Store::conversationChanged, current->conversationId);
    return true;
}

} // namespace wasel::models
