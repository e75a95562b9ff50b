// The demo workspace: every channel, three languages, statuses, labels, notes and replies.

#include "DemoSeeder.h"
#include "store/Store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;
using namespace wasel::app;

class TestDemoSeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void seedsALivingInbox()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("demo.sqlite"))));
        const DemoSeedResult r = seedDemo(store);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.workspaceName.isEmpty());
        QVERIFY(!r.agentName.isEmpty());
        QVERIFY(r.conversations >= 20);
        QVERIFY(!r.simulator.isEmpty());

        ConversationQuery all;
        all.limit = 1000;
        const auto conversations = store.conversations(all);
        QCOMPARE(conversations.size(), r.conversations);

        QSet<ChannelKind> channels;
        QSet<ConversationStatus> statuses;
        QSet<SenderKind> senders;
        bool arabic = false, thai = false, english = false, labelled = false, failed = false, linked = false;
        for (const Conversation &c : conversations) {
            channels.insert(c.channel);
            statuses.insert(c.status);
            labelled |= !c.labels.isEmpty();
            linked |= store.identities(c.customerId).size() > 1;
            for (const Message &m : store.messages(c.id, 0, 500)) {
                senders.insert(m.sender);
                failed |= m.status == MessageStatus::Failed;
                for (QChar ch : m.body) {
                    arabic |= ch.script() == QChar::Script_Arabic;
                    thai |= ch.script() == QChar::Script_Thai;
                }
                english |= m.sender == SenderKind::Customer && !m.body.isEmpty()
                    && m.body.at(0).script() == QChar::Script_Latin;
            }
        }
        QCOMPARE(channels.size(), int(allChannelKinds().size()));
        QVERIFY(arabic && thai && english);
        QVERIFY(statuses.contains(ConversationStatus::Open) && statuses.contains(ConversationStatus::Resolved));
        QVERIFY(senders.contains(SenderKind::Ai) && senders.contains(SenderKind::Agent)
                && senders.contains(SenderKind::Customer));
        QVERIFY(labelled);
        QVERIFY(failed);
        QVERIFY(linked);
        QVERIFY(!store.cannedResponses().isEmpty());

        // Never mixed into a workspace that already has conversations.
        const DemoSeedResult again = seedDemo(store);
        QVERIFY(!again.ok);
        QCOMPARE(store.conversationCount({}), r.conversations);
    }

    void brokenDescriptionIsAnError()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("broken.sqlite"))));
        QVERIFY(!seedDemo(store, QByteArrayLiteral("{not json")).ok);
        const DemoSeedResult unknown =
            seedDemo(store, QByteArrayLiteral(R"({"accounts":[{"key":"x","channel":"telegram"}]})"));
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.error.contains(QStringLiteral("telegram")));
        QCOMPARE(store.conversationCount({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
