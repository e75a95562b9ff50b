// `wasel --headless` as a process: it prints where it listens, takes its secrets from the
// environment and never prints them, stops cleanly on SIGTERM, and — killed with SIGKILL under
// load — has every event it answered 200 for in its store after a restart. Also `wasel replay`
// and `wasel export` over what the gateway stored.

#include "common/Signatures.h"
#include "store/Store.h"

#include "FakeHttpServer.h"
#include "RawHttpClient.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace wasel;
using namespace wasel::channels;
using tests::httpRequest;
using tests::sendRaw;

static const QByteArray appSecret = "headless-app-secret-9f2c";
static const QByteArray verifyToken = "headless-verify-token-51ab";

static const QByteArray apiToken = "local-api-token-5150";

static QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

// A Messenger text event with its own mid, as Meta would send it.
static QByteArray messengerEvent(int n)
{
    const QByteArray sender = QByteArray::number(7000000000000000LL + n % 97);
    return "{\"object\":\"page\",\"entry\":[{\"id\":\"106540352242922\",\"time\":1700000000000,\"messaging\":[{"
           "\"sender\":{\"id\":\""
        + sender
        + "\"},\"recipient\":{\"id\":\"106540352242922\"},\"timestamp\":1700000000000,"
          "\"message\":{\"mid\":\"m_load_"
        + QByteArray::number(n) + "\",\"text\":\"\\u0645\\u0631\\u062d\\u0628\\u0627 " + QByteArray::number(n)
        + "\"}}]}]}";
}

class Headless
{
public:
    explicit Headless(const QString &dataDir, const QStringList &extraArgs = {},
                      const QList<std::pair<QString, QString>> &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : extraEnv)
            env.insert(name, value);
        env.insert(QStringLiteral("WASEL_META_APP_SECRET"), QString::fromLatin1(appSecret));
        env.insert(QStringLiteral("WASEL_META_VERIFY_TOKEN"), QString::fromLatin1(verifyToken));
        env.insert(QStringLiteral("WASEL_RATE_LIMIT"), QStringLiteral("0"));
        env.insert(QStringLiteral("WASEL_AUTOMATION"), QStringLiteral("off"));
        env.insert(QStringLiteral("WASEL_API_TOKEN"), QString::fromLatin1(apiToken));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WASEL_BINARY),
                      QStringList{QStringLiteral("--headless"), QStringLiteral("--data-dir"), dataDir,
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                          + extraArgs);
    }
    ~Headless()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // Waits for "wasel: listening on http://127.0.0.1:PORT".
    quint16 waitForPort()
    {
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QByteArray out;
        for (int i = 0; i < 100 && process.state() != QProcess::NotRunning; ++i) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                stdoutSoFar = out;
                return quint16(m.captured(1).toUInt());
            }
        }
        qWarning() << "headless did not start:" << out << process.readAllStandardError();
        return 0;
    }

    QProcess process;
    QByteArray stdoutSoFar;
};

// One client of the load: sends events one after another, each on its own connection, until the
// server is gone. An event counts as acknowledged only when its 200 arrived.
class LoadWorker : public QObject
{
public:
    struct Shared {
        quint16 port = 0;
        QProcess *server = nullptr;
        int killAfter = 0; // SIGKILL once this many events were acknowledged
        int next = 0;
        int running = 0;
        QSet<QString> acknowledged;
    };

    explicit LoadWorker(Shared *shared)
        : m_shared(shared)
    {
        ++m_shared->running;
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            const QByteArray body = messengerEvent(m_current);
            m_socket.write(httpRequest("POST", "/webhooks/meta", body,
                                       {{"X-Hub-Signature-256", signatures::metaSignature(appSecret, body)}}));
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_received += m_socket.readAll();
            if (tests::responseComplete(m_received))
                QMetaObject::invokeMethod(this, &LoadWorker::finished, Qt::QueuedConnection);
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, &LoadWorker::finished, Qt::QueuedConnection);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                QMetaObject::invokeMethod(this, &LoadWorker::finished, Qt::QueuedConnection);
        });
        sendNext();
    }

private:
    void sendNext()
    {
        m_current = m_shared->next++;
        m_received.clear();
        m_done = false;
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_shared->port);
    }

    void finished()
    {
        if (m_done)
            return;
        m_done = true;
        m_received += m_socket.readAll();
        if (m_received.startsWith("HTTP/1.1 200"))
            m_shared->acknowledged.insert(QStringLiteral("m_load_%1").arg(m_current));
        m_socket.abort();
        if (m_shared->acknowledged.size() >= m_shared->killAfter && m_shared->server->state() == QProcess::Running)
            ::kill(m_shared->server->processId(), SIGKILL);
        if (m_shared->server->state() == QProcess::Running && m_shared->acknowledged.size() < m_shared->killAfter * 4)
            sendNext();
        else
            --m_shared->running;
    }

    Shared *m_shared;
    QTcpSocket m_socket;
    QByteArray m_received;
    int m_current = 0;
    bool m_done = false;
};

class TestHeadless : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newDataDir() { return m_dir.filePath(QStringLiteral("ws-%1").arg(++m_n)); }

    // A new workspace folder and, next to it, a channels file with `accounts` (JSON array items).
    std::pair<QString, QString> newDataDirWithChannels(const QByteArray &accounts)
    {
        const QString dataDir = newDataDir();
        QDir().mkpath(dataDir);
        const QString channelsFile = dataDir + QStringLiteral("-channels.json");
        QFile channels(channelsFile);
        if (!channels.open(QIODevice::WriteOnly) || channels.write("{\"channels\":[" + accounts + "]}") < 0)
            qFatal("cannot write the channels file");
        return {dataDir, channelsFile};
    }

    static int postMeta(quint16 port, const QByteArray &body)
    {
        return sendRaw(port,
                       httpRequest("POST", "/webhooks/meta", body,
                                   {{"X-Hub-Signature-256", signatures::metaSignature(appSecret, body)}}))
            .status;
    }

    static QSet<QString> storedMessageIds(const QString &dataDir)
    {
        models::Store store;
        if (!store.open(QDir(dataDir).filePath(QStringLiteral("wasel.sqlite"))))
            qFatal("cannot open the store");
        QSet<QString> ids;
        models::ConversationQuery all;
        all.limit = 100000;
        for (const auto &c : store.conversations(all))
            for (const auto &m : store.messages(c.id, 0, 100000))
                ids.insert(m.externalId);
        return ids;
    }

private Q_SLOTS:
    void servesAndStopsCleanlyWithoutPrintingSecrets()
    {
        const QString dataDir = newDataDir();
        Headless headless(dataDir);
        const quint16 port = headless.waitForPort();
        QVERIFY(port != 0);
        const auto handshake = sendRaw(
            port,
            httpRequest("GET", "/webhooks/meta?hub.mode=subscribe&hub.challenge=42&hub.verify_token=" + verifyToken));
        QCOMPARE(handshake.status, 200);
        QCOMPARE(handshake.body, QByteArray("42"));
        for (const char *name : {"messenger_text.json", "instagram_text.json", "whatsapp_cloud_text.json"})
            QCOMPARE(postMeta(port, fixture(QLatin1String(name))), 200);
        QCOMPARE(postMeta(port, "{\"object\":\"page\",\"entry\":[]}x"), 400);
        QCOMPARE(sendRaw(port, httpRequest("GET", "/health")).status, 200);

        ::kill(headless.process.processId(), SIGTERM);
        QVERIFY(headless.process.waitForFinished(10000));
        QCOMPARE(headless.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(headless.process.exitCode(), 0);
        const QByteArray output =
            headless.stdoutSoFar + headless.process.readAllStandardOutput() + headless.process.readAllStandardError();
        QVERIFY2(output.contains("stopped after 3 event(s)"), output.constData());
        QVERIFY(!output.contains(appSecret));
        QVERIFY(!output.contains(verifyToken));

        // What `wasel export` shows: the three customers' messages.
        QProcess exporter;
        exporter.start(QStringLiteral(WASEL_BINARY),
                       {QStringLiteral("export"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--format"),
                        QStringLiteral("jsonl")});
        QVERIFY(exporter.waitForFinished(10000));
        QCOMPARE(exporter.exitCode(), 0);
        const QList<QByteArray> lines = exporter.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QByteArray all = lines.join('\n');
        QVERIFY(all.contains("\"channel\":\"messenger\""));
        QVERIFY(all.contains("\"channel\":\"instagram\""));
        QVERIFY(all.contains("\"channel\":\"whatsapp\""));
        QVERIFY(all.contains("Does it come in another color?"));
    }

    void sendQueuesAReplyThroughTheLocalApi()
    {
        Headless headless(newDataDir());
        const quint16 port = headless.waitForPort();
        QVERIFY(port != 0);
        QCOMPARE(postMeta(port, fixture(QStringLiteral("messenger_text.json"))), 200);
        auto send = [port](const QByteArray &token, const QStringList &args) {
            QProcess send;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("WASEL_API_TOKEN"), QString::fromLatin1(token));
            send.setProcessEnvironment(env);
            send.start(QStringLiteral(WASEL_BINARY),
                       QStringList{QStringLiteral("send"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:%1").arg(port)}
                           + args);
            send.waitForFinished(15000);
            return std::make_pair(send.exitCode(), send.readAllStandardOutput() + send.readAllStandardError());
        };
        auto applied = [port] {
            const auto health = QJsonDocument::fromJson(sendRaw(port, httpRequest("GET", "/health")).body).object();
            return health.value(QLatin1String("events")).toObject().value(QLatin1String("applied")).toInt();
        };
        QTRY_COMPARE(applied(), 1);
        const auto sent =
            send(apiToken, {QStringLiteral("--conversation"), QStringLiteral("1"), QStringLiteral("شكراً، وصل طلبك")});
        QVERIFY2(sent.first == 0, sent.second.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("^message \\d+ queued\n$"))
                     .match(QString::fromUtf8(sent.second))
                     .hasMatch(),
                 sent.second.constData());
        const auto wrongToken =
            send("not-the-token", {QStringLiteral("--conversation"), QStringLiteral("1"), QStringLiteral("hi")});
        QCOMPARE(wrongToken.first, 1);
        QVERIFY2(wrongToken.second.contains("401"), wrongToken.second.constData());
        const auto noSuchConversation =
            send(apiToken, {QStringLiteral("--conversation"), QStringLiteral("99"), QStringLiteral("hi")});
        QCOMPARE(noSuchConversation.first, 1);
        QVERIFY2(noSuchConversation.second.contains("no conversation 99"), noSuchConversation.second.constData());
    }

    // A new Messenger customer's profile is asked for with the page's token from the channels file,
    // and the picture lands in the workspace.
    void newMessengerCustomerGetsAProfile()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        QImage red(8, 8, QImage::Format_RGB32);
        red.fill(Qt::red);
        QByteArray picture;
        QBuffer buffer(&picture);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        graph.script = {tests::ScriptedResponse::json(200, "{\"data\":[]}"), // the start-up backfill: no history
                        tests::ScriptedResponse::json(200,
                                                      "{\"first_name\":\"Layla\",\"last_name\":\"Hassan\","
                                                      "\"profile_pic\":\""
                                                          + graph.url().toString().toUtf8() + "/pic.png\"}"),
                        {200, picture, {{"Content-Type", "image/png"}}, false}};
        const auto [dataDir, channelsFile] =
            newDataDirWithChannels("{\"kind\":\"messenger\",\"page_id\":\"106540352242922\","
                                   "\"token_env\":\"WASEL_TEST_PAGE_TOKEN\",\"api_base\":\""
                                   + graph.url().toString().toUtf8() + "\"}");
        Headless headless(dataDir, {QStringLiteral("--channels"), channelsFile},
                          {{QStringLiteral("WASEL_TEST_PAGE_TOKEN"), QStringLiteral("EAAPAGE-headless")}});
        const quint16 port = headless.waitForPort();
        QVERIFY(port != 0);
        // A workspace never backfilled fetches the page's recent history first.
        QTRY_COMPARE_WITH_TIMEOUT(graph.requests.size(), 1, 10000);
        QCOMPARE(graph.requests.at(0).target,
                 QByteArray("/v21.0/106540352242922/conversations?platform=messenger&fields=participants,updated_time"
                            "&limit=25"));
        QCOMPARE(graph.requests.at(0).header("authorization"), QByteArray("Bearer EAAPAGE-headless"));
        QCOMPARE(postMeta(port, fixture(QStringLiteral("messenger_text.json"))), 200);
        QTRY_COMPARE_WITH_TIMEOUT(graph.requests.size(), 3, 10000);
        QCOMPARE(graph.requests.at(1).target,
                 QByteArray("/v21.0/6932115460217651?fields=first_name,last_name,profile_pic"));
        QCOMPARE(graph.requests.at(1).header("authorization"), QByteArray("Bearer EAAPAGE-headless"));
        QCOMPARE(graph.requests.at(2).target, QByteArray("/pic.png"));
        const QDir avatars(dataDir + QStringLiteral("/avatars"));
        QTRY_COMPARE(avatars.entryList(QDir::Files).size(), 1);
    }

    void sigkillMidSendNeitherLosesNorDuplicates()
    {
        // Twilio as a loopback fake: the first send is accepted but never answered.
        tests::FakeHttpServer twilio;
        QVERIFY(twilio.listen());
        twilio.script.push_back(tests::ScriptedResponse::silence());
        const auto [dataDir, channelsFile] =
            newDataDirWithChannels("{\"kind\":\"twilio_whatsapp\",\"account_sid\":\"AC0123\","
                                   "\"from\":\"whatsapp:+14155238886\",\"token_env\":\"WASEL_TWILIO_AUTH_TOKEN\","
                                   "\"api_base\":\""
                                   + twilio.url().toString().toUtf8() + "\"}");
        const QString publicUrl = QStringLiteral("https://inbox.example.com");
        const QList<std::pair<QString, QString>> env{
            {QStringLiteral("WASEL_TWILIO_AUTH_TOKEN"), QStringLiteral("tw-token")},
            {QStringLiteral("WASEL_PUBLIC_URL"), publicUrl},
            {QStringLiteral("WASEL_AUTOMATION"), QStringLiteral("off")}};
        const QStringList args{QStringLiteral("--channels"), channelsFile};
        const QByteArray text = "تم الحجز، نوصل باچر";

        qint64 reply = 0;
        {
            Headless first(dataDir, args, env);
            const quint16 port = first.waitForPort();
            QVERIFY(port != 0);
            // A customer writes on WhatsApp through Twilio (signed as Twilio signs).
            const channels::signatures::FormFields fields{
                {QStringLiteral("AccountSid"), QStringLiteral("AC0123")},
                {QStringLiteral("MessageSid"), QStringLiteral("SM_in_1")},
                {QStringLiteral("From"), QStringLiteral("whatsapp:+9647701234567")},
                {QStringLiteral("To"), QStringLiteral("whatsapp:+14155238886")},
                {QStringLiteral("Body"), QStringLiteral("عندكم توصيل؟")},
                {QStringLiteral("NumMedia"), QStringLiteral("0")}};
            QUrlQuery form;
            for (const auto &[name, value] : fields)
                form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            const QByteArray signature = channels::signatures::twilioSignature(
                "tw-token", publicUrl + QStringLiteral("/webhooks/twilio"), fields);
            QCOMPARE(sendRaw(port,
                             httpRequest("POST", "/webhooks/twilio", form.query(QUrl::FullyEncoded).toUtf8(),
                                         {{"Content-Type", "application/x-www-form-urlencoded"},
                                          {"X-Twilio-Signature", signature}}))
                         .status,
                     200);
            // Staff answer through the local API; the send reaches Twilio, which never answers…
            const tests::RawResponse queued =
                sendRaw(port,
                        httpRequest("POST", "/api/conversations/1/messages", "{\"text\":\"" + text + "\"}",
                                    {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + apiToken}}));
            QCOMPARE(queued.status, 201);
            reply = QJsonDocument::fromJson(queued.body).object().value(QLatin1String("id")).toInteger();
            QTRY_COMPARE_WITH_TIMEOUT(twilio.requests.size(), 1, 10000);
            QCOMPARE(twilio.requests.first().method, QByteArray("POST"));
            // …and the process dies mid-send.
            first.process.kill();
            QVERIFY(first.process.waitForFinished(5000));
        }

        // Twilio did take it: its message list says so.
        const QByteArray created = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8();
        twilio.script.push_back(tests::ScriptedResponse::json(200,
                                                              "{\"messages\":[{\"sid\":\"SM_out_1\",\"body\":\"" + text
                                                                  + "\",\"date_created\":\"" + created
                                                                  + "\",\"status\":\"sent\"}]}"));
        Headless second(dataDir, args, env);
        const quint16 port = second.waitForPort();
        QVERIFY(port != 0);
        auto statusOfReply = [&] {
            const QJsonArray messages =
                QJsonDocument::fromJson(sendRaw(port,
                                                httpRequest("GET", "/api/conversations/1/messages", {},
                                                            {{"Authorization", "Bearer " + apiToken}}))
                                            .body)
                    .array();
            for (const QJsonValue &m : messages)
                if (m.toObject().value(QLatin1String("id")).toInteger() == reply)
                    return m.toObject();
            return QJsonObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOfReply().value(QLatin1String("status")).toString(), QStringLiteral("sent"),
                                  15000);
        QCOMPARE(statusOfReply().value(QLatin1String("external_id")).toString(), QStringLiteral("SM_out_1"));
        QTest::qWait(500);
        int posts = 0;
        for (const auto &r : twilio.requests)
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1); // looked up, not sent twice
        QCOMPARE(twilio.requests.last().method, QByteArray("GET"));
    }

    void everyAcknowledgedEventSurvivesSigkill()
    {
        const QString dataDir = newDataDir();
        QSet<QString> acknowledged;
        {
            Headless headless(dataDir);
            const quint16 port = headless.waitForPort();
            QVERIFY(port != 0);
            // Eight clients keep requests in flight; the kill lands while several are open.
            LoadWorker::Shared shared;
            shared.port = port;
            shared.server = &headless.process;
            shared.killAfter = 400;
            std::vector<std::unique_ptr<LoadWorker>> workers;
            for (int i = 0; i < 8; ++i)
                workers.push_back(std::make_unique<LoadWorker>(&shared));
            QTRY_VERIFY_WITH_TIMEOUT(shared.running == 0, 60000);
            acknowledged = shared.acknowledged;
            if (headless.process.state() != QProcess::NotRunning)
                QVERIFY(headless.process.waitForFinished(5000));
            QCOMPARE(headless.process.exitStatus(), QProcess::CrashExit); // it really was killed
        }
        QVERIFY(acknowledged.size() >= 400);

        // Restart: events recorded but not yet applied when the kill came are applied on start.
        Headless again(dataDir);
        QVERIFY(again.waitForPort() != 0);
        ::kill(again.process.processId(), SIGTERM);
        QVERIFY(again.process.waitForFinished(10000));

        const QSet<QString> stored = storedMessageIds(dataDir);
        QSet<QString> lost = acknowledged;
        lost.subtract(stored);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("%1 acknowledged event(s) missing, e.g. %2")
                                .arg(lost.size())
                                .arg(lost.isEmpty() ? QString() : *lost.begin())));
        qInfo("%d events acknowledged before SIGKILL, all %d in the store after restart", int(acknowledged.size()),
              int(acknowledged.size()));
    }

    void replayReportsFailures()
    {
        const QString dataDir = newDataDir();
        QVERIFY(QDir().mkpath(dataDir));
        {
            models::Store store;
            QVERIFY(store.open(QDir(dataDir).filePath(QStringLiteral("wasel.sqlite"))));
            models::WebhookEvent pending;
            pending.provider = QStringLiteral("meta");
            pending.dedupeKey = QStringLiteral("meta:replay-1");
            pending.body = fixture(QStringLiteral("messenger_text.json"));
            QVERIFY(store.recordWebhookEvent(pending).ok);
            models::WebhookEvent broken;
            broken.provider = QStringLiteral("meta");
            broken.dedupeKey = QStringLiteral("meta:replay-2");
            broken.body = "{\"object\":\"nonsense\",\"entry\":[]}";
            const auto id = store.recordWebhookEvent(broken).id;
            QVERIFY(store.markWebhookEvent(id, QStringLiteral("failed"), QStringLiteral("earlier failure")));
        }
        QProcess replay;
        replay.start(QStringLiteral(WASEL_BINARY), {QStringLiteral("replay"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY(replay.waitForFinished(10000));
        QCOMPARE(replay.exitCode(), 0); // without --failed, the earlier failure is left alone
        QVERIFY(replay.readAllStandardOutput().contains("1 applied, 0 failed"));

        replay.start(QStringLiteral(WASEL_BINARY),
                     {QStringLiteral("replay"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--failed")});
        QVERIFY(replay.waitForFinished(10000));
        QCOMPARE(replay.exitCode(), 1);
        QVERIFY(replay.readAllStandardOutput().contains("0 applied, 1 failed"));
        QVERIFY(replay.readAllStandardError().contains("unknown Meta webhook object"));

        replay.start(QStringLiteral(WASEL_BINARY),
                     {QStringLiteral("replay"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("none"))});
        QVERIFY(replay.waitForFinished(10000));
        QCOMPARE(replay.exitCode(), 1);
        QVERIFY(replay.readAllStandardError().contains("no workspace"));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
