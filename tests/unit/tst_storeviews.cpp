// The store's side of the inbox views: the sidebar's kept counts agree with counting each view on
// its own after every kind of change, a customer's conversations across channels, fields kept about a
// customer (saved, changed, removed, refused when bad) and the assignees offered as teammates.

#include "TestEvents.h"
#include "store/Store.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel;
using models::ChannelKind;
using models::ConversationQuery;
using models::ConversationStatus;
using models::Store;

class TestStoreViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    qint64 conversationOf(ChannelKind channel, const QString &customer, const QString &messageId)
    {
        const auto r = m_store->apply(tests::customerText(channel, customer, QStringLiteral("hello"), messageId));
        if (!r.ok)
            qFatal("apply failed: %s", qPrintable(r.error));
        return r.conversationId;
    }

    // What each sidebar view counts when asked one query at a time (the slow way the grouped
    // statement replaces).
    int countOne(ConversationQuery q, bool anyStatus = false)
    {
        if (!q.status && !anyStatus)
            q.status = ConversationStatus::Open;
        return m_store->conversationCount(q);
    }

    // Every count of the sidebar equals counting its view with a query (the kept counts must never
    // drift from what the lists show). Returns the views that differ, or an empty string.
    QString countsDifferFromQueries(const QString &agent)
    {
        const Store::ViewCounts counts = m_store->viewCounts(agent);
        QStringList differ;
        const auto check = [&differ](const QString &view, int kept, int counted) {
            if (kept != counted)
                differ << QStringLiteral("%1: kept %2, counted %3").arg(view).arg(kept).arg(counted);
        };
        check(QStringLiteral("open"), counts.open, countOne({}));
        ConversationQuery q;
        q.assignee = agent;
        check(QStringLiteral("mine"), counts.mine, countOne(q));
        q.assignee = QString();
        check(QStringLiteral("unassigned"), counts.unassigned, countOne(q));
        q = {};
        q.needsHuman = true;
        check(QStringLiteral("needs human"), counts.needsHuman, countOne(q));
        q = {};
        q.failedOnly = true;
        check(QStringLiteral("failed"), counts.failed, countOne(q, true));
        q = {};
        q.status = ConversationStatus::Snoozed;
        check(QStringLiteral("snoozed"), counts.snoozed, countOne(q));
        q.status = ConversationStatus::Resolved;
        check(QStringLiteral("resolved"), counts.resolved, countOne(q));
        for (const ChannelKind channel : {ChannelKind::WhatsApp, ChannelKind::Instagram, ChannelKind::Messenger}) {
            q = {};
            q.channel = channel;
            check(models::toString(channel), counts.channels.value(channel), countOne(q));
        }
        for (const QString &label : m_store->labels()) {
            q = {};
            q.label = label;
            check(label, counts.labels.value(label), countOne(q));
        }
        return differ.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(
            m_store->open(m_dir.filePath(QStringLiteral("views-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))));
    }

    void groupedCountsMatchCountingEachView()
    {
        const qint64 a = conversationOf(ChannelKind::WhatsApp, QStringLiteral("9647700000001"), QStringLiteral("m1"));
        const qint64 b = conversationOf(ChannelKind::Instagram, QStringLiteral("ig-2"), QStringLiteral("m2"));
        const qint64 c = conversationOf(ChannelKind::Instagram, QStringLiteral("ig-3"), QStringLiteral("m3"));
        const qint64 d = conversationOf(ChannelKind::Messenger, QStringLiteral("psid-4"), QStringLiteral("m4"));
        const qint64 e = conversationOf(ChannelKind::Email, QStringLiteral("x@example.com"), QStringLiteral("m5"));
        QVERIFY(m_store->setAssignee(a, QStringLiteral("Sara")));
        QVERIFY(m_store->setAssignee(b, QStringLiteral("Omar")));
        QVERIFY(m_store->setNeedsHuman(c, true));
        QVERIFY(m_store->setStatus(d, ConversationStatus::Snoozed, QDateTime::currentDateTimeUtc().addDays(1)));
        QVERIFY(m_store->setStatus(e, ConversationStatus::Resolved));
        QVERIFY(m_store->addLabel(a, QStringLiteral("VIP")));
        QVERIFY(m_store->addLabel(b, QStringLiteral("VIP")));
        QVERIFY(m_store->addLabel(e, QStringLiteral("VIP"))); // resolved: not counted under the label
        QVERIFY(m_store->addLabel(c, QStringLiteral("Wholesale")));
        const qint64 out = m_store->enqueueOutbound(b, QStringLiteral("reply"), models::SenderKind::Agent,
                                                    QStringLiteral("Omar"), QStringLiteral("client-1"));
        QVERIFY(out);
        QVERIFY(m_store->setMessageStatus(out, models::MessageStatus::Failed, QStringLiteral("no token")));

        const Store::ViewCounts counts = m_store->viewCounts(QStringLiteral("Sara"));
        QCOMPARE(counts.open, 3);
        QCOMPARE(counts.open, countOne({}));
        ConversationQuery mine;
        mine.assignee = QStringLiteral("Sara");
        QCOMPARE(counts.mine, 1);
        QCOMPARE(counts.mine, countOne(mine));
        ConversationQuery unassigned;
        unassigned.assignee = QString();
        QCOMPARE(counts.unassigned, 1);
        QCOMPARE(counts.unassigned, countOne(unassigned));
        ConversationQuery needs;
        needs.needsHuman = true;
        QCOMPARE(counts.needsHuman, 1);
        QCOMPARE(counts.needsHuman, countOne(needs));
        QCOMPARE(m_store->conversationIds(needs), QList<qint64>{c});
        ConversationQuery failed;
        failed.failedOnly = true;
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.failed, countOne(failed, true));
        QCOMPARE(counts.snoozed, 1);
        QCOMPARE(counts.resolved, 1);
        QCOMPARE(counts.channels.value(ChannelKind::Instagram), 2);
        QCOMPARE(counts.channels.value(ChannelKind::WhatsApp), 1);
        QCOMPARE(counts.channels.value(ChannelKind::Messenger), 0); // snoozed
        QCOMPARE(counts.channels.value(ChannelKind::Email), 0); // resolved
        QCOMPARE(counts.labels.value(QStringLiteral("VIP")), 2);
        QCOMPARE(counts.labels.value(QStringLiteral("Wholesale")), 1);
        ConversationQuery vip;
        vip.label = QStringLiteral("VIP");
        QCOMPARE(counts.labels.value(QStringLiteral("VIP")), countOne(vip));
        QCOMPARE(m_store->conversationIds(vip).size(), 3); // of any status
        QCOMPARE(m_store->viewCounts(QStringLiteral("Nobody")).mine, 0);

        QStringList assignees = m_store->assignees();
        assignees.sort();
        QCOMPARE(assignees, (QStringList{QStringLiteral("Omar"), QStringLiteral("Sara")}));
    }

    // The counts are kept by the store as conversations change (not counted on each read): after
    // each of several hundred random changes of every kind they still agree with counting.
    void keptCountsFollowEveryChange()
    {
        QRandomGenerator random(20261202);
        const ChannelKind channels[] = {ChannelKind::WhatsApp, ChannelKind::Instagram, ChannelKind::Messenger};
        const QString people[] = {QStringLiteral("Sara"), QStringLiteral("Omar"), QString()};
        const QString labels[] = {QStringLiteral("VIP"), QStringLiteral("توصيل"), QStringLiteral("ส่งแล้ว")};
        const ConversationStatus statuses[] = {ConversationStatus::Open, ConversationStatus::Pending,
                                               ConversationStatus::Snoozed, ConversationStatus::Resolved};
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids << conversationOf(channels[i % 3], QStringLiteral("c%1").arg(i), QStringLiteral("m%1").arg(i));
        int messages = 100;
        for (int step = 0; step < 400; ++step) {
            const qint64 id = ids.at(random.bounded(int(ids.size())));
            const int action = random.bounded(8);
            switch (action) {
            case 0:
                QVERIFY(
                    m_store->setStatus(id, statuses[random.bounded(4)], QDateTime::currentDateTimeUtc().addDays(1)));
                break;
            case 1:
                QVERIFY(m_store->setAssignee(id, people[random.bounded(3)]));
                break;
            case 2:
                QVERIFY(m_store->setNeedsHuman(id, random.bounded(2) == 1));
                break;
            case 3:
                QVERIFY(m_store->addLabel(id, labels[random.bounded(3)]));
                break;
            case 4:
                QVERIFY(m_store->removeLabel(id, labels[random.bounded(3)]));
                break;
            case 5: { // the customer writes again: a resolved or snoozed conversation reopens
                const auto c = m_store->conversation(id);
                QVERIFY(c);
                const auto channel = c->channel;
                const QString customer = QStringLiteral("c%1").arg(ids.indexOf(id));
                conversationOf(channel, customer, QStringLiteral("m%1").arg(++messages));
                break;
            }
            case 6:
                if (ids.size() < 12)
                    ids << conversationOf(channels[random.bounded(3)], QStringLiteral("c%1").arg(ids.size()),
                                          QStringLiteral("m%1").arg(++messages));
                break;
            default: { // a reply that fails, then is tried again
                const qint64 out =
                    m_store->enqueueOutbound(id, QStringLiteral("reply"), models::SenderKind::Agent,
                                             QStringLiteral("Sara"), QStringLiteral("client-%1").arg(step));
                QVERIFY(out);
                QVERIFY(m_store->setMessageStatus(
                    out, random.bounded(2) ? models::MessageStatus::Failed : models::MessageStatus::Sent));
                break;
            }
            }
            const QString differ = countsDifferFromQueries(QStringLiteral("Sara"));
            QVERIFY2(differ.isEmpty(),
                     qPrintable(QStringLiteral("step %1, action %2: %3").arg(step).arg(action).arg(differ)));
        }
        QVERIFY(m_store->viewCounts(QStringLiteral("Sara")).open > 0);

        // Removing a labelled open conversation (the store has no such action yet; a later one, or
        // a repair by hand, must not leave its counts behind) takes its labels' counts with it.
        const qint64 gone = ids.first();
        QVERIFY(m_store->setStatus(gone, ConversationStatus::Open));
        QVERIFY(m_store->addLabel(gone, QStringLiteral("VIP")));
        const int vipBefore = m_store->viewCounts(QString()).labels.value(QStringLiteral("VIP"));
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM conversations WHERE id = %1").arg(gone)));
        QCOMPARE(m_store->viewCounts(QString()).labels.value(QStringLiteral("VIP")), vipBefore - 1);
        QCOMPARE(countsDifferFromQueries(QStringLiteral("Sara")), QString());
    }

    void emptyStoreCountsNothing()
    {
        const Store::ViewCounts counts = m_store->viewCounts(QStringLiteral("Sara"));
        QCOMPARE(counts.open, 0);
        QCOMPARE(counts.failed, 0);
        QVERIFY(counts.channels.isEmpty());
        QVERIFY(counts.labels.isEmpty());
    }

    void customerConversationsAcrossChannels()
    {
        const qint64 wa = conversationOf(ChannelKind::WhatsApp, QStringLiteral("9647700000009"), QStringLiteral("w1"));
        const qint64 customer = m_store->conversation(wa)->customerId;
        QVERIFY(m_store->addIdentity(customer, ChannelKind::Instagram, QStringLiteral("ig-9")));
        const qint64 ig = conversationOf(ChannelKind::Instagram, QStringLiteral("ig-9"), QStringLiteral("i1"));
        conversationOf(ChannelKind::Instagram, QStringLiteral("ig-other"), QStringLiteral("i2"));
        const QList<models::Conversation> mine = m_store->customerConversations(customer);
        QCOMPARE(mine.size(), 2);
        QList<qint64> ids{mine[0].id, mine[1].id};
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{std::min(wa, ig), std::max(wa, ig)}));
        QVERIFY(m_store->customerConversations(999999).isEmpty());
    }

    void customerFieldsAreKeptChangedAndRemoved()
    {
        const qint64 conversation =
            conversationOf(ChannelKind::Messenger, QStringLiteral("psid-f"), QStringLiteral("f1"));
        const qint64 customer = m_store->conversation(conversation)->customerId;
        QSignalSpy changed(m_store.get(), &Store::customerChanged);
        QVERIFY(m_store->setCustomerField(customer, QStringLiteral("  City "), QStringLiteral("Basra")));
        QVERIFY(m_store->setCustomerField(customer, QStringLiteral("Size"), QStringLiteral("M")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toLongLong(), customer);
        using Fields = QList<std::pair<QString, QString>>;
        QCOMPARE(
            m_store->customerFields(customer),
            (Fields{{QStringLiteral("City"), QStringLiteral("Basra")}, {QStringLiteral("Size"), QStringLiteral("M")}}));
        QVERIFY(m_store->setCustomerField(customer, QStringLiteral("City"), QStringLiteral("البصرة")));
        QCOMPARE(m_store->customerFields(customer).at(0).second, QStringLiteral("البصرة"));
        QVERIFY(m_store->setCustomerField(customer, QStringLiteral("Size"), QStringLiteral("  ")));
        QCOMPARE(m_store->customerFields(customer), (Fields{{QStringLiteral("City"), QStringLiteral("البصرة")}}));

        // Bad input is refused with a reason, and what was stored stays.
        QVERIFY(!m_store->setCustomerField(customer, QStringLiteral(" "), QStringLiteral("x")));
        QVERIFY(m_store->lastError().message.contains(QLatin1String("needs a name")));
        QVERIFY(!m_store->setCustomerField(customer, QString(200, u'k'), QStringLiteral("x")));
        QVERIFY(!m_store->setCustomerField(999999, QStringLiteral("City"), QStringLiteral("x")));
        QCOMPARE(m_store->customerFields(customer).size(), 1);
        QCOMPARE(changed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
