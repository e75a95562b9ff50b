// What WhatsApp customers send, downloaded into the workspace against loopback fakes of the Cloud
// API (media endpoint, then the media URL with the same token) and of Twilio (MediaUrl with Basic
// auth, a redirect to storage that must not see the credentials): the exact requests, the file on
// disk and on the attachment, the 25 MB cap both ways, and every failure recorded without loss.

#include "ChannelsConfig.h"
#include "FakeHttpServer.h"
#include "MediaService.h"
#include "common/Signatures.h"
#include "meta/MetaWebhook.h"
#include "store/Store.h"
#include "twilio/TwilioWebhook.h"
#include "whatsapp/MediaClient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;
using tests::ScriptedResponse;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

const QString CloudNumber = QStringLiteral("106540352242922"); // whatsapp_cloud_image.json
const QString MediaId = QStringLiteral("1003383421387256");
const QString TwilioSender = QStringLiteral("+14155238886"); // twilio_whatsapp_inbound_media.form
const QString AccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");

ScriptedResponse bytes(const QByteArray &body, const QByteArray &type)
{
    ScriptedResponse r;
    r.body = body;
    r.headers = {{"Content-Type", type}};
    return r;
}

} // namespace

class TestWhatsAppMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<tests::FakeHttpServer> m_api, m_storage;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::MediaService> m_media;
    int m_db = 0;

    QString mediaDir() const { return m_dir.filePath(QStringLiteral("media")); }

    void configure(const QString &cloudToken = QStringLiteral("WA_TOKEN"))
    {
        app::ChannelsConfig channels;
        app::ChannelConfig cloud;
        cloud.kind = ChannelKind::WhatsApp;
        cloud.externalId = CloudNumber;
        cloud.apiBase = m_api->url();
        app::ChannelConfig twilio;
        twilio.kind = ChannelKind::TwilioWhatsApp;
        twilio.externalId = TwilioSender;
        twilio.ids.insert(QStringLiteral("account_sid"), AccountSid);
        channels.channels = {cloud, twilio};
        m_media->configure(channels, [cloudToken](const app::ChannelConfig &account) {
            return account.kind == ChannelKind::WhatsApp ? cloudToken : QStringLiteral("auth-token");
        });
    }

    // The Cloud API image fixture, stored as the gateway would: its message and attachment ids.
    std::pair<qint64, qint64> cloudImage()
    {
        auto parsed = channels::meta::parseWebhook(fixture("whatsapp_cloud_image.json"));
        [&] { QCOMPARE(parsed.events.size(), 1); }();
        auto event = parsed.events.first();
        event.externalMessageId += QString::number(++m_db); // a new message each time
        event.timestamp = QDateTime::currentDateTimeUtc(); // within the sweep's 30 days
        const auto applied = m_store->apply(event);
        return {applied.messageId, m_store->message(applied.messageId)->attachments.value(0).id};
    }

    // The Twilio media fixture with its MediaUrl0 on the fake API.
    std::pair<qint64, qint64> twilioImage(const QUrl &mediaUrl)
    {
        auto fields = *channels::signatures::parseForm(fixture("twilio_whatsapp_inbound_media.form"));
        for (auto &[name, value] : fields) {
            if (name == QLatin1String("MediaUrl0"))
                value = mediaUrl.toString();
            if (name == QLatin1String("MessageSid"))
                value += QString::number(++m_db);
        }
        const auto parsed = channels::twilio::parseWebhook(fields, false);
        const auto applied = m_store->apply(parsed.events.value(0));
        return {applied.messageId, m_store->message(applied.messageId)->attachments.value(0).id};
    }

    // Downloads the message's media and waits until it settled: (ok, error).
    std::pair<bool, QString> download(qint64 messageId)
    {
        QSignalSpy settled(m_media.get(), &app::MediaService::mediaSettled);
        m_media->onCustomerMessage(0, messageId);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(settled.size() == 1, 15000); }();
        if (settled.isEmpty())
            return {false, QStringLiteral("never settled")};
        return {settled.first().at(1).toBool(), settled.first().at(2).toString()};
    }

    QString metadata(const QString &path, qint64 size = 5)
    {
        return QStringLiteral(R"({"messaging_product":"whatsapp","url":"%1%2","mime_type":"image/jpeg",)"
                              R"("sha256":"x","file_size":"%3","id":"%4"})")
            .arg(m_api->url().toString(), path)
            .arg(size)
            .arg(MediaId);
    }

    QStringList filesInMediaDir() const { return QDir(mediaDir()).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(mediaDir()).removeRecursively();
        m_api = std::make_unique<tests::FakeHttpServer>();
        m_storage = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_api->listen());
        QVERIFY(m_storage->listen());
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_db))));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_media = std::make_unique<app::MediaService>(m_store.get(), m_network.get(), mediaDir());
        m_media->setTimeout(std::chrono::seconds(5));
        m_media->setRetryDelay(std::chrono::milliseconds(20));
        configure();
    }

    void cloudImageIsFetchedWithTheTokenAndStored()
    {
        const auto [messageId, attachmentId] = cloudImage();
        m_api->script.push_back(ScriptedResponse::json(200, metadata(QStringLiteral("/lookaside?mid=9")).toUtf8()));
        m_api->script.push_back(bytes("\xff\xd8\xff\xe0JPEG", "image/jpeg"));
        QSignalSpy changed(m_store.get(), &models::Store::messageChanged);

        const auto [ok, error] = download(messageId);
        QVERIFY2(ok, qPrintable(error));

        QCOMPARE(m_api->requests.size(), 2);
        QCOMPARE(m_api->requests[0].method, QByteArray("GET"));
        QCOMPARE(m_api->requests[0].target, QByteArray("/v21.0/") + MediaId.toLatin1());
        QCOMPARE(m_api->requests[0].header("Authorization"), QByteArray("Bearer WA_TOKEN"));
        QCOMPARE(m_api->requests[1].target, QByteArray("/lookaside?mid=9"));
        QCOMPARE(m_api->requests[1].header("Authorization"), QByteArray("Bearer WA_TOKEN"));

        const auto a = m_store->message(messageId)->attachments.value(0);
        QCOMPARE(a.id, attachmentId);
        QVERIFY2(a.localPath.startsWith(QDir(mediaDir()).absolutePath() + u'/'), qPrintable(a.localPath));
        QVERIFY2(QFileInfo(a.localPath).fileName().startsWith(QString::number(attachmentId) + u'-'),
                 qPrintable(a.localPath));
        QCOMPARE(QFileInfo(a.localPath).suffix(), channels::MediaClient::extensionFor(QStringLiteral("image/jpeg")));
        QFile file(a.localPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xff\xd8\xff\xe0JPEG"));
        QCOMPARE(a.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(a.size, qint64(8));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(filesInMediaDir().size(), 1); // no temporary file left beside it

        // Stored: the sweep and a second notice leave it alone.
        QVERIFY(m_store->mediaToDownload(messageId).isEmpty());
        m_media->sweep();
        QCOMPARE(m_media->queued(), 0);
    }

    void twilioMediaUsesBasicAuthAndTheRedirectGetsNoCredentials()
    {
        QUrl mediaUrl = m_api->url();
        mediaUrl.setPath(QStringLiteral("/2010-04-01/Accounts/%1/Messages/MM1/Media/ME1").arg(AccountSid));
        const auto [messageId, attachmentId] = twilioImage(mediaUrl);
        QUrl storage = m_storage->url();
        storage.setPath(QStringLiteral("/s3/ME1"));
        storage.setQuery(QStringLiteral("X-Amz-Signature=abc"));
        ScriptedResponse redirect;
        redirect.status = 307;
        redirect.headers = {{"Location", storage.toEncoded()}};
        m_api->script.push_back(redirect);
        m_storage->script.push_back(bytes("PNGDATA", "image/png"));

        const auto [ok, error] = download(messageId);
        QVERIFY2(ok, qPrintable(error));

        QCOMPARE(m_api->requests.size(), 1);
        QCOMPARE(m_api->requests[0].target, mediaUrl.path().toLatin1());
        QCOMPARE(m_api->requests[0].header("Authorization"),
                 "Basic " + (AccountSid + QStringLiteral(":auth-token")).toLatin1().toBase64());
        QCOMPARE(m_storage->requests.size(), 1);
        QCOMPARE(m_storage->requests[0].target, QByteArray("/s3/ME1?X-Amz-Signature=abc"));
        QVERIFY(!m_storage->requests[0].headers.contains("authorization"));
        const auto a = m_store->message(messageId)->attachments.value(0);
        QCOMPARE(a.id, attachmentId);
        QCOMPARE(a.mimeType, QStringLiteral("image/png"));
        QCOMPARE(QFileInfo(a.localPath).suffix(), QStringLiteral("png"));
        QCOMPARE(a.size, qint64(7));
    }

    void tooLargeIsRefusedAndNothingIsLeftOnDisk_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::addRow("Content-Length") << true;
        QTest::addRow("while reading") << false;
    }

    void tooLargeIsRefusedAndNothingIsLeftOnDisk()
    {
        QFETCH(bool, withLength);
        const auto [messageId, attachmentId] = cloudImage();
        m_api->script.push_back(ScriptedResponse::json(200, metadata(QStringLiteral("/big")).toUtf8()));
        ScriptedResponse big = bytes(QByteArray(channels::MediaClient::MaxBytes + 1, 'x'), "video/mp4");
        big.untilClose = !withLength;
        m_api->script.push_back(big);

        const auto [ok, error] = download(messageId);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("25 MB")), qPrintable(error));
        QVERIFY(m_store->message(messageId)->attachments.value(0).localPath.isEmpty());
        QCOMPARE(filesInMediaDir(), QStringList());
        const auto record =
            QJsonDocument::fromJson(m_store->setting(app::MediaService::errorKey(attachmentId)).toUtf8()).object();
        QCOMPARE(record.value(QLatin1String("error")).toString(), error);
        QVERIFY(record.value(QLatin1String("final")).toBool());
        QCOMPARE(m_api->requests.size(), 2); // never tried again
    }

    void sizeNamedByTheMediaEndpointStopsBeforeDownloading()
    {
        const auto [messageId, attachmentId] = cloudImage();
        m_api->script.push_back(ScriptedResponse::json(
            200, metadata(QStringLiteral("/big"), channels::MediaClient::MaxBytes + 1).toUtf8()));
        const auto [ok, error] = download(messageId);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("25 MB")), qPrintable(error));
        QCOMPARE(m_api->requests.size(), 1);
    }

    void temporaryTroubleIsRetriedThenGivenUpForThisRun()
    {
        const auto [messageId, attachmentId] = cloudImage();
        m_api->script.push_back(ScriptedResponse::json(503, "{}"));
        m_api->script.push_back(ScriptedResponse::json(200, metadata(QStringLiteral("/m")).toUtf8()));
        m_api->script.push_back(bytes("OK!", "image/jpeg"));
        auto [ok, error] = download(messageId);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(m_api->requests.size(), 3);

        // Three failures: given up, recorded as not final, so the next start's sweep tries again.
        const auto [second, secondAttachment] = cloudImage();
        for (int i = 0; i < app::MediaService::MaxAttempts; ++i)
            m_api->script.push_back(ScriptedResponse::json(500, "{}"));
        std::tie(ok, error) = download(second);
        QVERIFY(!ok);
        QCOMPARE(m_api->requests.size(), 3 + app::MediaService::MaxAttempts);
        const auto record =
            QJsonDocument::fromJson(m_store->setting(app::MediaService::errorKey(secondAttachment)).toUtf8()).object();
        QVERIFY(!record.value(QLatin1String("final")).toBool());
        QVERIFY2(record.value(QLatin1String("error")).toString().startsWith(QLatin1String("The photo")),
                 qPrintable(record.value(QLatin1String("error")).toString()));

        QSignalSpy settled(m_media.get(), &app::MediaService::mediaSettled);
        m_api->script.push_back(ScriptedResponse::json(200, metadata(QStringLiteral("/m")).toUtf8()));
        m_api->script.push_back(bytes("OK!", "image/jpeg"));
        m_media->sweep();
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        QVERIFY(settled.first().at(1).toBool());
        QVERIFY(m_store->setting(app::MediaService::errorKey(secondAttachment)).isEmpty());
    }

    void refusalsAreFinalAndTheSweepSkipsThem()
    {
        const auto [messageId, attachmentId] = cloudImage();
        m_api->script.push_back(ScriptedResponse::json(
            400, R"({"error":{"message":"Unsupported get request","type":"GraphMethodException","code":100}})"));
        const auto [ok, error] = download(messageId);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("Unsupported get request")), qPrintable(error));
        QCOMPARE(m_api->requests.size(), 1);
        m_media->sweep();
        QCOMPARE(m_media->queued(), 0);
        QCOMPARE(m_api->requests.size(), 1);
    }

    void noTokenAndUnsafeAddressesAskNothing()
    {
        configure(QString());
        const auto [messageId, attachmentId] = cloudImage();
        auto [ok, error] = download(messageId);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("Channels page")), qPrintable(error));

        // Twilio credentials never go to a plain-http host off this computer.
        const auto [twilioMessage, twilioAttachment] =
            twilioImage(QUrl(QStringLiteral("http://api.twilio.example/2010-04-01/Accounts/AC1/Media/ME1")));
        std::tie(ok, error) = download(twilioMessage);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("not a secure web address")), qPrintable(error));
        QCOMPARE(m_api->requests.size(), 0);
        QCOMPARE(filesInMediaDir(), QStringList());
    }

    void extensionsAreSafe()
    {
        QCOMPARE(channels::MediaClient::extensionFor(QStringLiteral("image/png")), QStringLiteral("png"));
        QCOMPARE(channels::MediaClient::extensionFor(QStringLiteral("application/pdf")), QStringLiteral("pdf"));
        QCOMPARE(channels::MediaClient::extensionFor(QStringLiteral("../../etc/passwd")), QStringLiteral("bin"));
        QCOMPARE(channels::MediaClient::extensionFor(QString()), QStringLiteral("bin"));
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppMedia)
#include "tst_whatsappmedia.moc"
