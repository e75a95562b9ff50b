// WhatsApp media, reactions and quotes through the Cloud API, and Twilio's API-key sign-in and
// media URLs, against a loopback fake that checks the exact requests: a file by link, a file
// uploaded to /{phone-number-id}/media (multipart) then named by its media id, WhatsApp's size
// limits before anything goes, a reaction (type reaction), the quote (context) on the first part.

#include "FakeHttpServer.h"
#include "TestEvents.h"
#include "store/Store.h"
#include "twilio/TwilioSendConnector.h"
#include "whatsapp/CloudSendConnector.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using channels::SendResult;
using models::ChannelKind;
using models::MessageKind;
using Json = nlohmann::json;

namespace {

Json parse(const QByteArray &body)
{
    return Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

QString dump(const Json &j)
{
    return QString::fromStdString(j.dump());
}

QHash<QString, QStringList> formFields(const QByteArray &body)
{
    QHash<QString, QStringList> fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        fields[QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq)))].append(
            QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return fields;
}

} // namespace

class TestWhatsAppSendMedia : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<tests::FakeHttpServer> m_api;
    QNetworkAccessManager m_network;
    int m_n = 0;

    models::OutboundWork queue(ChannelKind kind, const QString &account, const QString &customer, const QString &text)
    {
        ++m_n;
        auto event = tests::customerText(kind, customer, QStringLiteral("مرحبا"), QStringLiteral("in-%1").arg(m_n),
                                         QDateTime::currentDateTimeUtc().addSecs(-600));
        event.accountExternalId = account;
        const auto applied = m_store->apply(event);
        const qint64 id = m_store->enqueueOutbound(applied.conversationId, text.isEmpty() ? QStringLiteral("x") : text,
                                                   models::SenderKind::Agent, QStringLiteral("Noor"),
                                                   QStringLiteral("client-%1").arg(m_n));
        qint64 outboxId = 0;
        for (const auto &item : m_store->outbox())
            if (item.messageId == id)
                outboxId = item.id;
        auto work = *m_store->outboundWork(outboxId);
        work.message.body = text;
        return work;
    }

    SendResult run(channels::Connector &c, const models::OutboundWork &work)
    {
        std::optional<SendResult> result;
        c.send(work, false, [&result](const SendResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(SendResult::fail(QStringLiteral("no answer")));
    }

    std::unique_ptr<channels::CloudSendConnector> cloud()
    {
        auto endpoint = channels::CloudSendConnector::defaultEndpoint();
        endpoint.baseUrl = m_api->url();
        return std::make_unique<channels::CloudSendConnector>(
            &m_network,
            [](const QString &id) { return id == QLatin1String("1098765") ? QStringLiteral("WA_TOKEN") : QString(); },
            endpoint);
    }

    std::unique_ptr<channels::TwilioSendConnector> twilioWithApiKey()
    {
        auto endpoint = channels::TwilioSendConnector::defaultEndpoint();
        endpoint.baseUrl = m_api->url();
        return std::make_unique<channels::TwilioSendConnector>(
            &m_network,
            [](const QString &) {
                return channels::TwilioCredentials{QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                                                   QStringLiteral("SK0123456789abcdef0123456789abcdef"),
                                                   QStringLiteral("key-secret")};
            },
            QUrl(QStringLiteral("https://inbox.example.com")), endpoint);
    }

    QString file(const QString &name, qint64 size, char fill = 'x')
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(size, fill)) != size)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray sent(const QByteArray &id)
    {
        return "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"" + id + "\"}]}";
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("m-%1.sqlite").arg(++m_n))));
        m_api = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_api->listen());
    }
    void cleanup()
    {
        m_api.reset();
        m_store.reset();
    }

    void photoByLinkWithCaptionAndQuote()
    {
        auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("9647701234567"),
                          QStringLiteral("السعر 25 ألف"));
        models::Attachment photo;
        photo.kind = MessageKind::Image;
        photo.url = QStringLiteral("https://cdn.example.com/dress.jpg");
        work.message.attachments = {photo};
        work.message.replyToExternalId = QStringLiteral("wamid.IN");
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.PHOTO")));
        auto c = cloud();
        const SendResult r = run(*c, work);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("wamid.PHOTO"));
        QCOMPARE(m_api->requests.size(), 1); // the text is the caption, not a second message
        const auto &req = m_api->requests.first();
        QCOMPARE(req.target, QByteArray("/v21.0/1098765/messages"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer WA_TOKEN"));
        const Json expected = {{"messaging_product", "whatsapp"},
                               {"recipient_type", "individual"},
                               {"to", "9647701234567"},
                               {"type", "image"},
                               {"image", {{"link", "https://cdn.example.com/dress.jpg"}, {"caption", "السعر 25 ألف"}}},
                               {"context", {{"message_id", "wamid.IN"}}},
                               {"biz_opaque_callback_data", work.item.clientId.toStdString()}};
        QCOMPARE(dump(parse(req.body)), dump(expected));
    }

    void documentUploadedThenSentById()
    {
        auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("9647701234567"),
                          QStringLiteral("فاتورتك"));
        models::Attachment invoice;
        invoice.kind = MessageKind::File;
        invoice.localPath = file(QStringLiteral("outgoing-1.pdf"), 2048, 'p');
        invoice.mimeType = QStringLiteral("application/pdf");
        invoice.fileName = QStringLiteral("invoice 77.pdf");
        work.message.attachments = {invoice};
        m_api->script.push_back(tests::ScriptedResponse::json(200, "{\"id\":\"MEDIA-123\"}"));
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.DOC")));
        auto c = cloud();
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("wamid.DOC"));
        QCOMPARE(m_api->requests.size(), 2);
        const auto &upload = m_api->requests.at(0);
        QCOMPARE(upload.method, QByteArray("POST"));
        QCOMPARE(upload.target, QByteArray("/v21.0/1098765/media"));
        QCOMPARE(upload.header("authorization"), QByteArray("Bearer WA_TOKEN"));
        const QByteArray type = upload.header("content-type");
        QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
        const QByteArray boundary = "--" + type.mid(type.indexOf('=') + 1);
        const QByteArray expectedBody = boundary
            + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n" + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\napplication/pdf\r\n" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"invoice 77.pdf\"\r\nContent-Type: "
              "application/pdf\r\n\r\n"
            + QByteArray(2048, 'p') + "\r\n" + boundary + "--\r\n";
        QCOMPARE(upload.body, expectedBody);
        const Json message = parse(m_api->requests.at(1).body);
        QCOMPARE(dump(message["document"]),
                 dump(Json{{"id", "MEDIA-123"}, {"filename", "invoice 77.pdf"}, {"caption", "فاتورتك"}}));
        QCOMPARE(QString::fromStdString(message["type"].get<std::string>()), QStringLiteral("document"));
    }

    void voiceNoteThenTextQuoteOnTheFirst()
    {
        // Audio takes no caption: the file goes first (quoting), the text after it.
        auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("9647701234567"),
                          QStringLiteral("اسمعي الشرح"));
        models::Attachment voice;
        voice.kind = MessageKind::Audio;
        voice.url = QStringLiteral("https://cdn.example.com/note.ogg");
        work.message.attachments = {voice};
        work.message.replyToExternalId = QStringLiteral("wamid.Q");
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.A1")));
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.A2")));
        auto c = cloud();
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("wamid.A1"));
        QCOMPARE(m_api->requests.size(), 2);
        const Json first = parse(m_api->requests.at(0).body), second = parse(m_api->requests.at(1).body);
        QCOMPARE(dump(first["audio"]), dump(Json{{"link", "https://cdn.example.com/note.ogg"}}));
        QCOMPARE(dump(first["context"]), dump(Json{{"message_id", "wamid.Q"}}));
        QCOMPARE(dump(second["text"]), dump(Json{{"preview_url", false}, {"body", "اسمعي الشرح"}}));
        QVERIFY(!second.contains("context"));
    }

    void tooLargeOrUnreadableFilesNeverLeave()
    {
        auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("9647701234567"), QString());
        models::Attachment photo;
        photo.kind = MessageKind::Image;
        photo.localPath = file(QStringLiteral("big.jpg"), 5 * 1024 * 1024 + 1);
        photo.fileName = QStringLiteral("big.jpg");
        work.message.attachments = {photo};
        auto c = cloud();
        SendResult r = run(*c, work);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(r.error.contains(QStringLiteral("5 MB")), qPrintable(r.error));
        // The same size is fine as a document (100 MB).
        photo.kind = MessageKind::File;
        photo.mimeType = QStringLiteral("image/jpeg");
        work.message.attachments = {photo};
        m_api->script.push_back(tests::ScriptedResponse::json(200, "{\"id\":\"M2\"}"));
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.BIG")));
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("wamid.BIG"));
        QCOMPARE(m_api->requests.size(), 2);
        // A file that is gone, or a link that is not a web address.
        photo.localPath = m_dir.filePath(QStringLiteral("missing.jpg"));
        work.message.attachments = {photo};
        r = run(*c, work);
        QVERIFY2(r.error.contains(QStringLiteral("cannot be read")), qPrintable(r.error));
        photo.localPath.clear();
        photo.url = QStringLiteral("file:///etc/passwd");
        work.message.attachments = {photo};
        r = run(*c, work);
        QVERIFY2(r.error.contains(QStringLiteral("not a web address")), qPrintable(r.error));
        QCOMPARE(m_api->requests.size(), 2);
        // The upload refused: the message fails with Meta's reason, nothing else is sent.
        photo.url.clear();
        photo.localPath = file(QStringLiteral("ok.jpg"), 100);
        work.message.attachments = {photo};
        m_api->script.push_back(tests::ScriptedResponse::json(
            400,
            "{\"error\":{\"message\":\"(#100) Param file must be a file\",\"type\":\"OAuthException\",\"code\":100}}"));
        r = run(*c, work);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Fail));
        QCOMPARE(m_api->requests.size(), 3);
        QCOMPARE(m_api->requests.last().target, QByteArray("/v21.0/1098765/media"));
    }

    void reactionAndItsRemoval()
    {
        auto work = queue(ChannelKind::WhatsApp, QStringLiteral("1098765"), QStringLiteral("9647701234567"),
                          QStringLiteral("👍"));
        work.message.kind = MessageKind::Reaction;
        work.message.replyToExternalId = QStringLiteral("wamid.CUSTOMER");
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.R")));
        m_api->script.push_back(tests::ScriptedResponse::json(200, sent("wamid.R2")));
        auto c = cloud();
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("wamid.R"));
        const Json expected = {{"messaging_product", "whatsapp"},
                               {"recipient_type", "individual"},
                               {"to", "9647701234567"},
                               {"type", "reaction"},
                               {"reaction", {{"message_id", "wamid.CUSTOMER"}, {"emoji", "👍"}}},
                               {"biz_opaque_callback_data", work.item.clientId.toStdString()}};
        QCOMPARE(dump(parse(m_api->requests.first().body)), dump(expected)); // no context on a reaction
        work.message.body.clear(); // an empty emoji takes it back
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("wamid.R2"));
        QCOMPARE(dump(parse(m_api->requests.at(1).body)["reaction"]),
                 dump(Json{{"message_id", "wamid.CUSTOMER"}, {"emoji", ""}}));
        work.message.replyToExternalId.clear();
        QVERIFY(run(*c, work).error.contains(QStringLiteral("reacts to")));
        QCOMPARE(m_api->requests.size(), 2);
    }

    void twilioApiKeyAndMediaUrls()
    {
        auto work = queue(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"), QStringLiteral("+9647701234567"),
                          QString());
        models::Attachment a, b;
        a.kind = MessageKind::Image;
        a.url = QStringLiteral("https://cdn.example.com/a.jpg");
        b.kind = MessageKind::File;
        b.url = QStringLiteral("https://cdn.example.com/b.pdf");
        work.message.attachments = {a, b};
        m_api->script.push_back(tests::ScriptedResponse::json(201, "{\"sid\":\"SMmedia\",\"status\":\"queued\"}"));
        auto c = twilioWithApiKey();
        QCOMPARE(run(*c, work).providerMessageId, QStringLiteral("SMmedia"));
        const auto &req = m_api->requests.first();
        // The account SID in the path, the API key and its secret in Basic auth.
        QCOMPARE(req.target, QByteArray("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));
        QCOMPARE(req.header("authorization"),
                 "Basic " + QByteArray("SK0123456789abcdef0123456789abcdef:key-secret").toBase64());
        const auto fields = formFields(req.body);
        QCOMPARE(fields.value(QStringLiteral("MediaUrl")), (QStringList{a.url, b.url}));
        QVERIFY(!fields.contains(QStringLiteral("Body"))); // files alone: no empty Body
        QCOMPARE(fields.value(QStringLiteral("To")), QStringList{QStringLiteral("whatsapp:+9647701234567")});
        QCOMPARE(fields.value(QStringLiteral("StatusCallback")),
                 QStringList{QStringLiteral("https://inbox.example.com/webhooks/twilio/status")});
    }

    void twilioRefusesFilesOnlyOnThisComputer()
    {
        auto work = queue(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"), QStringLiteral("+9647701234567"),
                          QStringLiteral("the photo"));
        models::Attachment local;
        local.kind = MessageKind::Image;
        local.localPath = file(QStringLiteral("outgoing-2.jpg"), 10);
        local.fileName = QStringLiteral("dress.jpg");
        work.message.attachments = {local};
        auto c = twilioWithApiKey();
        const SendResult r = run(*c, work);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(r.error.contains(QStringLiteral("public web address"))
                     && r.error.contains(QStringLiteral("dress.jpg")),
                 qPrintable(r.error));
        QCOMPARE(m_api->requests.size(), 0); // never silently sent without the file
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppSendMedia)
#include "tst_whatsappsendmedia.moc"
