// ManyChat: the per-subscriber API log, the cached subscriber info, linking identities (merging
// customers) and the route an outbound message took.

#include "Store.h"
#include "StorePrivate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace wasel::models {

using namespace sql;

qint64 Store::customerOfIdentity(ChannelKind channel, const QString &externalId) const
{
    QSqlQuery q =
        exec(d->db, QStringLiteral("SELECT customer_id FROM identities WHERE channel = ? AND external_id = ?"),
             {toString(channel), externalId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::linkIdentity(qint64 customerId, ChannelKind channel, const QString &externalId)
{
    if (!customer(customerId))
        return d->fail(QStringLiteral("customer %1 does not exist").arg(customerId));
    const qint64 other = customerOfIdentity(channel, externalId);
    if (other == 0 || other == customerId)
        return addIdentity(customerId, channel, externalId);
    QSqlQuery clash = exec(d->db,
                           QStringLiteral("SELECT 1 FROM conversations a JOIN conversations b"
                                          " ON a.account_id = b.account_id AND a.thread_key = b.thread_key"
                                          " WHERE a.customer_id = ? AND b.customer_id = ? LIMIT 1"),
                           {customerId, other});
    if (clash.next())
        return d->fail(QStringLiteral("both customers have a conversation on the same account; they cannot be merged"));
    clash.finish();
    QList<qint64> moved;
    QSqlQuery conversations =
        exec(d->db, QStringLiteral("SELECT id FROM conversations WHERE customer_id = ?"), {other});
    while (conversations.next())
        moved.append(conversations.value(0).toLongLong());
    conversations.finish();
    Transaction tx(d->db);
    if (!ok(exec(d->db, QStringLiteral("UPDATE identities SET customer_id = ? WHERE customer_id = ?"),
                 {customerId, other}))
        || !ok(exec(d->db, QStringLiteral("UPDATE conversations SET customer_id = ? WHERE customer_id = ?"),
                    {customerId, other}))
        || !ok(exec(d->db, QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"), {other}))
        || !ok(exec(d->db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {other}))
        || !d->indexCustomer(customerId) || !tx.commit())
        return d->fail(QStringLiteral("cannot merge customer %1 into %2: %3")
                           .arg(other)
                           .arg(customerId)
                           .arg(d->db.lastError().text()));
    for (qint64 id : std::as_const(moved))
        d->notify(&Store::conversationChanged, id);
    return true;
}

bool Store::addManyChatLog(const QString &subscriberId, const QString &endpoint, bool success, const QString &summary,
                           int keep)
{
    Transaction tx(d->db);
    const QString clipped = summary.left(500);
    if (!ok(exec(d->db,
                 QStringLiteral("INSERT INTO manychat_log(subscriber_id, endpoint, ok, summary, created_at)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {subscriberId, endpoint, success ? 1 : 0, clipped, fromDateTime(QDateTime::currentDateTimeUtc())}))
        || !ok(exec(d->db,
                    QStringLiteral("DELETE FROM manychat_log WHERE subscriber_id = ? AND id NOT IN"
                                   " (SELECT id FROM manychat_log WHERE subscriber_id = ? ORDER BY id DESC LIMIT ?)"),
                    {subscriberId, subscriberId, std::max(1, keep)}))
        || !tx.commit())
        return d->fail(QStringLiteral("cannot record a ManyChat call: %1").arg(d->db.lastError().text()));
    d->notify(&Store::manyChatChanged, subscriberId);
    return true;
}

QList<ManyChatLogEntry> Store::manyChatLog(qint64 customerId, int limit) const
{
    QSqlQuery q = exec(d->db,
                       QStringLiteral("SELECT id, subscriber_id, endpoint, ok, summary, created_at FROM manychat_log"
                                      " WHERE subscriber_id IN (SELECT external_id FROM identities"
                                      " WHERE customer_id = ? AND channel = 'manychat')"
                                      " ORDER BY id DESC LIMIT ?"),
                       {customerId, limit});
    QList<ManyChatLogEntry> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                       q.value(4).toString(), toDateTime(q.value(5))});
    return result;
}

std::pair<QString, QDateTime> Store::manyChatInfo(const QString &subscriberId) const
{
    QSqlQuery q =
        exec(d->db, QStringLiteral("SELECT info_json, fetched_at FROM manychat_subscribers WHERE subscriber_id = ?"),
             {subscriberId});
    if (!q.next())
        return {QStringLiteral("{}"), {}};
    return {q.value(0).toString(), toDateTime(q.value(1))};
}

bool Store::setManyChatInfo(const QString &subscriberId, const QString &infoJson)
{
    if (!ok(exec(
            d->db,
            QStringLiteral("INSERT INTO manychat_subscribers(subscriber_id, info_json, fetched_at) VALUES (?, ?, ?)"
                           " ON CONFLICT(subscriber_id) DO UPDATE SET info_json = excluded.info_json,"
                           " fetched_at = excluded.fetched_at"),
            {subscriberId, infoJson, fromDateTime(QDateTime::currentDateTimeUtc())})))
        return d->fail(QStringLiteral("cannot store ManyChat subscriber %1").arg(subscriberId));
    d->notify(&Store::manyChatChanged, subscriberId);
    return true;
}

bool Store::setMessageRoute(qint64 messageId, const QString &route, const QString &note)
{
    const auto m = message(messageId);
    if (!m)
        return d->fail(QStringLiteral("message %1 does not exist").arg(messageId));
    QJsonObject payload = QJsonDocument::fromJson(m->payloadJson.toUtf8()).object();
    payload.insert(QStringLiteral("route"), route);
    if (note.isEmpty())
        payload.remove(QStringLiteral("route_note"));
    else
        payload.insert(QStringLiteral("route_note"), note);
    const QString json = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!ok(exec(d->db, QStringLiteral("UPDATE messages SET payload = ? WHERE id = ?"), {json, messageId})))
        return d->fail(QStringLiteral("cannot record the route of message %1").arg(messageId));
    d->notify(&Store::messageChanged, m->conversationId, messageId);
    return true;
}

} // namespace wasel::models
