// Every provider's webhook fixtures through the pure parsers: what becomes a message, a status or a
// receipt, which key identifies a redelivery, and what is refused as malformed.

#include "email/SendGridInbound.h"
#include "manychat/ManyChatWebhook.h"
#include "meta/MetaWebhook.h"
#include "twilio/TwilioWebhook.h"

#include "TestEvents.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace wasel;
using namespace wasel::channels;
using models::ChannelKind;
using models::Direction;
using models::InboundEvent;
using models::MessageKind;
using models::MessageStatus;

static QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

static InboundEvent onlyMetaEvent(const char *name)
{
    const meta::WebhookParse parse = meta::parseWebhook(fixture(name));
    if (!parse.error.isEmpty() || parse.events.size() != 1)
        qFatal("%s: %s (%d events)", name, qPrintable(parse.error), int(parse.events.size()));
    return parse.events.front();
}

class TestWebhookParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messengerText()
    {
        const InboundEvent e = onlyMetaEvent("messenger_text.json");
        QCOMPARE_ENUM(e.channel, ChannelKind::Messenger);
        QVERIFY(e.type == InboundEvent::Type::Message);
        QCOMPARE_ENUM(e.direction, Direction::In);
        QCOMPARE_ENUM(e.kind, MessageKind::Text);
        QVERIFY(!e.text.isEmpty());
        QVERIFY(!e.externalMessageId.isEmpty());
        QVERIFY(!e.customerExternalId.isEmpty());
        QVERIFY(!e.accountExternalId.isEmpty());
        QVERIFY(e.timestamp.isValid());
        QVERIFY(e.timestamp.date().year() > 2000);
    }

    void instagramText()
    {
        const InboundEvent e = onlyMetaEvent("instagram_text.json");
        QCOMPARE_ENUM(e.channel, ChannelKind::Instagram);
        QCOMPARE_ENUM(e.kind, MessageKind::Text);
        QVERIFY(!e.text.isEmpty());
    }

    void whatsAppText()
    {
        const InboundEvent e = onlyMetaEvent("whatsapp_cloud_text.json");
        QCOMPARE_ENUM(e.channel, ChannelKind::WhatsApp);
        QCOMPARE_ENUM(e.kind, MessageKind::Text);
        QVERIFY(e.externalMessageId.startsWith(QLatin1String("wamid.")));
        QVERIFY(!e.customerName.isEmpty()); // the contact's profile name
        QVERIFY(!e.accountExternalId.isEmpty()); // phone_number_id
        QVERIFY(e.timestamp.isValid());
    }

    void echoIsOutbound()
    {
        const InboundEvent e = onlyMetaEvent("messenger_echo.json");
        QCOMPARE_ENUM(e.direction, Direction::Out);
        QCOMPARE(e.customerExternalId, QStringLiteral("6932115460217651")); // the recipient
        QCOMPARE(e.accountExternalId, QStringLiteral("106540352242922")); // the page sent it
        QCOMPARE(e.text, QStringLiteral("hello from the page"));
        QCOMPARE_ENUM(onlyMetaEvent("instagram_echo.json").direction, Direction::Out);
    }

    void receipts()
    {
        const InboundEvent delivery = onlyMetaEvent("messenger_delivery.json");
        QVERIFY(delivery.type == InboundEvent::Type::StatusUpdate);
        QCOMPARE_ENUM(delivery.status, MessageStatus::Delivered);
        QVERIFY(delivery.watermark.isValid());
        const InboundEvent read = onlyMetaEvent("messenger_read.json");
        QCOMPARE_ENUM(read.status, MessageStatus::Read);

        const InboundEvent failed = onlyMetaEvent("whatsapp_cloud_status_failed.json");
        QVERIFY(failed.type == InboundEvent::Type::StatusUpdate);
        QCOMPARE_ENUM(failed.status, MessageStatus::Failed);
        QVERIFY(failed.statusReason.contains(QLatin1String("131047")));
        QVERIFY(failed.statusReason.contains(QLatin1String("Re-engagement")));
        QCOMPARE_ENUM(onlyMetaEvent("whatsapp_cloud_status_delivered.json").status, MessageStatus::Delivered);
        QCOMPARE_ENUM(onlyMetaEvent("whatsapp_cloud_status_read.json").status, MessageStatus::Read);
        QCOMPARE_ENUM(onlyMetaEvent("whatsapp_cloud_status.json").status, MessageStatus::Sent);
    }

    void otherMetaKinds()
    {
        const InboundEvent image = onlyMetaEvent("messenger_image.json");
        QCOMPARE_ENUM(image.kind, MessageKind::Image);
        QCOMPARE(image.attachments.size(), 1);
        QVERIFY(image.attachments.front().url.startsWith(QLatin1String("https://")));

        const InboundEvent story = onlyMetaEvent("instagram_story_reply.json");
        QCOMPARE_ENUM(story.kind, MessageKind::StoryReply);
        QVERIFY(story.contextJson.contains(QLatin1String("story_url")));
        QCOMPARE(story.text, QStringLiteral("Love this!"));

        QCOMPARE_ENUM(onlyMetaEvent("instagram_story_mention.json").kind, MessageKind::StoryMention);

        const InboundEvent comment = onlyMetaEvent("instagram_comment.json");
        QCOMPARE_ENUM(comment.kind, MessageKind::Comment);
        QCOMPARE(comment.threadKey, QStringLiteral("18172143295349192"));
        QCOMPARE(comment.customerName, QStringLiteral("some_user"));
        QCOMPARE(comment.text, QStringLiteral("How much is this?"));

        const InboundEvent postback = onlyMetaEvent("messenger_postback.json");
        QCOMPARE_ENUM(postback.kind, MessageKind::Postback);
        QVERIFY(!postback.text.isEmpty());

        // The dashboard's test sample: another envelope, a user_ref sender and a string timestamp
        // (its referral comes first, as a line of its own: tst_metaevents).
        const InboundEvent sample =
            meta::parseWebhook(fixture("messenger_postback_dashboard_sample.json")).events.value(1);
        QCOMPARE_ENUM(sample.kind, MessageKind::Postback);
        QCOMPARE(sample.customerExternalId, QStringLiteral("USER-REF-ID"));
        QCOMPARE(sample.text, QStringLiteral("TITLE-FOR-THE-CTA"));
        QCOMPARE(sample.timestamp, QDateTime::fromSecsSinceEpoch(1527459824, Qt::UTC));

        const InboundEvent quickReply = onlyMetaEvent("messenger_quick_reply.json");
        QVERIFY(quickReply.payloadJson.contains(QLatin1String("quick_reply")));

        const InboundEvent media = onlyMetaEvent("whatsapp_cloud_image.json");
        QCOMPARE_ENUM(media.kind, MessageKind::Image);
        QCOMPARE(media.attachments.size(), 1);
        QVERIFY(media.payloadJson.contains(QLatin1String("media_id")));
    }

    void unknownKindIsKeptNotDropped()
    {
        const QByteArray body = "{\"object\":\"page\",\"entry\":[{\"id\":\"P1\",\"time\":1700000000000,\"messaging\":["
                                "{\"sender\":{\"id\":\"U1\"},\"recipient\":{\"id\":\"P1\"},\"timestamp\":1700000000000,"
                                "\"game_play\":{\"game_id\":\"g\"}}]}]}";
        const meta::WebhookParse parse = meta::parseWebhook(body);
        QVERIFY(parse.error.isEmpty());
        QCOMPARE(parse.events.size(), 1);
        QCOMPARE_ENUM(parse.events.front().kind, MessageKind::Unsupported);
        QVERIFY(parse.events.front().payloadJson.contains(QLatin1String("game_play")));
        QVERIFY(!parse.events.front().externalMessageId.isEmpty());
    }

    void metaDedupeKeys()
    {
        const auto text = meta::inspectWebhook(fixture("messenger_text.json"));
        QVERIFY(text.error.isEmpty());
        QVERIFY(text.dedupeKey.startsWith(QLatin1String("meta:mid."))
                || text.dedupeKey.startsWith(QLatin1String("meta:m_")));
        // The same message re-serialised (Meta redelivers with other whitespace) has the same key.
        QByteArray respaced = fixture("messenger_text.json").simplified();
        QCOMPARE(meta::inspectWebhook(respaced).dedupeKey, text.dedupeKey);
        // WhatsApp statuses: one key per message id and status.
        const QString sent = meta::inspectWebhook(fixture("whatsapp_cloud_status.json")).dedupeKey;
        const QString delivered = meta::inspectWebhook(fixture("whatsapp_cloud_status_delivered.json")).dedupeKey;
        const QString read = meta::inspectWebhook(fixture("whatsapp_cloud_status_read.json")).dedupeKey;
        QVERIFY(sent != delivered && delivered != read && sent != read);
        QVERIFY(sent.endsWith(QLatin1String(":sent")));
    }

    void metaInspectionCarriesTheSameParse()
    {
        // The gateway applies what inspection parsed; a replay parses the stored body. Both must agree.
        const QDir fixtures(QStringLiteral(WASEL_SPEC_DIR "/fixtures"));
        int checked = 0;
        for (const QString &name : fixtures.entryList({QStringLiteral("*.json")})) {
            const QByteArray body = fixture(name.toUtf8().constData());
            const auto inspection = meta::inspectWebhook(body);
            if (!inspection.error.isEmpty() || !body.contains("\"object\""))
                continue; // not a Meta webhook body
            const meta::WebhookParse parse = meta::parseWebhook(body);
            QCOMPARE(inspection.parsed.error, parse.error);
            QCOMPARE(inspection.parsed.events.size(), parse.events.size());
            for (qsizetype i = 0; i < parse.events.size(); ++i) {
                QCOMPARE(inspection.parsed.events[i].externalMessageId, parse.events[i].externalMessageId);
                QCOMPARE(inspection.parsed.events[i].text, parse.events[i].text);
            }
            ++checked;
        }
        QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));
    }

    void metaMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("truncated") << fixture("messenger_text.json").left(40);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no entry") << QByteArray("{\"object\":\"page\"}");
        QTest::newRow("entry not array") << QByteArray("{\"object\":\"page\",\"entry\":{}}");
    }

    void metaMalformed()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!meta::inspectWebhook(body).error.isEmpty());
        QVERIFY(!meta::parseWebhook(body).error.isEmpty());
    }

    void metaOddButValid()
    {
        // Odd member types never throw: they give no event.
        const QByteArray body = "{\"object\":\"page\",\"entry\":[7,{\"messaging\":[null,{\"message\":5},"
                                "{\"sender\":[],\"message\":{\"mid\":{},\"text\":[]}}]}]}";
        QVERIFY(meta::inspectWebhook(body).error.isEmpty());
        QVERIFY(meta::parseWebhook(body).error.isEmpty());
        QVERIFY(!meta::parseWebhook("{\"object\":\"user\",\"entry\":[]}").error.isEmpty());
    }

    void twilioInbound()
    {
        const auto fields = signatures::parseForm(fixture("twilio_whatsapp_inbound_media.form").trimmed());
        QVERIFY(fields);
        const auto inspection = twilio::inspectWebhook(*fields, false);
        QCOMPARE(inspection.dedupeKey, QStringLiteral("twilio:MMa1b2c3d4e5f60718293a4b5c6d7e8f90:received"));
        const auto parse = twilio::parseWebhook(*fields, false);
        QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
        QCOMPARE(parse.events.size(), 1);
        const InboundEvent &e = parse.events.front();
        QCOMPARE_ENUM(e.channel, ChannelKind::TwilioWhatsApp);
        QCOMPARE(e.customerExternalId, QStringLiteral("+15005550006"));
        QCOMPARE(e.accountExternalId, QStringLiteral("+14155238886"));
        QCOMPARE(e.customerName, QStringLiteral("Jane Doe"));
        QCOMPARE(e.text, QStringLiteral("Here is the receipt"));
        QCOMPARE(e.attachments.size(), 1);
        QCOMPARE(e.attachments.front().mimeType, QStringLiteral("image/jpeg"));

        const auto text = signatures::parseForm(fixture("twilio_whatsapp_inbound.form").trimmed());
        QCOMPARE(twilio::parseWebhook(*text, false).events.size(), 1);
        // A shared location (API_CONTRACTS.md §3.1: Latitude/Longitude/Address/Label): a geo: link.
        auto place = *text;
        place.append({QStringLiteral("Latitude"), QStringLiteral("33.3152")});
        place.append({QStringLiteral("Longitude"), QStringLiteral("44.3661")});
        place.append({QStringLiteral("Label"), QStringLiteral("Mansour Mall")});
        place.append({QStringLiteral("Address"), QStringLiteral("14 Ramadan St, Baghdad")});
        for (auto &[name, value] : place)
            if (name == QLatin1String("Body"))
                value.clear();
        const InboundEvent located = twilio::parseWebhook(place, false).events.front();
        QCOMPARE_ENUM(located.kind, MessageKind::Location);
        QCOMPARE(located.attachments.size(), 1);
        QCOMPARE(located.attachments.front().url, QStringLiteral("geo:33.3152,44.3661"));
        QCOMPARE(located.attachments.front().fileName, QStringLiteral("Mansour Mall"));
        QCOMPARE(located.text, QStringLiteral("14 Ramadan St, Baghdad"));
        // SMS is not a Wasel channel: a clear error, and the event stays replayable.
        const auto sms = signatures::parseForm(fixture("twilio_sms_inbound.form").trimmed());
        QVERIFY(twilio::parseWebhook(*sms, false).error.contains(QLatin1String("SMS")));
    }

    void twilioStatus()
    {
        const auto failed = signatures::parseForm(fixture("twilio_status_callback_failed.form").trimmed());
        const auto inspection = twilio::inspectWebhook(*failed, true);
        QCOMPARE(inspection.dedupeKey, QStringLiteral("twilio:SMfedcba9876543210fedcba9876543210:undelivered"));
        const auto parse = twilio::parseWebhook(*failed, true);
        QCOMPARE(parse.events.size(), 1);
        QCOMPARE_ENUM(parse.events.front().status, MessageStatus::Failed);
        QVERIFY(parse.events.front().statusReason.contains(QLatin1String("63016")));
        const auto ok = signatures::parseForm(fixture("twilio_status_callback.form").trimmed());
        QVERIFY(twilio::inspectWebhook(*ok, true).dedupeKey != inspection.dedupeKey);
        QVERIFY(!twilio::inspectWebhook({{QStringLiteral("Body"), QStringLiteral("x")}}, false).error.isEmpty());
    }

    void sendGridInbound()
    {
        const QByteArray type = "multipart/form-data; boundary=xYzZY";
        const auto inspection = email::inspectInboundParse(type, fixture("sendgrid_inbound.multipart"));
        QVERIFY2(inspection.error.isEmpty(), qPrintable(inspection.error));
        QCOMPARE(inspection.dedupeKey, QStringLiteral("sendgrid:<CAF=reply-2@mail.example.com>"));
        const auto parse = email::parseInboundParse(type, fixture("sendgrid_inbound.multipart"));
        QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
        QCOMPARE(parse.events.size(), 1);
        const InboundEvent &e = parse.events.front();
        QCOMPARE_ENUM(e.channel, ChannelKind::Email);
        QCOMPARE(e.customerExternalId, QStringLiteral("jane@example.com"));
        QCOMPARE(e.customerName, QStringLiteral("Jane Customer"));
        QCOMPARE(e.accountExternalId, QStringLiteral("support@parse.example.org"));
        QVERIFY(e.text.startsWith(QLatin1String("Thanks, it arrived!")));
        QVERIFY(e.contextJson.contains(QLatin1String("Your order #1234")));
        QCOMPARE(e.replyToExternalId, QStringLiteral("<0100018e-orig-1@inbox.example.org>"));

        // The SDK's samples use bare LF line ends.
        for (const char *name :
             {"sendgrid_inbound_sdk_sample_default.multipart", "sendgrid_inbound_sdk_sample_raw.multipart"}) {
            const auto sample = email::parseInboundParse(type, fixture(name));
            QVERIFY2(sample.error.isEmpty(), qPrintable(sample.error));
            QCOMPARE(sample.events.front().customerExternalId, QStringLiteral("test@example.com"));
        }
        QVERIFY(!email::inspectInboundParse("application/json", "{}").error.isEmpty());
        QVERIFY(!email::inspectInboundParse(type, "no parts here").error.isEmpty());
        QVERIFY(!email::inspectInboundParse(type, "--xYzZY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb")
                     .error.isEmpty());
    }

    void manyChatExternalRequest()
    {
        const QByteArray body = fixture("manychat_external_request.json");
        QVERIFY(manychat::inspectExternalRequest(body).error.isEmpty());
        const auto parse = manychat::parseExternalRequest(body);
        QVERIFY(parse.error.isEmpty());
        QCOMPARE(parse.events.size(), 1);
        const InboundEvent &e = parse.events.front();
        QCOMPARE(e.customerExternalId, QStringLiteral("1324564700000001")); // exact, not a double
        QCOMPARE(e.accountExternalId, QStringLiteral("2345646570000001"));
        QCOMPARE(e.customerName, QStringLiteral("Subscriber Lastname"));
        QCOMPARE(e.text, QStringLiteral("Last subscriber's input text"));
        QVERIFY(!manychat::inspectExternalRequest("{\"name\":\"no id\"}").error.isEmpty());
        QVERIFY(!manychat::inspectExternalRequest("nope").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookParsers)
#include "tst_webhookparsers.moc"
