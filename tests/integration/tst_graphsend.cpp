// Messenger / Instagram replies through the Graph Send API, against a loopback fake that checks
// the exact requests (API_CONTRACTS.md §2.1), and the outbox retrying through 500, 429 with
// Retry-After and a timeout before the 200.

#include "FakeHttpServer.h"
#include "TestEvents.h"
#include "common/Outbox.h"
#include "meta/GraphSendConnector.h"
#include "meta/GraphTokenInfo.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using channels::GraphSendConnector;
using channels::SendResult;
using models::ChannelKind;
using models::MessageStatus;
using Json = nlohmann::json;

namespace {

Json parse(const QByteArray &body)
{
    return Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

} // namespace

class TestGraphSend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<tests::FakeHttpServer> m_graph;
    QNetworkAccessManager m_network;
    int m_n = 0;
    int m_customers = 0;

    std::unique_ptr<GraphSendConnector> connector(ChannelKind kind,
                                                  std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        channels::ApiEndpoint options = GraphSendConnector::defaultEndpoint();
        options.baseUrl = m_graph->url();
        options.timeout = timeout;
        return std::make_unique<GraphSendConnector>(
            kind, &m_network,
            [](const QString &account) {
                return account == QLatin1String("account-1") ? QStringLiteral("PAGE_TOKEN") : QString();
            },
            options);
    }

    // A conversation whose customer last wrote `hoursAgo` hours ago, and a reply queued in it.
    qint64 queueReply(ChannelKind kind, const QString &text, double hoursAgo = 1,
                      models::SenderKind sender = models::SenderKind::Agent)
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600));
        const int n = ++m_customers; // PSID-1 is the first customer of each test
        const auto r = m_store->apply(tests::customerText(
            kind, QStringLiteral("PSID-%1").arg(n), QStringLiteral("سلام"), QStringLiteral("mid.in.%1").arg(n), at));
        return m_store->enqueueOutbound(r.conversationId, text, sender, QStringLiteral("Noor"),
                                        QStringLiteral("client-%1").arg(n));
    }

    // Sends one item directly through the connector and waits for the verdict.
    SendResult sendDirect(GraphSendConnector &c, qint64 messageId, bool inDoubt = false)
    {
        qint64 outboxId = 0;
        for (const auto &item : m_store->outbox())
            if (item.messageId == messageId)
                outboxId = item.id;
        const auto work = m_store->outboundWork(outboxId);
        std::optional<SendResult> result;
        c.send(*work, inDoubt, [&result](const SendResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(SendResult::fail(QStringLiteral("no answer")));
    }

private Q_SLOTS:
    void init()
    {
        m_customers = 0;
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("graph-%1.sqlite").arg(++m_n))));
        m_graph = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_graph->listen());
    }
    void cleanup()
    {
        m_graph.reset();
        m_store.reset();
    }

    void replyInsideTheWindowIsAResponse()
    {
        const qint64 msg = queueReply(ChannelKind::Messenger, QStringLiteral("أكو توصيل لأربيل، يوصل خلال يومين"));
        m_graph->script.push_back(
            tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID-1\",\"message_id\":\"m_1\"}"));
        auto c = connector(ChannelKind::Messenger);
        const SendResult r = sendDirect(*c, msg);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("m_1"));
        QCOMPARE(m_graph->requests.size(), 1);
        const auto &req = m_graph->requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/v21.0/me/messages"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer PAGE_TOKEN"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        const Json expected = {{"recipient", {{"id", "PSID-1"}}},
                               {"messaging_type", "RESPONSE"},
                               {"message", {{"text", "أكو توصيل لأربيل، يوصل خلال يومين"}}}};
        QCOMPARE(QString::fromStdString(parse(req.body).dump()), QString::fromStdString(expected.dump()));
    }

    void staffReplyAfterADayUsesTheHumanAgentTag()
    {
        const qint64 msg = queueReply(ChannelKind::Instagram, QStringLiteral("Sorry for the wait!"), 30);
        auto c = connector(ChannelKind::Instagram);
        m_graph->script.push_back(tests::ScriptedResponse::json(200, "{\"message_id\":\"ig_1\"}"));
        QCOMPARE(int(sendDirect(*c, msg).outcome), int(SendResult::Outcome::Sent));
        const Json body = parse(m_graph->requests.first().body);
        QCOMPARE(QString::fromStdString(body.value("messaging_type", "")), QStringLiteral("MESSAGE_TAG"));
        QCOMPARE(QString::fromStdString(body.value("tag", "")), QStringLiteral("HUMAN_AGENT"));
    }

    void noRequestWhenTheWindowIsClosedOrTheAiIsLate()
    {
        auto c = connector(ChannelKind::Messenger);
        const SendResult closed = sendDirect(*c, queueReply(ChannelKind::Messenger, QStringLiteral("hi"), 8 * 24));
        QCOMPARE(int(closed.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(closed.error.contains(QStringLiteral("7 days")), qPrintable(closed.error));
        const SendResult ai =
            sendDirect(*c, queueReply(ChannelKind::Messenger, QStringLiteral("hi"), 30, models::SenderKind::Ai));
        QCOMPARE(int(ai.outcome), int(SendResult::Outcome::Fail));
        QCOMPARE(m_graph->requests.size(), 0);
    }

    void metaErrorsBecomeReasons_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reasonContains");
        const int fail = int(SendResult::Outcome::Fail), retry = int(SendResult::Outcome::Retry);
        QTest::newRow("window") << 400
                                << QByteArray(
                                       "{\"error\":{\"message\":\"(#10) This message is sent outside of allowed "
                                       "window.\",\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278}}")
                                << fail << QStringLiteral("reply window");
        QTest::newRow("token") << 400
                               << QByteArray("{\"error\":{\"message\":\"Invalid OAuth access token.\",\"code\":190}}")
                               << fail << QStringLiteral("reconnect");
        QTest::newRow("unavailable") << 400
                                     << QByteArray("{\"error\":{\"message\":\"This person isn't available right "
                                                   "now.\",\"code\":551,\"error_subcode\":1545041}}")
                                     << fail << QStringLiteral("available");
        QTest::newRow("permission")
            << 403
            << QByteArray("{\"error\":{\"message\":\"(#230) Requires pages_messaging permission\",\"code\":230}}")
            << fail << QStringLiteral("permission");
        QTest::newRow("rate")
            << 400
            << QByteArray("{\"error\":{\"message\":\"Calls to this api have exceeded the rate limit.\",\"code\":613}}")
            << retry << QStringLiteral("rate limit");
        QTest::newRow("temporary") << 500
                                   << QByteArray(
                                          "{\"error\":{\"message\":\"An unexpected error has occurred.\",\"code\":2}}")
                                   << retry << QStringLiteral("temporary");
        QTest::newRow("not json") << 502 << QByteArray("<html>Bad gateway</html>") << retry << QStringLiteral("502");
        QTest::newRow("unknown 4xx") << 400 << QByteArray("{\"error\":{\"message\":\"Something new\",\"code\":12345}}")
                                     << fail << QStringLiteral("Something new");
    }
    void metaErrorsBecomeReasons()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, reasonContains);
        m_graph->script.push_back(tests::ScriptedResponse::json(status, body));
        auto c = connector(ChannelKind::Messenger);
        const SendResult r = sendDirect(*c, queueReply(ChannelKind::Messenger, QStringLiteral("hi")));
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY2(r.error.contains(reasonContains, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void businessUseCaseLimitSetsTheWait()
    {
        m_graph->script.push_back(
            {400,
             "{\"error\":{\"code\":80006,\"message\":\"limit\"}}",
             {{"X-Business-Use-Case-Usage",
               "{\"1234\":[{\"type\":\"messenger\",\"call_count\":100,\"estimated_time_to_regain_access\":7}]}"}},
             false});
        auto c = connector(ChannelKind::Messenger);
        const SendResult r = sendDirect(*c, queueReply(ChannelKind::Messenger, QStringLiteral("hi")));
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Retry));
        QVERIFY(r.retryAfter.has_value());
        QCOMPARE(r.retryAfter->count(), 7 * 60);
    }

    void longTextIsSplitOnWordBoundaries()
    {
        QString text;
        while (text.size() < 2400)
            text += QStringLiteral("สวัสดีค่ะ ราคา 450 บาท ส่งฟรีทั่วประเทศ ");
        const QStringList pieces = GraphSendConnector::splitText(text, 1000);
        QCOMPARE(pieces.size(), 3);
        for (const QString &p : pieces) {
            QVERIFY(p.size() <= 1000);
            QVERIFY(!p.startsWith(u' ') && !p.endsWith(u' '));
        }
        QCOMPARE(pieces.join(u' ').simplified(), text.simplified());
        // An unbroken run is cut without splitting a surrogate pair.
        const QString emoji = QString(600, u'x') + QStringLiteral("😀😀😀😀😀😀😀😀😀😀") + QString(600, u'y');
        for (const QString &p : GraphSendConnector::splitText(emoji, 605))
            QVERIFY(!p.back().isHighSurrogate());

        auto c = connector(ChannelKind::Instagram);
        const qint64 msg = queueReply(ChannelKind::Instagram, text);
        const SendResult r = sendDirect(*c, msg);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(m_graph->requests.size(), 3);
    }

    void inDoubtWithAKnownIdIsNotSentAgain()
    {
        const qint64 msg = queueReply(ChannelKind::Messenger, QStringLiteral("hi"));
        QVERIFY(m_store->setMessageStatus(msg, MessageStatus::Sent, QString(), QStringLiteral("m_from_echo")));
        auto c = connector(ChannelKind::Messenger);
        const SendResult r = sendDirect(*c, msg, true);
        QCOMPARE(r.providerMessageId, QStringLiteral("m_from_echo"));
        QCOMPARE(m_graph->requests.size(), 0);
    }

    void outboxRetriesThrough500And429AndATimeout()
    {
        const qint64 msg = queueReply(ChannelKind::Messenger, QStringLiteral("وصل الطلب؟"));
        m_graph->script = {
            tests::ScriptedResponse::json(500, "{\"error\":{\"code\":2,\"message\":\"temporary\"}}"),
            {429, "{}", {{"Retry-After", "1"}}, false},
            tests::ScriptedResponse::silence(),
            tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID-1\",\"message_id\":\"m_final\"}")};
        auto c = connector(ChannelKind::Messenger, std::chrono::milliseconds(400));
        channels::Outbox outbox(m_store.get());
        channels::RetryPolicy quick;
        quick.base = std::chrono::milliseconds(50);
        outbox.setRetryPolicy(quick);
        outbox.addConnector(c.get());
        QElapsedTimer clock;
        clock.start();
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->message(msg)->status == MessageStatus::Sent, 15000);
        QCOMPARE(m_graph->requests.size(), 4);
        QCOMPARE(m_store->message(msg)->externalId, QStringLiteral("m_final"));
        QCOMPARE(m_store->outbox().at(0).attempts, 4);
        QVERIFY2(clock.elapsed() >= 1000, "Retry-After: 1 must be honoured"); // 429 asked for a second
        for (const auto &req : std::as_const(m_graph->requests))
            QCOMPARE(QString::fromStdString(parse(req.body)["message"]["text"].get<std::string>()),
                     QStringLiteral("وصل الطلب؟"));
    }

    void refusedTokenMarksTheAccountForReconnecting()
    {
        const qint64 msg = queueReply(ChannelKind::Instagram, QStringLiteral("hello"));
        m_graph->script = {tests::ScriptedResponse::json(
            400,
            R"({"error":{"message":"Error validating access token: Session has expired","type":"OAuthException",)"
            R"("code":190,"error_subcode":463}})")};
        auto c = connector(ChannelKind::Instagram);
        channels::Outbox outbox(m_store.get());
        outbox.addConnector(c.get());
        const QString key =
            channels::Outbox::credentialsRefusedKey(ChannelKind::Instagram, QStringLiteral("account-1"));
        QVERIFY(m_store->setting(key).isEmpty());
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->message(msg)->status == MessageStatus::Failed, 10000);
        QCOMPARE(m_graph->requests.size(), 1); // not retried
        QVERIFY2(m_store->message(msg)->statusReason.contains(QLatin1String("reconnect")),
                 qPrintable(m_store->message(msg)->statusReason));
        QVERIFY(QDateTime::fromString(m_store->setting(key), Qt::ISODate).isValid());
    }

    void testConnectionNamesThePage()
    {
        m_graph->script.push_back(tests::ScriptedResponse::json(200, "{\"id\":\"1234\",\"name\":\"Wasel Demo Shop\"}"));
        auto c = connector(ChannelKind::Messenger);
        std::optional<channels::ConnectionTestResult> result;
        c->testConnection(QStringLiteral("account-1"), [&](const channels::ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok);
        QCOMPARE(result->summary, QStringLiteral("Connected as Wasel Demo Shop (id 1234)"));
        QCOMPARE(m_graph->requests.first().target, QByteArray("/v21.0/me?fields=id,name"));
        QCOMPARE(m_graph->requests.first().header("authorization"), QByteArray("Bearer PAGE_TOKEN"));

        // The token's expiry from /debug_token, asked with the token itself.
        QTRY_COMPARE(m_graph->requests.size(), 2);
        QCOMPARE(m_graph->requests.at(1).target, QByteArray("/v21.0/debug_token?input_token=PAGE_TOKEN"));
        QCOMPARE(m_graph->requests.at(1).header("authorization"), QByteArray("Bearer PAGE_TOKEN"));
        QVERIFY(!result->tokenExpiresAt); // the fake answered {}: unknown, and the test still passed

        result.reset();
        c->testConnection(QStringLiteral("unknown"), [&](const channels::ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok);
    }

    void tokenExpiryFromDebugToken()
    {
        using channels::GraphTokenInfo;
        const auto never = GraphTokenInfo::parse(R"({"data":{"is_valid":true,"expires_at":0,"type":"PAGE"}})");
        QVERIFY(never && never->valid && !never->expiresAt.isValid());
        const auto both = GraphTokenInfo::parse(
            R"({"data":{"is_valid":true,"expires_at":1570820400,"data_access_expires_at":1576687825}})");
        QVERIFY(both && both->expiresAt == QDateTime::fromSecsSinceEpoch(1570820400, Qt::UTC));
        const auto dataOnly =
            GraphTokenInfo::parse(R"({"data":{"is_valid":true,"data_access_expires_at":1576687825}})");
        QVERIFY(dataOnly && dataOnly->expiresAt == QDateTime::fromSecsSinceEpoch(1576687825, Qt::UTC));
        QVERIFY(!GraphTokenInfo::parse("{}"));
        QVERIFY(!GraphTokenInfo::parse(R"({"data":{"expires_at":1}})"));
        QVERIFY(!GraphTokenInfo::parse("not json"));

        // Meta says the token is no longer valid: the test fails and asks for a reconnect.
        m_graph->script.push_back(tests::ScriptedResponse::json(200, R"({"id":"1234","name":"Shop"})"));
        m_graph->script.push_back(tests::ScriptedResponse::json(200, R"({"data":{"is_valid":false,"expires_at":1}})"));
        auto c = connector(ChannelKind::Instagram);
        std::optional<channels::ConnectionTestResult> result;
        c->testConnection(QStringLiteral("account-1"), [&](const channels::ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok);
        QVERIFY(result->credentialsRefused);
        QVERIFY(result->tokenExpiresAt && result->tokenExpiresAt->isValid());

        // Code 190 on the test itself: refused credentials, without asking /debug_token.
        const auto before = m_graph->requests.size();
        m_graph->script.push_back(tests::ScriptedResponse::json(
            400, R"({"error":{"message":"Error validating access token","type":"OAuthException","code":190}})"));
        result.reset();
        c->testConnection(QStringLiteral("account-1"), [&](const channels::ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok && result->credentialsRefused);
        QCOMPARE(m_graph->requests.size(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestGraphSend)
#include "tst_graphsend.moc"
