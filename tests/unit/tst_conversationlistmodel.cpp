// ConversationListModel under QAbstractItemModelTester: paging, filters and in-place updates.

#include "ConversationListModel.h"
#include "TestEvents.h"
#include "domain/ReplyWindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;
using wasel::tests::customerText;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDateTime m_base = QDateTime::currentDateTimeUtc().addDays(-1);
    int m_next = 0;

    qint64 message(const QString &customer, ChannelKind channel = ChannelKind::Instagram, int minutesAfterBase = -1)
    {
        ++m_next;
        const int minutes = minutesAfterBase >= 0 ? minutesAfterBase : m_next;
        return m_store
            ->apply(customerText(channel, customer, QStringLiteral("message %1").arg(m_next),
                                 QStringLiteral("m%1").arg(m_next), m_base.addSecs(minutes * 60)))
            .conversationId;
    }

    static QList<qint64> ids(const ConversationListModel &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.conversationIdAt(row));
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("list%1.sqlite").arg(++m_next))));
    }

    void pagesThroughEverything()
    {
        for (int i = 0; i < 10; ++i)
            message(QStringLiteral("c%1").arg(i));
        ConversationListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        // Most recent activity first.
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1).data(ConversationRole::LastActivityAt).toDateTime()
                    >= model.index(row).data(ConversationRole::LastActivityAt).toDateTime());
        }
        QCOMPARE(model.roleNames().value(ConversationRole::CustomerName), QByteArray("customerName"));
    }

    void newMessageMovesRowToTopInPlace()
    {
        const qint64 a = message(QStringLiteral("a"));
        message(QStringLiteral("b"));
        message(QStringLiteral("c"));
        ConversationListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        model.fetchMore({});
        QCOMPARE(model.conversationIdAt(2), a);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        message(QStringLiteral("a"));
        QCOMPARE(model.conversationIdAt(0), a);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0).data(ConversationRole::UnreadCount).toInt(), 2);
    }

    void newConversationIsInserted()
    {
        message(QStringLiteral("a"));
        ConversationListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        model.fetchMore({});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 b = message(QStringLiteral("b"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.conversationIdAt(0), b);
    }

    void filtersAndLeavingTheFilter()
    {
        const qint64 wa = message(QStringLiteral("w"), ChannelKind::WhatsApp);
        const qint64 ig = message(QStringLiteral("i"), ChannelKind::Instagram);
        ConversationListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        ConversationQuery open;
        open.status = ConversationStatus::Open;
        model.setQuery(open);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_store->setStatus(wa, ConversationStatus::Resolved));
        QCOMPARE(ids(model), QList<qint64>{ig});

        ConversationQuery whatsapp;
        whatsapp.channel = ChannelKind::WhatsApp;
        model.setQuery(whatsapp);
        model.fetchMore({});
        QCOMPARE(ids(model), QList<qint64>{wa});
        QCOMPARE(model.index(0).data(ConversationRole::ChannelName).toString(), QStringLiteral("whatsapp"));

        ConversationQuery labelled;
        labelled.label = QStringLiteral("vip");
        model.setQuery(labelled);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_store->addLabel(ig, QStringLiteral("vip")));
        QCOMPARE(ids(model), QList<qint64>{ig});
        QCOMPARE(model.index(0).data(ConversationRole::Labels).toStringList(), QStringList{QStringLiteral("vip")});

        ConversationQuery unread;
        unread.unreadOnly = true;
        model.setQuery(unread);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_store->markRead(wa));
        QCOMPARE(ids(model), QList<qint64>{ig});

        ConversationQuery mine;
        mine.assignee = QStringLiteral("Sara");
        model.setQuery(mine);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_store->setAssignee(wa, QStringLiteral("Sara")));
        QCOMPARE(ids(model), QList<qint64>{wa});
        QCOMPARE(model.index(0).data(ConversationRole::Assignee).toString(), QStringLiteral("Sara"));
    }

    void changeBeyondLoadedPagesWaitsForFetch()
    {
        for (int i = 0; i < 6; ++i)
            message(QStringLiteral("c%1").arg(i), ChannelKind::Instagram, i);
        ConversationListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setQuery({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        // An old conversation changes without moving up: it stays out until its page is fetched.
        const qint64 oldest = m_store->conversations({}).last().id;
        QVERIFY(m_store->setPriority(oldest, Priority::High));
        QCOMPARE(model.rowCount(), 3);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        const QList<qint64> loaded = ids(model);
        QCOMPARE(QSet<qint64>(loaded.cbegin(), loaded.cend()).size(), 6);
    }

    void replyWindowRoles()
    {
        // m_base is a day ago, so this customer wrote 23 h 50 min ago: the 24-hour window is still open.
        const qint64 wa = message(QStringLiteral("w"), ChannelKind::WhatsApp, 10);
        const qint64 mail = message(QStringLiteral("m@example.com"), ChannelKind::Email);
        ConversationListModel model(m_store.get());
        model.setQuery({});
        model.fetchMore({});
        const QModelIndex waIndex = model.index(model.rowOf(wa));
        // The message came in ~24 h ago minus a few minutes: WhatsApp's window is still open.
        QCOMPARE(waIndex.data(ConversationRole::ReplyWindowState).toInt(), int(ReplyWindow::State::Open));
        QVERIFY(waIndex.data(ConversationRole::ReplyWindowClosesAt).toDateTime().isValid());
        QCOMPARE(model.index(model.rowOf(mail)).data(ConversationRole::ReplyWindowState).toInt(),
                 int(ReplyWindow::State::Unlimited));
        QCOMPARE(initialsOf(QStringLiteral("زهراء علي")), QStringLiteral("زع"));
        QCOMPARE(initialsOf(QStringLiteral("john smith")), QStringLiteral("JS"));
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
