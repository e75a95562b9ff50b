#pragma once

// Small helpers around QtSql: an RAII transaction, prepared statements with positional binds, and
// the conversions between the domain's values and SQLite's columns.

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace wasel::models::sql {

// Rolls back unless commit() was called, so an early return or failure never leaves half a write.
// Nested on the same connection it becomes a savepoint: committing it keeps its work inside the
// outer transaction, which alone makes it durable.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    bool finish(bool commit);

    QSqlDatabase m_db;
    bool m_active = false;
    int m_level = 0; // 1 = the outermost transaction, more = a savepoint inside it
};

// Prepares `sql` on `db` (Qt caches the statement per query object), binds `values` in order and
// executes. On failure logs the driver's message and returns a query whose isActive() is false.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
bool ok(const QSqlQuery &query);

// Binds the next positional value. A null QString or QByteArray from an unset field binds as '' (QtSql would bind
// NULL, which NOT NULL text columns refuse); only nullIfEmpty() produces a real NULL.
void bind(QSqlQuery &query, const QVariant &value);

// Timestamps are stored as integer milliseconds since the epoch (UTC): sortable, compact, exact.
QVariant fromDateTime(const QDateTime &dt);
QDateTime toDateTime(const QVariant &value);

// NULL for an empty string, so UNIQUE indexes on optional ids ignore absent values.
QVariant nullIfEmpty(const QString &s);

} // namespace wasel::models::sql
