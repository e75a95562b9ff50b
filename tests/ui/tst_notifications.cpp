// Which inbox events become desktop notifications: new live customer messages and handovers to a
// person, never staff or AI messages, backfilled history, or anything in the conversation on screen
// in the active window; nothing when the setting is off. The watcher also keeps the tray's count.

#include "Notifications.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;
using ui::AttentionState;
using ui::InboxEvent;
using Store = models::Store;

class TestNotifications : public QObject
{
    Q_OBJECT

    models::Store m_store;
    AttentionState m_attention;
    std::unique_ptr<ui::InboxWatcher> m_watcher;
    int m_n = 0;

    Store::ApplyResult apply(const QString &customer, const QString &text, const QDateTime &at,
                             models::Store::ApplyMode mode = models::Store::ApplyMode::Live)
    {
        const auto result =
            m_store.apply(tests::customerText(ChannelKind::WhatsApp, customer, text, QStringLiteral("w-%1").arg(++m_n),
                                              at, QStringLiteral("Customer %1").arg(customer)),
                          mode);
        if (!result.ok)
            qFatal("cannot apply: %s", qPrintable(result.error));
        return result;
    }
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(QStringLiteral(":memory:")));
        m_watcher = std::make_unique<ui::InboxWatcher>(&m_store, [this] { return m_attention; });
    }

    void init() { m_attention = AttentionState{}; }

    void decision_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("active");
        QTest::addColumn<qint64>("open");
        QTest::addColumn<bool>("notifies");
        const int message = int(InboxEvent::Kind::CustomerMessage), handover = int(InboxEvent::Kind::Handover);
        QTest::newRow("message, window in the background") << message << true << false << qint64(7) << true;
        QTest::newRow("message, another conversation open") << message << true << true << qint64(8) << true;
        QTest::newRow("message, its conversation on screen") << message << true << true << qint64(7) << false;
        QTest::newRow("message, its conversation open, window inactive")
            << message << true << false << qint64(7) << true;
        QTest::newRow("message, notifications off") << message << false << false << qint64(0) << false;
        QTest::newRow("handover, window in the background") << handover << true << false << qint64(0) << true;
        QTest::newRow("handover, its conversation on screen") << handover << true << true << qint64(7) << false;
        QTest::newRow("handover, notifications off") << handover << false << false << qint64(0) << false;
    }

    void decision()
    {
        QFETCH(int, kind);
        QFETCH(bool, enabled);
        QFETCH(bool, active);
        QFETCH(qint64, open);
        QFETCH(bool, notifies);
        InboxEvent event;
        event.kind = InboxEvent::Kind(kind);
        event.conversationId = 7;
        QCOMPARE(ui::shouldNotify(event, {enabled, active, open}), notifies);
    }

    void settingDefaultsToOn()
    {
        QVERIFY(ui::notificationsEnabled(&m_store));
        ui::setNotificationsEnabled(&m_store, false);
        QVERIFY(!ui::notificationsEnabled(&m_store));
        QCOMPARE(m_store.setting(QStringLiteral("desktop_notifications")), QStringLiteral("off"));
        ui::setNotificationsEnabled(&m_store, true);
        QVERIFY(ui::notificationsEnabled(&m_store));
    }

    void customerMessagesNotify()
    {
        QSignalSpy spy(m_watcher.get(), &ui::InboxWatcher::notify);
        const auto first = apply(QStringLiteral("1"), QStringLiteral("  Is the <b>blue</b> one\nstill there?  "),
                                 QDateTime::currentDateTimeUtc());
        QCOMPARE(spy.size(), 1);
        const auto event = spy.at(0).at(0).value<InboxEvent>();
        QCOMPARE(event.kind, InboxEvent::Kind::CustomerMessage);
        QCOMPARE(event.conversationId, first.conversationId);
        QCOMPARE(event.messageId, first.messageId);
        QCOMPARE(event.title, QStringLiteral("Customer 1"));
        QCOMPARE(event.body, QStringLiteral("Is the <b>blue</b> one still there?")); // escaped by the tray
        // A long message is shortened.
        apply(QStringLiteral("1"), QString(300, u'x'), QDateTime::currentDateTimeUtc());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<InboxEvent>().body.size(), 140);

        // While that conversation is on screen in the active window: nothing; another one: yes.
        m_attention = {true, true, first.conversationId};
        apply(QStringLiteral("1"), QStringLiteral("hello?"), QDateTime::currentDateTimeUtc());
        QCOMPARE(spy.size(), 2);
        apply(QStringLiteral("2"), QStringLiteral("hi"), QDateTime::currentDateTimeUtc());
        QCOMPARE(spy.size(), 3);
        // Off: nothing at all.
        m_attention = {false, false, 0};
        apply(QStringLiteral("3"), QStringLiteral("hi"), QDateTime::currentDateTimeUtc());
        QCOMPARE(spy.size(), 3);
    }

    void historyAndRepliesDoNotNotify()
    {
        QSignalSpy spy(m_watcher.get(), &ui::InboxWatcher::notify);
        // Backfilled history: written a day ago, fetched now.
        apply(QStringLiteral("4"), QStringLiteral("old"), QDateTime::currentDateTimeUtc().addDays(-1),
              Store::ApplyMode::History);
        apply(QStringLiteral("4"), QStringLiteral("older, live replay"),
              QDateTime::currentDateTimeUtc().addSecs(-3600));
        QCOMPARE(spy.size(), 0);
        // The shop's own replies (staff, AI, echoes).
        auto echo = tests::customerText(ChannelKind::WhatsApp, QStringLiteral("4"), QStringLiteral("our reply"),
                                        QStringLiteral("w-echo"), QDateTime::currentDateTimeUtc());
        echo.direction = models::Direction::Out;
        echo.sender = models::SenderKind::Agent;
        QVERIFY(m_store.apply(echo).ok);
        const qint64 conversation =
            m_store.searchCustomers(QStringLiteral("Customer 4")).first().conversationIds.first();
        QVERIFY(m_store.enqueueOutbound(conversation, QStringLiteral("AI answer"), models::SenderKind::Ai,
                                        QStringLiteral("Wasel AI"), QStringLiteral("client-1")));
        QCOMPARE(spy.size(), 0);
    }

    void handoverNotifiesOnce()
    {
        QSignalSpy spy(m_watcher.get(), &ui::InboxWatcher::notify);
        const auto r = apply(QStringLiteral("5"), QStringLiteral("I want a person"), QDateTime::currentDateTimeUtc());
        spy.clear();
        QVERIFY(m_store.setNeedsHuman(r.conversationId, true));
        QCOMPARE(spy.size(), 1);
        const auto event = spy.at(0).at(0).value<InboxEvent>();
        QCOMPARE(event.kind, InboxEvent::Kind::Handover);
        QCOMPARE(event.conversationId, r.conversationId);
        // Other changes to the same conversation while it still waits: no second notification.
        QVERIFY(m_store.markRead(r.conversationId));
        QVERIFY(m_store.addLabel(r.conversationId, QStringLiteral("vip")));
        QCOMPARE(spy.size(), 1);
        // Answered (no longer waiting), then handed over again: again.
        QVERIFY(m_store.setNeedsHuman(r.conversationId, false));
        QVERIFY(m_store.setNeedsHuman(r.conversationId, true));
        QCOMPARE(spy.size(), 2);
        // Not while the person is looking at it.
        QVERIFY(m_store.setNeedsHuman(r.conversationId, false));
        m_attention = {true, true, r.conversationId};
        QVERIFY(m_store.setNeedsHuman(r.conversationId, true));
        QCOMPARE(spy.size(), 2);
    }

    void handedOverAtStartIsNotNotifiedAgain()
    {
        const auto r = apply(QStringLiteral("6"), QStringLiteral("help"), QDateTime::currentDateTimeUtc());
        QVERIFY(m_store.setNeedsHuman(r.conversationId, true));
        ui::InboxWatcher fresh(&m_store, [] { return AttentionState{}; });
        QSignalSpy spy(&fresh, &ui::InboxWatcher::notify);
        QVERIFY(m_store.markRead(r.conversationId));
        QCOMPARE(spy.size(), 0);
    }

    void countsUnreadConversations()
    {
        ui::InboxWatcher watcher(&m_store, [] { return AttentionState{false, false, 0}; });
        models::ConversationQuery unread;
        unread.unreadOnly = true;
        const int before = m_store.conversationCount(unread);
        QCOMPARE(watcher.unreadCount(), before);
        QSignalSpy changed(&watcher, &ui::InboxWatcher::unreadCountChanged);
        const auto r = apply(QStringLiteral("7"), QStringLiteral("new"), QDateTime::currentDateTimeUtc());
        QVERIFY(changed.wait(2000));
        QCOMPARE(watcher.unreadCount(), before + 1);
        QCOMPARE(changed.last().at(0).toInt(), before + 1);
        QVERIFY(m_store.markRead(r.conversationId));
        QVERIFY(changed.wait(2000));
        QCOMPARE(watcher.unreadCount(), before);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
