// The demo workspace: every channel, three languages, statuses, labels, notes and replies.

#include "DemoSeeder.h"
#include "TemplateCatalog.h"
#include "store/Store.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
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

        QHash<ChannelKind, int> perChannel;
        QSet<ConversationStatus> statuses;
        QSet<SenderKind> senders;
        QSet<MessageKind> kinds;
        QSet<QString> assignees;
        bool arabic = false, thai = false, english = false, labelled = false, noted = false;
        bool failedWithReason = false, attachment = false, handover = false, threaded = false;
        bool unread = false, needsHuman = false, snoozedLater = false;
        qint64 crossChannelCustomer = 0;
        for (const Conversation &c : conversations) {
            ++perChannel[c.channel];
            statuses.insert(c.status);
            if (!c.assignee.isEmpty())
                assignees.insert(c.assignee);
            labelled |= !c.labels.isEmpty();
            noted |= !store.notes(c.id).isEmpty();
            threaded |= !c.threadKey.isEmpty() && !c.contextJson.isEmpty();
            unread |= c.unreadCount > 0;
            needsHuman |= c.needsHuman;
            snoozedLater |= c.status == ConversationStatus::Snoozed && c.snoozedUntil > QDateTime::currentDateTimeUtc();
            QSet<ChannelKind> identityChannels;
            for (const Identity &identity : store.identities(c.customerId))
                identityChannels.insert(identity.channel);
            if (identityChannels.size() > 1)
                crossChannelCustomer = c.customerId;
            for (const Message &m : store.messages(c.id, 0, 500)) {
                senders.insert(m.sender);
                kinds.insert(m.kind);
                attachment |= !m.attachments.isEmpty() && m.attachments.first().url.startsWith(u"https://");
                if (m.status == MessageStatus::Failed) {
                    QVERIFY2(!m.statusReason.isEmpty(), "a failed message says why");
                    QVERIFY(m.direction == Direction::Out);
                    failedWithReason = true;
                }
                handover |= m.sender == SenderKind::System && m.body.contains(u"handed over");
                for (QChar ch : m.body) {
                    arabic |= ch.script() == QChar::Script_Arabic;
                    thai |= ch.script() == QChar::Script_Thai;
                }
                english |= m.sender == SenderKind::Customer && !m.body.isEmpty()
                    && m.body.at(0).script() == QChar::Script_Latin;
            }
        }
        // Every channel kind, and more than a token conversation on each.
        for (ChannelKind kind : allChannelKinds())
            QVERIFY2(perChannel.value(kind) >= 3, qPrintable(toString(kind)));
        QVERIFY(arabic && thai && english);
        QCOMPARE(statuses.size(), 4); // open, pending, snoozed, resolved
        QVERIFY(snoozedLater);
        QVERIFY(senders.contains(SenderKind::Ai) && senders.contains(SenderKind::Agent)
                && senders.contains(SenderKind::Customer) && senders.contains(SenderKind::System));
        for (MessageKind kind : {MessageKind::Comment, MessageKind::StoryReply, MessageKind::StoryMention,
                                 MessageKind::Image, MessageKind::Audio, MessageKind::Postback, MessageKind::Template})
            QVERIFY2(kinds.contains(kind), qPrintable(toString(kind)));
        QVERIFY(assignees.size() >= 2);
        QVERIFY(labelled && noted && attachment && handover && threaded);
        QVERIFY(unread && needsHuman);
        QVERIFY(failedWithReason);

        // One person on two channels is one customer with two identities, and both conversations.
        QVERIFY(crossChannelCustomer);
        QCOMPARE(store.identities(crossChannelCustomer).size(), 2);
        int conversationsOfCrossChannelCustomer = 0;
        for (const Conversation &c : conversations)
            conversationsOfCrossChannelCustomer += c.customerId == crossChannelCustomer;
        QCOMPARE(conversationsOfCrossChannelCustomer, 2);

        QVERIFY(store.cannedResponses().size() >= 6);
        for (const QJsonValue &entry : r.simulator) {
            const QJsonObject o = entry.toObject();
            QVERIFY(!o.value(u"text").toString().isEmpty());
            QVERIFY(!o.value(u"customer").toObject().value(u"external_id").toString().isEmpty());
            QVERIFY(o.value(u"delay_seconds").toDouble() > 0);
        }

        // The WhatsApp number's templates are cached as TemplateCatalog reads them, so the template
        // composer has something to offer outside the window.
        TemplateCatalog catalog(&store, nullptr);
        ChannelsConfig numbers;
        numbers.channels.append({ChannelKind::WhatsApp,
                                 {},
                                 QStringLiteral("109000000000101"),
                                 {{QStringLiteral("waba_id"), QStringLiteral("209000000000101")}},
                                 {},
                                 {},
                                 {}});
        catalog.configure(numbers, {});
        const QList<MessageTemplate> templates =
            catalog.templates(QStringLiteral("209000000000101"), QStringLiteral("ar"));
        QVERIFY(templates.size() >= 3);
        QCOMPARE(templates.first().language, QStringLiteral("ar"));
        QVERIFY(!templates.first().variables.isEmpty());
        QVERIFY(catalog.fetchedAt(QStringLiteral("209000000000101")).isValid());
        // A demo number has no token: Refresh says so instead of calling Meta.
        QSignalSpy refreshed(&catalog, &TemplateCatalog::refreshed);
        catalog.refresh(QStringLiteral("209000000000101"), true);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.first().at(1).toBool(), false);

        // Never mixed into a workspace that already has conversations.
        const DemoSeedResult again = seedDemo(store);
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(u"already has conversations"));
        QCOMPARE(store.conversationCount({}), r.conversations);
    }

    // The demo shows every channel with its icon: one bundled SVG per channel kind, named by its
    // storage name, next to the app icon.
    void channelIconsAreBundled()
    {
        QStringList names{QStringLiteral("wasel")};
        for (ChannelKind kind : allChannelKinds())
            names << QStringLiteral("channel-") + toString(kind);
        for (const QString &name : std::as_const(names)) {
            QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QVERIFY2(file.readAll().contains("<svg"), qPrintable(file.fileName()));
        }
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
