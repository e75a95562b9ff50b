// The assistant end to end on a real store: offline answers from the knowledge base, handover in
// Iraqi Arabic, AI modes, the reply cap, and an OpenAI-compatible endpoint on a loopback fake.

#include "Assistant.h"
#include "FakeHttpServer.h"
#include "InboxActions.h"
#include "KnowledgeCsv.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::AiMode;
using models::ChannelKind;
using models::SenderKind;

class TestAssistant : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    int m_n = 0;

    qint64 customerSays(const QString &text, const QString &customer = QStringLiteral("psid-1"),
                        const QDateTime &at = QDateTime::currentDateTimeUtc())
    {
        auto event = tests::customerText(ChannelKind::Instagram, customer, text, QStringLiteral("mid.%1").arg(++m_n),
                                         at, QStringLiteral("Zahraa"));
        return m_store->apply(event).conversationId;
    }
    // The gateway hands every new customer message to the assistant; here each stored one is.
    void follow(app::Assistant &assistant)
    {
        connect(m_store.get(), &models::Store::messageInserted, &assistant, &app::Assistant::onMessage);
    }
    QList<models::Message> aiMessages(qint64 conversation)
    {
        QList<models::Message> out;
        for (const auto &m : m_store->messages(conversation))
            if (m.sender == SenderKind::Ai)
                out.append(m);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("assistant-%1.sqlite").arg(++m_n))));
        QFile csv(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(app::importKnowledgeCsv(*m_store, csv).ok());
    }
    void cleanup() { m_store.reset(); }

    void answersFromTheKnowledgeBaseAndLabelsTheIntent()
    {
        app::Assistant assistant(m_store.get());
        follow(assistant);
        const qint64 conv = customerSays(QStringLiteral("شكد سعر الجنطة السودة؟"));
        const auto replies = aiMessages(conv);
        QCOMPARE(replies.size(), 1);
        QVERIFY2(replies.first().body.contains(QStringLiteral("35,000 دينار")), qPrintable(replies.first().body));
        QCOMPARE(replies.first().senderName, QStringLiteral("Wasel AI"));
        QCOMPARE(m_store->outbox().size(), 1); // it goes out through the outbox
        QVERIFY(m_store->conversation(conv)->labels.contains(QStringLiteral("price_inquiry")));
        QVERIFY(!m_store->conversation(conv)->needsHuman);
    }

    void customerAsksForAPersonInIraqiArabic()
    {
        app::Assistant assistant(m_store.get());
        follow(assistant);
        QSignalSpy handover(&assistant, &app::Assistant::handoverRequested);
        const qint64 conv = customerSays(QStringLiteral("هلو"));
        QCOMPARE(aiMessages(conv).size(), 1); // greeted
        customerSays(QStringLiteral("اريد احجي ويا موظف مو بوت"));
        QCOMPARE(handover.size(), 1);
        QCOMPARE(handover.first().at(0).toLongLong(), conv);
        const auto c = m_store->conversation(conv);
        QVERIFY(c->needsHuman);
        QCOMPARE(aiMessages(conv).size(), 2); // "a person will reply" in Iraqi Arabic
        QVERIFY(aiMessages(conv).last().body.contains(QStringLiteral("فريقنا")));
        const auto notes = m_store->notes(conv);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().body.contains(QStringLiteral("AI handed over")), qPrintable(notes.first().body));
        QVERIFY(notes.first().body.contains(QStringLiteral("اريد احجي ويا موظف")));
        models::ConversationQuery needsHuman;
        needsHuman.needsHuman = true;
        QCOMPARE(m_store->conversationCount(needsHuman), 1);

        // The AI has stopped.
        customerSays(QStringLiteral("شكد سعر العطر؟"));
        QCOMPARE(aiMessages(conv).size(), 2);
        // Staff hand it back: the AI answers again.
        app::InboxActions actions(m_store.get(), QStringLiteral("Noor"));
        QVERIFY(actions.handBackToAi(conv));
        customerSays(QStringLiteral("شكد سعر العطر؟"));
        QCOMPARE(aiMessages(conv).size(), 3);
    }

    void modesOffAndDraft()
    {
        app::Assistant assistant(m_store.get());
        follow(assistant);
        QSignalSpy drafts(&assistant, &app::Assistant::draftReady);
        const qint64 off = customerSays(QStringLiteral("hello"), QStringLiteral("a"));
        const int afterGreeting = int(aiMessages(off).size());
        QVERIFY(m_store->setAiMode(off, AiMode::Off));
        customerSays(QStringLiteral("how much are the gold earrings?"), QStringLiteral("a"));
        QCOMPARE(int(aiMessages(off).size()), afterGreeting);

        const qint64 draft = customerSays(QStringLiteral("hi"), QStringLiteral("b"));
        QVERIFY(m_store->setAiMode(draft, AiMode::Draft));
        const int before = int(m_store->outbox().size());
        customerSays(QStringLiteral("how much are the gold earrings?"), QStringLiteral("b"));
        QCOMPARE(drafts.size(), 1);
        QVERIFY(drafts.first().at(1).toString().contains(QStringLiteral("18,500 IQD")));
        QCOMPARE(int(m_store->outbox().size()), before); // nothing sent without staff
        QCOMPARE(assistant.draft(draft), drafts.first().at(1).toString());
    }

    void handsOverAfterTooManyAiReplies()
    {
        app::AssistantSettings settings;
        settings.maxAiRepliesWithoutHuman = 2;
        app::Assistant assistant(m_store.get(), settings);
        follow(assistant);
        const qint64 conv = customerSays(QStringLiteral("hi"));
        customerSays(QStringLiteral("price of the gold earrings?"));
        QVERIFY(!m_store->conversation(conv)->needsHuman);
        customerSays(QStringLiteral("and the canvas tote?"));
        QVERIFY(m_store->conversation(conv)->needsHuman);
    }

    void oldMessagesAreNotAnswered()
    {
        app::Assistant assistant(m_store.get());
        follow(assistant);
        const qint64 conv = customerSays(QStringLiteral("hello?"), QStringLiteral("late"),
                                         QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
        QCOMPARE(aiMessages(conv).size(), 0);
    }

    void endpointRepliesWithThePrompt()
    {
        tests::FakeHttpServer server;
        QVERIFY(server.listen());
        QFile stream(QStringLiteral(WASEL_SPEC_DIR "/fixtures/openai_chat_stream.sse"));
        QVERIFY(stream.open(QIODevice::ReadOnly));
        server.script.push_back({200, stream.readAll(), {{"Content-Type", "text/event-stream"}}, false});
        app::AssistantSettings settings;
        settings.baseUrl = server.url();
        settings.model = QStringLiteral("test-model");
        settings.apiKey = QStringLiteral("sk-test");
        settings.businessDescription = QStringLiteral("Bags and perfume in Baghdad");
        app::Assistant assistant(m_store.get(), settings);
        follow(assistant);
        QSignalSpy progress(&assistant, &app::Assistant::replyProgress);
        const qint64 conv = customerSays(QStringLiteral("is the black leather bag (جنطة) available?"));
        QTRY_COMPARE(aiMessages(conv).size(), 1);
        QCOMPARE(aiMessages(conv).first().body, QStringLiteral("Hi! Your order shipped yesterday."));
        QVERIFY(progress.size() >= 2);
        const auto body = nlohmann::json::parse(server.requests.first().body.toStdString());
        QCOMPARE(QString::fromStdString(body["model"].get<std::string>()), QStringLiteral("test-model"));
        const QString system = QString::fromStdString(body["messages"][0]["content"].get<std::string>());
        QVERIFY2(system.contains(QStringLiteral("Bags and perfume in Baghdad")), qPrintable(system));
        QVERIFY2(system.contains(QStringLiteral("جنطة جلد سوداء; price 35,000 IQD; in stock (4)")), qPrintable(system));
        QVERIFY(system.contains(QStringLiteral("Zahraa")));
        QCOMPARE(QString::fromStdString(body["messages"].back()["role"].get<std::string>()), QStringLiteral("user"));
    }

    void endpointFailureHandsOver()
    {
        tests::FakeHttpServer server;
        QVERIFY(server.listen());
        server.script.push_back(
            tests::ScriptedResponse::json(401, "{\"error\":{\"message\":\"bad key\",\"code\":\"invalid_api_key\"}}"));
        app::AssistantSettings settings;
        settings.baseUrl = server.url();
        settings.model = QStringLiteral("m");
        app::Assistant assistant(m_store.get(), settings);
        follow(assistant);
        QSignalSpy failed(&assistant, &app::Assistant::failed);
        const qint64 conv = customerSays(QStringLiteral("do you have it in red?"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("API key")));
        QVERIFY(m_store->conversation(conv)->needsHuman);
    }

    // Low confidence: the prompt asks the model to answer [HANDOVER] when it cannot answer well;
    // that is a handover, and the marker never reaches the customer.
    void endpointUnsureHandsOver()
    {
        tests::FakeHttpServer server;
        QVERIFY(server.listen());
        server.script.push_back(tests::ScriptedResponse::json(
            200,
            "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\" [HANDOVER]\"},"
            "\"finish_reason\":\"stop\"}]}"));
        app::AssistantSettings settings;
        settings.baseUrl = server.url();
        settings.model = QStringLiteral("m");
        app::Assistant assistant(m_store.get(), settings);
        follow(assistant);
        QSignalSpy handover(&assistant, &app::Assistant::handoverRequested);
        const qint64 conv = customerSays(QStringLiteral("can you make a custom engraving on the earrings?"));
        QTRY_COMPARE(handover.size(), 1);
        QVERIFY(handover.first().at(1).toString().contains(QStringLiteral("not confident")));
        QVERIFY(m_store->conversation(conv)->needsHuman);
        const auto replies = aiMessages(conv);
        QCOMPARE(replies.size(), 1);
        QVERIFY(!replies.first().body.contains(QStringLiteral("HANDOVER")));
        QVERIFY(replies.first().body.contains(QStringLiteral("team")));
        const auto body = nlohmann::json::parse(server.requests.first().body.toStdString());
        QVERIFY(QString::fromStdString(body["messages"][0]["content"].get<std::string>())
                    .contains(QStringLiteral("[HANDOVER]")));
    }

    // A price question about nothing the shop lists is handed over before the model could guess.
    void endpointIsNotAskedForPricesOfUnknownProducts()
    {
        tests::FakeHttpServer server;
        QVERIFY(server.listen());
        app::AssistantSettings settings;
        settings.baseUrl = server.url();
        settings.model = QStringLiteral("m");
        app::Assistant assistant(m_store.get(), settings);
        follow(assistant);
        const qint64 conv = customerSays(QStringLiteral("how much is the blue lamp?"));
        QVERIFY(m_store->conversation(conv)->needsHuman);
        QVERIFY(m_store->notes(conv).first().body.contains(QStringLiteral("no product or FAQ")));
        QVERIFY(server.requests.isEmpty());
    }

    void strongComplaintHandsOver()
    {
        app::Assistant assistant(m_store.get());
        follow(assistant);
        const qint64 conv = customerSays(QStringLiteral("وين الطلب؟؟ صارلي اسبوعين 😡😡"));
        QVERIFY(m_store->conversation(conv)->needsHuman);
        QVERIFY(m_store->conversation(conv)->labels.contains(QStringLiteral("complaint")));
    }
};

QTEST_GUILESS_MAIN(TestAssistant)
#include "tst_assistant.moc"
