// The inbox side of the store: the views' counts in one statement, a customer's conversations and
// the fields staff keep about a customer.

#include "Store.h"
#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

Store::ViewCounts Store::viewCounts(const QString &agent) const
{
    // One statement for every view: the fixed views as sums over one pass of the conversations,
    // then open conversations grouped by channel and by label. Row kinds: v (views), c, l.
    static const QString sql = QStringLiteral(R"(
        SELECT 'v', '', sum(status = 'open'), sum(status = 'open' AND assignee = ?),
               sum(status = 'open' AND assignee = ''), sum(status = 'open' AND needs_human = 1),
               sum(id IN (SELECT conversation_id FROM messages WHERE status = 'failed')),
               sum(status = 'snoozed'), sum(status = 'resolved')
          FROM conversations
        UNION ALL
        SELECT 'c', a.kind, count(*), 0, 0, 0, 0, 0, 0
          FROM conversations c JOIN channel_accounts a ON a.id = c.account_id
         WHERE c.status = 'open' GROUP BY a.kind
        UNION ALL
        SELECT 'l', l.name, count(*), 0, 0, 0, 0, 0, 0
          FROM conversation_labels cl JOIN labels l ON l.id = cl.label_id
          JOIN conversations c ON c.id = cl.conversation_id
         WHERE c.status = 'open' GROUP BY l.name)");
    ViewCounts counts;
    QSqlQuery q = exec(d->db, sql, {agent});
    while (q.next()) {
        const QString kind = q.value(0).toString();
        if (kind == QLatin1String("v")) {
            counts.open = q.value(2).toInt();
            counts.mine = q.value(3).toInt();
            counts.unassigned = q.value(4).toInt();
            counts.needsHuman = q.value(5).toInt();
            counts.failed = q.value(6).toInt();
            counts.snoozed = q.value(7).toInt();
            counts.resolved = q.value(8).toInt();
        } else if (kind == QLatin1String("c")) {
            if (const auto channel = channelKindFromString(q.value(1).toString()))
                counts.channels.insert(*channel, q.value(2).toInt());
        } else {
            counts.labels.insert(q.value(1).toString(), q.value(2).toInt());
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
