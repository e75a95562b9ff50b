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
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace wasel::models::sql {

// Rolls back unless commit() was called, so an early return or failure never leaves half a write.
// Nested on the same connection it becomes a savepoint: committing it keeps its work inside the
// outer transaction, which alone makes it durable.
//
// An outermost transaction opened with Nesting::Join makes the nested ones join it instead: no
// savepoints (each costs a statement, and makes the full-text index flush its pending terms), but
// one nested rollback marks the whole transaction rollback-only, and its commit() then fails.
class Transaction
{
public:
    enum class Nesting {
        Savepoints,
        Join
    };
    explicit Transaction(QSqlDatabase db, Nesting nesting = Nesting::Savepoints);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    bool finish(bool commit);

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false; // nested in a Join transaction: no savepoint of its own
    int m_level = 0; // 1 = the outermost transaction, more = a savepoint inside it
};

// Open transactions on the connection: 0 outside any, 1 in the outermost, more when nested.
int transactionDepth(const QSqlDatabase &db);

// Prepares `sql` on `db` (Qt caches the statement per query object), binds `values` in order and
// executes. On failure logs the driver's message and returns a query whose isActive() is false.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
bool ok(const QSqlQuery &query);

// Prepared statements kept for the life of a connection, for the hot paths (ingest, the webhook
// log): preparing costs as much as running a small statement. run() hands out the one query object
// of its SQL, so its result is valid only until the next run() of the same SQL; read it at once.
class StatementCache
{
public:
    // Resets the cached statement for `sql` (preparing it the first time), binds `values` and
    // executes. On failure logs the driver's message and returns a query whose isActive() is false.
    QSqlQuery &run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
    // Drops every statement: before the connection closes.
    void clear();

private:
    std::unordered_map<QString, QSqlQuery> m_statements; // nodes stay put: references stay valid
    QSqlQuery m_failed; // what run() returns when a statement does not prepare
};

// Binds the next positional value. A null QString or QByteArray from an unset field binds as '' (QtSql would bind
// NULL, which NOT NULL text columns refuse); only nullIfEmpty() produces a real NULL.
void bind(QSqlQuery &query, const QVariant &value);
// The same at a given position, for a statement that is executed again.
void bind(QSqlQuery &query, int position, const QVariant &value);

// Timestamps are stored as integer milliseconds since the epoch (UTC): sortable, compact, exact.
QVariant fromDateTime(const QDateTime &dt);
QDateTime toDateTime(const QVariant &value);

// NULL for an empty string, so UNIQUE indexes on optional ids ignore absent values.
QVariant nullIfEmpty(const QString &s);

} // namespace wasel::models::sql
