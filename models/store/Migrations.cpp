#include "Migrations.h"

#include "SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <vector>

namespace wasel::models::migrations {

namespace {

using Steps = QStringList;

// Version 1: the core tables every channel writes into.
Steps version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE channel_accounts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            external_id TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            UNIQUE (kind, external_id)))"),
        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL DEFAULT '',
            avatar_url TEXT NOT NULL DEFAULT '',
            custom_fields TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            external_id TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            UNIQUE (channel, external_id)))"),
        QStringLiteral("CREATE INDEX identities_customer ON identities(customer_id)"),
        QStringLiteral(R"(CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES channel_accounts(id) ON DELETE CASCADE,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            thread_key TEXT NOT NULL DEFAULT '',
            context TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')),
            snoozed_until INTEGER,
            assignee TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL DEFAULT 0,
            ai_mode TEXT NOT NULL DEFAULT 'auto' CHECK (ai_mode IN ('auto', 'draft', 'off')),
            last_customer_message_at INTEGER,
            last_activity_at INTEGER NOT NULL,
            last_message_preview TEXT NOT NULL DEFAULT '',
            last_message_direction TEXT NOT NULL DEFAULT 'in',
            last_message_kind TEXT NOT NULL DEFAULT 'text',
            unread_count INTEGER NOT NULL DEFAULT 0,
            needs_human INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, customer_id, thread_key)))"),
        QStringLiteral("CREATE INDEX conversations_activity ON conversations(last_activity_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX conversations_customer ON conversations(customer_id)"),
        QStringLiteral(R"(CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            color TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE conversation_labels (
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
            PRIMARY KEY (conversation_id, label_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX conversation_labels_label ON conversation_labels(label_id)"),
        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            sender_kind TEXT NOT NULL CHECK (sender_kind IN ('customer', 'agent', 'ai', 'system')),
            sender_name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT '{}',
            external_id TEXT,
            reply_to_external_id TEXT,
            status TEXT NOT NULL,
            status_reason TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        // Provider message ids are unique per channel; NULL (not yet sent) is exempt.
        QStringLiteral("CREATE UNIQUE INDEX messages_external ON messages(channel, external_id)"
                       " WHERE external_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, id)"),
        QStringLiteral(R"(CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            local_path TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
        QStringLiteral(R"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            author TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX notes_conversation ON notes(conversation_id)"),
        QStringLiteral(R"(CREATE TABLE canned_responses (
            id INTEGER PRIMARY KEY,
            shortcut TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE webhook_events (
            id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL,
            dedupe_key TEXT NOT NULL UNIQUE,
            headers BLOB NOT NULL DEFAULT '',
            body BLOB NOT NULL,
            received_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'applied', 'failed', 'ignored')),
            error TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX webhook_events_state ON webhook_events(state)"),
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            client_id TEXT NOT NULL UNIQUE,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            provider_message_id TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox(state, next_attempt_at)"),
    };
}

// Version 2: full-text search. The columns hold text prepared by models/domain/TextSearch
// (diacritics removed, Thai segmented, words joined by spaces), so the tokenizer only splits at
// spaces and keeps combining marks inside words (STACK.md §5). rowid = messages.id / customers.id.
Steps version2()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(body,"
                       " tokenize = \"unicode61 categories 'L* N* Co Mn Mc'\")"),
        QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(name,"
                       " tokenize = \"unicode61 categories 'L* N* Co Mn Mc'\")"),
    };
}

// Existing rows are indexed by the Store after migrating (it owns the text preparation); a
// marker row tells it to do so.
Steps version2Backfill()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS store_tasks (name TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral("INSERT OR IGNORE INTO store_tasks(name) VALUES ('reindex_search')"),
    };
}

// Version 3 folds Arabic letter variants in the search text (TextSearch.cpp): rebuild the index.
Steps version3()
{
    return {QStringLiteral("INSERT OR IGNORE INTO store_tasks(name) VALUES ('reindex_search')")};
}

// Version 4: the knowledge base (products and FAQs the assistant answers from) with its own
// full-text index; and search text now also holds Arabic stems (TextSearch.cpp): rebuild it.
Steps version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE knowledge_items (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'product' CHECK (kind IN ('product', 'faq')),
            name TEXT NOT NULL CHECK (name <> ''),
            price REAL,
            currency TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            stock INTEGER,
            tags TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            UNIQUE (kind, name)))"),
        QStringLiteral("CREATE VIRTUAL TABLE knowledge_search USING fts5(name, description, tags,"
                       " tokenize = \"unicode61 categories 'L* N* Co Mn Mc'\")"),
        QStringLiteral("INSERT OR IGNORE INTO store_tasks(name) VALUES ('reindex_search')"),
    };
}

// Version 5: routing rules (ordered, edited by staff) and workspace settings that are not secrets
// (business hours, the assistant's instructions).
Steps version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE routing_rules (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL CHECK (name <> ''),
            enabled INTEGER NOT NULL DEFAULT 1,
            definition TEXT NOT NULL DEFAULT '{}',
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX routing_rules_position ON routing_rules(position)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    };
}

// Version 6: Messenger and Instagram profiles (name, @username, picture) fetched from Meta and
// refreshed weekly. The identity keeps what its channel said and when to ask again (also after an
// error, so a failing profile is not asked for in a loop); the customer keeps the downloaded
// picture, because Meta's picture URLs expire within days.
Steps version6()
{
    return {
        QStringLiteral("ALTER TABLE identities ADD COLUMN username TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE identities ADD COLUMN profile_fetched_at INTEGER"),
        QStringLiteral("ALTER TABLE identities ADD COLUMN profile_retry_at INTEGER"),
        QStringLiteral("ALTER TABLE identities ADD COLUMN profile_error TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX identities_profile_due ON identities(profile_retry_at)"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN avatar_path TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 7: what happens to a message after it arrived. Its sender may take it back (the body and
// attachments are erased, as Meta's policy asks, but the row stays so the thread shows that
// something was there), edit it, or react to it (one reaction per customer and message, replaced or
// removed; reaction_at orders a late redelivery behind a newer change).
Steps version7()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN unsent_at INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN edited_at INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reaction TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reaction_at INTEGER"),
    };
}

// Version 8: a thread is read in the order things were said, not the order they reached the store
// (backfilled history arrives after newer webhook messages).
Steps version8()
{
    return {
        QStringLiteral("CREATE INDEX messages_conversation_time ON messages(conversation_id, created_at, id)"),
    };
}

// Version 9: ManyChat. Every API call Wasel made for a subscriber (the customer panel's "ManyChat
// log", for support; trimmed to the newest calls per subscriber), and the subscriber's last
// getInfo answer (name, tags, custom fields), so the panel shows them before the next refresh.
Steps version9()
{
    return {
        QStringLiteral(R"(CREATE TABLE manychat_log (
            id INTEGER PRIMARY KEY,
            subscriber_id TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            ok INTEGER NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX manychat_log_subscriber ON manychat_log(subscriber_id, id)"),
        QStringLiteral(R"(CREATE TABLE manychat_subscribers (
            subscriber_id TEXT PRIMARY KEY,
            info_json TEXT NOT NULL DEFAULT '{}',
            fetched_at INTEGER) WITHOUT ROWID)"),
    };
}

// Version 10: what staff keep about a customer (order number, city, size …), one value per key.
Steps version10()
{
    return {
        QStringLiteral(R"(CREATE TABLE customer_fields (
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (customer_id, key)) WITHOUT ROWID)"),
    };
}

// Version 11: indexes for a workspace of 100,000 conversations and millions of messages
// (tests/bench/inbox). Every view of the sidebar — by status, channel, assignee, label, "needs a
// person", "failed to send" — reads its first page in activity order and counts its rows from an
// index instead of scanning every conversation (or, for failed replies, every message).
Steps version11()
{
    return {
        QStringLiteral("CREATE INDEX conversations_status_activity"
                       " ON conversations(status, last_activity_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX conversations_account_status ON conversations(account_id, status)"),
        QStringLiteral("CREATE INDEX conversations_assignee_status ON conversations(assignee, status)"),
        QStringLiteral("CREATE INDEX conversations_needs_human ON conversations(status) WHERE needs_human = 1"),
        QStringLiteral("CREATE INDEX conversations_unread ON conversations(status) WHERE unread_count > 0"),
        QStringLiteral("CREATE INDEX messages_failed ON messages(conversation_id) WHERE status = 'failed'"),
        // The status of a conversation by id without reading its (wide) row: label and failed-reply
        // counts look up a few thousand ids each.
        QStringLiteral("CREATE INDEX conversations_id_status ON conversations(id, status)"),
        // Waking snoozed conversations and finding the next one to wake.
        QStringLiteral("CREATE INDEX conversations_status_snoozed ON conversations(status, snoozed_until)"),
    };
}

// Version 12: the sidebar's counts kept as they change, so the first paint reads a few rows instead
// of counting 100,000 conversations. view_counts holds, per view, how many conversations are in it:
// ('s', status) every conversation by status; for open ones ('a', assignee) — '' is unassigned —,
// ('h', '') handed over to a person, ('c', account id) and ('l', label id). Triggers move a
// conversation's contributions when it is added, removed, or changes status, assignee, hand-over or
// account, and when an open conversation gains or loses a label. tst_storeviews checks the kept counts
// against counting each view with a query, after every kind of change.
QString viewKeysOf(const QString &row)
{
    return QStringLiteral("SELECT 's' AS view, %1.status AS ref"
                          " UNION ALL SELECT 'a', %1.assignee WHERE %1.status = 'open'"
                          " UNION ALL SELECT 'h', '' WHERE %1.status = 'open' AND %1.needs_human = 1"
                          " UNION ALL SELECT 'c', %1.account_id WHERE %1.status = 'open'"
                          " UNION ALL SELECT 'l', label_id FROM conversation_labels"
                          " WHERE conversation_id = %1.id AND %1.status = 'open'")
        .arg(row);
}

QString addViewCounts(const QString &keys)
{
    // "WHERE true" tells the parser the ON CONFLICT belongs to the INSERT, not to a join.
    return QStringLiteral("INSERT INTO view_counts(view, ref, n) SELECT view, ref, 1 FROM (%1) WHERE true"
                          " ON CONFLICT(view, ref) DO UPDATE SET n = n + 1;")
        .arg(keys);
}

QString removeViewCounts(const QString &keys)
{
    return QStringLiteral("UPDATE view_counts SET n = n - 1 WHERE (view, ref) IN (%1);").arg(keys);
}

Steps version12()
{
    const QString newKeys = viewKeysOf(QStringLiteral("new"));
    const QString oldKeys = viewKeysOf(QStringLiteral("old"));
    const QString labelOpen =
        QStringLiteral("(SELECT status FROM conversations WHERE id = %1.conversation_id) = 'open'");
    return {
        QStringLiteral(R"(CREATE TABLE view_counts (
            view TEXT NOT NULL,
            ref NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (view, ref)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO view_counts(view, ref, n)
            SELECT 's', status, count(*) FROM conversations GROUP BY status
            UNION ALL SELECT 'a', assignee, count(*) FROM conversations WHERE status = 'open' GROUP BY assignee
            UNION ALL SELECT 'h', '', count(*) FROM conversations WHERE status = 'open' AND needs_human = 1
            UNION ALL SELECT 'c', account_id, count(*) FROM conversations WHERE status = 'open' GROUP BY account_id
            UNION ALL SELECT 'l', cl.label_id, count(*) FROM conversation_labels cl
                JOIN conversations c ON c.id = cl.conversation_id WHERE c.status = 'open' GROUP BY cl.label_id)"),
        QStringLiteral("CREATE TRIGGER view_counts_conversation_insert AFTER INSERT ON conversations BEGIN %1 END")
            .arg(addViewCounts(newKeys)),
        // Before the row goes, while its labels are still there (the cascade removes them after).
        QStringLiteral("CREATE TRIGGER view_counts_conversation_delete BEFORE DELETE ON conversations BEGIN %1 END")
            .arg(removeViewCounts(oldKeys)),
        QStringLiteral("CREATE TRIGGER view_counts_conversation_update"
                       " AFTER UPDATE OF status, assignee, needs_human, account_id ON conversations"
                       " WHEN old.status IS NOT new.status OR old.assignee IS NOT new.assignee"
                       " OR old.needs_human IS NOT new.needs_human OR old.account_id IS NOT new.account_id"
                       " BEGIN %1 %2 END")
            .arg(removeViewCounts(oldKeys), addViewCounts(newKeys)),
        QStringLiteral("CREATE TRIGGER view_counts_label_insert AFTER INSERT ON conversation_labels WHEN %1"
                       " BEGIN %2 END")
            .arg(labelOpen.arg(QStringLiteral("new")),
                 addViewCounts(QStringLiteral("SELECT 'l' AS view, new.label_id AS ref"))),
        QStringLiteral("CREATE TRIGGER view_counts_label_delete AFTER DELETE ON conversation_labels WHEN %1"
                       " BEGIN %2 END")
            .arg(labelOpen.arg(QStringLiteral("old")), removeViewCounts(QStringLiteral("SELECT 'l', old.label_id"))),
    };
}

// Version 13: AI messages are marked as such everywhere. A staff reply that was the AI's draft says
// so (sent as the AI wrote it, or edited), and the conversation list knows who wrote the newest
// message (the AI, a person, a person from the AI's draft) without reading the messages.
Steps version13()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN ai_draft TEXT NOT NULL DEFAULT ''"
                       " CHECK (ai_draft IN ('', 'as_written', 'edited'))"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN last_message_sender TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN last_message_ai_draft INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE conversations SET last_message_sender = COALESCE((SELECT m.sender_kind FROM messages m"
                       " WHERE m.conversation_id = conversations.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1),"
                       " '')"),
    };
}

// Version 14: the words of the message index, each with the number of messages it was indexed in,
// so a search expands the word being typed into the commonest words it begins (a range of this
// B-tree) instead of an FTS5 prefix query, which reads every message of all of them
// (Store::searchMessages). Backfilled from the index itself. The count is approximate on purpose:
// an edited message counts again and a deleted one is not taken off; it only orders completions.
Steps version14()
{
    return {
        QStringLiteral("CREATE TABLE search_terms (term TEXT PRIMARY KEY, messages INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE temp.message_search_vocabulary USING fts5vocab(main, message_search, row)"),
        QStringLiteral("INSERT INTO search_terms(term, messages) SELECT term, doc FROM temp.message_search_vocabulary"),
        QStringLiteral("DROP TABLE temp.message_search_vocabulary"),
    };
}

// Version 15: customers are found by their identities too (a phone number, an email address, an
// @username), in a column of their own so a name still ranks first; rebuilt by the Store.
Steps version15()
{
    return {
        QStringLiteral("DROP TABLE customer_search"),
        QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(name, handles,"
                       " tokenize = \"unicode61 categories 'L* N* Co Mn Mc'\")"),
        QStringLiteral("INSERT OR IGNORE INTO store_tasks(name) VALUES ('reindex_customers')"),
    };
}

// Version 16: search_terms listed again from the index itself. Until now ingest added words with
// their Latin accents ("crème") while the index's tokenizer drops them, so "crem" did not complete
// to them; search::normalize folds them now, and the list is rebuilt the way version 14 made it.
Steps version16()
{
    return Steps{QStringLiteral("DELETE FROM search_terms")} + version14().mid(1); // all but CREATE TABLE
}

// Version 17: the customer index keeps prefix indexes of one to three characters, so the first
// letters typed in Ctrl+K read one list newest first instead of merging the lists of every word
// they begin (at 100,000 customers a first letter begins a tenth of them); rebuilt by the Store.
Steps version17()
{
    return {
        QStringLiteral("DROP TABLE customer_search"),
        QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(name, handles,"
                       " tokenize = \"unicode61 categories 'L* N* Co Mn Mc'\", prefix = '1 2 3')"),
        QStringLiteral("INSERT OR IGNORE INTO store_tasks(name) VALUES ('reindex_customers')"),
    };
}

const std::vector<std::function<Steps()>> &allVersions()
{
    static const std::vector<std::function<Steps()>> versions{
        version1,  [] { return version2() + version2Backfill(); },
        version3,  version4,
        version5,  version6,
        version7,  version8,
        version9,  version10,
        version11, version12,
        version13, version14,
        version15, version16,
        version17,
    };
    return versions;
}

} // namespace

int latestVersion()
{
    return int(allVersions().size());
}

int currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool migrate(const QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    if (from < 0) {
        *error = QStringLiteral("cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (from > latestVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this build of Wasel"
                                " understands (%2); open it with a newer Wasel")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    for (int version = from + 1; version <= target; ++version) {
        sql::Transaction tx(db);
        if (!tx.isActive()) {
            *error = QStringLiteral("cannot begin the migration to version %1").arg(version);
            return false;
        }
        const Steps steps = allVersions().at(std::size_t(version - 1))();
        for (const QString &statement : steps) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration to version %1 failed: %2").arg(version).arg(q.lastError().text());
                return false;
            }
        }
        // PRAGMA does not take bound parameters; the value is our own integer.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !tx.commit()) {
            *error = QStringLiteral("cannot record schema version %1").arg(version);
            return false;
        }
        qCInfo(lcStore) << "migrated the store to schema version" << version;
    }
    return true;
}

} // namespace wasel::models::migrations
