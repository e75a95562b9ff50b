// Backfill against a loopback Graph API that records each request: the exact paths, queries and
// Bearer token of the Conversations API, paging of conversations and of messages, a message that
// arrived by webhook first not stored twice, the page's own messages outbound, history not unread,
// Cancel keeping what was merged and sending nothing more, errors ending the run with a reason,
// Retry-After pausing it, and Meta's 2 calls per second kept.

#include "BackfillService.h"
#include "ChannelsConfig.h"
#include "FakeHttpServer.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;
using models::Direction;
using tests::ScriptedResponse;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

QByteArray graphTime(qint64 minutesAgo)
{
    return Now.addSecs(-60 * minutesAgo).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")).toLatin1();
}

QByteArray conversation(const QByteArray &id, qint64 minutesAgo, const QByteArray &customer, const QByteArray &name)
{
    return "{\"id\":\"" + id + "\",\"updated_time\":\"" + graphTime(minutesAgo)
        + "\",\"participants\":{\"data\":[{\"id\":\"" + customer + "\",\"name\":\"" + name
        + "\"},{\"id\":\"111\",\"name\":\"Shop\"}]}}";
}

QByteArray message(const QByteArray &id, qint64 minutesAgo, const QByteArray &from, const QByteArray &to,
                   const QByteArray &text)
{
    return "{\"id\":\"" + id + "\",\"created_time\":\"" + graphTime(minutesAgo) + "\",\"from\":{\"id\":\"" + from
        + "\"},\"to\":{\"data\":[{\"id\":\"" + to + "\"}]},\"message\":\"" + text + "\"}";
}

// A page of Graph's list: {"data": [...], "paging": {"cursors": {"after"}, "next"}}.
ScriptedResponse page(const QList<QByteArray> &items, const QByteArray &after = {})
{
    QByteArray body = "{\"data\":[" + items.join(',') + "]";
    if (!after.isEmpty())
        body += ",\"paging\":{\"cursors\":{\"before\":\"B\",\"after\":\"" + after
            + "\"},\"next\":\"https://elsewhere.example/v21.0/next?after=" + after + "\"}";
    return ScriptedResponse::json(200, body + "}");
}

} // namespace

Q_DECLARE_METATYPE(wasel::tests::ScriptedResponse)

class TestBackfill : public QObject
{
    Q_OBJECT

    std::unique_ptr<tests::FakeHttpServer> m_graph;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::BackfillService> m_backfill;

    app::ChannelsConfig channels(const QString &token = QStringLiteral("PAGE-TOKEN")) const
    {
        app::ChannelConfig page;
        page.kind = ChannelKind::Messenger;
        page.name = QStringLiteral("Shop page");
        page.externalId = QStringLiteral("111");
        page.ids.insert(QStringLiteral("page_id"), page.externalId);
        page.apiBase = m_graph->url();
        page.tokenEnv = token; // the lookup below hands it back as the token
        return {{page}};
    }

    void configure(const app::ChannelsConfig &config, double callsPerSecond = 200)
    {
        m_backfill->configure(config, [](const app::ChannelConfig &c) { return c.tokenEnv; });
        app::BackfillService::Limits limits;
        limits.callsPerSecond = callsPerSecond;
        limits.retries = 1;
        m_backfill->setLimits(limits);
    }

    // Runs the page's backfill to its end: (complete, reason).
    std::pair<bool, QString> run()
    {
        QSignalSpy finished(m_backfill.get(), &app::BackfillService::finished);
        if (!m_backfill->backfill(ChannelKind::Messenger, QStringLiteral("111")))
            return {false, QStringLiteral("not configured")};
        if (!finished.wait(10000))
            return {false, QStringLiteral("did not finish")};
        return {finished.first().at(1).toBool(), finished.first().at(2).toString()};
    }

    std::optional<models::Conversation> conversationOf(const QString &customer) const
    {
        for (const models::Conversation &c : m_store->conversations({}))
            if (m_store->identities(c.customerId).value(0).externalId == customer)
                return c;
        return std::nullopt;
    }

    QString mark() const
    {
        return m_store->setting(app::BackfillService::settingKey(m_store->channelAccounts()[0].id));
    }

private Q_SLOTS:
    void init()
    {
        m_graph = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_graph->listen());
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_backfill = std::make_unique<app::BackfillService>(m_store.get(), m_network.get(), [] { return Now; });
        configure(channels());
    }

    void cleanup()
    {
        m_backfill.reset();
        m_network.reset();
        m_store.reset();
        m_graph.reset();
    }

    void pagesOfConversationsAndMessagesMergedOnce()
    {
        // m_2 came by webhook before the backfill: live, unread.
        auto webhook = tests::customerText(ChannelKind::Messenger, QStringLiteral("201"), QStringLiteral("بكم هذا؟"),
                                           QStringLiteral("m_2"), Now.addSecs(-90 * 60));
        webhook.accountExternalId = QStringLiteral("111");
        QVERIFY(m_store->apply(webhook).ok);

        m_graph->script = {
            page({conversation("t_1", 60, "201", "Layla")}, "CONV2"),
            page({conversation("t_2", 130, "202", "Somchai")}),
            page({message("m_3", 60, "111", "201", "Yes, 15000 IQD"), message("m_2", 90, "201", "111", "x")}, "MSG2"),
            page({message("m_1", 120, "201", "111", "مرحبا")}),
            page({message("m_4", 130, "202", "111", "สวัสดีค่ะ")}),
        };
        QSignalSpy progress(m_backfill.get(), &app::BackfillService::progress);
        const auto [complete, reason] = run();
        QVERIFY2(complete, qPrintable(reason));

        const QList<QByteArray> expected{
            "/v21.0/111/conversations?platform=messenger&fields=participants,updated_time&limit=25",
            "/v21.0/111/conversations?platform=messenger&fields=participants,updated_time&limit=25&after=CONV2",
            "/v21.0/t_1/messages?fields=id,created_time,from,to,message,attachments&limit=25",
            "/v21.0/t_1/messages?fields=id,created_time,from,to,message,attachments&limit=25&after=MSG2",
            "/v21.0/t_2/messages?fields=id,created_time,from,to,message,attachments&limit=25",
        };
        QCOMPARE(m_graph->requests.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const tests::RecordedRequest &r = m_graph->requests[i];
            QCOMPARE(r.method, QByteArray("GET"));
            QCOMPARE(r.target, expected[i]);
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer PAGE-TOKEN"));
            QVERIFY(!r.target.contains("access_token")); // the token never goes into a URL
        }

        const auto layla = conversationOf(QStringLiteral("201"));
        QVERIFY(layla);
        // The thread is in the order things were said, though the webhook's m_2 was stored first.
        const QList<models::Message> thread = m_store->messages(layla->id);
        QCOMPARE(thread.size(), 3); // m_2 once
        QCOMPARE(thread[0].externalId, QStringLiteral("m_1"));
        QCOMPARE(thread[0].body, QStringLiteral("مرحبا"));
        QCOMPARE_ENUM(thread[0].direction, Direction::In);
        QCOMPARE(thread[1].externalId, QStringLiteral("m_2"));
        QCOMPARE(thread[1].body, QStringLiteral("بكم هذا؟")); // the webhook's copy stays
        QCOMPARE(thread[2].externalId, QStringLiteral("m_3"));
        QCOMPARE_ENUM(thread[2].direction, Direction::Out);
        QCOMPARE_ENUM(thread[2].sender, models::SenderKind::Agent);
        QCOMPARE(layla->lastMessagePreview, QStringLiteral("Yes, 15000 IQD"));
        QCOMPARE(layla->unreadCount, 1); // only the webhook's message; history is not news
        QCOMPARE(layla->customerName, QStringLiteral("Layla"));

        const auto somchai = conversationOf(QStringLiteral("202"));
        QVERIFY(somchai);
        QCOMPARE(somchai->unreadCount, 0);
        QCOMPARE(somchai->customerName, QStringLiteral("Somchai"));
        QCOMPARE(m_store->messages(somchai->id).value(0).body, QStringLiteral("สวัสดีค่ะ"));

        QCOMPARE(progress.last().at(1).toInt(), 2);
        QCOMPARE(progress.last().at(2).toInt(), 2);
        QCOMPARE(mark(), Now.addSecs(-120).toString(Qt::ISODateWithMs)); // the last two minutes are the webhook's

        // Run again: everything is known, nothing is added, and the list stops at the mark.
        m_graph->requests.clear();
        m_graph->script = {page({conversation("t_1", 60, "201", "Layla")})};
        QVERIFY(run().first);
        QCOMPARE(m_graph->requests.size(), 1);
        QCOMPARE(m_store->messages(layla->id).size(), 3);
    }

    void newsAfterTheLastBackfillIsUnread()
    {
        // The page was backfilled three hours ago; since then Wasel was off.
        QVERIFY(m_store->setSetting(app::BackfillService::settingKey(m_store->ensureChannelAccount(
                                        ChannelKind::Messenger, QStringLiteral("111"), {})),
                                    Now.addSecs(-3 * 3600).toString(Qt::ISODateWithMs)));
        m_graph->script = {
            page({conversation("t_1", 60, "201", "Layla"), conversation("t_9", 240, "209", "Old")}),
            page({message("m_new", 60, "201", "111", "still in stock?"), message("m_old", 200, "201", "111", "hi")}),
        };
        QVERIFY(run().first);
        QCOMPARE(m_graph->requests.size(), 2); // t_9 did not change since the mark; m_old is before it
        const auto layla = conversationOf(QStringLiteral("201"));
        QVERIFY(layla);
        QCOMPARE(m_store->messages(layla->id).size(), 1);
        QCOMPARE(layla->unreadCount, 1);
    }

    void ownMessagesOfAnInstagramAccountAreOutbound()
    {
        app::ChannelConfig ig;
        ig.kind = ChannelKind::Instagram;
        ig.externalId = QStringLiteral("1784");
        ig.ids.insert(QStringLiteral("ig_id"), ig.externalId);
        ig.ids.insert(QStringLiteral("page_id"), QStringLiteral("111"));
        ig.apiBase = m_graph->url();
        ig.tokenEnv = QStringLiteral("IG-TOKEN");
        configure({{ig}});
        m_graph->script = {
            ScriptedResponse::json(200,
                                   "{\"data\":[{\"id\":\"aWdf1\",\"updated_time\":\"" + graphTime(10)
                                       + "\",\"participants\":{\"data\":[{\"username\":\"shop\",\"id\":\"1784\"},"
                                         "{\"username\":\"noor.b\",\"id\":\"5501\"}]}}]}"),
            ScriptedResponse::json(
                200,
                "{\"data\":[" + message("aWdfM2", 20, "1784", "5501", "Thank you")
                    + ",{\"id\":\"aWdfM1\",\"created_time\":\"" + graphTime(30)
                    + "\",\"from\":{\"id\":\"5501\",\"username\":\"noor.b\"},\"to\":{\"data\":[{\"id\":\"1784\"}]},"
                      "\"message\":\"\",\"attachments\":{\"data\":[{\"image_data\":{\"url\":\"https://cdn.example/"
                      "p.jpg\"}}]}}]}"),
        };
        QSignalSpy finished(m_backfill.get(), &app::BackfillService::finished);
        QVERIFY(m_backfill->backfill(ChannelKind::Instagram, QStringLiteral("1784")));
        QVERIFY(finished.wait());
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(m_graph->requests[0].target,
                 QByteArray("/v21.0/111/conversations?platform=instagram&fields=participants,updated_time&limit=25"));
        QCOMPARE(m_graph->requests[0].header("Authorization"), QByteArray("Bearer IG-TOKEN"));
        // Only the 20 newest messages of an Instagram conversation have details.
        QCOMPARE(m_graph->requests[1].target,
                 QByteArray("/v21.0/aWdf1/messages?fields=id,created_time,from,to,message,attachments&limit=20"));
        const auto noor = conversationOf(QStringLiteral("5501"));
        QVERIFY(noor);
        QCOMPARE_ENUM(noor->channel, ChannelKind::Instagram);
        QCOMPARE(noor->customerName, QStringLiteral("noor.b"));
        const auto thread = m_store->messages(noor->id);
        QCOMPARE(thread.size(), 2);
        QCOMPARE_ENUM(thread[0].kind, models::MessageKind::Image);
        QCOMPARE(thread[0].attachments.value(0).url, QStringLiteral("https://cdn.example/p.jpg"));
        QCOMPARE_ENUM(thread[1].direction, Direction::Out);
    }

    void cancelKeepsWhatWasMergedAndStopsRequests()
    {
        m_backfill->setTimeout(std::chrono::milliseconds(400));
        m_graph->script = {
            page({conversation("t_1", 60, "201", "Layla"), conversation("t_2", 70, "202", "Somchai")}),
            page({message("m_1", 60, "201", "111", "hello")}),
            ScriptedResponse::silence(), // t_2's messages: Cancel while waiting for them
        };
        QSignalSpy finished(m_backfill.get(), &app::BackfillService::finished);
        QVERIFY(m_backfill->backfill(ChannelKind::Messenger, QStringLiteral("111")));
        QTRY_COMPARE(m_graph->requests.size(), 3);
        QVERIFY(m_backfill->isRunning());
        m_backfill->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        QVERIFY(!m_backfill->isRunning());
        QVERIFY(mark().isEmpty()); // not complete: done again next time
        QCOMPARE(m_store->messages(conversationOf(QStringLiteral("201"))->id).size(), 1);

        // The next run starts over from the list; the abandoned request's timeout changes nothing.
        m_graph->script = {page({})};
        QVERIFY(run().first);
        QCOMPARE(m_graph->requests.size(), 4);
        QCOMPARE(m_graph->requests[3].path(), QByteArray("/v21.0/111/conversations"));
        QCOMPARE(m_store->messages(conversationOf(QStringLiteral("201"))->id).size(), 1);
    }

    void errorsEndTheRunWithAReason_data()
    {
        QTest::addColumn<ScriptedResponse>("answer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired token") << ScriptedResponse::json(
            400, "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190}}")
                                       << QStringLiteral("reconnect");
        QTest::newRow("permission") << ScriptedResponse::json(
            403, "{\"error\":{\"message\":\"(#230) Requires pages_messaging permission\",\"code\":230}}")
                                    << QStringLiteral("permission");
        QTest::newRow("garbage") << ScriptedResponse{200, "<html>oops</html>", {{"Content-Type", "text/html"}}, false}
                                 << QStringLiteral("could not be read");
        QTest::newRow("timeout") << ScriptedResponse::silence() << QStringLiteral("in time");
    }

    void errorsEndTheRunWithAReason()
    {
        QFETCH(ScriptedResponse, answer);
        QFETCH(QString, reason);
        m_backfill->setTimeout(std::chrono::milliseconds(300));
        app::BackfillService::Limits limits;
        limits.callsPerSecond = 200;
        limits.retries = 0; // a timeout ends the run at once instead of pausing
        m_backfill->setLimits(limits);
        m_graph->script = {page({conversation("t_1", 60, "201", "Layla")}), answer};
        const auto [complete, why] = run();
        QVERIFY(!complete);
        QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
        QCOMPARE(m_store->conversations({}).size(), 0);
        QVERIFY(mark().isEmpty());
    }

    void retryAfterPausesTheRun()
    {
        m_graph->script = {
            {429,
             "{\"error\":{\"message\":\"Calls to this api have exceeded the rate limit.\",\"code\":613}}",
             {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
             false},
            page({}),
        };
        QSignalSpy paused(m_backfill.get(), &app::BackfillService::paused);
        const auto [complete, reason] = run();
        QVERIFY2(complete, qPrintable(reason));
        QCOMPARE(paused.size(), 1);
        QVERIFY(!paused.first().at(1).toString().isEmpty());
        QCOMPARE(m_graph->requests.size(), 2);
        QVERIFY(m_graph->requests[1].receivedAtMs - m_graph->requests[0].receivedAtMs >= 900);
    }

    void pacedAtTwoCallsPerSecond()
    {
        configure(channels(), 2); // Meta's Conversations API limit, as the app uses it
        m_graph->script = {
            page({conversation("t_1", 60, "201", "Layla")}),
            page({message("m_3", 60, "201", "111", "c")}, "P2"),
            page({message("m_2", 61, "201", "111", "b")}, "P3"),
            page({message("m_1", 62, "201", "111", "a")}),
        };
        QVERIFY(run().first);
        QCOMPARE(m_graph->requests.size(), 4);
        for (int i = 1; i < 4; ++i) {
            const qint64 gap = m_graph->requests[i].receivedAtMs - m_graph->requests[i - 1].receivedAtMs;
            QVERIFY2(gap >= 450,
                     qPrintable(QStringLiteral("request %1 came %2 ms after the one before").arg(i).arg(gap)));
        }
    }

    void startUpBackfillsWhatWasMissed()
    {
        const qint64 account = m_store->ensureChannelAccount(ChannelKind::Messenger, QStringLiteral("111"), {});
        // Backfilled two hours ago, Wasel ran until an hour ago: the gap is fetched.
        m_store->setSetting(app::BackfillService::LastRunKey, Now.addSecs(-3600).toString(Qt::ISODateWithMs));
        m_store->setSetting(app::BackfillService::settingKey(account), Now.addSecs(-7200).toString(Qt::ISODateWithMs));
        m_graph->script = {page({})};
        QSignalSpy finished(m_backfill.get(), &app::BackfillService::finished);
        m_backfill->startUp();
        QVERIFY(finished.wait());
        QCOMPARE(m_graph->requests.size(), 1);
        QCOMPARE(m_store->setting(app::BackfillService::LastRunKey), Now.toString(Qt::ISODateWithMs));

        // A new token for the account (reconnected on the channels page) backfills it again.
        configure(channels(QStringLiteral("NEW-TOKEN")));
        m_graph->script = {page({})};
        QVERIFY(finished.wait());
        QCOMPARE(m_graph->requests.size(), 2);
        QCOMPARE(m_graph->requests[1].header("Authorization"), QByteArray("Bearer NEW-TOKEN"));
    }

    void startUpLeavesAnUpToDateAccountAlone()
    {
        const qint64 account = m_store->ensureChannelAccount(ChannelKind::Messenger, QStringLiteral("111"), {});
        m_store->setSetting(app::BackfillService::LastRunKey, Now.addSecs(-3600).toString(Qt::ISODateWithMs));
        m_store->setSetting(app::BackfillService::settingKey(account), Now.addSecs(-1800).toString(Qt::ISODateWithMs));
        m_backfill->startUp();
        QCoreApplication::processEvents();
        QVERIFY(!m_backfill->isRunning());
        QVERIFY(m_graph->requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackfill)
#include "tst_backfill.moc"
