// The desktop app's gateway takes its secrets from the keychain: run inside a private D-Bus session
// with gnome-keyring (with-keyring.sh) a signed Meta webhook is accepted with the secret stored
// there; with no keychain at all (without-keyring.sh) the app says so and refuses every provider.

#include "AppContext.h"
#include "AssistantSetup.h"
#include "ChannelSetup.h"
#include "SecretStore.h"
#include "common/Signatures.h"
#include "store/Store.h"

#include "FakeHttpServer.h"
#include "RawHttpClient.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel;

static const QByteArray body =
    "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_9\",\"time\":1,\"messaging\":[{\"sender\":"
    "{\"id\":\"PSID_9\"},\"recipient\":{\"id\":\"PAGE_9\"},\"timestamp\":1,\"message\":"
    "{\"mid\":\"m.desk\",\"text\":\"hello from the keychain test\"}}]}]}";

class TestDesktopGateway : public QObject
{
    Q_OBJECT

    static int post(quint16 port, const QByteArray &secret, const QByteArray &body = ::body)
    {
        return tests::sendRaw(
                   port,
                   tests::httpRequest("POST", "/webhooks/meta", body,
                                      {{"Content-Type", "application/json"},
                                       {"X-Hub-Signature-256", channels::signatures::metaSignature(secret, body)}}))
            .status;
    }

    // A desktop workspace in `dir` whose keychain holds Meta's app secret "desk-secret", with its
    // gateway running; the gateway's port, 0 when something failed (the failure is reported).
    static quint16 startWithMetaSecret(const QTemporaryDir &dir, app::AppContext &context)
    {
        QString error;
        if (!context.start({dir.path(), false, QString(), QStringLiteral("Noor")}, &error)) {
            qWarning().noquote() << error;
            return 0;
        }
        app::SecretStore secrets;
        std::optional<QString> written;
        secrets.write(QLatin1String(app::secret::MetaAppSecret), QStringLiteral("desk-secret"),
                      [&written](const QString &e) { written = e; });
        QSignalSpy started(&context, &app::AppContext::gatewayStarted);
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 20000) || !written->isEmpty())
            return 0;
        context.startGateway(QStringLiteral("127.0.0.1"), 0);
        if (!QTest::qWaitFor([&] { return !started.isEmpty(); }, 20000))
            return 0;
        return started.first().at(0).value<quint16>();
    }

private Q_SLOTS:
    void secretsComeFromTheKeychain()
    {
        QTemporaryDir dir;
        app::AppContext context;
        QString error;
        QVERIFY2(context.start({dir.path(), false, QString(), QStringLiteral("Noor")}, &error), qPrintable(error));
        QSignalSpy started(&context, &app::AppContext::gatewayStarted);
        QSignalSpy notices(&context, &app::AppContext::notice);
#ifdef WASEL_KEYCHAIN_ABSENT
        context.startGateway(QStringLiteral("127.0.0.1"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        const quint16 port = started.first().at(0).value<quint16>();
        QVERIFY(port > 0); // /health and the routes are there; every provider is refused
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().at(0).toString().contains(QLatin1String("keychain")),
                 qPrintable(notices.first().at(0).toString()));
        QCOMPARE(post(port, "anything"), 401);
        QCOMPARE(context.store()->conversationCount({}), 0);
#else
        app::SecretStore secrets;
        QString writeError = QStringLiteral("pending");
        secrets.write(QLatin1String(app::secret::MetaAppSecret), QStringLiteral("desk-secret"),
                      [&writeError](const QString &e) { writeError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(writeError != QLatin1String("pending"), 20000);
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));

        context.startGateway(QStringLiteral("127.0.0.1"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        const quint16 port = started.first().at(0).value<quint16>();
        QVERIFY(port > 0);
        QCOMPARE(context.gatewayPort(), port);
        QCOMPARE(notices.size(), 0);
        QCOMPARE(post(port, "some-other-secret"), 401);
        QCOMPARE(post(port, "desk-secret"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(context.store()->conversationCount({}), 1, 20000);

        // The channels page makes Meta's verify token; the running server takes it at once.
        QString verifyToken;
        context.channelSetup()->verifyToken(
            [&verifyToken](const QString &token, const QString &) { verifyToken = token; });
        QTRY_VERIFY_WITH_TIMEOUT(!verifyToken.isEmpty(), 20000);
        const QByteArray handshake = "/webhooks/meta?hub.mode=subscribe&hub.challenge=77&hub.verify_token=";
        QTRY_COMPARE_WITH_TIMEOUT(
            tests::sendRaw(port, tests::httpRequest("GET", handshake + verifyToken.toUtf8())).status, 200, 20000);
        QCOMPARE(tests::sendRaw(port, tests::httpRequest("GET", handshake + "guess")).status, 403);
#endif
    }

#ifndef WASEL_KEYCHAIN_ABSENT
    void repliesGoOutThroughTheAccountsOfTheChannelsPage()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        // First the assistant's answer to the customer, then the staff reply (in order, per conversation).
        graph.script.push_back(tests::ScriptedResponse::json(200, "{\"messages\":[{\"id\":\"wamid.AI\"}]}"));
        graph.script.push_back(tests::ScriptedResponse::json(200, "{\"messages\":[{\"id\":\"wamid.OUT\"}]}"));
        QTemporaryDir dir;
        app::AppContext context;
        const quint16 port = startWithMetaSecret(dir, context);
        QVERIFY(port > 0);

        // The merchant connects the number on the channels page.
        app::ChannelDraft draft;
        draft.kind = models::ChannelKind::WhatsApp;
        draft.name = QStringLiteral("Shop WhatsApp");
        draft.ids = {{QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")},
                     { QStringLiteral("waba_id"),
                       QStringLiteral("2211") }};
        draft.apiBase = graph.url().toString();
        draft.token = QStringLiteral("wa-desk-token");
        QString saveError = QStringLiteral("pending");
        context.channelSetup()->save(draft, [&saveError](qint64, const QString &e) { saveError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saveError != QLatin1String("pending"), 20000);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));

        // A customer writes; staff answer; the answer reaches WhatsApp with the keychain's token.
        QFile fixture(QStringLiteral(WASEL_SPEC_DIR "/fixtures/whatsapp_cloud_text.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        // Written just now: WhatsApp's 24-hour window is open.
        QString message = QString::fromUtf8(fixture.readAll());
        message.replace(QRegularExpression(QStringLiteral("\"timestamp\":\\s*\"\\d+\"")),
                        QStringLiteral("\"timestamp\": \"%1\"").arg(QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(post(port, "desk-secret", message.toUtf8()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(context.store()->conversationCount({}), 1, 20000);
        const qint64 conversation = context.store()->conversations({}).first().id;
        const qint64 reply =
            context.store()->enqueueOutbound(conversation, QStringLiteral("أهلاً، نعم متوفر"), models::SenderKind::Agent,
                                             QStringLiteral("Noor"), QStringLiteral("client-1"));
        QVERIFY(reply > 0);
        QTRY_COMPARE_WITH_TIMEOUT(graph.requests.size(), 2, 20000);
        const auto &staff = graph.requests.last();
        QCOMPARE(staff.path(), QByteArray("/v21.0/106540352242922/messages"));
        QCOMPARE(staff.header("Authorization"), QByteArray("Bearer wa-desk-token"));
        QVERIFY2(staff.body.contains("\"biz_opaque_callback_data\":\"client-1\""), staff.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(context.store()->message(reply)->status == models::MessageStatus::Sent, 20000);
        QCOMPARE(context.store()->message(reply)->externalId, QStringLiteral("wamid.OUT"));
    }

    // The channels page's "AI in new conversations": a WhatsApp number set to "off" starts its new
    // conversations with the AI off (the channels file's ai_mode, for the desktop app).
    void theChannelsPageSetsTheAiModeOfNewConversations()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        QTemporaryDir dir;
        app::AppContext context;
        const quint16 port = startWithMetaSecret(dir, context);
        QVERIFY(port > 0);
        app::ChannelDraft draft;
        draft.kind = models::ChannelKind::WhatsApp;
        draft.name = QStringLiteral("Shop WhatsApp");
        draft.ids = {{QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")},
                     {QStringLiteral("waba_id"), QStringLiteral("2211")},
                     { QStringLiteral("ai_mode"),
                       QStringLiteral("off") }};
        draft.apiBase = graph.url().toString();
        draft.token = QStringLiteral("wa-desk-token");
        QString saveError = QStringLiteral("pending");
        context.channelSetup()->save(draft, [&saveError](qint64, const QString &e) { saveError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saveError != QLatin1String("pending"), 20000);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
        QTRY_VERIFY_WITH_TIMEOUT(context.accountAiMode(models::ChannelKind::WhatsApp, QStringLiteral("106540352242922"))
                                     == models::AiMode::Off,
                                 20000);
        QVERIFY(context.accountAiMode(models::ChannelKind::WhatsApp, QStringLiteral("other")) == models::AiMode::Auto);

        QFile fixture(QStringLiteral(WASEL_SPEC_DIR "/fixtures/whatsapp_cloud_text.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QCOMPARE(post(port, "desk-secret", fixture.readAll()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(context.store()->conversationCount({}), 1, 20000);
        const auto conversation = context.store()->conversations({}).first();
        QVERIFY(conversation.aiMode == models::AiMode::Off);

        // Back to the default (the page's first choice stores nothing): new conversations are auto again.
        const auto saved = context.channelSetup()->accounts().first();
        app::ChannelDraft edited = saved.draft;
        edited.ids.insert(QStringLiteral("ai_mode"), QString());
        saveError = QStringLiteral("pending");
        context.channelSetup()->save(edited, [&saveError](qint64, const QString &e) { saveError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saveError != QLatin1String("pending"), 20000);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
        QTRY_VERIFY_WITH_TIMEOUT(context.accountAiMode(models::ChannelKind::WhatsApp, QStringLiteral("106540352242922"))
                                     == models::AiMode::Auto,
                                 20000);
    }

    void theAssistantPageEndpointAnswersWithTheKeychainKey()
    {
        tests::FakeHttpServer ai;
        QVERIFY(ai.listen());
        ai.script.push_back(tests::ScriptedResponse::json(
            200,
            R"({"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant",)"
            R"("content":"ready"},"finish_reason":"stop"}]})"));
        QTemporaryDir dir;
        app::AppContext context;
        const quint16 port = startWithMetaSecret(dir, context);
        QVERIFY(port > 0);

        // Saved on the assistant page while the gateway runs: the key to the keychain, the rest to the
        // workspace settings, and the running assistant takes both.
        app::AssistantDraft draft;
        draft.settings.baseUrl = ai.url();
        draft.settings.model = QStringLiteral("shop-model");
        draft.settings.apiKey = QStringLiteral("ai-desk-key");
        draft.settings.businessDescription = QStringLiteral("Abaya shop in Basra, delivery across Iraq");
        QString saveError = QStringLiteral("pending");
        context.assistantSetup()->save(draft, [&saveError](const QString &e) { saveError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saveError != QLatin1String("pending"), 20000);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));

        // Test on the page: one short completion with the stored key.
        std::optional<std::pair<bool, QString>> tested;
        context.assistantSetup()->test([&tested](bool ok, const QString &summary) { tested = {ok, summary}; });
        QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), 20000);
        QVERIFY2(tested->first, qPrintable(tested->second));
        QCOMPARE(ai.requests.first().path(), QByteArray("/v1/chat/completions"));
        QCOMPARE(ai.requests.first().header("authorization"), QByteArray("Bearer ai-desk-key"));
        QVERIFY(ai.requests.first().body.contains("\"model\":\"shop-model\""));

        // A customer writes (just now: older messages get no AI answer): the assistant asks the same
        // endpoint, with the shop's description.
        QByteArray now = ::body;
        now.replace("\"timestamp\":1", "\"timestamp\":" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(post(port, "desk-secret", now), 200);
        QTRY_COMPARE_WITH_TIMEOUT(ai.requests.size(), 2, 20000);
        QCOMPARE(ai.requests.at(1).header("authorization"), QByteArray("Bearer ai-desk-key"));
        QVERIFY(ai.requests.at(1).body.contains("Abaya shop in Basra"));

        // The key is in none of the workspace's files.
        for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files)) {
            QFile f(file.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("ai-desk-key"), qPrintable(file.fileName()));
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestDesktopGateway)
#include "tst_desktopgateway.moc"
