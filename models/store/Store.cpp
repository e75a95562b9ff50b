#include "Store.h"

#include "Migrations.h"
#include "StorePrivate.h"
#include "domain/TextSearch.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

namespace wasel::models {

using namespace sql;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("wasel-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

Store::~Store()
{
    close();
}

bool Store::open(const QString &path)
{
    close();
    d->lastError = {};
    d->connectionName = nextConnectionName();
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    if (!d->db.open())
        return d->fail(QStringLiteral("cannot open the store at %1: %2").arg(path, d->db.lastError().text()));

    // WAL lets readers (the UI) run while a webhook commits; synchronous=FULL makes a commit
    // survive power loss, which is what "acknowledged only after commit" promises a provider.
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(d->db);
        if (!q.exec(pragma))
            return d->fail(QStringLiteral("cannot configure the store (%1): %2").arg(pragma, q.lastError().text()));
    }

    QString error;
    if (!migrations::migrate(d->db, &error)) {
        d->fail(error);
        d->db.close();
        return false;
    }
    if (!d->reindexAllIfRequested()) {
        d->db.close();
        return false;
    }
    return true;
}

void Store::close()
{
    if (d->connectionName.isEmpty())
        return;
    d->statements.clear();
    if (d->db.isOpen())
        d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
}

bool Store::isOpen() const
{
    return d->db.isOpen();
}

QString Store::connectionName() const
{
    return d->connectionName;
}

StoreError Store::lastError() const
{
    return d->lastError;
}

int Store::schemaVersion() const
{
    return migrations::currentVersion(d->db);
}

int Store::currentSchemaVersion()
{
    return migrations::latestVersion();
}

// ---- Full-text index ---------------------------------------------------------------------------

bool Store::Private::indexMessage(qint64 messageId, const QString &body)
{
    const QString text = search::indexText(body);
    if (text.isEmpty())
        return true;
    if (!ok(run(QStringLiteral("INSERT OR REPLACE INTO message_search(rowid, body) VALUES (?, ?)"), {messageId, text})))
        return false;
    // Every distinct word in one statement (ingest runs this for each message).
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QJsonArray terms;
    for (const QString &term : QSet<QString>(words.cbegin(), words.cend()))
        terms.append(term);
    return ok(run(QStringLiteral("INSERT INTO search_terms(term, messages) SELECT value, 1 FROM json_each(?) WHERE true"
                                 " ON CONFLICT (term) DO UPDATE SET messages = messages + 1"),
                  {QString::fromUtf8(QJsonDocument(terms).toJson(QJsonDocument::Compact))}));
}

namespace {

// What staff type to find a customer by an identity, beside its name: the phone number of a
// WhatsApp identity (digits only, and in the national form of Iraq and Thailand, "07…" / "08…", as
// people write it), the address of an email one, and each identity's own name and @username. The
// ids of Messenger, Instagram, ManyChat and the widget mean nothing to a person and are left out.
QString handlesOf(ChannelKind channel, const QString &externalId, const QString &displayName, const QString &username)
{
    QStringList handles{search::indexText(displayName), search::indexText(username)};
    if (channel == ChannelKind::WhatsApp || channel == ChannelKind::TwilioWhatsApp) {
        const QString digits = search::asciiDigits(externalId);
        handles << digits;
        for (const QString &code : {QStringLiteral("964"), QStringLiteral("66")})
            if (digits.startsWith(code) && digits.size() > code.size() + 6)
                handles << u'0' + digits.mid(code.size());
    } else if (channel == ChannelKind::Email) {
        handles << search::indexText(externalId);
    }
    handles.removeAll(QString());
    handles.removeDuplicates();
    return handles.join(u' ');
}

// A customer's name and every identity of theirs, one row per identity (one with NULL identity
// columns for a customer who has none): what customer_search is built from.
constexpr auto CustomerIndexRows = "SELECT c.id, c.display_name, i.channel, i.external_id, i.display_name, i.username"
                                   " FROM customers c LEFT JOIN identities i ON i.customer_id = c.id";

} // namespace

bool Store::Private::insertCustomerSearch(QSqlQuery &rows)
{
    qint64 customerId = -1;
    QString name;
    QStringList handles;
    auto insert = [&] {
        handles.removeAll(QString());
        if (customerId < 0 || (name.isEmpty() && handles.isEmpty()))
            return true;
        return ok(run(QStringLiteral("INSERT INTO customer_search(rowid, name, handles) VALUES (?, ?, ?)"),
                      {customerId, name, handles.join(u' ')}));
    };
    while (rows.next()) {
        if (const qint64 id = rows.value(0).toLongLong(); id != customerId) {
            if (!insert())
                return false;
            customerId = id;
            name = search::indexText(rows.value(1).toString());
            handles.clear();
        }
        if (const auto channel = channelKindFromString(rows.value(2).toString()))
            handles << handlesOf(*channel, rows.value(3).toString(), rows.value(4).toString(),
                                 rows.value(5).toString());
    }
    return ok(rows) && insert();
}

bool Store::Private::indexCustomer(qint64 customerId)
{
    if (!ok(run(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"), {customerId})))
        return false;
    // Gone (merged away): no rows, nothing to index.
    return insertCustomerSearch(
        run(QString::fromLatin1(CustomerIndexRows) + QStringLiteral(" WHERE c.id = ?"), {customerId}));
}

// One pass over every customer and identity, in customer order (the rebuild after an upgrade: two
// queries per customer took 2.5 s for 91,568 customers, this 1.6 s).
bool Store::Private::reindexCustomers()
{
    exec(db, QStringLiteral("DELETE FROM customer_search"));
    QSqlQuery rows = exec(db, QString::fromLatin1(CustomerIndexRows) + QStringLiteral(" ORDER BY c.id"));
    if (!insertCustomerSearch(rows))
        return fail(QStringLiteral("cannot rebuild the customer search index"));
    return true;
}

bool Store::Private::reindexAllIfRequested()
{
    QStringList tasks;
    QSqlQuery pending = exec(db, QStringLiteral("SELECT name FROM store_tasks"));
    while (pending.next())
        tasks.append(pending.value(0).toString());
    pending.finish();
    const bool all = tasks.contains(QStringLiteral("reindex_search"));
    if (!all && !tasks.contains(QStringLiteral("reindex_customers")))
        return true;

    Transaction tx(db);
    if (all) {
        exec(db, QStringLiteral("DELETE FROM message_search"));
        exec(db, QStringLiteral("DELETE FROM search_terms"));
        QSqlQuery messages = exec(db, QStringLiteral("SELECT id, body FROM messages"));
        while (messages.next()) {
            if (!indexMessage(messages.value(0).toLongLong(), messages.value(1).toString()))
                return fail(QStringLiteral("cannot rebuild the message search index"));
        }
        exec(db, QStringLiteral("DELETE FROM knowledge_search"));
        QSqlQuery knowledge = exec(db, QStringLiteral("SELECT id, name, description, tags FROM knowledge_items"));
        while (knowledge.next()) {
            if (!indexKnowledge(knowledge.value(0).toLongLong(), knowledge.value(1).toString(),
                                knowledge.value(2).toString(), knowledge.value(3).toString()))
                return fail(QStringLiteral("cannot rebuild the knowledge base index"));
        }
    }
    if (!reindexCustomers())
        return false;
    exec(db, QStringLiteral("DELETE FROM store_tasks WHERE name IN ('reindex_search', 'reindex_customers')"));
    if (!tx.commit())
        return fail(QStringLiteral("cannot commit the rebuilt search index"));
    return true;
}

// ---- Staff actions -----------------------------------------------------------------------------

namespace {

// One UPDATE on one conversation, committed on its own.
bool updateConversation(Store::Private &d, qint64 id, const QString &assignments,
                        std::initializer_list<QVariant> values)
{
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("UPDATE conversations SET %1 WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        bind(q, v);
    q.addBindValue(id);
    if (!q.exec())
        return d.fail(QStringLiteral("cannot update conversation %1: %2").arg(id).arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return d.fail(QStringLiteral("conversation %1 does not exist").arg(id));
    return true;
}

} // namespace

bool Store::setStatus(qint64 conversationId, ConversationStatus status, const QDateTime &snoozedUntil)
{
    if (status == ConversationStatus::Snoozed && !snoozedUntil.isValid())
        return d->fail(QStringLiteral("snoozing needs a time to wake up"));
    const QVariant until =
        status == ConversationStatus::Snoozed ? fromDateTime(snoozedUntil) : fromDateTime(QDateTime());
    if (!updateConversation(*d, conversationId, QStringLiteral("status = ?, snoozed_until = ?"),
                            {toString(status), until}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

int Store::wakeSnoozed(const QDateTime &now)
{
    QList<qint64> due;
    QSqlQuery q =
        exec(d->db, QStringLiteral("SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= ?"),
             {fromDateTime(now)});
    while (q.next())
        due.append(q.value(0).toLongLong());
    q.finish();
    if (due.isEmpty())
        return 0;
    Transaction tx(d->db);
    for (qint64 id : due) {
        if (!ok(exec(d->db,
                     QStringLiteral("UPDATE conversations SET status = 'open', snoozed_until = NULL WHERE id = ?"),
                     {id})))
            return 0;
    }
    if (!tx.commit())
        return 0;
    for (qint64 id : due)
        d->notify(&Store::conversationChanged, id);
    return int(due.size());
}

QDateTime Store::nextSnoozeWake() const
{
    QSqlQuery q = exec(d->db, QStringLiteral("SELECT min(snoozed_until) FROM conversations WHERE status = 'snoozed'"));
    return q.next() ? toDateTime(q.value(0)) : QDateTime();
}

bool Store::setAssignee(qint64 conversationId, const QString &assignee)
{
    if (!updateConversation(*d, conversationId, QStringLiteral("assignee = ?"), {assignee}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::setPriority(qint64 conversationId, Priority priority)
{
    if (!updateConversation(*d, conversationId, QStringLiteral("priority = ?"), {int(priority)}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::setAiMode(qint64 conversationId, AiMode mode)
{
    if (!updateConversation(*d, conversationId, QStringLiteral("ai_mode = ?"), {toString(mode)}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::setNeedsHuman(qint64 conversationId, bool needsHuman)
{
    if (!updateConversation(*d, conversationId, QStringLiteral("needs_human = ?"), {needsHuman ? 1 : 0}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::markRead(qint64 conversationId)
{
    if (!updateConversation(*d, conversationId, QStringLiteral("unread_count = 0"), {}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::markUnread(qint64 conversationId)
{
    if (!updateConversation(*d, conversationId, QStringLiteral("unread_count = MAX(unread_count, 1)"), {}))
        return false;
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::addLabel(qint64 conversationId, const QString &label)
{
    const QString name = label.trimmed();
    if (name.isEmpty())
        return d->fail(QStringLiteral("a label needs a name"));
    Transaction tx(d->db);
    if (!ok(exec(d->db, QStringLiteral("INSERT OR IGNORE INTO labels(name) VALUES (?)"), {name}))
        || !ok(exec(d->db,
                    QStringLiteral("INSERT OR IGNORE INTO conversation_labels(conversation_id, label_id)"
                                   " SELECT ?, id FROM labels WHERE name = ?"),
                    {conversationId, name}))
        || !tx.commit())
        return d->fail(QStringLiteral("cannot label conversation %1").arg(conversationId));
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

bool Store::removeLabel(qint64 conversationId, const QString &label)
{
    if (!ok(exec(d->db,
                 QStringLiteral("DELETE FROM conversation_labels WHERE conversation_id = ?"
                                " AND label_id = (SELECT id FROM labels WHERE name = ?)"),
                 {conversationId, label})))
        return d->fail(QStringLiteral("cannot remove a label from conversation %1").arg(conversationId));
    d->notify(&Store::conversationChanged, conversationId);
    return true;
}

qint64 Store::addNote(qint64 conversationId, const QString &author, const QString &body)
{
    if (body.trimmed().isEmpty()) {
        d->fail(QStringLiteral("a note needs text"));
        return 0;
    }
    QSqlQuery q = exec(d->db,
                       QStringLiteral("INSERT INTO notes(conversation_id, author, body, created_at)"
                                      " VALUES (?, ?, ?, ?)"),
                       {conversationId, author, body, fromDateTime(QDateTime::currentDateTimeUtc())});
    if (!ok(q)) {
        d->fail(QStringLiteral("cannot add a note to conversation %1").arg(conversationId));
        return 0;
    }
    d->notify(&Store::conversationChanged, conversationId);
    return q.lastInsertId().toLongLong();
}

qint64 Store::addCannedResponse(const CannedResponse &response)
{
    QSqlQuery q = exec(d->db,
                       QStringLiteral("INSERT INTO canned_responses(shortcut, title, body) VALUES (?, ?, ?)"
                                      " ON CONFLICT(shortcut) DO UPDATE SET title = excluded.title,"
                                      " body = excluded.body"),
                       {response.shortcut, response.title, response.body});
    if (!ok(q)) {
        d->fail(QStringLiteral("cannot save the canned response /%1").arg(response.shortcut));
        return 0;
    }
    QSqlQuery id =
        exec(d->db, QStringLiteral("SELECT id FROM canned_responses WHERE shortcut = ?"), {response.shortcut});
    d->notify(&Store::cannedResponsesChanged);
    return id.next() ? id.value(0).toLongLong() : 0;
}

bool Store::updateCannedResponse(const CannedResponse &response)
{
    QSqlQuery q =
        exec(d->db, QStringLiteral("UPDATE canned_responses SET shortcut = ?, title = ?, body = ? WHERE id = ?"),
             {response.shortcut, response.title, response.body, response.id});
    if (!ok(q) || q.numRowsAffected() != 1)
        return d->fail(QStringLiteral("cannot save the canned response /%1").arg(response.shortcut));
    d->notify(&Store::cannedResponsesChanged);
    return true;
}

bool Store::removeCannedResponse(qint64 id)
{
    QSqlQuery q = exec(d->db, QStringLiteral("DELETE FROM canned_responses WHERE id = ?"), {id});
    if (!ok(q))
        return d->fail(QStringLiteral("cannot remove canned response %1").arg(id));
    d->notify(&Store::cannedResponsesChanged);
    return q.numRowsAffected() == 1;
}

bool Store::addIdentity(qint64 customerId, ChannelKind channel, const QString &externalId, const QString &displayName)
{
    QSqlQuery existing =
        exec(d->db, QStringLiteral("SELECT customer_id FROM identities WHERE channel = ? AND external_id = ?"),
             {toString(channel), externalId});
    if (existing.next()) {
        if (existing.value(0).toLongLong() == customerId)
            return true;
        return d->fail(QStringLiteral("that %1 identity already belongs to another customer").arg(toString(channel)));
    }
    existing.finish();
    Transaction tx(d->db);
    return (ok(exec(d->db,
                    QStringLiteral("INSERT INTO identities(customer_id, channel, external_id, display_name)"
                                   " VALUES (?, ?, ?, ?)"),
                    {customerId, toString(channel), externalId, displayName}))
            && d->indexCustomer(customerId) && tx.commit())
        || d->fail(QStringLiteral("cannot link the identity to customer %1").arg(customerId));
}

} // namespace wasel::models
