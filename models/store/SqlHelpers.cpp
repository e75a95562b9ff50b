#include "SqlHelpers.h"

#include <QHash>

#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "wasel.store")

namespace wasel::models::sql {

namespace {

// Open transactions per connection: an inner Transaction becomes a SAVEPOINT, so a store method
// can run inside a caller's batch (one commit, one fsync, for many events).
QHash<QString, int> &depths()
{
    static QHash<QString, int> d;
    return d;
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    if (depth == 0) {
        m_active = m_db.transaction();
    } else {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("SAVEPOINT wasel_%1").arg(depth));
    }
    if (!m_active) {
        qCWarning(lcStore) << "could not begin a transaction:" << m_db.lastError().text();
        return;
    }
    m_level = ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        finish(false);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    return finish(true);
}

bool Transaction::finish(bool commit)
{
    m_active = false;
    int &depth = depths()[m_db.connectionName()];
    depth = m_level - 1;
    if (m_level > 1) {
        QSqlQuery q(m_db);
        const QString name = QStringLiteral("wasel_%1").arg(m_level - 1);
        if (commit && q.exec(QStringLiteral("RELEASE ") + name))
            return true;
        if (!q.exec(QStringLiteral("ROLLBACK TO ") + name) || !q.exec(QStringLiteral("RELEASE ") + name))
            qCWarning(lcStore) << "rollback to savepoint failed:" << m_db.lastError().text();
        return false;
    }
    if (commit && m_db.commit())
        return true;
    if (commit)
        qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    if (!m_db.rollback())
        qCWarning(lcStore) << "rollback failed:" << m_db.lastError().text();
    return false;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << "in" << sql;
        return query;
    }
    for (const QVariant &v : values)
        bind(query, v);
    if (!query.exec())
        qCWarning(lcStore) << "exec failed:" << query.lastError().text() << "in" << sql;
    return query;
}

namespace {

QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    if (!value.isNull() && value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("");
    return value;
}

} // namespace

void bind(QSqlQuery &query, const QVariant &value)
{
    query.addBindValue(bindable(value));
}

void bind(QSqlQuery &query, int position, const QVariant &value)
{
    query.bindValue(position, bindable(value));
}

QSqlQuery &StatementCache::run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(db);
        if (!query.prepare(sql)) {
            qCWarning(lcStore) << "prepare failed:" << query.lastError().text() << "in" << sql;
            m_failed = std::move(query); // not cached: the next call prepares again
            return m_failed;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    query.finish();
    int position = 0;
    for (const QVariant &v : values)
        bind(query, position++, v);
    if (!query.exec())
        qCWarning(lcStore) << "exec failed:" << query.lastError().text() << "in" << sql;
    return query;
}

void StatementCache::clear()
{
    m_statements.clear();
}

bool ok(const QSqlQuery &query)
{
    return query.isActive() && !query.lastError().isValid();
}

QVariant fromDateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace wasel::models::sql
