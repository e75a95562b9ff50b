// The webhook gateway over real loopback sockets: handshake, signatures, limits, bad input,
// durability before the 200, duplicates, every provider route, /health, and replay of failures.

#include "common/Ingest.h"
#include "common/Signatures.h"
#include "common/WebhookServer.h"
#include "store/Store.h"

#include "RawHttpClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel;
using namespace wasel::channels;
using tests::httpRequest;
using tests::RawResponse;
using tests::sendRaw;

static QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

static const QByteArray appSecret = "test_app_secret";
static const QByteArray twilioToken = "test_auth_token_12345";

class TestWebhookServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<WebhookServer> m_server;
    int m_n = 0;

    quint16 port() const { return m_server->port(); }

    RawResponse postMeta(const QByteArray &body, const QByteArray &signature)
    {
        return sendRaw(port(),
                       httpRequest("POST", "/webhooks/meta", body,
                                   {{"Content-Type", "application/json"}, {"X-Hub-Signature-256", signature}}));
    }
    RawResponse postMeta(const QByteArray &body) { return postMeta(body, signatures::metaSignature(appSecret, body)); }

    int eventCount() const { return int(m_store->webhookEvents(QString(), 100000).size()); }
    int messageCount() const
    {
        int n = 0;
        for (const auto &c : m_store->conversations({}))
            n += int(m_store->messages(c.id, 0, 10000).size());
        return n;
    }
    static QJsonObject json(const RawResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("gateway-%1.sqlite").arg(++m_n))));
        m_server = std::make_unique<WebhookServer>(*m_store);
        WebhookSettings settings;
        settings.port = 0;
        settings.metaAppSecret = appSecret;
        settings.metaVerifyToken = "meatyhamhock";
        settings.twilioAuthToken = twilioToken;
        settings.publicUrl = QStringLiteral("https://inbox.example.com/");
        settings.sendgridToken = "sg-secret";
        settings.manychatSecret = "mc-secret";
        m_server->setSettings(settings);
        QString error;
        QVERIFY2(m_server->listen(&error), qPrintable(error));
        QVERIFY(port() != 0);
    }
    void cleanup()
    {
        m_server.reset();
        m_store.reset();
    }

    void bindsLoopbackByDefault() { QCOMPARE(WebhookSettings().address, QHostAddress(QHostAddress::LocalHost)); }

    void verificationHandshake()
    {
        // The documented example (API_CONTRACTS.md §1.1).
        const RawResponse ok = sendRaw(
            port(),
            httpRequest("GET",
                        "/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        QVERIFY(ok.headers.value("content-type").startsWith("text/plain"));
        const RawResponse wrong = sendRaw(
            port(),
            httpRequest("GET", "/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=nope"));
        QCOMPARE(wrong.status, 403);
        QVERIFY(!wrong.body.contains("1158201444"));
        QCOMPARE(sendRaw(port(), httpRequest("GET", "/webhooks/meta?hub.challenge=1")).status, 403);
    }

    void metaTextFixturesBecomeConversations()
    {
        for (const char *name : {"messenger_text.json", "instagram_text.json", "whatsapp_cloud_text.json"}) {
            const RawResponse r = postMeta(fixture(QLatin1String(name)));
            QCOMPARE(r.status, 200);
            QCOMPARE(json(r).value(QLatin1String("ok")).toBool(), true);
        }
        QCOMPARE(eventCount(), 3);
        QCOMPARE(m_store->webhookStats().applied, 3);
        const auto conversations = m_store->conversations({});
        QCOMPARE(conversations.size(), 3);
        QSet<models::ChannelKind> channels;
        for (const auto &c : conversations)
            channels.insert(c.channel);
        QVERIFY(channels.contains(models::ChannelKind::Messenger));
        QVERIFY(channels.contains(models::ChannelKind::Instagram));
        QVERIFY(channels.contains(models::ChannelKind::WhatsApp));
        QCOMPARE(messageCount(), 3);
    }

    void everyMetaFixtureIsAccepted()
    {
        const QJsonObject signatures = QJsonDocument::fromJson(fixture(QStringLiteral("meta_signature_vectors.json")))
                                           .object()
                                           .value(QLatin1String("fixture_signatures_self_computed"))
                                           .toObject()
                                           .value(QLatin1String("signatures"))
                                           .toObject();
        for (auto it = signatures.begin(); it != signatures.end(); ++it) {
            // The vector's own signature, not one computed here: the bytes on the wire are the fixture's.
            const RawResponse r = postMeta(fixture(it.key()), it.value().toString().toUtf8());
            QVERIFY2(r.status == 200, qPrintable(it.key() + QLatin1String(": ") + QString::fromUtf8(r.body)));
        }
        QCOMPARE(m_store->webhookStats().failed, 0);
    }

    void badSignaturesAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("body");
        const QByteArray body = fixture(QStringLiteral("messenger_text.json"));
        QByteArray tampered = body;
        tampered.replace("hello", "HELLO");
        QTest::newRow("tampered body") << signatures::metaSignature(appSecret, body) << tampered;
        QTest::newRow("wrong secret") << signatures::metaSignature("other", body) << body;
        QTest::newRow("missing header") << QByteArray() << body;
        QTest::newRow("malformed header") << QByteArray("sha256=xyz") << body;
        QTest::newRow("sha1 only") << QByteArray("sha1=0123456789012345678901234567890123456789") << body;
    }

    void badSignaturesAreRefusedAndNothingIsStored()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, body);
        QSignalSpy rejected(m_server.get(), &WebhookServer::requestRejected);
        const RawResponse r = postMeta(body, signature);
        QCOMPARE(r.status, 401);
        QVERIFY(!json(r).value(QLatin1String("error")).toString().isEmpty());
        QVERIFY(!r.body.contains(appSecret));
        QCOMPARE(eventCount(), 0);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m_server->counters().rejected, 1);
    }

    void malformedJsonIs400()
    {
        const QByteArray body = "{\"object\":\"page\",\"entry\":[";
        const RawResponse r = postMeta(body);
        QCOMPARE(r.status, 400);
        QVERIFY(json(r).value(QLatin1String("error")).toString().contains(QLatin1String("JSON")));
        QCOMPARE(eventCount(), 0);
    }

    void unknownRoutesAre404()
    {
        const RawResponse r = sendRaw(port(), httpRequest("POST", "/webhooks/nope", "{}"));
        QCOMPARE(r.status, 404);
        QVERIFY(json(r).contains(QLatin1String("error")));
        QCOMPARE(sendRaw(port(), httpRequest("GET", "/")).status, 404);
        QCOMPARE(sendRaw(port(), httpRequest("DELETE", "/webhooks/meta")).status, 404);
    }

    void oversizedBodyIs413BeforeItArrives()
    {
        // Only the head is sent: the gateway must answer from Content-Length, without waiting for
        // (or buffering) two megabytes.
        const QByteArray head = "POST /webhooks/meta HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "X-Hub-Signature-256: sha256=00\r\nContent-Length: 2097152\r\n\r\n{\"object\":";
        const RawResponse r = sendRaw(port(), head, 3000);
        QCOMPARE(r.status, 413);
        QCOMPARE(eventCount(), 0);
        // A body that really is too large, sent whole, never reaches a handler either.
        QByteArray huge = "{\"object\":\"page\",\"entry\":[],\"pad\":\"" + QByteArray(1100 * 1024, 'a') + "\"}";
        const RawResponse big = postMeta(huge);
        QVERIFY(big.status == 413 || big.status == 0);
        QCOMPARE(eventCount(), 0);
        // And the server still serves.
        QCOMPARE(postMeta(fixture(QStringLiteral("messenger_text.json"))).status, 200);
    }

    void duplicatesAreAcknowledgedAndIgnored()
    {
        const QByteArray body = fixture(QStringLiteral("whatsapp_cloud_text.json"));
        QCOMPARE(postMeta(body).status, 200);
        const RawResponse again = postMeta(body);
        QCOMPARE(again.status, 200);
        QCOMPARE(json(again).value(QLatin1String("duplicate")).toBool(), true);
        // Meta redelivers the same message with other bytes (whitespace): still the same message.
        const RawResponse respaced = postMeta(body.simplified());
        QCOMPARE(respaced.status, 200);
        QCOMPARE(json(respaced).value(QLatin1String("duplicate")).toBool(), true);
        QCOMPARE(eventCount(), 1);
        QCOMPARE(messageCount(), 1);
        QCOMPARE(m_server->counters().duplicates, 2);
        // A new status of the same message is not a duplicate.
        QCOMPARE(json(postMeta(fixture(QStringLiteral("whatsapp_cloud_status_delivered.json"))))
                     .value(QLatin1String("duplicate"))
                     .toBool(),
                 false);
    }

    void rateLimitPerAddress()
    {
        WebhookSettings settings = m_server->settings();
        settings.requestsPerSecond = 1;
        settings.burst = 2;
        m_server->setSettings(settings);
        const QByteArray body = "{\"object\":\"page\",\"entry\":[]}";
        QCOMPARE(postMeta(body).status, 200);
        QCOMPARE(postMeta(body).status, 200);
        const RawResponse limited = postMeta(body);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.value("retry-after").toInt() >= 1);
    }

    void twilioRoutes()
    {
        // Fixture signatures were computed for https://inbox.example.com/webhooks/twilio?channel=wa.
        const QJsonObject signatures = QJsonDocument::fromJson(fixture(QStringLiteral("twilio_signature_vectors.json")))
                                           .object()
                                           .value(QLatin1String("E_fixture_signatures_self_computed"))
                                           .toObject()
                                           .value(QLatin1String("signatures"))
                                           .toObject();
        auto post = [&](const QByteArray &path, const QString &name, const QByteArray &signature) {
            return sendRaw(port(),
                           httpRequest("POST", path, fixture(name).trimmed(),
                                       {{"Content-Type", "application/x-www-form-urlencoded"},
                                        {"X-Twilio-Signature", signature}}));
        };
        const QString inbound = QStringLiteral("twilio_whatsapp_inbound.form");
        const QByteArray inboundSignature = signatures.value(inbound).toString().toUtf8();
        QCOMPARE(post("/webhooks/twilio?channel=wa", inbound, inboundSignature).status, 200);
        // The same signature for another URL is refused: Twilio signed the URL it called.
        QCOMPARE(post("/webhooks/twilio?channel=other", inbound, inboundSignature).status, 401);
        QCOMPARE(post("/webhooks/twilio?channel=wa", inbound, "").status, 401);
        QCOMPARE(m_store->conversations({}).size(), 1);
        QVERIFY(m_store->conversations({}).front().channel == models::ChannelKind::TwilioWhatsApp);

        // Status callbacks are signed over their own route's URL.
        const QString status = QStringLiteral("twilio_status_callback_failed.form");
        const auto fields = signatures::parseForm(fixture(status).trimmed());
        const QByteArray statusSignature = signatures::twilioSignature(
            twilioToken, QStringLiteral("https://inbox.example.com/webhooks/twilio/status"), *fields);
        QCOMPARE(post("/webhooks/twilio/status", status, statusSignature).status, 200);
        QCOMPARE(
            json(post("/webhooks/twilio/status", status, statusSignature)).value(QLatin1String("duplicate")).toBool(),
            true);

        const RawResponse notForm = sendRaw(
            port(), httpRequest("POST", "/webhooks/twilio", "a=%ZZ", {{"X-Twilio-Signature", inboundSignature}}));
        QCOMPARE(notForm.status, 400);
    }

    void sendGridRoute()
    {
        const QByteArray body = fixture(QStringLiteral("sendgrid_inbound.multipart"));
        const QList<std::pair<QByteArray, QByteArray>> type{{"Content-Type", "multipart/form-data; boundary=xYzZY"}};
        QCOMPARE(sendRaw(port(), httpRequest("POST", "/webhooks/sendgrid", body, type)).status, 401);
        QCOMPARE(sendRaw(port(), httpRequest("POST", "/webhooks/sendgrid?token=wrong", body, type)).status, 401);
        QCOMPARE(sendRaw(port(), httpRequest("POST", "/webhooks/sendgrid?token=sg-secret", body, type)).status, 200);
        auto basic = type;
        basic.append({"Authorization", "Basic " + QByteArray("inbound:sg-secret").toBase64()});
        const RawResponse again = sendRaw(port(), httpRequest("POST", "/webhooks/sendgrid", body, basic));
        QCOMPARE(again.status, 200);
        QCOMPARE(json(again).value(QLatin1String("duplicate")).toBool(), true);
        QCOMPARE(sendRaw(port(), httpRequest("POST", "/webhooks/sendgrid?token=sg-secret", "garbage", type)).status,
                 400);
        const auto conversations = m_store->conversations({});
        QCOMPARE(conversations.size(), 1);
        QVERIFY(conversations.front().channel == models::ChannelKind::Email);
    }

    void manyChatRoute()
    {
        const QByteArray body = fixture(QStringLiteral("manychat_external_request.json"));
        QCOMPARE(sendRaw(port(), httpRequest("POST", "/webhooks/manychat", body)).status, 401);
        QCOMPARE(sendRaw(port(), httpRequest("POST", "/webhooks/manychat", body, {{"X-Wasel-Token", "nope"}})).status,
                 401);
        QCOMPARE(
            sendRaw(port(), httpRequest("POST", "/webhooks/manychat", body, {{"X-Wasel-Token", "mc-secret"}})).status,
            200);
        QCOMPARE(
            sendRaw(port(), httpRequest("POST", "/webhooks/manychat", "[]", {{"X-Wasel-Token", "mc-secret"}})).status,
            400);
        QCOMPARE(messageCount(), 1);
    }

    void unconfiguredProviderIsRefused()
    {
        WebhookSettings settings = m_server->settings();
        settings.metaAppSecret.clear();
        m_server->setSettings(settings);
        const QByteArray body = fixture(QStringLiteral("messenger_text.json"));
        const RawResponse r = postMeta(body, signatures::metaSignature("", body));
        QCOMPARE(r.status, 401);
        QVERIFY(json(r).value(QLatin1String("error")).toString().contains(QLatin1String("no Meta app secret")));
    }

    void healthReportsCounts()
    {
        QCOMPARE(postMeta(fixture(QStringLiteral("messenger_text.json"))).status, 200);
        QCOMPARE(postMeta("{}", "sha256=00").status, 401);
        const RawResponse r = sendRaw(port(), httpRequest("GET", "/health"));
        QCOMPARE(r.status, 200);
        const QJsonObject health = json(r);
        QCOMPARE(health.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(health.contains(QLatin1String("uptime_seconds")));
        const QJsonObject events = health.value(QLatin1String("events")).toObject();
        QCOMPARE(events.value(QLatin1String("received")).toInt(), 1);
        QCOMPARE(events.value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(events.value(QLatin1String("applied")).toInt(), 1);
        QCOMPARE(events.value(QLatin1String("pending")).toInt(), 0);
        QCOMPARE(events.value(QLatin1String("failed")).toInt(), 0);
        QVERIFY(
            !health.value(QLatin1String("last_event_at")).toObject().value(QLatin1String("meta")).toString().isEmpty());
    }

    void parseFailureIsKeptAndReplayable()
    {
        // An SMS through Twilio is not a Wasel channel: stored, acknowledged, marked failed with
        // its reason, and still there for `wasel replay --failed`.
        const QByteArray body = fixture(QStringLiteral("twilio_sms_inbound.form")).trimmed();
        const auto fields = signatures::parseForm(body);
        const QByteArray signature = signatures::twilioSignature(
            twilioToken, QStringLiteral("https://inbox.example.com/webhooks/twilio"), *fields);
        QCOMPARE(
            sendRaw(port(), httpRequest("POST", "/webhooks/twilio", body, {{"X-Twilio-Signature", signature}})).status,
            200);
        const auto failed = m_store->webhookEvents(QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.front().error.contains(QLatin1String("SMS")));
        QCOMPARE(failed.front().body, body); // the raw bytes, exactly
        const auto headers = QJsonDocument::fromJson(failed.front().headers).object();
        QCOMPARE(headers.value(QLatin1String("x-twilio-signature")).toString().toUtf8(), signature);

        const ReplaySummary replay = ingestStoredEvents(*m_store, {QStringLiteral("failed")});
        QCOMPARE(replay.failed, 1);
        QCOMPARE(replay.applied, 0);
        QCOMPARE(m_store->webhookEvents(QStringLiteral("failed")).size(), 1);
    }

    void pendingEventsAreAppliedOnReplay()
    {
        // What a crash between the commit and the apply leaves behind.
        models::WebhookEvent event;
        event.provider = QStringLiteral("meta");
        event.dedupeKey = QStringLiteral("meta:test-pending");
        event.body = fixture(QStringLiteral("instagram_text.json"));
        QVERIFY(m_store->recordWebhookEvent(event).ok);
        QCOMPARE(m_store->webhookStats().pending, 1);
        const ReplaySummary replay = ingestStoredEvents(*m_store, {QStringLiteral("pending")});
        QCOMPARE(replay.applied, 1);
        QCOMPARE(replay.changes.size(), 1);
        QCOMPARE(m_store->webhookStats().pending, 0);
        QCOMPARE(messageCount(), 1);
    }

    void garbageNeverCrashes()
    {
        const QList<QByteArray> requests{
            "\r\n\r\n",
            "GET\r\n\r\n",
            "POST /webhooks/meta HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /webhooks/meta HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
            QByteArray(20000, 'A'),
            "POST /webhooks/meta HTTP/1.1\r\nX: " + QByteArray(20000, 'b') + "\r\n\r\n",
        };
        for (const QByteArray &request : requests)
            sendRaw(port(), request, 1500);
        QCOMPARE(postMeta(fixture(QStringLiteral("messenger_text.json"))).status, 200);
        QCOMPARE(eventCount(), 1);
    }

    void aGroupWithAnEventThatCannotBeAppliedKeepsTheOthers()
    {
        auto recorded = [this](const QString &key, const QByteArray &body) {
            models::WebhookEvent e;
            e.provider = QStringLiteral("meta");
            e.dedupeKey = key;
            e.body = body;
            e.id = m_store->recordWebhookEvent(e).id;
            return e;
        };
        auto text = [](const char *mid) {
            return QByteArray("{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{\"sender\":"
                              "{\"id\":\"S\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\"")
                + mid + "\",\"text\":\"hi\"}}]}]}";
        };
        // Parses, but a read receipt without a watermark cannot be applied.
        const QByteArray unappliable =
            "{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{"
            "\"sender\":{\"id\":\"S\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"read\":{}}]}]}";
        const QList<models::WebhookEvent> group{recorded(QStringLiteral("g1"), text("m.g1")),
                                                recorded(QStringLiteral("g2"), unappliable),
                                                recorded(QStringLiteral("g3"), text("m.g3"))};
        QSignalSpy inserted(m_store.get(), &models::Store::messageInserted);
        const ReplaySummary summary = ingestRecordedEvents(*m_store, group);
        QCOMPARE(summary.applied, 2);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.changes.size(), 2);
        QCOMPARE(messageCount(), 2);
        QCOMPARE(inserted.size(), 2); // nothing announced by the first, rolled-back attempt
        const auto failed = m_store->webhookEvents(QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().dedupeKey, QStringLiteral("g2"));
        QVERIFY2(failed.front().error.contains(QLatin1String("watermark")), qPrintable(failed.front().error));
        QCOMPARE(m_store->webhookStats().applied, 2);
    }

    void localApiNeedsItsTokenAndQueuesReplies()
    {
        auto api = [this](const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                          const QByteArray &token = "api-token") {
            QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
            if (!token.isEmpty())
                headers.append({"Authorization", "Bearer " + token});
            return sendRaw(port(), httpRequest(method, target, body, headers));
        };
        // No token configured: the API is off.
        QCOMPARE(api("GET", "/api/conversations").status, 401);
        QVERIFY(json(api("GET", "/api/conversations"))
                    .value(QLatin1String("error"))
                    .toString()
                    .contains(QLatin1String("WASEL_API_TOKEN")));
        WebhookSettings settings = m_server->settings();
        settings.apiToken = "api-token";
        m_server->setSettings(settings);
        QCOMPARE(api("GET", "/api/conversations", {}, QByteArray()).status, 401);
        QCOMPARE(api("GET", "/api/conversations", {}, "api-tokem").status, 401);

        QCOMPARE(postMeta(fixture(QStringLiteral("messenger_text.json"))).status, 200);
        QTRY_COMPARE(messageCount(), 1);
        const RawResponse list = api("GET", "/api/conversations?status=open&channel=messenger");
        QCOMPARE(list.status, 200);
        const QJsonArray conversations = QJsonDocument::fromJson(list.body).array();
        QCOMPARE(conversations.size(), 1);
        const QJsonObject conversation = conversations.first().toObject();
        QCOMPARE(conversation.value(QLatin1String("channel")).toString(), QStringLiteral("messenger"));
        const QByteArray id = QByteArray::number(conversation.value(QLatin1String("id")).toInteger());
        QCOMPARE(QJsonDocument::fromJson(api("GET", "/api/conversations?channel=instagram").body).array().size(), 0);
        QCOMPARE(api("GET", "/api/conversations?status=closed").status, 400);
        QCOMPARE(api("GET", "/api/conversations?channel=fax").status, 400);

        const RawResponse sent = api("POST", "/api/conversations/" + id + "/messages", "{\"text\":\"نعم، متوفر\"}");
        QCOMPARE(sent.status, 201);
        QCOMPARE(json(sent).value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(m_store->outbox().size(), 1);
        const QJsonArray messages =
            QJsonDocument::fromJson(api("GET", "/api/conversations/" + id + "/messages").body).array();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().toObject().value(QLatin1String("text")).toString(), QStringLiteral("نعم، متوفر"));
        QCOMPARE(messages.last().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("out"));
        QVERIFY(messages.last().toObject().contains(QLatin1String("ai_draft")));
        QVERIFY(messages.last().toObject().value(QLatin1String("ai_draft")).isNull()); // written by a person

        QCOMPARE(api("POST", "/api/conversations/" + id + "/messages", "{\"text\":\"  \"}").status, 400);
        QCOMPARE(api("POST", "/api/conversations/" + id + "/messages", "not json").status, 400);
        QCOMPARE(api("POST", "/api/conversations/987654/messages", "{\"text\":\"hi\"}").status, 404);
        QCOMPARE(api("GET", "/api/conversations/987654/messages").status, 404);
        QCOMPARE(m_store->outbox().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookServer)
#include "tst_webhookserver.moc"
