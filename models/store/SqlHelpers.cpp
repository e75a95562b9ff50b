#include "SqlHelpers.h"

#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "wasel.store")

namespace wasel::models::sql {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStore) << "could not begin a transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcStore) << "rollback failed:" << m_db.lastError().text();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    qCWarning(lcStore) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
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

void bind(QSqlQuery &query, const QVariant &value)
{
    if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else if (!value.isNull() && value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull())
        query.addBindValue(QByteArray(""));
    else
        query.addBindValue(value);
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
