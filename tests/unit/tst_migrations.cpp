// Schema migrations: from an empty file and from every older version, keeping what is stored.

#include "store/Migrations.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A database created by an older build: migrated to `version` only, with one conversation.
    QString makeDatabaseAt(int version)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix)); // made (and migrated) by an earlier test
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QString error;
            if (!migrations::migrate(db, &error, version))
                qWarning() << error;
            if (version >= 1) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("INSERT INTO channel_accounts(id, kind, external_id, created_at) VALUES (1, "
                                      "'whatsapp', '1065', 0)"));
                q.exec(QStringLiteral(
                    "INSERT INTO customers(id, display_name, created_at, updated_at) VALUES (1, 'สมชาย', 0, 0)"));
                q.exec(QStringLiteral(
                    "INSERT INTO identities(customer_id, channel, external_id) VALUES (1, 'whatsapp', '6681')"));
                q.exec(QStringLiteral("INSERT INTO conversations(id, account_id, customer_id, last_activity_at, "
                                      "created_at) VALUES (1, 1, 1, 5, 0)"));
                q.exec(QStringLiteral(
                    "INSERT INTO messages(conversation_id, channel, direction, sender_kind, kind, body, external_id, "
                    "status,"
                    " created_at, updated_at) VALUES (1, 'whatsapp', 'in', 'customer', 'text', 'มีไซส์ L ไหมครับ',"
                    " 'wamid.old', 'received', 5, 5)"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        return path;
    }

    // A database made at `version` (makeDatabaseAt) with `statements` run on it as that build would.
    QString makeDatabaseAt(int version, const QStringList &statements)
    {
        const QString path = makeDatabaseAt(version);
        bool done = !path.isEmpty();
        if (done) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            done = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (done && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    done = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        return done ? path : QString();
    }

private Q_SLOTS:
    void fromEmpty()
    {
        Store store;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("empty.sqlite"))), qPrintable(store.lastError().message));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        QVERIFY(Store::currentSchemaVersion() >= 2);
    }

    void fromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void fromEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString path = makeDatabaseAt(version);
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        // What was stored survives, and text stored before search existed is now searchable.
        const auto conversations = store.conversations({});
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().customerName, QStringLiteral("สมชาย"));
        QCOMPARE(store.messages(conversations.first().id).size(), 1);
        QCOMPARE(store.searchMessages(QStringLiteral("ไซส์")).size(), 1);
        QCOMPARE(store.searchCustomers(QStringLiteral("สมชาย")).size(), 1);
        // The sidebar's kept counts start from what is there (version 12 counts existing rows).
        const Store::ViewCounts counts = store.viewCounts(QString());
        QCOMPARE(counts.open, 1);
        QCOMPARE(counts.unassigned, 1);
        QCOMPARE(counts.channels.value(ChannelKind::WhatsApp), 1);
    }

    // Version 6 adds the profile columns to rows that already exist, with "never asked" defaults.
    void version6AddsProfilesToExistingRows()
    {
        const QString path = makeDatabaseAt(5);
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 6);
        const auto identities = store.identities(1);
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().externalId, QStringLiteral("6681"));
        QVERIFY(identities.first().username.isEmpty());
        QVERIFY(!identities.first().profileFetchedAt.isValid());
        QVERIFY(!identities.first().profileRetryAt.isValid());
        QVERIFY(identities.first().profileError.isEmpty());
        QCOMPARE(store.customer(1)->avatarPath, QString());
        QCOMPARE(store.conversations({}).first().customerUsername, QString());
        // Only Messenger and Instagram identities are asked for a profile; this one is WhatsApp.
        QVERIFY(store.profilesDue(QDateTime::currentDateTimeUtc()).isEmpty());
        QVERIFY(!store.profileTargetOf(1));

        QVERIFY(store.addIdentity(1, ChannelKind::Instagram, QStringLiteral("IGSID-1")));
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO channel_accounts(id, kind, external_id, created_at)"
                                      " VALUES (2, 'instagram', '1784', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO conversations(id, account_id, customer_id, last_activity_at,"
                                      " created_at) VALUES (2, 2, 1, 6, 0)")));
        const auto due = store.profilesDue(QDateTime::currentDateTimeUtc());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().externalId, QStringLiteral("IGSID-1"));
        QCOMPARE(due.first().accountExternalId, QStringLiteral("1784"));
        QCOMPARE(store.profileTargetOf(2)->identityId, due.first().identityId);
    }

    // Version 7 adds what can happen to a message after it arrived; existing rows have had none of it.
    void version7AddsMessageChangesToExistingRows()
    {
        const QString path = makeDatabaseAt(6);
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 7);
        const auto messages = store.messages(1);
        QCOMPARE(messages.size(), 1);
        QVERIFY(!messages.first().unsentAt.isValid());
        QVERIFY(!messages.first().editedAt.isValid());
        QVERIFY(messages.first().reaction.isEmpty());
        QCOMPARE(messages.first().body, QStringLiteral("มีไซส์ L ไหมครับ"));
        // And the old row takes the changes.
        InboundEvent react;
        react.type = InboundEvent::Type::Reaction;
        react.channel = ChannelKind::WhatsApp;
        react.accountExternalId = QStringLiteral("1065");
        react.customerExternalId = QStringLiteral("6681");
        react.replyToExternalId = QStringLiteral("wamid.old");
        react.externalMessageId = QStringLiteral("wamid.reaction");
        react.text = QStringLiteral("👍");
        QVERIFY(store.apply(react).changed);
        QCOMPARE(store.messages(1).first().reaction, QStringLiteral("👍"));
    }

    // Version 13 marks AI-written messages: existing staff replies were nobody's draft, and the
    // conversation learns who wrote its newest message from the messages already there.
    void version13KnowsWhoWroteTheNewestMessage()
    {
        const QString path = makeDatabaseAt(
            12,
            {QStringLiteral("INSERT INTO messages(conversation_id, channel, direction, sender_kind, sender_name, kind,"
                            " body, status, created_at, updated_at) VALUES (1, 'whatsapp', 'out', 'ai', 'Wasel AI',"
                            " 'text', 'L is in stock', 'sent', 6, 6)")});
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 13);
        QVERIFY(store.conversations({}).first().lastMessageSender == SenderKind::Ai);
        QVERIFY(!store.conversations({}).first().lastMessageAiDraft);
        for (const Message &m : store.messages(1))
            QVERIFY(m.aiDraft == AiDraft::None);
    }

    // Version 14 lists the words of an existing message index, so what was typed completes to them.
    void version14ListsTheIndexedWords()
    {
        // Indexed as the Store of version 13 did, with no rebuild pending: only the migration can list
        // the words.
        const QString path = makeDatabaseAt(
            13,
            {QStringLiteral("INSERT INTO message_search(rowid, body) SELECT id, 'zebra stripes' FROM messages"),
             QStringLiteral("DELETE FROM store_tasks")});
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 14);
        QCOMPARE(store.searchMessages(QStringLiteral("zebr")).size(), 1);
        QCOMPARE(store.searchMessages(QStringLiteral("zebra str")).size(), 1);
        QCOMPARE(store.searchMessages(QStringLiteral("zebras")).size(), 0);
    }

    // Version 16 lists the words again as the index holds them: without the Latin accents the store
    // of version 15 listed them with.
    void version16ListsWordsWithoutLatinAccents()
    {
        const QString path = makeDatabaseAt(
            15,
            {QStringLiteral("INSERT INTO message_search(rowid, body) SELECT id, 'crème brûlée' FROM messages"),
             QStringLiteral("DELETE FROM search_terms"),
             QStringLiteral("INSERT INTO search_terms(term, messages) VALUES ('crème', 1), ('brûlée', 1)"),
             QStringLiteral("DELETE FROM store_tasks")});
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 16);
        QCOMPARE(store.searchMessages(QStringLiteral("crem")).size(), 1);
        QCOMPARE(store.searchMessages(QStringLiteral("creme brul")).size(), 1);
    }

    // Version 15 rebuilds the customer index from every identity of every customer: several per
    // customer, customers with none between them, and the made-up one of makeDatabaseAt.
    void version15FindsCustomersByTheirIdentities()
    {
        const QString path = makeDatabaseAt(
            14,
            {QStringLiteral("INSERT INTO customers(id, display_name, created_at, updated_at) VALUES"
                            " (2, 'Noor', 0, 0), (3, 'Layla Hassan', 0, 0), (4, '', 0, 0)"),
             QStringLiteral("INSERT INTO identities(customer_id, channel, external_id, display_name, username) VALUES"
                            " (3, 'whatsapp', '9647701234567', '', ''),"
                            " (3, 'email', 'layla.h@example.com', 'Layla H', ''),"
                            " (3, 'instagram', '17841400001', '', 'layla.style'),"
                            " (4, 'messenger', '2400001', 'Ali Kareem', '')"),
             QStringLiteral("DELETE FROM store_tasks")});
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 15);
        auto found = [&store](const QString &query) {
            QList<qint64> ids;
            for (const CustomerHit &hit : store.searchCustomers(query, 10))
                ids.append(hit.customerId);
            return ids;
        };
        QCOMPARE(found(QStringLiteral("0770 123 4567")), QList<qint64>{3});
        QCOMPARE(found(QStringLiteral("layla.h@example")), QList<qint64>{3});
        QCOMPARE(found(QStringLiteral("layla.style")), QList<qint64>{3});
        QCOMPARE(found(QStringLiteral("Noor")), QList<qint64>{2});
        QCOMPARE(found(QStringLiteral("Kareem")), QList<qint64>{4}); // no name of its own: its identity's
        QCOMPARE(found(QStringLiteral("6681")), QList<qint64>{1});
        QCOMPARE(found(QStringLiteral("สมชาย")), QList<qint64>{1});
    }

    // Version 17 rebuilds the customer index with prefix indexes: what was found is found again, by
    // its first letter too.
    void version17KeepsCustomersFindable()
    {
        const QString path = makeDatabaseAt(
            16,
            {QStringLiteral("INSERT INTO customers(id, display_name, created_at, updated_at) VALUES"
                            " (2, 'Zainab Ali', 0, 0)"),
             QStringLiteral("INSERT INTO customer_search(rowid, name, handles) VALUES (2, 'zainab ali', '')"),
             QStringLiteral("DELETE FROM store_tasks")});
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.lastError().message));
        QVERIFY(store.schemaVersion() >= 17);
        QCOMPARE(store.searchCustomers(QStringLiteral("z")).size(), 1);
        QCOMPARE(store.searchCustomers(QStringLiteral("zainab al")).size(), 1);
        QCOMPARE(store.searchCustomers(QStringLiteral("สม")).size(), 1); // makeDatabaseAt's สมชาย
        QSqlQuery schema(QSqlDatabase::database(store.connectionName()));
        QVERIFY(schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'customer_search'")));
        QVERIFY(schema.next());
        QVERIFY2(schema.value(0).toString().contains(QStringLiteral("prefix")), qPrintable(schema.value(0).toString()));
    }

    void reopeningChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
        }
        Store store;
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
    }

    void newerDatabaseIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(store.lastError().message.contains(QStringLiteral("newer")));
    }

    void garbageFileIsAnErrorNotACrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.lastError().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
