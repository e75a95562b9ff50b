// MessageListModel under QAbstractItemModelTester: newest page first, older pages prepended,
// new messages appended and status changes updated in place; the AI's reply being written as a
// last row that grows and then becomes the stored message.

#include "MessageListModel.h"
#include "TestEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;
using wasel::tests::customerText;

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_conversation = 0;
    QDateTime m_start = QDateTime::currentDateTimeUtc().addDays(-3);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("messages.sqlite"))));
        // 25 messages over three days, one every three hours.
        for (int i = 0; i < 25; ++i) {
            m_conversation =
                m_store
                    .apply(customerText(ChannelKind::Messenger, QStringLiteral("psid"),
                                        i % 3 ? QStringLiteral("رسالة %1").arg(i) : QStringLiteral("message %1").arg(i),
                                        QStringLiteral("m%1").arg(i), m_start.addSecs(i * 3 * 3600)))
                    .conversationId;
        }
    }

    void newestPageThenOlderPages()
    {
        // Exact page sizes first, without the tester (which fetches more on its own).
        MessageListModel model(&m_store);
        model.setPageSize(10);
        model.setConversation(m_conversation);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(9).data(MessageRole::Text).toString(), QStringLiteral("message 24"));
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // prepended
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0).data(MessageRole::Text).toString(), QStringLiteral("message 0"));
        // Chronological order.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(MessageRole::Id).toLongLong()
                    < model.index(row).data(MessageRole::Id).toLongLong());

        // The same paging under the tester ends in the same rows.
        MessageListModel tested(&m_store);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setPageSize(7);
        tested.setConversation(m_conversation);
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), 25);
        for (int row = 0; row < 25; ++row)
            QCOMPARE(tested.index(row).data(MessageRole::Id), model.index(row).data(MessageRole::Id));
    }

    void historyTakesItsPlaceInTime()
    {
        // A webhook message first, then backfilled history from before it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 conversation = m_store
                                        .apply(customerText(ChannelKind::Instagram, QStringLiteral("igsid-h"),
                                                            QStringLiteral("new"), QStringLiteral("h.new"), now))
                                        .conversationId;
        MessageListModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(conversation);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_store.apply(customerText(ChannelKind::Instagram, QStringLiteral("igsid-h"), QStringLiteral("older"),
                                   QStringLiteral("h.old"), now.addSecs(-7200)));
        m_store.apply(customerText(ChannelKind::Instagram, QStringLiteral("igsid-h"), QStringLiteral("oldest"),
                                   QStringLiteral("h.oldest"), now.addSecs(-9000)));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0); // placed before the others, not appended
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row).data(MessageRole::Text).toString();
        QCOMPARE(texts, (QStringList{QStringLiteral("oldest"), QStringLiteral("older"), QStringLiteral("new")}));

        // The store pages the same way: what was said before "new", not what was stored before it.
        const QList<Message> page = m_store.messages(conversation);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().body, QStringLiteral("oldest"));
        const QList<Message> before = m_store.messages(conversation, page.last().id, 1);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().body, QStringLiteral("older"));
    }

    void rolesDescribeTheMessage()
    {
        MessageListModel model(&m_store);
        model.setConversation(m_conversation);
        const QModelIndex arabic = model.index(model.rowCount() - 2); // message 23
        QCOMPARE(arabic.data(MessageRole::TextDirection).toInt(), int(Qt::RightToLeft));
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageRole::TextDirection).toInt(), int(Qt::LeftToRight));
        QCOMPARE(arabic.data(MessageRole::Direction).toInt(), int(Direction::In));
        QCOMPARE(arabic.data(MessageRole::Sender).toInt(), int(SenderKind::Customer));
        QCOMPARE(model.index(0).data(MessageRole::StartsNewDay).toBool(), true);
        int dayStarts = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            dayStarts += model.index(row).data(MessageRole::StartsNewDay).toBool() ? 1 : 0;
        QVERIFY(dayStarts >= 3 && dayStarts <= 5);
    }

    void liveInsertAndStatusChange()
    {
        MessageListModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(m_conversation);
        const int before = model.rowCount();
        const qint64 id = m_store.enqueueOutbound(m_conversation, QStringLiteral("تم الطلب ✅"), SenderKind::Agent,
                                                  QStringLiteral("Sara"), QStringLiteral("live-1"));
        QCOMPARE(model.rowCount(), before + 1);
        const QModelIndex last = model.index(model.rowCount() - 1);
        QCOMPARE(last.data(MessageRole::Id).toLongLong(), id);
        QCOMPARE(last.data(MessageRole::Status).toInt(), int(MessageStatus::Queued));
        QCOMPARE(last.data(MessageRole::SenderName).toString(), QStringLiteral("Sara"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_store.setMessageStatus(id, MessageStatus::Failed, QStringLiteral("Outside the 24-hour window")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(last.data(MessageRole::Status).toInt(), int(MessageStatus::Failed));
        QCOMPARE(last.data(MessageRole::StatusReason).toString(), QStringLiteral("Outside the 24-hour window"));

        // Another conversation's traffic does not touch this model.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_store.apply(customerText(ChannelKind::Messenger, QStringLiteral("someone-else"), QStringLiteral("hi"),
                                   QStringLiteral("other")));
        QCOMPARE(inserted.count(), 0);
    }

    void pendingAiReplyBecomesTheStoredMessage()
    {
        const qint64 conversation = m_store
                                        .apply(customerText(ChannelKind::Instagram, QStringLiteral("igsid-ai"),
                                                            QStringLiteral("price?"), QStringLiteral("ai.1")))
                                        .conversationId;
        MessageListModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(conversation);
        QCOMPARE(model.rowCount(), 1);
        model.setPendingReply(QString(), QStringLiteral("Wasel AI")); // nothing written yet: no row
        QCOMPARE(model.rowCount(), 1);

        // The reply streams in: one more row at the end, growing in place.
        model.setPendingReply(QStringLiteral("The gold"), QStringLiteral("Wasel AI"));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex pending = model.index(1);
        QVERIFY(pending.data(MessageRole::Pending).toBool());
        QCOMPARE(pending.data(MessageRole::Id).toLongLong(), 0);
        QCOMPARE(pending.data(MessageRole::Sender).toInt(), int(SenderKind::Ai));
        QCOMPARE(pending.data(MessageRole::SenderName).toString(), QStringLiteral("Wasel AI"));
        QVERIFY(!model.index(0).data(MessageRole::Pending).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setPendingReply(QStringLiteral("The gold earrings are"), QStringLiteral("Wasel AI"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1).data(MessageRole::Text).toString(), QStringLiteral("The gold earrings are"));

        // What arrives meanwhile goes above it; a staff reply too.
        m_store.apply(customerText(ChannelKind::Instagram, QStringLiteral("igsid-ai"), QStringLiteral("and silver?"),
                                   QStringLiteral("ai.2")));
        QVERIFY(m_store.enqueueOutbound(conversation, QStringLiteral("one moment"), SenderKind::Agent,
                                        QStringLiteral("Sara"), QStringLiteral("ai-agent-1")));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1).data(MessageRole::Text).toString(), QStringLiteral("and silver?"));
        QCOMPARE(model.index(2).data(MessageRole::Text).toString(), QStringLiteral("one moment"));
        QVERIFY(model.index(3).data(MessageRole::Pending).toBool());

        // The AI's message is stored: the pending row becomes it, no row added or removed.
        inserted.clear();
        removed.clear();
        const qint64 id = m_store.enqueueOutbound(conversation, QStringLiteral("The gold earrings are 18,500 IQD."),
                                                  SenderKind::Ai, QStringLiteral("Wasel AI"), QStringLiteral("ai-1"));
        QVERIFY(id);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!model.hasPendingReply());
        QCOMPARE(model.index(3).data(MessageRole::Id).toLongLong(), id);
        QVERIFY(!model.index(3).data(MessageRole::Pending).toBool());
        // The same reply's last progress, arriving after it was stored, does not bring it back …
        model.setPendingReply(QStringLiteral("The gold earrings are 18,500 IQD."), QStringLiteral("Wasel AI"));
        QCOMPARE(model.rowCount(), 4);
        // … until the reply is over; then the next one shows again.
        model.clearPendingReply();
        model.setPendingReply(QStringLiteral("Silver"), QStringLiteral("Wasel AI"));
        QCOMPARE(model.rowCount(), 5);

        // Failed or handed over: the row goes. Another conversation: it goes too.
        model.clearPendingReply();
        QCOMPARE(model.rowCount(), 4);
        model.setPendingReply(QStringLiteral("Silver is"), QStringLiteral("Wasel AI"));
        model.setConversation(m_conversation);
        QVERIFY(!model.hasPendingReply());
        QCOMPARE(model.rowCount(), int(m_store.messages(m_conversation, 0, 50).size()));
        model.setConversation(0);
        model.setPendingReply(QStringLiteral("nobody's"), QStringLiteral("Wasel AI"));
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyConversation()
    {
        MessageListModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
