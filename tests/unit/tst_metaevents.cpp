// Meta webhook event kinds beyond plain messages (unsent, reactions, edits, referrals, standby,
// Page comments, every attachment type), and a snapshot of the normalized events of every Meta
// fixture, so that any change to what the parser produces shows up as a diff in review.
//
// WASEL_UPDATE_SNAPSHOTS=1 rewrites tests/data/snapshots/ from what the parser gives now; without
// it a missing or different snapshot fails.

#include "meta/MetaWebhook.h"

#include "TestEvents.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wasel;
using namespace wasel::channels;
using models::Direction;
using models::InboundEvent;
using models::MessageKind;
using models::SenderKind;

namespace {

const QString HandMade = QStringLiteral(WASEL_SOURCE_DIR "/tests/data/meta/");
const QString Shared = QStringLiteral(WASEL_SPEC_DIR "/fixtures/");
const QString Snapshots = QStringLiteral(WASEL_SOURCE_DIR "/tests/data/snapshots/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QList<InboundEvent> eventsOf(const QString &name)
{
    const meta::WebhookParse parse = meta::parseWebhook(readFile(HandMade + name));
    if (!parse.error.isEmpty())
        qFatal("%s: %s", qPrintable(name), qPrintable(parse.error));
    return parse.events;
}

QString typeName(InboundEvent::Type type)
{
    switch (type) {
    case InboundEvent::Type::Message:
        return QStringLiteral("message");
    case InboundEvent::Type::StatusUpdate:
        return QStringLiteral("status");
    case InboundEvent::Type::Unsent:
        return QStringLiteral("unsent");
    case InboundEvent::Type::Edited:
        return QStringLiteral("edited");
    case InboundEvent::Type::Reaction:
        return QStringLiteral("reaction");
    case InboundEvent::Type::ReactionRemoved:
        return QStringLiteral("reaction_removed");
    }
    return QStringLiteral("?");
}

// One event as JSON, without empty members, so a snapshot shows what the parser filled in.
QJsonObject snapshotOf(const InboundEvent &e)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    auto putJson = [&o](const char *key, const QString &json) {
        if (!json.isEmpty())
            o.insert(QLatin1String(key), QJsonDocument::fromJson(json.toUtf8()).object());
    };
    put("type", typeName(e.type));
    put("channel", models::toString(e.channel));
    put("account", e.accountExternalId);
    put("account_name", e.accountName);
    put("customer", e.customerExternalId);
    put("customer_name", e.customerName);
    put("thread_key", e.threadKey);
    putJson("context", e.contextJson);
    put("direction", models::toString(e.direction));
    put("sender", models::toString(e.sender));
    put("kind", models::toString(e.kind));
    put("text", e.text);
    putJson("payload", e.payloadJson);
    put("id", e.externalMessageId);
    put("reply_to", e.replyToExternalId);
    put("status", models::toString(e.status));
    put("status_reason", e.statusReason);
    put("watermark", e.watermark.toString(Qt::ISODateWithMs));
    put("timestamp", e.timestamp.toString(Qt::ISODateWithMs));
    if (e.standby)
        o.insert(QLatin1String("standby"), true);
    QJsonArray attachments;
    for (const models::Attachment &a : e.attachments) {
        QJsonObject j{{QLatin1String("kind"), models::toString(a.kind)}, {QLatin1String("url"), a.url}};
        if (!a.fileName.isEmpty())
            j.insert(QLatin1String("file_name"), a.fileName);
        if (!a.mimeType.isEmpty())
            j.insert(QLatin1String("mime_type"), a.mimeType);
        attachments.append(j);
    }
    if (!attachments.isEmpty())
        o.insert(QLatin1String("attachments"), attachments);
    return o;
}

} // namespace

class TestMetaEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsentNamesTheOriginal()
    {
        const auto events = eventsOf(QStringLiteral("instagram_unsent.json"));
        QCOMPARE(events.size(), 1);
        QVERIFY(events.front().type == InboundEvent::Type::Unsent);
        QCOMPARE(events.front().externalMessageId, QStringLiteral("aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx"));
        // Its redelivery key differs from the original message's, or the gateway would drop it.
        const auto unsent = meta::inspectWebhook(readFile(HandMade + QStringLiteral("instagram_unsent.json")));
        QCOMPARE(unsent.dedupeKey, QStringLiteral("meta:aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx:deleted"));
    }

    void reactionsAndTheirRemoval()
    {
        const InboundEvent react = eventsOf(QStringLiteral("messenger_reaction.json")).front();
        QVERIFY(react.type == InboundEvent::Type::Reaction);
        QCOMPARE(react.replyToExternalId, QStringLiteral("m_out_1"));
        QCOMPARE(react.text, QStringLiteral("❤️"));
        const InboundEvent unreact = eventsOf(QStringLiteral("messenger_unreact.json")).front();
        QVERIFY(unreact.type == InboundEvent::Type::ReactionRemoved);
        QCOMPARE(unreact.replyToExternalId, QStringLiteral("m_out_1"));
        // React, unreact, react again: three keys, none mistaken for a redelivery of another.
        const QString first =
            meta::inspectWebhook(readFile(HandMade + QStringLiteral("messenger_reaction.json"))).dedupeKey;
        const QString removed =
            meta::inspectWebhook(readFile(HandMade + QStringLiteral("messenger_unreact.json"))).dedupeKey;
        QVERIFY(first != removed);
        QByteArray again = readFile(HandMade + QStringLiteral("messenger_reaction.json"));
        again.replace("1755779300000", "1755779399000");
        QVERIFY(meta::inspectWebhook(again).dedupeKey != first);
    }

    void editReplacesTheText()
    {
        const InboundEvent e = eventsOf(QStringLiteral("messenger_message_edit.json")).front();
        QVERIFY(e.type == InboundEvent::Type::Edited);
        QCOMPARE(e.externalMessageId, QStringLiteral("m_in_1"));
        QCOMPARE(e.text, QStringLiteral("Size M please, not L"));
    }

    void referralIsASystemLineAndContext()
    {
        const auto events = eventsOf(QStringLiteral("messenger_referral_ad.json"));
        QCOMPARE(events.size(), 1);
        const InboundEvent &e = events.front();
        QCOMPARE_ENUM(e.kind, MessageKind::Referral);
        QCOMPARE_ENUM(e.sender, SenderKind::System);
        QCOMPARE(e.text, QStringLiteral("Summer sale: 20% off abayas"));
        const QJsonObject referral =
            QJsonDocument::fromJson(e.contextJson.toUtf8()).object().value(QLatin1String("referral")).toObject();
        QCOMPARE(referral.value(QLatin1String("source")).toString(), QStringLiteral("ADS"));
        QCOMPARE(referral.value(QLatin1String("ad_id")).toString(), QStringLiteral("23850000000000001"));

        // Inside a postback (the dashboard's sample): a referral line, then the postback itself.
        const auto sample =
            meta::parseWebhook(readFile(Shared + QStringLiteral("messenger_postback_dashboard_sample.json")));
        QCOMPARE(sample.events.size(), 2);
        QCOMPARE_ENUM(sample.events[0].kind, MessageKind::Referral);
        QCOMPARE(sample.events[0].text, QStringLiteral("USER-DEFINED-REFERRAL-PARAM"));
        QCOMPARE_ENUM(sample.events[1].kind, MessageKind::Postback);
        QVERIFY(sample.events[1].contextJson.contains(QLatin1String("USER-DEFINED-REFERRAL-PARAM")));
        QVERIFY(sample.events[0].externalMessageId != sample.events[1].externalMessageId);
    }

    void standbyIsMarked()
    {
        const InboundEvent e = eventsOf(QStringLiteral("messenger_standby.json")).front();
        QVERIFY(e.standby);
        QCOMPARE(e.text, QStringLiteral("Is the black one still available?"));
        QVERIFY(!eventsOf(QStringLiteral("messenger_reaction.json")).front().standby);
    }

    void pageCommentsWithTheirPost()
    {
        const InboundEvent added = eventsOf(QStringLiteral("messenger_feed_comment.json")).front();
        QCOMPARE_ENUM(added.kind, MessageKind::Comment);
        QCOMPARE(added.threadKey, QStringLiteral("106540352242922_1000000000000001"));
        QVERIFY(added.replyToExternalId.isEmpty()); // a top-level comment: its parent is the post
        QCOMPARE(added.customerName, QStringLiteral("Zainab Ali"));
        const QJsonObject context = QJsonDocument::fromJson(added.contextJson.toUtf8()).object();
        QCOMPARE(context.value(QLatin1String("post_link")).toString(),
                 QStringLiteral("https://www.facebook.com/106540352242922_1000000000000001"));
        const InboundEvent edited = eventsOf(QStringLiteral("messenger_feed_comment_edited.json")).front();
        QVERIFY(edited.type == InboundEvent::Type::Edited);
        QCOMPARE(edited.externalMessageId, added.externalMessageId);
        const InboundEvent removed = eventsOf(QStringLiteral("messenger_feed_comment_removed.json")).front();
        QVERIFY(removed.type == InboundEvent::Type::Unsent);
        QCOMPARE(removed.externalMessageId, added.externalMessageId);
        // Three changes to one comment, three keys.
        QStringList keys;
        for (const char *name : {"messenger_feed_comment.json", "messenger_feed_comment_edited.json",
                                 "messenger_feed_comment_removed.json"})
            keys << meta::inspectWebhook(readFile(HandMade + QLatin1String(name))).dedupeKey;
        keys.removeDuplicates();
        QCOMPARE(keys.size(), 3);
    }

    void thePagesOwnCommentIsOutbound()
    {
        const auto events = eventsOf(QStringLiteral("messenger_feed_page_reply.json"));
        QCOMPARE(events.size(), 1);
        const InboundEvent &reply = events.front();
        QCOMPARE_ENUM(reply.kind, MessageKind::Comment);
        QCOMPARE_ENUM(reply.direction, Direction::Out);
        QCOMPARE_ENUM(reply.sender, SenderKind::Agent);
        // Not a customer: the Store places it in the conversation of the comment it answers.
        QVERIFY(reply.customerExternalId.isEmpty());
        QVERIFY(reply.customerName.isEmpty());
        QCOMPARE(reply.senderName, QStringLiteral("Wasel Demo Shop"));
        QCOMPARE(reply.replyToExternalId, QStringLiteral("1000000000000001_2000000000000001"));
        QCOMPARE(reply.threadKey, QStringLiteral("106540352242922_1000000000000001"));
        QCOMPARE(reply.externalMessageId, QStringLiteral("1000000000000001_2000000000000002"));
    }

    void whatsAppLocationAndContacts()
    {
        const auto events = eventsOf(QStringLiteral("whatsapp_cloud_location_contacts.json"));
        QCOMPARE(events.size(), 2);
        const InboundEvent &place = events.at(0);
        QCOMPARE_ENUM(place.kind, MessageKind::Location);
        QCOMPARE(place.attachments.size(), 1);
        QCOMPARE(place.attachments.front().url, QStringLiteral("geo:30.5085,47.7804"));
        QCOMPARE(place.attachments.front().fileName, QStringLiteral("Basra Mall"));
        QCOMPARE(place.text, QStringLiteral("Algeria St, Basra"));
        const InboundEvent &card = events.at(1);
        QCOMPARE_ENUM(card.kind, MessageKind::Contact);
        QCOMPARE(card.text, QStringLiteral("👤 Sara Kareem · Kareem Tailoring · +964 780 555 0101 · sara@example.com"));
        QVERIFY(card.payloadJson.contains(QLatin1String("9647805550101")));
        // A location without coordinates says nothing: kept raw as unsupported.
        QByteArray broken = readFile(HandMade + QStringLiteral("whatsapp_cloud_location_contacts.json"));
        broken.replace("\"latitude\": 30.5085, ", "");
        QCOMPARE_ENUM(meta::parseWebhook(broken).events.at(0).kind, MessageKind::Unsupported);
    }

    void everyAttachmentType()
    {
        const InboundEvent e = eventsOf(QStringLiteral("messenger_share_reel.json")).front();
        QStringList kinds;
        for (const models::Attachment &a : e.attachments) {
            kinds << models::toString(a.kind);
            QVERIFY2(!a.url.isEmpty(), qPrintable(models::toString(a.kind)));
        }
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("share"), QStringLiteral("video"), QStringLiteral("share"),
                              QStringLiteral("sticker"), QStringLiteral("location"), QStringLiteral("audio"),
                              QStringLiteral("file")}));
        QCOMPARE(e.attachments[0].fileName, QStringLiteral("Abaya collection"));
        QCOMPARE(e.attachments[2].fileName, QStringLiteral("Shop link"));
        QCOMPARE(e.attachments[4].url, QStringLiteral("geo:33.3152,44.3661"));
        QCOMPARE_ENUM(e.kind, MessageKind::Share); // no text: the first attachment says what it is
        QVERIFY(e.payloadJson.contains(QLatin1String("369239263222822")));
    }

    void snapshots_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList patterns{QStringLiteral("messenger_*.json"), QStringLiteral("instagram_*.json"),
                                   QStringLiteral("whatsapp_cloud_*.json")};
        for (const QString &dir : {Shared, HandMade}) {
            for (const QString &name : QDir(dir).entryList(patterns, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name)) << dir + name;
        }
    }

    void snapshots()
    {
        QFETCH(QString, path);
        const meta::WebhookParse parse = meta::parseWebhook(readFile(path));
        QJsonArray events;
        for (const InboundEvent &e : parse.events)
            events.append(snapshotOf(e));
        QJsonObject snapshot{{QLatin1String("events"), events}};
        if (!parse.error.isEmpty())
            snapshot.insert(QLatin1String("error"), parse.error);
        const QByteArray actual = QJsonDocument(snapshot).toJson(QJsonDocument::Indented);
        const QString file = Snapshots + QFileInfo(path).fileName();
        if (qEnvironmentVariableIntValue("WASEL_UPDATE_SNAPSHOTS") == 1) {
            QDir().mkpath(Snapshots);
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            return;
        }
        QFile expected(file);
        QVERIFY2(
            expected.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("no snapshot %1; run with WASEL_UPDATE_SNAPSHOTS=1 and review it").arg(file)));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestMetaEvents)
#include "tst_metaevents.moc"
