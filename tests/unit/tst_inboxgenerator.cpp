// The inbox benchmark's workspace generator (tests/bench/inbox): what it writes is a workspace the
// store reads like one it made itself, with the promised mix, and the same seed gives the same one.

#include "InboxGenerator.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace wasel;
using namespace wasel::models;

class TestInboxGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bench::GeneratorOptions m_options;
    bench::GeneratorResult m_result;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static ConversationQuery everything()
    {
        ConversationQuery query;
        query.limit = 1000;
        return query;
    }

    // A digest of every message's conversation, direction, status and text, in id order.
    static QByteArray digest(const QString &file)
    {
        QByteArray hash;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT conversation_id, direction, status, body FROM messages ORDER BY id"));
                QCryptographicHash h(QCryptographicHash::Sha256);
                while (q.next()) {
                    for (int i = 0; i < 4; ++i)
                        h.addData(q.value(i).toString().toUtf8() + '\x1f');
                }
                hash = h.result();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("digest"));
        return hash;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_options.conversations = 80;
        m_options.messages = 900;
        m_options.bigConversation = 200;
        m_options.seed = 7;
        m_options.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        m_result = bench::generateInbox(path(QStringLiteral("a.sqlite")), m_options);
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
    }

    void countsAreExact()
    {
        QCOMPARE(m_result.conversations, 80);
        QCOMPARE(m_result.messages, 900);
        Store store;
        QVERIFY(store.open(path(QStringLiteral("a.sqlite"))));
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        QCOMPARE(store.conversationCount({}), 80);
        QVERIFY(m_result.bigConversationId > 0);
        QCOMPARE(store.messages(m_result.bigConversationId, 0, 1000).size(), 200);
        int total = 0;
        for (const Conversation &c : store.conversations(everything()))
            total += int(store.messages(c.id, 0, 1000).size());
        QCOMPARE(total, 900);
    }

    // What Store::apply would have kept for each conversation matches its messages.
    void conversationsAgreeWithTheirMessages()
    {
        Store store;
        QVERIFY(store.open(path(QStringLiteral("a.sqlite"))));
        std::set<ChannelKind> channels;
        std::set<ConversationStatus> statuses;
        int unread = 0, labelled = 0;
        for (const Conversation &c : store.conversations(everything())) {
            const QList<Message> messages = store.messages(c.id, 0, 1000);
            QVERIFY(!messages.isEmpty());
            const Message &last = messages.last();
            QCOMPARE(c.lastActivityAt, last.createdAt);
            QCOMPARE(c.lastMessagePreview, last.body.simplified());
            QVERIFY(c.lastMessageDirection == last.direction);
            QVERIFY(c.lastMessageSender == last.sender);
            QVERIFY(c.lastActivityAt <= m_options.now);
            // Unread messages are the customer's latest ones.
            QVERIFY(c.unreadCount <= messages.size());
            for (qsizetype i = messages.size() - c.unreadCount; i < messages.size(); ++i)
                QVERIFY(messages.at(i).direction == Direction::In);
            if (c.status == ConversationStatus::Resolved)
                QCOMPARE(c.unreadCount, 0);
            bool hasIdentity = false;
            for (const Identity &identity : store.identities(c.customerId))
                hasIdentity = hasIdentity || identity.channel == c.channel;
            QVERIFY2(hasIdentity, qPrintable(QString::number(c.id)));
            QVERIFY(!c.customerName.isEmpty());
            channels.insert(c.channel);
            statuses.insert(c.status);
            unread += c.unreadCount > 0;
            labelled += !c.labels.isEmpty();
        }
        QVERIFY(channels.size() >= 5);
        QCOMPARE(statuses.size(), std::size_t(4));
        QVERIFY(unread > 0);
        QVERIFY(labelled > 0);
    }

    void searchFindsEveryLanguage()
    {
        Store store;
        QVERIFY(store.open(path(QStringLiteral("a.sqlite"))));
        for (const char *query : {"شلونك", "สวัสดี", "price"}) {
            const QList<SearchHit> hits = store.searchMessages(QString::fromUtf8(query));
            QVERIFY2(!hits.isEmpty(), query);
            QVERIFY(hits.first().snippet.contains(QChar(0x02)));
        }
    }

    void sameSeedSameWorkspace()
    {
        const bench::GeneratorResult again = bench::generateInbox(path(QStringLiteral("b.sqlite")), m_options);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.bigConversationId, m_result.bigConversationId);
        QCOMPARE(digest(path(QStringLiteral("b.sqlite"))), digest(path(QStringLiteral("a.sqlite"))));
        bench::GeneratorOptions other = m_options;
        other.seed = 8;
        QVERIFY(bench::generateInbox(path(QStringLiteral("c.sqlite")), other).ok);
        QVERIFY(digest(path(QStringLiteral("c.sqlite"))) != digest(path(QStringLiteral("a.sqlite"))));
    }

    void refusesBadRequests()
    {
        const bench::GeneratorResult existing = bench::generateInbox(path(QStringLiteral("a.sqlite")), m_options);
        QVERIFY(!existing.ok);
        QVERIFY(existing.error.contains(QStringLiteral("exists")));
        bench::GeneratorOptions tooFew = m_options;
        tooFew.messages = 100; // 80 conversations, one of them with 200 messages
        const bench::GeneratorResult refused = bench::generateInbox(path(QStringLiteral("d.sqlite")), tooFew);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInboxGenerator)
#include "tst_inboxgenerator.moc"
