// Handover end to end, as the apps run it: a signed Messenger webhook arrives, the AI's answer goes
// out through the outbox to a loopback Graph API, the customer asks for a person in Iraqi Arabic,
// the AI stops and the conversation is in Needs human with a summary note. Also a routing rule's
// keyword and business-hours handovers through the same gateway.

#include "Delivery.h"
#include "FakeHttpServer.h"
#include "Gateway.h"
#include "KnowledgeCsv.h"
#include "common/Signatures.h"
#include "store/Store.h"

#include "RawHttpClient.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel;
using models::SenderKind;

static const QByteArray appSecret = "handover-test-secret";

static QByteArray messengerText(const QString &mid, const QString &text)
{
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    nlohmann::json message = {{"mid", mid.toStdString()}, {"text", text.toStdString()}};
    return QByteArray("{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_1\",\"time\":") + now + ","
        + "\"messaging\":[{\"sender\":{\"id\":\"PSID_1\"},\"recipient\":{\"id\":\"PAGE_1\"},\"timestamp\":" + now
        + ",\"message\":" + QByteArray::fromStdString(message.dump()) + "}]}]}";
}

class TestHandover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    int m_n = 0;

    static channels::WebhookSettings settings()
    {
        channels::WebhookSettings s;
        s.port = 0;
        s.metaAppSecret = appSecret;
        return s;
    }
    static int post(app::Gateway &gateway, const QByteArray &body)
    {
        return tests::sendRaw(
                   gateway.server()->port(),
                   tests::httpRequest("POST", "/webhooks/meta", body,
                                      {{"Content-Type", "application/json"},
                                       {"X-Hub-Signature-256", channels::signatures::metaSignature(appSecret, body)}}))
            .status;
    }
    QList<models::Message> ai(qint64 conversation) const
    {
        QList<models::Message> out;
        for (const auto &m : m_store->messages(conversation, 0, 1000))
            if (m.sender == SenderKind::Ai)
                out.append(m);
        return out;
    }
    void addRule(const QString &name, const QString &json)
    {
        models::RoutingRuleRecord rule;
        rule.name = name;
        rule.definitionJson = json;
        QVERIFY(m_store->saveRoutingRule(rule) > 0);
    }
    // Posts one customer message and returns when the gateway has run the rules and the assistant
    // on it (they run in the same turn as customerMessage).
    qint64 customerSays(app::Gateway &gateway, QSignalSpy &customer, const QString &text)
    {
        const auto before = customer.size();
        if (post(gateway, messengerText(QStringLiteral("m.%1").arg(++m_n), text)) != 200)
            return 0;
        if (!QTest::qWaitFor([&] { return customer.size() > before; }))
            return 0;
        return customer.last().at(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("handover-%1.sqlite").arg(++m_n))));
        QFile csv(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(app::importKnowledgeCsv(*m_store, csv).ok());
    }
    void cleanup() { m_store.reset(); }

    void iraqiCustomerAsksForAPerson()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        graph.script = {tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID_1\",\"message_id\":\"m_out1\"}"),
                        tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID_1\",\"message_id\":\"m_out2\"}")};
        qputenv("HANDOVER_PAGE_TOKEN", "EAAPAGE");
        QString error;
        const auto config = app::ChannelsConfig::parse(
            QStringLiteral("{\"channels\":[{\"kind\":\"messenger\",\"page_id\":\"PAGE_1\",\"token_env\":"
                           "\"HANDOVER_PAGE_TOKEN\",\"api_base\":\"%1\"}]}")
                .arg(graph.url().toString())
                .toUtf8(),
            &error);
        QVERIFY2(config, qPrintable(error));
        app::Delivery delivery(m_store.get());
        delivery.configure(*config, app::secretFromEnvironment);
        delivery.start();
        app::Gateway gateway(m_store.get());
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QSignalSpy handover(gateway.assistant(), &app::Assistant::handoverRequested);
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));

        // 1. A price question: the AI answers from the knowledge base, through the outbox and the Send API.
        const qint64 conv = customerSays(gateway, customer, QStringLiteral("شكد سعر الجنطة السودة؟"));
        QVERIFY(conv);
        QTRY_COMPARE(graph.requests.size(), 1);
        const auto sent = nlohmann::json::parse(graph.requests.first().body.toStdString());
        QCOMPARE(sent["recipient"]["id"].get<std::string>(), std::string("PSID_1"));
        const QString answer = QString::fromStdString(sent["message"]["text"].get<std::string>());
        QVERIFY2(answer.contains(QStringLiteral("35,000 دينار")), qPrintable(answer));
        QCOMPARE(graph.requests.first().header("authorization"), QByteArray("Bearer EAAPAGE"));
        QTRY_VERIFY(ai(conv).size() == 1 && ai(conv).first().status == models::MessageStatus::Sent);

        // 2. "I want to talk to an employee, not a bot": the AI says a person is coming, and stops.
        QCOMPARE(customerSays(gateway, customer, QStringLiteral("اريد احجي ويا موظف مو بوت")), conv);
        QCOMPARE(handover.size(), 1);
        QVERIFY(m_store->conversation(conv)->needsHuman);
        models::ConversationQuery needsHuman;
        needsHuman.needsHuman = true;
        QCOMPARE(m_store->conversationCount(needsHuman), 1);
        const auto notes = m_store->notes(conv);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().body.contains(QStringLiteral("asked for a person")), qPrintable(notes.first().body));
        QVERIFY(notes.first().body.contains(QStringLiteral("شكد سعر الجنطة")));
        QTRY_COMPARE(graph.requests.size(), 2);
        const auto told = nlohmann::json::parse(graph.requests.last().body.toStdString());
        QVERIFY(QString::fromStdString(told["message"]["text"].get<std::string>()).contains(QStringLiteral("فريقنا")));
        QTRY_VERIFY(ai(conv).size() == 2 && ai(conv).last().status == models::MessageStatus::Sent);

        // 3. The AI has stopped: the next question waits for a person.
        QCOMPARE(customerSays(gateway, customer, QStringLiteral("شكد سعر العطر؟")), conv);
        QCOMPARE(ai(conv).size(), 2);
        QCOMPARE(m_store->outbox().size(), 2); // nothing new queued
        QCOMPARE(graph.requests.size(), 2);
        QCOMPARE(handover.size(), 1);
    }

    // The channels file's "ai_mode" of an account is where its new conversations start.
    void channelDefaultModeAppliesToNewConversations()
    {
        app::Gateway gateway(m_store.get());
        gateway.setDefaultAiMode(models::ChannelKind::Messenger, QStringLiteral("PAGE_1"), models::AiMode::Draft);
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QSignalSpy drafts(gateway.assistant(), &app::Assistant::draftReady);
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));
        const qint64 conv = customerSays(gateway, customer, QStringLiteral("how much are the gold earrings?"));
        QVERIFY(conv);
        QVERIFY(m_store->conversation(conv)->aiMode == models::AiMode::Draft);
        QCOMPARE(drafts.size(), 1); // written for staff to check
        QVERIFY(ai(conv).isEmpty());
        QVERIFY(m_store->outbox().isEmpty());

        // Staff switch it to auto: the next message of the same conversation keeps their choice.
        QVERIFY(m_store->setAiMode(conv, models::AiMode::Auto));
        QCOMPARE(customerSays(gateway, customer, QStringLiteral("and the canvas tote?")), conv);
        QVERIFY(m_store->conversation(conv)->aiMode == models::AiMode::Auto);
        QCOMPARE(ai(conv).size(), 1);
    }

    void keywordRuleHandsOverWithTheSummary()
    {
        addRule(QStringLiteral("wholesale"),
                QStringLiteral("{\"when\":{\"keywords\":[\"wholesale\",\"جملة\"]},\"then\":{\"handover\":true,"
                               "\"assign\":\"Noor\"}}"));
        app::Gateway gateway(m_store.get());
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QSignalSpy handover(gateway.assistant(), &app::Assistant::handoverRequested);
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));
        const qint64 conv = customerSays(gateway, customer, QStringLiteral("تبيعون بالجملة؟ اريد ٥٠ قطعة"));
        QVERIFY(conv);
        const auto c = m_store->conversation(conv);
        QVERIFY(c->needsHuman);
        QCOMPARE(c->assignee, QStringLiteral("Noor"));
        QCOMPARE(handover.size(), 1);
        QVERIFY2(handover.first().at(1).toString().contains(QStringLiteral("wholesale")),
                 qPrintable(handover.first().at(1).toString()));
        const auto notes = m_store->notes(conv);
        QCOMPARE(notes.size(), 1); // one note: the assistant's summary, naming the rule
        QVERIFY2(notes.first().body.contains(QStringLiteral("routing rule \"wholesale\"")),
                 qPrintable(notes.first().body));
        QVERIFY(notes.first().body.contains(QStringLiteral("تبيعون بالجملة")));
        QVERIFY(ai(conv).isEmpty()); // the AI stays quiet
    }

    void businessHoursRule()
    {
        // A shop that is never open (no day listed): outside its hours a person is asked for.
        QVERIFY(m_store->setSetting(QStringLiteral("business_hours"),
                                    QStringLiteral("{\"timezone\":\"Asia/Baghdad\",\"days\":[],\"open\":\"10:00\","
                                                   "\"close\":\"22:00\"}")));
        addRule(
            QStringLiteral("after hours"),
            QStringLiteral("{\"when\":{\"hours\":\"outside\"},\"then\":{\"handover\":true,\"priority\":\"high\"}}"));
        app::Gateway gateway(m_store.get());
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));
        const qint64 conv = customerSays(gateway, customer, QStringLiteral("hello"));
        QVERIFY(conv);
        QVERIFY(m_store->conversation(conv)->needsHuman);
        QVERIFY(m_store->conversation(conv)->priority == models::Priority::High);
        QVERIFY(ai(conv).isEmpty());

        // Open now (an hour either side, overnight included): the rule does not fire, the AI greets.
        const QTime now = QDateTime::currentDateTimeUtc().time();
        QVERIFY(m_store->setSetting(QStringLiteral("business_hours"),
                                    QStringLiteral("{\"timezone\":\"UTC\",\"days\":[0,1,2,3,4,5,6],\"open\":\"%1\","
                                                   "\"close\":\"%2\"}")
                                        .arg(now.addSecs(-3600).toString(QStringLiteral("HH:mm")),
                                             now.addSecs(3600).toString(QStringLiteral("HH:mm")))));
        QVERIFY(m_store->setNeedsHuman(conv, false));
        QCOMPARE(customerSays(gateway, customer, QStringLiteral("hello again")), conv);
        QCOMPARE(ai(conv).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
