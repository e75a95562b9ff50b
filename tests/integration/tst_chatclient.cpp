// The OpenAI-compatible client against a loopback fake: plain and streamed replies from the
// fixtures, 401, 429 with Retry-After, a quota 429, 500s and a timeout (API_CONTRACTS.md §6).

#include "FakeHttpServer.h"
#include "ai/ChatClient.h"
#include "ai/SseParser.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace wasel;
using channels::ChatClient;
using channels::ChatRequest;
using channels::ChatResult;
using Json = nlohmann::json;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

tests::ScriptedResponse sse(const QByteArray &body)
{
    return {200, body, {{"Content-Type", "text/event-stream"}}, false};
}

} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<tests::FakeHttpServer> m_api;
    QNetworkAccessManager m_network;

    std::unique_ptr<ChatClient> client(std::chrono::milliseconds firstByte = std::chrono::seconds(5))
    {
        ChatClient::Settings settings;
        settings.baseUrl = m_api->url();
        settings.model = QStringLiteral("gpt-4o-mini");
        settings.apiKey = QStringLiteral("sk-test");
        settings.firstByteTimeout = firstByte;
        auto c = std::make_unique<ChatClient>(&m_network, settings);
        c->setRandom([] { return 0.0; });
        return c;
    }

    static ChatRequest fixtureRequest(bool stream)
    {
        ChatRequest r;
        r.messages = {{QStringLiteral("system"), QStringLiteral("You draft short, polite customer-support replies.")},
                      {QStringLiteral("user"), QStringLiteral("Customer asks: is my order shipped?")}};
        r.temperature = 0.2;
        r.maxTokens = 200;
        r.stream = stream;
        return r;
    }

    ChatResult run(ChatClient &c, const ChatRequest &request, QStringList *deltas = nullptr)
    {
        std::optional<ChatResult> result;
        c.complete(
            request,
            [deltas](const QString &d) {
                if (deltas)
                    deltas->append(d);
            },
            [&result](const ChatResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(ChatResult());
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_api->listen());
    }

    void sseParserHandlesSplitsCommentsAndCrlf()
    {
        const QByteArray stream =
            ": keep-alive\r\nevent: message\r\ndata: {\"a\":\r\ndata: 1}\r\n\r\ndata: مرحبا\n\ndata: [DONE]\n\n";
        channels::SseParser whole;
        const auto all = whole.feed(stream);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].event, QByteArray("message"));
        QCOMPARE(all[0].data, QByteArray("{\"a\":\n1}"));
        QCOMPARE(QString::fromUtf8(all[1].data), QStringLiteral("مرحبا"));
        QCOMPARE(all[2].data, QByteArray("[DONE]"));
        channels::SseParser bytewise; // split everywhere, even inside the Arabic letters
        QList<channels::SseEvent> pieces;
        for (char c : stream)
            pieces += bytewise.feed(QByteArray(1, c));
        QCOMPARE(pieces.size(), 3);
        QCOMPARE(pieces[1].data, all[1].data);
    }

    void plainReplyMatchesTheFixtureRequest()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("openai_chat_response.json")));
        auto c = client();
        const ChatResult r = run(*c, fixtureRequest(false));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.content.isEmpty());
        const auto &req = m_api->requests.first();
        QCOMPARE(req.target, QByteArray("/v1/chat/completions"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        const QByteArray f = fixture("openai_chat_request.json");
        QCOMPARE(QString::fromStdString(Json::parse(req.body.toStdString()).dump()),
                 QString::fromStdString(Json::parse(f.toStdString()).dump()));
    }

    void streamedReplyArrivesInFragments()
    {
        m_api->script.push_back(sse(fixture("openai_chat_stream.sse")));
        auto c = client();
        QStringList deltas;
        const ChatResult r = run(*c, fixtureRequest(true), &deltas);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(deltas, (QStringList{QStringLiteral("Hi! Your order"), QStringLiteral(" shipped yesterday.")}));
        QCOMPARE(r.content, QStringLiteral("Hi! Your order shipped yesterday."));
        QCOMPARE(r.finishReason, QStringLiteral("stop"));
        QVERIFY(Json::parse(m_api->requests.first().body.toStdString())["stream"].get<bool>());
    }

    void unauthorizedIsNotRetried()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(401, fixture("openai_error_401.json")));
        auto c = client();
        const ChatResult r = run(*c, fixtureRequest(true));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("API key")), qPrintable(r.error));
        QCOMPARE(m_api->requests.size(), 1);
    }

    void rateLimitHonoursRetryAfter()
    {
        m_api->script.push_back({429, fixture("openai_error_429.json"), {{"retry-after-ms", "300"}}, false});
        m_api->script.push_back(sse(fixture("openai_chat_stream.sse")));
        auto c = client();
        QElapsedTimer t;
        t.start();
        const ChatResult r = run(*c, fixtureRequest(true));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QVERIFY(t.elapsed() >= 300);
    }

    void quotaIsFinal()
    {
        m_api->script.push_back(
            tests::ScriptedResponse::json(429,
                                          "{\"error\":{\"message\":\"You exceeded your current "
                                          "quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
        auto c = client();
        const ChatResult r = run(*c, fixtureRequest(false));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("quota")), qPrintable(r.error));
        QCOMPARE(m_api->requests.size(), 1);
    }

    void serverErrorsAreRetriedThenReported()
    {
        for (int i = 0; i < 3; ++i)
            m_api->script.push_back(tests::ScriptedResponse::json(500, "{\"error\":{\"message\":\"overloaded\"}}"));
        auto c = client();
        const ChatResult r = run(*c, fixtureRequest(false));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 3); // 1 + maxRetries (2)
        QVERIFY2(r.error.contains(QStringLiteral("overloaded")), qPrintable(r.error));
    }

    void timeoutIsRetried()
    {
        m_api->script.push_back(tests::ScriptedResponse::silence());
        m_api->script.push_back(tests::ScriptedResponse::json(200, fixture("openai_chat_response.json")));
        auto c = client(std::chrono::milliseconds(300));
        const ChatResult r = run(*c, fixtureRequest(false));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
    }

    void garbageIsAnErrorNotACrash()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(200, "{\"choices\": 42}"));
        m_api->script.push_back(
            sse("data: {not json}\n\ndata: {\"error\":{\"message\":\"model overloaded\"}}\n\ndata: [DONE]\n\n"));
        auto c = client();
        QVERIFY(!run(*c, fixtureRequest(false)).ok);
        const ChatResult streamed = run(*c, fixtureRequest(true));
        QVERIFY(!streamed.ok);
        QVERIFY2(streamed.error.contains(QStringLiteral("model overloaded")), qPrintable(streamed.error));
    }

    void unconfiguredSaysSo()
    {
        ChatClient c(&m_network, ChatClient::Settings());
        const ChatResult r = run(c, fixtureRequest(false));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("No AI endpoint")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
