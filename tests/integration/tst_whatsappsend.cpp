// WhatsApp replies through Meta's Cloud API and through Twilio, against loopback fakes that check
// the exact requests of API_CONTRACTS.md §2.2 and §3.3 (fixtures twilio_send_request.form.json,
// twilio_send_response.json, twilio_error.json).

#include "FakeHttpServer.h"
#include "TestEvents.h"
#include "store/Store.h"
#include "twilio/TwilioSendConnector.h"
#include "whatsapp/CloudSendConnector.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace wasel;
using channels::SendResult;
using models::ChannelKind;
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

// Form fields in order, decoded ("+" stays "+": Twilio's numbers must arrive as %2B).
QList<std::pair<QString, QString>> formFields(const QByteArray &body)
{
    QList<std::pair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)))});
    }
    return fields;
}

} // namespace

class TestWhatsAppSend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<tests::FakeHttpServer> m_api;
    QNetworkAccessManager m_network;
    int m_n = 0;

    models::OutboundWork queue(ChannelKind kind, const QString &account, const QString &customer, const QString &text,
                               double hoursAgo = 1, models::MessageKind messageKind = models::MessageKind::Text,
                               const QString &payload = QString())
    {
        ++m_n;
        auto event = tests::customerText(kind, customer, QStringLiteral("مرحبا"), QStringLiteral("in-%1").arg(m_n),
                                         QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600)));
        event.accountExternalId = account;
        const auto applied = m_store->apply(event);
        const qint64 id = m_store->enqueueOutbound(applied.conversationId, text, models::SenderKind::Agent,
                                                   QStringLiteral("Noor"), QStringLiteral("client-%1").arg(m_n));
        qint64 outboxId = 0;
        for (const auto &item : m_store->outbox())
            if (item.messageId == id)
                outboxId = item.id;
        auto work = *m_store->outboundWork(outboxId);
        work.message.kind = messageKind; // templates are queued by the composer of the WhatsApp issue
        work.message.payloadJson = payload;
        return work;
    }

    SendResult run(channels::Connector &c, const models::OutboundWork &work, bool inDoubt = false)
    {
        std::optional<SendResult> result;
        c.send(work, inDoubt, [&result](const SendResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(SendResult::fail(QStringLiteral("no answer")));
    }

    std::unique_ptr<channels::CloudSendConnector> cloud()
    {
        auto endpoint = channels::CloudSendConnector::defaultEndpoint();
        endpoint.baseUrl = m_api->url();
        return std::make_unique<channels::CloudSendConnector>(
            &m_network,
            [](const QString &phoneNumberId) {
                return phoneNumberId == QLatin1String("1098765") ? QStringLiteral("WA_TOKEN") : QString();
            },
            endpoint);
    }

    std::unique_ptr<channels::TwilioSendConnector> twilio()
    {
        auto endpoint = channels::TwilioSendConnector::defaultEndpoint();
        endpoint.baseUrl = m_api->url();
        return std::make_unique<channels::TwilioSendConnector>(
            &m_network,
            [](const QString &sender) {
                if (sender != QLatin1String("+14155238886"))
                    return channels::TwilioCredentials();
                return channels::TwilioCredentials{QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                                                   QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                                                   QStringLiteral("auth-token")};
            },
            QUrl(QStringLiteral("https://inbox.example.com")), endpoint);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("wa-%1.sqlite").arg(++m_n))));
        m_api = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_api->listen());
    }
    void cleanup()
    {
        m_api.reset();
        m_store.reset();
    }

    void cloudTextReply()
    {
        auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("9647701234567"),
                          QStringLiteral("الطلب وصل البصرة 🚚"));
        work.message.replyToExternalId = QStringLiteral("wamid.IN");
        m_api->script.push_back(
            tests::ScriptedResponse::json(200,
                                          "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":"
                                          "\"9647701234567\",\"wa_id\":\"9647701234567\"}],"
                                          "\"messages\":[{\"id\":\"wamid.OUT\"}]}"));
        auto c = cloud();
        const SendResult r = run(*c, work);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("wamid.OUT"));
        const auto &req = m_api->requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/v21.0/1098765/messages"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer WA_TOKEN"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        const Json expected = {{"messaging_product", "whatsapp"},
                               {"recipient_type", "individual"},
                               {"to", "9647701234567"},
                               {"type", "text"},
                               {"text", {{"preview_url", false}, {"body", "الطلب وصل البصرة 🚚"}}},
                               {"context", {{"message_id", "wamid.IN"}}},
                               {"biz_opaque_callback_data", work.item.clientId.toStdString()}};
        QCOMPARE(QString::fromStdString(parse(req.body).dump()), QString::fromStdString(expected.dump()));
    }

    void cloudTemplateOutsideTheWindow()
    {
        auto c = cloud();
        // Free text after 24 hours: refused before any request.
        const SendResult refused = run(*c,
                                       queue(ChannelKind::WhatsApp, QStringLiteral("1098765"),
                                             QStringLiteral("66812345678"), QStringLiteral("hello"), 30));
        QCOMPARE(int(refused.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(refused.error.contains(QStringLiteral("template")), qPrintable(refused.error));
        QCOMPARE(m_api->requests.size(), 0);
        // A template goes.
        const auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("66812345678"),
                                QStringLiteral("order_update"), 30, models::MessageKind::Template,
                                QStringLiteral("{\"template\":{\"name\":\"order_update\",\"language\":\"th\","
                                               "\"variables\":[\"#1234\",\"พรุ่งนี้\"]}}"));
        m_api->script.push_back(tests::ScriptedResponse::json(200, "{\"messages\":[{\"id\":\"wamid.T\"}]}"));
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("wamid.T"));
        const Json body = parse(m_api->requests.first().body);
        const Json expectedTemplate = {
            {"name", "order_update"},
            {"language", {{"code", "th"}}},
            {"components",
             Json::array(
                 {{{"type", "body"},
                   {"parameters",
                    Json::array({{{"type", "text"}, {"text", "#1234"}}, {{"type", "text"}, {"text", "พรุ่งนี้"}}})}}})}};
        QCOMPARE(QString::fromStdString(body["type"].get<std::string>()), QStringLiteral("template"));
        QCOMPARE(QString::fromStdString(body["template"].dump()), QString::fromStdString(expectedTemplate.dump()));
    }

    void cloudErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        const int fail = int(SendResult::Outcome::Fail), retry = int(SendResult::Outcome::Retry);
        QTest::newRow("re-engagement") << QByteArray(
            "{\"error\":{\"code\":131047,\"title\":\"Re-engagement message\"}}")
                                       << fail << QStringLiteral("template");
        QTest::newRow("undeliverable") << QByteArray(
            "{\"error\":{\"code\":131026,\"title\":\"Message undeliverable\"}}")
                                       << fail << QStringLiteral("could not be delivered");
        QTest::newRow("invalid number") << QByteArray("{\"error\":{\"code\":100,\"message\":\"Invalid "
                                                      "parameter\",\"error_data\":{\"details\":\"to is invalid\"}}}")
                                        << fail << QStringLiteral("to is invalid");
        QTest::newRow("rate") << QByteArray("{\"error\":{\"code\":130429,\"title\":\"Rate limit hit\"}}") << retry
                              << QStringLiteral("rate limit");
        QTest::newRow("token") << QByteArray("{\"error\":{\"code\":190,\"message\":\"expired\"}}") << fail
                               << QStringLiteral("reconnect");
    }
    void cloudErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        m_api->script.push_back(tests::ScriptedResponse::json(400, body));
        auto c = cloud();
        const SendResult r = run(*c,
                                 queue(ChannelKind::WhatsApp, QStringLiteral("1098765"),
                                       QStringLiteral("9647701234567"), QStringLiteral("hi")));
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY2(r.error.contains(reason, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void twilioMatchesTheFixture()
    {
        // twilio_send_request.form.json: To, From, Body, StatusCallback (MediaUrl with an attachment).
        const Json spec = parse(fixture("twilio_send_request.form.json"))["form"];
        auto work = queue(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"), QStringLiteral("+15005550006"),
                          QString::fromStdString(spec["Body"].get<std::string>()));
        models::Attachment receipt;
        receipt.kind = models::MessageKind::Image;
        receipt.url = QString::fromStdString(spec["MediaUrl"][0].get<std::string>());
        work.message.attachments = {receipt};
        m_api->script.push_back(tests::ScriptedResponse::json(201, fixture("twilio_send_response.json")));
        auto c = twilio();
        const SendResult r = run(*c, work);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("SMfedcba9876543210fedcba9876543210"));
        const auto &req = m_api->requests.first();
        QCOMPARE(req.target, QByteArray("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));
        QCOMPARE(req.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(req.header("authorization"),
                 "Basic " + QByteArray("AC0123456789abcdef0123456789abcdef:auth-token").toBase64());
        QVERIFY2(req.body.contains("To=whatsapp%3A%2B15005550006"), req.body.constData()); // "+" never raw
        QHash<QString, QString> fields;
        for (const auto &[name, value] : formFields(req.body))
            fields.insert(name, value);
        QCOMPARE(fields.size(), 5);
        for (const char *name : {"To", "From", "Body", "StatusCallback"})
            QCOMPARE(fields.value(QLatin1String(name)), QString::fromStdString(spec[name].get<std::string>()));
        QCOMPARE(fields.value(QStringLiteral("MediaUrl")), receipt.url);
    }

    void twilioContentTemplate()
    {
        const auto work = queue(
            ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"), QStringLiteral("whatsapp:+9647701234567"),
            QStringLiteral("order_update"), 40, models::MessageKind::Template,
            QStringLiteral("{\"template\":{\"content_sid\":\"HX0123\",\"variables\":{\"1\":\"#77\"}}}"));
        m_api->script.push_back(tests::ScriptedResponse::json(201, "{\"sid\":\"SM1\",\"status\":\"queued\"}"));
        auto c = twilio();
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("SM1"));
        QHash<QString, QString> fields;
        for (const auto &[name, value] : formFields(m_api->requests.first().body))
            fields.insert(name, value);
        QCOMPARE(fields.value(QStringLiteral("To")), QStringLiteral("whatsapp:+9647701234567"));
        QCOMPARE(fields.value(QStringLiteral("ContentSid")), QStringLiteral("HX0123"));
        QCOMPARE(fields.value(QStringLiteral("ContentVariables")), QStringLiteral("{\"1\":\"#77\"}"));
        QVERIFY(!fields.contains(QStringLiteral("Body")));
    }

    void twilioErrors()
    {
        m_api->script.push_back(tests::ScriptedResponse::json(400, fixture("twilio_error.json")));
        m_api->script.push_back(tests::ScriptedResponse::json(
            400, "{\"code\":63016,\"message\":\"Outside messaging window\",\"status\":400}"));
        m_api->script.push_back(
            tests::ScriptedResponse::json(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}"));
        m_api->script.push_back(
            tests::ScriptedResponse::json(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}"));
        auto c = twilio();
        auto next = [&] {
            return run(*c,
                       queue(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"),
                             QStringLiteral("+15005550006"), QStringLiteral("hi")));
        };
        const SendResult invalid = next();
        QCOMPARE(int(invalid.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(invalid.error.contains(QStringLiteral("not a valid WhatsApp number")), qPrintable(invalid.error));
        QVERIFY2(next().error.contains(QStringLiteral("template")), "63016");
        const SendResult limited = next();
        QCOMPARE(int(limited.outcome), int(SendResult::Outcome::Retry));
        QVERIFY2(next().error.contains(QStringLiteral("reconnect")), "20003");
    }

    void twilioInDoubtFindsTheSentMessage()
    {
        const auto work = queue(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"),
                                QStringLiteral("+15005550006"), QStringLiteral("Your order has shipped"));
        const QString created =
            QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
        m_api->script.push_back(tests::ScriptedResponse::json(
            200,
            QStringLiteral("{\"messages\":[{\"sid\":\"SMold\",\"body\":\"Your order has "
                           "shipped\",\"date_created\":\"Mon, 01 Jan 2024 00:00:00 +0000\"},"
                           "{\"sid\":\"SMfound\",\"body\":\"Your order has shipped\",\"date_created\":\"%1\"}]}")
                .arg(created)
                .toUtf8()));
        auto c = twilio();
        const SendResult r = run(*c, work, true);
        QCOMPARE(r.providerMessageId, QStringLiteral("SMfound"));
        QCOMPARE(m_api->requests.size(), 1); // looked up, not sent again
        const auto &req = m_api->requests.first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.target,
                 QByteArray("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"
                            "?To=whatsapp%3A%2B15005550006&From=whatsapp%3A%2B14155238886&PageSize=20"));

        // Not found in the list: it is sent.
        m_api->script.push_back(tests::ScriptedResponse::json(200, "{\"messages\":[]}"));
        m_api->script.push_back(tests::ScriptedResponse::json(201, "{\"sid\":\"SMnew\"}"));
        QCOMPARE(run(*c, work, true).providerMessageId, QStringLiteral("SMnew"));
        QCOMPARE(m_api->requests.size(), 3);
    }

    void twilioTestConnection()
    {
        m_api->script.push_back(
            tests::ScriptedResponse::json(200, "{\"friendly_name\":\"Wasel Shop\",\"status\":\"active\"}"));
        auto c = twilio();
        std::optional<channels::ConnectionTestResult> result;
        c->testConnection(QStringLiteral("whatsapp:+14155238886"),
                          [&](const channels::ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok, qPrintable(result->summary));
        QCOMPARE(result->summary, QStringLiteral("Connected to Twilio account Wasel Shop (active)"));
        QCOMPARE(m_api->requests.first().target,
                 QByteArray("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json"));
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppSend)
#include "tst_whatsappsend.moc"
