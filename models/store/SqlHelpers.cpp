#include "SqlHelpers.h"

#include <QHash>

#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "wasel.store")

namespace wasel::models::sql {

namespace {

// Open transactions per connection: an inner Transaction becomes a SAVEPOINT (or joins), so a store
// method can run inside a caller's batch (one commit, one fsync, for many events). A connection
// belongs to one thread, so the bookkeeping is per thread too.
struct NestingState {
    int depth = 0;
    bool join = false; // the outermost transaction asked nested ones to join it
    bool rollbackOnly = false; // a joined transaction rolled back: the outermost must too
};

NestingState &nestingOf(const QSqlDatabase &db)
{
    thread_local QHash<QString, NestingState> byConnection;
    return byConnection[db.connectionName()];
}

} // namespace

int transactionDepth(const QSqlDatabase &db)
{
    return nestingOf(db).depth;
}

Transaction::Transaction(QSqlDatabase db, Nesting nesting)
    : m_db(std::move(db))
{
    auto &n = nestingOf(m_db);
    if (n.depth == 0) {
        m_active = m_db.transaction();
        if (m_active) {
            n.join = nesting == Nesting::Join;
            n.rollbackOnly = false;
        }
    } else if (n.join) {
        m_active = true;
        m_joined = true;
    } else {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("SAVEPOINT wasel_%1").arg(n.depth));
    }
    if (!m_active) {
        qCWarning(lcStore) << "could not begin a transaction:" << m_db.lastError().text();
        return;
    }
    m_level = ++n.depth;
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
    auto &n = nestingOf(m_db);
    n.depth = m_level - 1;
    if (m_joined) {
        if (!commit)
            n.rollbackOnly = true;
        return commit;
    }
    if (m_level > 1) {
        QSqlQuery q(m_db);
        const QString name = QStringLiteral("wasel_%1").arg(m_level - 1);
        if (commit && q.exec(QStringLiteral("RELEASE ") + name))
            return true;
        if (!q.exec(QStringLiteral("ROLLBACK TO ") + name) || !q.exec(QStringLiteral("RELEASE ") + name))
            qCWarning(lcStore) << "rollback to savepoint failed:" << m_db.lastError().text();
        return false;
    }
    const bool rollbackOnly = std::exchange(n.rollbackOnly, false);
    n.join = false;
    if (commit && !rollbackOnly && m_db.commit())
        return true;
    if (commit && rollbackOnly)
        qCDebug(lcStore) << "a joined transaction failed: rolling back the whole batch";
    else if (commit)
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
