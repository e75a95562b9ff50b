// ManyChat: sendContent with the documented v2 body (fixture manychat_sendContent_request.json, not
// the common wrong shape), errors that arrive with HTTP 200, tags and custom fields, and the log.

#include "FakeHttpServer.h"
#include "TestEvents.h"
#include "manychat/ManyChatConnector.h"
#include "manychat/ManyChatContent.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using channels::ManyChatClient;
using channels::ManyChatResult;
using channels::SendResult;
using Json = nlohmann::json;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

Json parse(const QByteArray &body)
{
    return Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

} // namespace

class TestManyChatSend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<tests::FakeHttpServer> m_api;
    QNetworkAccessManager m_network;
    std::unique_ptr<ManyChatClient> m_client;
    int m_n = 0;

    models::OutboundWork queue(const QString &subscriber, const QString &text, double hoursAgo = 1)
    {
        ++m_n;
        auto event = tests::customerText(models::ChannelKind::ManyChat, subscriber, QStringLiteral("Last input"),
                                         QStringLiteral("mc-%1").arg(m_n),
                                         QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600)));
        event.accountExternalId = QStringLiteral("2345646570000001");
        const auto applied = m_store->apply(event);
        const qint64 id = m_store->enqueueOutbound(applied.conversationId, text, models::SenderKind::Agent,
                                                   QStringLiteral("Noor"), QStringLiteral("client-%1").arg(m_n));
        for (const auto &item : m_store->outbox())
            if (item.messageId == id)
                return *m_store->outboundWork(item.id);
        return {};
    }

    std::unique_ptr<channels::ManyChatConnector> connector()
    {
        return std::make_unique<channels::ManyChatConnector>(m_client.get(), [](const QString &page) {
            return page == QLatin1String("2345646570000001") ? QStringLiteral("2345646570000001:SECRET") : QString();
        });
    }

    SendResult run(channels::Connector &c, const models::OutboundWork &work)
    {
        std::optional<SendResult> result;
        c.send(work, false, [&result](const SendResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(SendResult::fail(QStringLiteral("no answer")));
    }

    ManyChatResult wait(std::function<void(ManyChatClient::Done)> start)
    {
        std::optional<ManyChatResult> result;
        start([&result](const ManyChatResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(ManyChatResult());
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("mc-%1.sqlite").arg(++m_n))));
        m_api = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_api->listen());
        auto endpoint = ManyChatClient::defaultEndpoint();
        endpoint.baseUrl = m_api->url();
        m_client = std::make_unique<ManyChatClient>(&m_network, endpoint);
    }
    void cleanup()
    {
        m_client.reset();
        m_api.reset();
        m_store.reset();
    }

    void sendContentHasTheDocumentedShape()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("manychat_api_success.json")));
        auto c = connector();
        const SendResult r = run(*c, queue(QStringLiteral("1324564700000001"), QStringLiteral("Hi from the inbox")));
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        const auto &req = m_api->requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/fb/sending/sendContent"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer 2345646570000001:SECRET"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        Json expected = parse(fixture("manychat_sendContent_request.json"));
        expected.erase("message_tag"); // inside the 24-hour window no tag is sent
        QCOMPARE(QString::fromStdString(parse(req.body).dump()), QString::fromStdString(expected.dump()));
        QVERIFY(!parse(req.body).contains("content") && parse(req.body)["data"]["content"].is_object());
        const Json wrong = parse(fixture("manychat_sendContent_request_WRONG_toplevel_content.json"));
        QVERIFY(parse(req.body) != wrong);
        QVERIFY(!parse(req.body).contains("content"));
    }

    void imagesButtonsAndQuickReplies()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("manychat_api_success.json")));
        auto c = connector();
        models::OutboundWork work = queue(QStringLiteral("1324564700000001"), QStringLiteral("Our new bag"));
        work.message.attachments = {{0,
                                     models::MessageKind::Image,
                                     QStringLiteral("https://shop.example/bag.jpg"),
                                     {},
                                     QStringLiteral("image/jpeg"),
                                     QStringLiteral("bag.jpg"),
                                     0}};
        work.message.payloadJson = QStringLiteral(
            "{\"buttons\":[{\"type\":\"web_url\",\"title\":\"Order\",\"url\":\"https://shop.example/o\"}],"
            "\"quick_replies\":[{\"title\":\"Talk to sales\",\"payload\":\"content20180221085508_278589\"}]}");
        QCOMPARE(int(run(*c, work).outcome), int(SendResult::Outcome::Sent));
        const Json expected =
            parse("{\"subscriber_id\":1324564700000001,\"data\":{\"version\":\"v2\",\"content\":{"
                  "\"messages\":[{\"type\":\"image\",\"url\":\"https://shop.example/bag.jpg\"},"
                  "{\"type\":\"text\",\"text\":\"Our new bag\",\"buttons\":[{\"type\":\"url\",\"caption\":\"Order\","
                  "\"url\":\"https://shop.example/o\"}]}],"
                  "\"quick_replies\":[{\"type\":\"flow\",\"caption\":\"Talk to sales\","
                  "\"target\":\"content20180221085508_278589\"}]}}}");
        QCOMPARE(QString::fromStdString(parse(m_api->requests.first().body).dump()),
                 QString::fromStdString(expected.dump()));
    }

    void instagramPagesNameTheirChannel()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("manychat_api_success.json")));
        channels::ManyChatConnector c(
            m_client.get(), [](const QString &) { return QStringLiteral("K"); },
            [](const QString &) { return QStringLiteral("instagram"); });
        QCOMPARE(int(run(c, queue(QStringLiteral("5"), QStringLiteral("Thanks for the DM!"))).outcome),
                 int(SendResult::Outcome::Sent));
        const Json body = parse(m_api->requests.first().body);
        QCOMPARE(body["data"]["content"]["type"], Json("instagram"));
        // The same content is what a Dynamic Block answers (fixture manychat_dynamic_block_response_instagram.json).
        Json block = parse(channels::manychat::dynamicBlock(QByteArray::fromStdString(body["data"]["content"].dump())));
        Json expected = parse(fixture("manychat_dynamic_block_response_instagram.json"));
        expected["content"].erase("actions");
        expected["content"].erase("quick_replies");
        QCOMPARE(QString::fromStdString(block.dump()), QString::fromStdString(expected.dump()));
    }

    void unsendableContentNeverLeaves()
    {
        auto c = connector();
        models::OutboundWork local = queue(QStringLiteral("1"), QStringLiteral("see photo"));
        local.message.attachments = {{0,
                                      models::MessageKind::Image,
                                      {},
                                      QStringLiteral("/tmp/x.jpg"),
                                      QStringLiteral("image/jpeg"),
                                      QStringLiteral("x.jpg"),
                                      0}};
        const SendResult r = run(*c, local);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Fail));
        QVERIFY(r.error.contains(QStringLiteral("x.jpg")));
        models::OutboundWork badButton = queue(QStringLiteral("1"), QStringLiteral("go"));
        badButton.message.payloadJson = QStringLiteral("{\"buttons\":[{\"type\":\"web_url\",\"title\":\"x\"}]}");
        QCOMPARE(int(run(*c, badButton).outcome), int(SendResult::Outcome::Fail));
        QCOMPARE(m_api->requests.size(), 0);
    }

    void humanAgentTagAfterADay()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("manychat_api_success.json")));
        auto c = connector();
        QCOMPARE(
            int(run(*c, queue(QStringLiteral("9007199254740993"), QStringLiteral("sorry for the wait"), 30)).outcome),
            int(SendResult::Outcome::Sent));
        const QByteArray body = m_api->requests.first().body;
        QVERIFY2(body.contains("\"subscriber_id\":9007199254740993"), body.constData()); // exact, beyond 2^53
        QCOMPARE(QString::fromStdString(parse(body)["message_tag"].get<std::string>()), QStringLiteral("HUMAN_AGENT"));
    }

    void errorsWithHttp200AreErrors()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("manychat_api_error.json")));
        m_api->script.push_back(tests::ScriptedResponse::json(
            400,
            "{\"status\":\"error\",\"message\":\"Validation error\",\"details\":{\"messages\":[{\"message\":\"Message "
            "tags are no longer supported\"}]}}"));
        m_api->script.push_back({429, "{}", {{"Retry-After", "3"}}, false});
        m_api->script.push_back(tests::ScriptedResponse::json(503, "{\"status\":\"error\",\"message\":\"busy\"}"));
        auto c = connector();
        QSignalSpy log(m_client.get(), &ManyChatClient::called);
        const SendResult fromOk = run(*c, queue(QStringLiteral("1"), QStringLiteral("a")));
        QCOMPARE(int(fromOk.outcome), int(SendResult::Outcome::Fail));
        QCOMPARE(fromOk.error, QStringLiteral("ManyChat: Validation error: Message tags are no longer supported"));
        QCOMPARE(int(run(*c, queue(QStringLiteral("2"), QStringLiteral("b"))).outcome), int(SendResult::Outcome::Fail));
        const SendResult limited = run(*c, queue(QStringLiteral("3"), QStringLiteral("c")));
        QCOMPARE(int(limited.outcome), int(SendResult::Outcome::Retry));
        QCOMPARE(limited.retryAfter->count(), 3);
        QCOMPARE(int(run(*c, queue(QStringLiteral("4"), QStringLiteral("d"))).outcome),
                 int(SendResult::Outcome::Retry));
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.at(0).at(0).toString(), QStringLiteral("1"));
        QCOMPARE(log.at(0).at(1).toString(), QStringLiteral("/fb/sending/sendContent"));
        QCOMPARE(log.at(0).at(2).toBool(), false);
        QVERIFY(!log.at(0).at(3).toString().contains(QStringLiteral("SECRET")));
    }

    void tagsFieldsAndInfo()
    {
        const QString key = QStringLiteral("2345646570000001:SECRET");
        const QString sub = QStringLiteral("1324564700000001");
        QVERIFY(wait([&](auto done) { m_client->addTagByName(key, sub, QStringLiteral("price_inquiry"), done); }).ok
                == false);
        // (an empty scripted answer "{}" has no status: not a success)
        m_api->script = {
            tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
            tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
            tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
            tests::ScriptedResponse::json(
                200,
                "{\"status\":\"success\",\"data\":{\"id\":\"1324564700000001\",\"name\":\"Subscriber Lastname\"}}")};
        QVERIFY(wait([&](auto done) { m_client->addTagByName(key, sub, QStringLiteral("price_inquiry"), done); }).ok);
        QVERIFY(wait([&](auto done) { m_client->removeTagByName(key, sub, QStringLiteral("vip"), done); }).ok);
        QVERIFY(wait([&](auto done) {
                    m_client->setCustomFieldByName(key, sub, QStringLiteral("city"), "\"البصرة\"", done);
                }).ok);
        const ManyChatResult info = wait([&](auto done) { m_client->getSubscriberInfo(key, sub, done); });
        QVERIFY(info.ok);
        QCOMPARE(QString::fromStdString(parse(info.data)["name"].get<std::string>()),
                 QStringLiteral("Subscriber Lastname"));
        QCOMPARE(m_api->requests.size(), 5);
        QCOMPARE(m_api->requests[1].target, QByteArray("/fb/subscriber/addTagByName"));
        QCOMPARE(QString::fromStdString(parse(m_api->requests[1].body).dump()),
                 QStringLiteral("{\"subscriber_id\":1324564700000001,\"tag_name\":\"price_inquiry\"}"));
        QCOMPARE(m_api->requests[2].target, QByteArray("/fb/subscriber/removeTagByName"));
        QCOMPARE(m_api->requests[3].target, QByteArray("/fb/subscriber/setCustomFieldByName"));
        QCOMPARE(
            QString::fromStdString(parse(m_api->requests[3].body).dump()),
            QStringLiteral("{\"field_name\":\"city\",\"field_value\":\"البصرة\",\"subscriber_id\":1324564700000001}"));
        QCOMPARE(m_api->requests[4].method, QByteArray("GET"));
        QCOMPARE(m_api->requests[4].target, QByteArray("/fb/subscriber/getInfo?subscriber_id=1324564700000001"));
        // A field value that is neither number, text nor boolean never leaves.
        QVERIFY(!wait([&](auto done) {
                     m_client->setCustomFieldByName(key, sub, QStringLiteral("x"), "{\"a\":1}", done);
                 }).ok);
        QCOMPARE(m_api->requests.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestManyChatSend)
#include "tst_manychatsend.moc"
