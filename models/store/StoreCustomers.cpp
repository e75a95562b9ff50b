// The inbox side of the store: the views' counts in one statement, a customer's conversations and
// the fields staff keep about a customer.

#include "Store.h"
#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

Store::ViewCounts Store::viewCounts(const QString &agent) const
{
    // The counts are kept as conversations change (view_counts, migration 12), so this reads a row
    // per status, assignee, account and label, however many conversations there are. Conversations
    // with a failed send are counted from the failed messages' index: there are few of them.
    static const QString sql = QStringLiteral(R"(
        SELECT v.view, v.ref, v.n, a.kind, l.name FROM view_counts v
          LEFT JOIN channel_accounts a ON v.view = 'c' AND a.id = v.ref
          LEFT JOIN labels l ON v.view = 'l' AND l.id = v.ref
         WHERE v.n > 0
        UNION ALL
        SELECT 'f', '', count(DISTINCT conversation_id), NULL, NULL FROM messages WHERE status = 'failed')");
    ViewCounts counts;
    QSqlQuery q = exec(d->db, sql);
    while (q.next()) {
        const QString view = q.value(0).toString();
        const QString ref = q.value(1).toString();
        const int n = q.value(2).toInt();
        if (view == QLatin1String("s")) {
            if (ref == QLatin1String("open"))
                counts.open = n;
            else if (ref == QLatin1String("snoozed"))
                counts.snoozed = n;
            else if (ref == QLatin1String("resolved"))
                counts.resolved = n;
        } else if (view == QLatin1String("a")) {
            if (ref.isEmpty())
                counts.unassigned = n;
            if (ref == agent)
                counts.mine = n;
        } else if (view == QLatin1String("h")) {
            counts.needsHuman = n;
        } else if (view == QLatin1String("f")) {
            counts.failed = n;
        } else if (view == QLatin1String("c")) {
            if (const auto channel = channelKindFromString(q.value(3).toString()))
                counts.channels[*channel] += n;
        } else if (view == QLatin1String("l") && !q.value(4).isNull()) {
            counts.labels.insert(q.value(4).toString(), n);
        }
    }
    return counts;
}

QStringList Store::assignees() const
{
    QSqlQuery q = exec(d->db, QStringLiteral("SELECT DISTINCT assignee FROM conversations WHERE assignee <> ''"));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QList<Conversation> Store::customerConversations(qint64 customerId) const
{
    QSqlQuery q = exec(d->db,
                       conversationSelect()
                           + QStringLiteral(" WHERE c.customer_id = ? ORDER BY c.last_activity_at DESC, c.id DESC"),
                       {customerId});
    QList<Conversation> result;
    while (q.next())
        result.append(Private::readConversation(q));
    return result;
}

QList<std::pair<QString, QString>> Store::customerFields(qint64 customerId) const
{
    QSqlQuery q = exec(d->db,
                       QStringLiteral("SELECT key, value FROM customer_fields WHERE customer_id = ?"
                                      " ORDER BY key COLLATE NOCASE"),
                       {customerId});
    QList<std::pair<QString, QString>> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

bool Store::setCustomerField(qint64 customerId, const QString &key, const QString &value)
{
    const QString name = key.trimmed();
    if (name.isEmpty())
        return d->fail(QStringLiteral("a customer field needs a name"));
    if (name.size() > 100 || value.size() > 4000)
        return d->fail(QStringLiteral("a customer field is too long (at most 100 characters for its name, 4000 for "
                                      "its value)"));
    if (!customer(customerId))
        return d->fail(QStringLiteral("there is no customer %1").arg(customerId));
    const QSqlQuery q = value.trimmed().isEmpty()
        ? exec(d->db, QStringLiteral("DELETE FROM customer_fields WHERE customer_id = ? AND key = ?"),
               {customerId, name})
        : exec(d->db,
               QStringLiteral("INSERT INTO customer_fields(customer_id, key, value) VALUES (?, ?, ?)"
                              " ON CONFLICT(customer_id, key) DO UPDATE SET value = excluded.value"),
               {customerId, name, value.trimmed()});
    if (!ok(q))
        return d->fail(QStringLiteral("cannot save the field %1 of customer %2: %3")
                           .arg(name)
                           .arg(customerId)
                           .arg(q.lastError().text()));
    d->notify(&Store::customerChanged, customerId);
    return true;
}

} // namespace wasel::models
