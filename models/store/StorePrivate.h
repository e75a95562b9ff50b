#pragma once

// Internals shared by the Store's translation units (Store.cpp, StoreApply.cpp, StoreChanges.cpp,
// StoreQueries.cpp …).

#include "SqlHelpers.h"
#include "Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace wasel::models {

struct Store::Private {
    explicit Private(Store *owner)
        : q(owner)
    {
    }

    Store *q;
    QString connectionName;
    QSqlDatabase db;
    StoreError lastError;
    sql::StatementCache statements; // the ingest path's statements, prepared once per connection

    // A cached statement, executed (StatementCache::run: read its result before running it again,
    // and finish() a SELECT that is not read to the end, so it does not hold a read snapshot).
    QSqlQuery &run(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        return statements.run(db, sql, values);
    }

    // Change signals wait for the commit that makes the change real: inside a Batch they are queued
    // and emitted when the outermost batch commits, dropped if it (or the inner batch that queued
    // them) rolls back. Outside a batch each method emits after its own commit.
    QList<std::function<void()>> pendingSignals;
    int batchDepth = 0;
    template<typename... Params, typename... Values> void notify(void (Store::*signal)(Params...), Values... values)
    {
        if (batchDepth == 0)
            (q->*signal)(values...);
        else
            pendingSignals.append([q = q, signal, values...] { (q->*signal)(values...); });
    }

    bool fail(const QString &message)
    {
        lastError.message = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    }

    // Full-text index maintenance; callers run these inside their own transaction.
    bool indexMessage(qint64 messageId, const QString &body);
    // The customer's name and the handles of its identities (phone, email, @username), as stored:
    // after any change to either.
    bool indexCustomer(qint64 customerId);
    bool insertCustomerSearch(QSqlQuery &rows); // rows of CustomerIndexRows (Store.cpp), by customer
    bool reindexCustomers();
    bool indexKnowledge(qint64 itemId, const QString &name, const QString &description, const QString &tags);
    // The store tasks migrations leave: 'reindex_search' rebuilds every index, 'reindex_customers'
    // the customers' one.
    bool reindexAllIfRequested();

    // Row readers shared by several queries.
    static Conversation readConversation(const QSqlQuery &q);
    static Message readMessage(const QSqlQuery &q);
    static OutboxItem readOutboxItem(const QSqlQuery &q);
    QList<Attachment> attachmentsOf(qint64 messageId) const;

    // Moves conversation bookkeeping forward after a message was inserted; `live` as
    // Store::ApplyMode::Live (unread count and reopening).
    bool touchConversation(qint64 conversationId, const Message &message, bool live = true);

    // Store::apply for receipts (StoreChanges.cpp).
    ApplyResult applyStatus(const InboundEvent &event);
    // Store::apply for an unsend, an edit or a reaction whose message is stored; nullopt when it is
    // not, and the event becomes a row of its own.
    std::optional<ApplyResult> applyToStored(const InboundEvent &event);
    // A reaction, or its removal, to a message that is not stored: the row an earlier one became
    // (one per customer and message) takes the newest emoji; nullopt when there is none yet.
    std::optional<ApplyResult> applyToReactionRow(const InboundEvent &event);
    // The merchant's own comment names no customer: the customer and thread of the comment it
    // answers (`replyToExternalId`), when that one is stored.
    std::optional<std::pair<QString, QString>> commentOwner(const InboundEvent &event);
};

// The conversation list's one-line preview of a message's text.
QString previewOf(const QString &text);

// SELECT list and FROM clause that readConversation() understands.
QString conversationSelect();
// SELECT list and FROM clause that readMessage() understands.
QString messageSelect();
// SELECT list and FROM clause that readOutboxItem() understands.
QString outboxSelect();

} // namespace wasel::models
