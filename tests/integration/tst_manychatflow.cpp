// ManyChat end to end on a real store (issue 9): External Request in and Dynamic Block out through
// the gateway, ManyChat timing out and Meta's Send API delivering instead, the ManyChat log, linking
// a subscriber to a customer, and intents becoming ManyChat tags — against loopback fakes of
// ManyChat's and Meta's APIs that record the exact requests.

#include "ChannelsConfig.h"
#include "Delivery.h"
#include "FakeHttpServer.h"
#include "Gateway.h"
#include "KnowledgeCsv.h"
#include "ManyChatService.h"
#include "RawHttpClient.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;
using models::MessageStatus;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The fixture's Full Contact Data with another last input and the interaction time now,
// edited as text so the 16-digit ids stay exactly as ManyChat sends them.
QByteArray externalRequest(const QString &input)
{
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate); // the AI answers only fresh messages
    QByteArray body = fixture("manychat_external_request.json");
    const QByteArray quotedInput = QJsonDocument(QJsonArray{input}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    body.replace("\"Last subscriber's input text\"", quotedInput);
    body.replace("\"last_interaction\": \"2018-07-02T00:00:00+00:00\"",
                 "\"last_interaction\": \"" + when.toUtf8() + '"');
    return body;
}

} // namespace

class TestManyChatFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    int m_n = 0;

    std::unique_ptr<app::Gateway> gateway()
    {
        auto g = std::make_unique<app::Gateway>(m_store.get());
        channels::WebhookSettings settings;
        settings.port = 0;
        settings.manychatSecret = "mc-secret";
        QString error;
        if (!g->start(settings, &error))
            qFatal("gateway: %s", qPrintable(error));
        return g;
    }
    tests::RawResponse post(app::Gateway &g, const QByteArray &body)
    {
        return tests::sendRaw(
            g.server()->port(),
            tests::httpRequest("POST", "/webhooks/manychat", body,
                               {{"Content-Type", "application/json"}, {"X-Wasel-Token", "mc-secret"}}));
    }
    static app::ChannelsConfig config(const QUrl &manychat, const QUrl &graph)
    {
        qputenv("TEST_MC_KEY", "2345646570000001:SECRET");
        qputenv("TEST_PAGE_TOKEN", "EAAPAGE");
        const QString json = QStringLiteral("{\"channels\":["
                                            "{\"kind\":\"manychat\",\"page_id\":\"2345646570000001\","
                                            "\"token_env\":\"TEST_MC_KEY\",\"api_base\":\"%1\"},"
                                            "{\"kind\":\"messenger\",\"page_id\":\"2345646570000001\","
                                            "\"token_env\":\"TEST_PAGE_TOKEN\",\"api_base\":\"%2\"}]}")
                                 .arg(manychat.toString(), graph.toString());
        QString error;
        const auto parsed = app::ChannelsConfig::parse(json.toUtf8(), &error);
        if (!parsed)
            qFatal("config: %s", qPrintable(error));
        return *parsed;
    }
    // A ManyChat conversation whose customer is also known on Messenger (linked).
    qint64 linkedConversation(const QString &subscriber, const QString &psid)
    {
        auto e = tests::customerText(ChannelKind::ManyChat, subscriber, QStringLiteral("hello"),
                                     QStringLiteral("mc-in-") + subscriber);
        e.accountExternalId = QStringLiteral("2345646570000001");
        const auto r = m_store->apply(e);
        const qint64 customer = m_store->conversation(r.conversationId)->customerId;
        if (!m_store->linkIdentity(customer, ChannelKind::Messenger, psid))
            qFatal("link");
        return r.conversationId;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("flow-%1.sqlite").arg(++m_n))));
        QFile csv(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(app::importKnowledgeCsv(*m_store, csv).ok());
    }
    void cleanup() { m_store.reset(); }

    void externalRequestInDynamicBlockOut()
    {
        auto g = gateway();
        const QByteArray request = externalRequest(QStringLiteral("شكد سعر الجنطة السودة؟"));
        const tests::RawResponse r = post(*g, request);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject block = object(r.body);
        QCOMPARE(block.value(QLatin1String("version")).toString(), QStringLiteral("v2"));
        QVERIFY2(!block.value(QLatin1String("content")).isArray(), r.body.constData()); // never a bare array
        const QJsonArray messages =
            block.value(QLatin1String("content")).toObject().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("text"));
        QVERIFY2(messages.at(0).toObject().value(QLatin1String("text")).toString().contains(QStringLiteral("35,000")),
                 r.body.constData());
        // The customer's input is a message of the subscriber's conversation; the AI's answer is sent.
        const auto conversations = m_store->conversations({});
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(int(conversations.first().channel), int(ChannelKind::ManyChat));
        QCOMPARE(conversations.first().customerName, QStringLiteral("Subscriber Lastname"));
        const auto thread = m_store->messages(conversations.first().id);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.first().body, QStringLiteral("شكد سعر الجنطة السودة؟"));
        QCOMPARE(int(thread.last().sender), int(models::SenderKind::Ai));
        QCOMPARE(int(thread.last().status), int(MessageStatus::Sent));
        QCOMPARE(object(thread.last().payloadJson.toUtf8()).value(QLatin1String("route")).toString(),
                 QStringLiteral("dynamic_block"));
        QCOMPARE(m_store->outbox(QStringLiteral("queued")).size(), 0); // nothing left for sendContent

        // ManyChat retries the same request: acknowledged with an empty block, nothing stored twice.
        const tests::RawResponse again = post(*g, request);
        QCOMPARE(again.status, 200);
        QCOMPARE(object(again.body), object("{\"version\":\"v2\",\"content\":{\"messages\":[]}}"));
        QCOMPARE(m_store->messages(conversations.first().id).size(), 2);
    }

    void emptyBlockWhenThereIsNoAnswer()
    {
        auto g = gateway();
        g->setAutomationEnabled(false);
        QElapsedTimer clock;
        clock.start();
        const tests::RawResponse r = post(*g, externalRequest(QStringLiteral("شكد سعر الجنطة السودة؟")));
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r.body), object("{\"version\":\"v2\",\"content\":{\"messages\":[]}}"));
        QVERIFY(clock.elapsed() < 3000); // not kept waiting for an answer that cannot come
        // A request without the customer's input (a profile update) is answered the same way.
        g->setAutomationEnabled(true);
        const tests::RawResponse profile = post(*g, externalRequest(QString()));
        QCOMPARE(object(profile.body), object("{\"version\":\"v2\",\"content\":{\"messages\":[]}}"));
    }

    void answerTooLateGoesThroughSendContent()
    {
        tests::FakeHttpServer ai;
        QVERIFY(ai.listen());
        ai.script = {tests::ScriptedResponse::silence()};
        auto g = gateway();
        g->manyChatReplies()->install(g->server(), std::chrono::milliseconds(300));
        app::AssistantSettings settings = g->assistant()->settings();
        settings.baseUrl = ai.url();
        settings.model = QStringLiteral("test-model");
        g->assistant()->setSettings(settings);
        QElapsedTimer clock;
        clock.start();
        const tests::RawResponse r = post(*g, externalRequest(QStringLiteral("شكد سعر الجنطة السودة؟")));
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r.body), object("{\"version\":\"v2\",\"content\":{\"messages\":[]}}"));
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE(ai.requests.size(), 1); // the AI was asked; its answer, when it comes, goes by the outbox
    }

    void manyChatTimesOutAndGraphDelivers()
    {
        tests::FakeHttpServer manychat, graph;
        QVERIFY(manychat.listen());
        QVERIFY(graph.listen());
        manychat.script = {tests::ScriptedResponse::silence()};
        graph.script = {tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID-1\",\"message_id\":\"m_77\"}")};
        app::Delivery delivery(m_store.get());
        delivery.configure(config(manychat.url(), graph.url()), app::secretFromEnvironment);
        const qint64 conv = linkedConversation(QStringLiteral("1324564700000001"), QStringLiteral("PSID-1"));
        const qint64 id =
            m_store->enqueueOutbound(conv, QStringLiteral("Your order is on its way"), models::SenderKind::Agent,
                                     QStringLiteral("Noor"), QStringLiteral("c-timeout"));
        delivery.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_store->message(id)->status), int(MessageStatus::Sent), 20000);
        // ManyChat was asked first, with the documented body.
        QCOMPARE(manychat.requests.size(), 1);
        QCOMPARE(manychat.requests.first().target, QByteArray("/fb/sending/sendContent"));
        QCOMPARE(object(manychat.requests.first().body),
                 object("{\"subscriber_id\":1324564700000001,\"data\":{\"version\":\"v2\",\"content\":{\"messages\":"
                        "[{\"type\":\"text\",\"text\":\"Your order is on its way\"}]}}}"));
        // Then Meta's Send API, to the linked Messenger identity, with the page's token.
        QCOMPARE(graph.requests.size(), 1);
        QCOMPARE(graph.requests.first().header("authorization"), QByteArray("Bearer EAAPAGE"));
        const QJsonObject sent = object(graph.requests.first().body);
        QCOMPARE(sent.value(QLatin1String("recipient")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("PSID-1"));
        QCOMPARE(sent.value(QLatin1String("message")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Your order is on its way"));
        // The thread shows the route, and the log the failed call.
        const auto message = m_store->message(id);
        QCOMPARE(message->externalId, QStringLiteral("m_77"));
        const QJsonObject payload = object(message->payloadJson.toUtf8());
        QCOMPARE(payload.value(QLatin1String("route")).toString(), QStringLiteral("graph"));
        QVERIFY(!payload.value(QLatin1String("route_note")).toString().isEmpty());
        const qint64 customer = m_store->conversation(conv)->customerId;
        const auto log = m_store->manyChatLog(customer);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().endpoint, QStringLiteral("/fb/sending/sendContent"));
        QVERIFY(!log.first().ok);
        QVERIFY(!log.first().summary.contains(QStringLiteral("SECRET")));
    }

    void errorWithHttp200AndNoMetaIdentityFails()
    {
        tests::FakeHttpServer manychat, graph;
        QVERIFY(manychat.listen());
        QVERIFY(graph.listen());
        manychat.script = {tests::ScriptedResponse::json(200, fixture("manychat_api_error.json"))};
        app::Delivery delivery(m_store.get());
        delivery.configure(config(manychat.url(), graph.url()), app::secretFromEnvironment);
        auto e = tests::customerText(ChannelKind::ManyChat, QStringLiteral("42"), QStringLiteral("hi"),
                                     QStringLiteral("mc-42"));
        e.accountExternalId = QStringLiteral("2345646570000001");
        const auto applied = m_store->apply(e);
        const qint64 id =
            m_store->enqueueOutbound(applied.conversationId, QStringLiteral("hello"), models::SenderKind::Agent,
                                     QStringLiteral("Noor"), QStringLiteral("c-err"));
        delivery.start();
        QTRY_COMPARE(int(m_store->message(id)->status), int(MessageStatus::Failed));
        QCOMPARE(m_store->message(id)->statusReason,
                 QStringLiteral("ManyChat: Validation error: Message tags are no longer supported"));
        QCOMPARE(graph.requests.size(), 0); // no Messenger identity: no other route
    }

    void logIsTrimmedPerSubscriber()
    {
        auto e = tests::customerText(ChannelKind::ManyChat, QStringLiteral("7"), QStringLiteral("hi"),
                                     QStringLiteral("mc-7"));
        const auto r = m_store->apply(e);
        const qint64 customer = m_store->conversation(r.conversationId)->customerId;
        for (int i = 0; i < 6; ++i)
            QVERIFY(m_store->addManyChatLog(QStringLiteral("7"), QStringLiteral("/fb/subscriber/getInfo"), i % 2,
                                            QStringLiteral("call %1").arg(i), 4));
        QVERIFY(m_store->addManyChatLog(QStringLiteral("8"), QStringLiteral("/x"), true, QStringLiteral("other"), 4));
        const auto log = m_store->manyChatLog(customer);
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.first().summary, QStringLiteral("call 5")); // newest first
        QCOMPARE(log.last().summary, QStringLiteral("call 2"));
    }

    void linkingMergesTheCustomerOfTheSubscriber()
    {
        auto messenger = tests::customerText(ChannelKind::Messenger, QStringLiteral("PSID-9"), QStringLiteral("hi"),
                                             QStringLiteral("m-9"));
        const auto onMessenger = m_store->apply(messenger);
        auto mc = tests::customerText(ChannelKind::ManyChat, QStringLiteral("99"), QStringLiteral("hi"),
                                      QStringLiteral("mc-99"));
        const auto onManyChat = m_store->apply(mc);
        const qint64 keep = m_store->conversation(onMessenger.conversationId)->customerId;
        const qint64 gone = m_store->conversation(onManyChat.conversationId)->customerId;
        QVERIFY(keep != gone);
        app::ManyChatService service(m_store.get());
        QString error;
        QVERIFY(!service.link(keep, QStringLiteral("not a number"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(service.link(keep, QStringLiteral("99"), &error), qPrintable(error)); // no account: link only
        QCOMPARE(m_store->conversation(onManyChat.conversationId)->customerId, keep);
        QVERIFY(!m_store->customer(gone));
        QCOMPARE(m_store->identities(keep).size(), 2);
        QCOMPARE(service.subscriber(keep)->id, QStringLiteral("99"));
        // A second, different subscriber is refused.
        QVERIFY(!service.link(keep, QStringLiteral("100"), &error));
    }

    void intentsBecomeTagsWhenTurnedOn()
    {
        tests::FakeHttpServer manychat, graph;
        QVERIFY(manychat.listen());
        QVERIFY(graph.listen());
        app::Delivery delivery(m_store.get());
        delivery.configure(config(manychat.url(), graph.url()), app::secretFromEnvironment);
        app::ManyChatService *service = delivery.manyChat();
        auto e = tests::customerText(ChannelKind::ManyChat, QStringLiteral("1324564700000001"),
                                     QStringLiteral("شكد سعر الجنطة السودة؟"), QStringLiteral("mc-price"));
        e.accountExternalId = QStringLiteral("2345646570000001");
        const auto r = m_store->apply(e);
        service->onCustomerMessage(r.conversationId, r.messageId);
        QCOMPARE(manychat.requests.size(), 0); // off by default
        service->setIntentTags(true);
        manychat.script = {
            tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
            tests::ScriptedResponse::json(200,
                                          "{\"status\":\"success\",\"data\":{\"id\":1324564700000001,"
                                          "\"name\":\"Subscriber Lastname\",\"tags\":[{\"id\":5,\"name\":"
                                          "\"price_inquiry\"}],\"custom_fields\":[{\"id\":1,\"name\":\"city\","
                                          "\"type\":\"text\",\"value\":\"Basra\"}]}}")};
        service->onCustomerMessage(r.conversationId, r.messageId);
        QTRY_COMPARE(manychat.requests.size(), 2);
        QCOMPARE(manychat.requests.at(0).target, QByteArray("/fb/subscriber/addTagByName"));
        QCOMPARE(object(manychat.requests.at(0).body),
                 object("{\"subscriber_id\":1324564700000001,\"tag_name\":\"price_inquiry\"}"));
        QCOMPARE(manychat.requests.at(1).target, QByteArray("/fb/subscriber/getInfo?subscriber_id=1324564700000001"));
        const qint64 customer = m_store->conversation(r.conversationId)->customerId;
        QTRY_VERIFY(service->subscriber(customer)->tags == QStringList{QStringLiteral("price_inquiry")});
        QCOMPARE(service->subscriber(customer)->fields.first().value, QStringLiteral("\"Basra\""));
        // Known now: the same intent again asks nothing.
        service->onCustomerMessage(r.conversationId, r.messageId);
        QCOMPARE(manychat.requests.size(), 2);
        QCOMPARE(m_store->manyChatLog(customer).size(), 2);
    }

    void fieldValuesAreTyped()
    {
        QCOMPARE(app::ManyChatService::fieldValue(QStringLiteral("0.75")), QByteArray("0.75"));
        QCOMPARE(app::ManyChatService::fieldValue(QStringLiteral("true")), QByteArray("true"));
        QCOMPARE(app::ManyChatService::fieldValue(QStringLiteral("2018-05-31")), QByteArray("\"2018-05-31\""));
        QCOMPARE(app::ManyChatService::fieldValue(QStringLiteral("البصرة")), QByteArray("\"البصرة\""));
        QCOMPARE(app::ManyChatService::fieldValue(QStringLiteral("1e5")), QByteArray("\"1e5\""));
    }
};

QTEST_GUILESS_MAIN(TestManyChatFlow)
#include "tst_manychatflow.moc"
