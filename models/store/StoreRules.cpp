// Routing rules in their order, the workspace's non-secret settings, and configured channel accounts.

#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

QList<RoutingRuleRecord> Store::routingRules() const
{
    QSqlQuery q = exec(d->db,
                       QStringLiteral("SELECT id, position, name, enabled, definition FROM routing_rules"
                                      " ORDER BY position, id"));
    QList<RoutingRuleRecord> rules;
    while (q.next()) {
        RoutingRuleRecord r;
        r.id = q.value(0).toLongLong();
        r.position = q.value(1).toInt();
        r.name = q.value(2).toString();
        r.enabled = q.value(3).toBool();
        r.definitionJson = q.value(4).toString();
        rules.append(r);
    }
    return rules;
}

qint64 Store::saveRoutingRule(const RoutingRuleRecord &rule)
{
    if (rule.name.trimmed().isEmpty()) {
        d->fail(QStringLiteral("a routing rule needs a name"));
        return 0;
    }
    const QVariant now = fromDateTime(QDateTime::currentDateTimeUtc());
    QSqlQuery q = rule.id == 0
        ? exec(d->db,
               QStringLiteral("INSERT INTO routing_rules(position, name, enabled, definition, updated_at)"
                              " VALUES ((SELECT COALESCE(MAX(position) + 1, 0) FROM routing_rules), ?, ?, ?, ?)"),
               {rule.name.trimmed(), rule.enabled, rule.definitionJson, now})
        : exec(d->db,
               QStringLiteral(
                   "UPDATE routing_rules SET name = ?, enabled = ?, definition = ?, updated_at = ? WHERE id = ?"),
               {rule.name.trimmed(), rule.enabled, rule.definitionJson, now, rule.id});
    if (!ok(q) || (rule.id != 0 && q.numRowsAffected() != 1)) {
        d->fail(QStringLiteral("cannot save the routing rule %1").arg(rule.name));
        return 0;
    }
    d->notify(&Store::routingRulesChanged);
    return rule.id == 0 ? q.lastInsertId().toLongLong() : rule.id;
}

bool Store::removeRoutingRule(qint64 id)
{
    if (!ok(exec(d->db, QStringLiteral("DELETE FROM routing_rules WHERE id = ?"), {id})))
        return d->fail(QStringLiteral("cannot remove routing rule %1").arg(id));
    d->notify(&Store::routingRulesChanged);
    return true;
}

bool Store::moveRoutingRule(qint64 id, int position)
{
    QList<RoutingRuleRecord> rules = routingRules();
    const auto it = std::find_if(rules.begin(), rules.end(), [id](const RoutingRuleRecord &r) { return r.id == id; });
    if (it == rules.end())
        return d->fail(QStringLiteral("routing rule %1 does not exist").arg(id));
    const RoutingRuleRecord moved = *it;
    rules.erase(it);
    rules.insert(std::clamp<qsizetype>(position, 0, rules.size()), moved);
    Transaction tx(d->db);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!ok(exec(d->db, QStringLiteral("UPDATE routing_rules SET position = ? WHERE id = ?"),
                     {int(i), rules[i].id})))
            return d->fail(QStringLiteral("cannot reorder the routing rules"));
    }
    if (!tx.commit())
        return d->fail(QStringLiteral("cannot reorder the routing rules"));
    d->notify(&Store::routingRulesChanged);
    return true;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = exec(d->db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    if (!ok(exec(d->db,
                 QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {key, value})))
        return d->fail(QStringLiteral("cannot save the setting %1").arg(key));
    d->notify(&Store::settingChanged, key);
    return true;
}

qint64 Store::ensureChannelAccount(ChannelKind kind, const QString &externalId, const QString &name)
{
    if (externalId.trimmed().isEmpty()) {
        d->fail(QStringLiteral("a channel account needs its id"));
        return 0;
    }
    if (!ok(exec(d->db,
                 QStringLiteral("INSERT INTO channel_accounts(kind, external_id, name, created_at) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT(kind, external_id) DO UPDATE SET name = excluded.name"
                                " WHERE excluded.name <> ''"),
                 {toString(kind), externalId, name, fromDateTime(QDateTime::currentDateTimeUtc())}))) {
        d->fail(QStringLiteral("cannot record the %1 account %2").arg(toString(kind), externalId));
        return 0;
    }
    QSqlQuery q = exec(d->db, QStringLiteral("SELECT id FROM channel_accounts WHERE kind = ? AND external_id = ?"),
                       {toString(kind), externalId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::saveChannelAccount(const ChannelAccount &a)
{
    if (a.externalId.trimmed().isEmpty()) {
        d->fail(QStringLiteral("a channel account needs its id"));
        return 0;
    }
    const QString settings = a.settingsJson.isEmpty() ? QStringLiteral("{}") : a.settingsJson;
    QSqlQuery q = a.id == 0
        ? exec(
            d->db,
            QStringLiteral("INSERT INTO channel_accounts(kind, external_id, name, settings, created_at)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {toString(a.kind), a.externalId.trimmed(), a.name, settings, fromDateTime(QDateTime::currentDateTimeUtc())})
        : exec(d->db,
               QStringLiteral("UPDATE channel_accounts SET kind = ?, external_id = ?, name = ?, settings = ?"
                              " WHERE id = ?"),
               {toString(a.kind), a.externalId.trimmed(), a.name, settings, a.id});
    if (!ok(q) || (a.id != 0 && q.numRowsAffected() == 0)) {
        d->fail(QStringLiteral("cannot save the %1 account %2: %3")
                    .arg(toString(a.kind), a.externalId, q.lastError().text()));
        return 0;
    }
    const qint64 id = a.id == 0 ? q.lastInsertId().toLongLong() : a.id;
    d->notify(&Store::channelAccountsChanged);
    return id;
}

bool Store::removeChannelAccount(qint64 id)
{
    QSqlQuery used = exec(d->db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE account_id = ?"), {id});
    if (!used.next())
        return d->fail(QStringLiteral("cannot look up channel account %1").arg(id));
    if (const int n = used.value(0).toInt(); n > 0)
        return d->fail(QStringLiteral("channel account %1 has %2 conversation(s); disable it instead").arg(id).arg(n));
    used.finish();
    QSqlQuery q = exec(d->db, QStringLiteral("DELETE FROM channel_accounts WHERE id = ?"), {id});
    if (!ok(q) || q.numRowsAffected() == 0)
        return d->fail(QStringLiteral("cannot remove channel account %1").arg(id));
    d->notify(&Store::channelAccountsChanged);
    return true;
}

} // namespace wasel::models
