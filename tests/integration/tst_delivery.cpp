// Delivery as headless sets it up: a channels file, tokens from the environment, api_base pointing
// at loopback fakes; queued replies leave through the right connector with the right token.

#include "ChannelsConfig.h"
#include "Delivery.h"
#include "FakeHttpServer.h"
#include "InboxActions.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;
using models::MessageStatus;

class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsThroughTheConfiguredAccounts()
    {
        tests::FakeHttpServer graph, twilio;
        QVERIFY(graph.listen());
        QVERIFY(twilio.listen());
        graph.script = {tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}"),
                        tests::ScriptedResponse::json(200, "{\"messages\":[{\"id\":\"wamid.1\"}]}")};
        twilio.script = {tests::ScriptedResponse::json(201, "{\"sid\":\"SM1\",\"status\":\"queued\"}")};
        qputenv("TEST_PAGE_TOKEN", "EAAPAGE");
        qputenv("TEST_WA_TOKEN", "EAAWA");
        qputenv("TEST_TWILIO_TOKEN", "twilio-secret");
        const QString json =
            QStringLiteral("{\"channels\":["
                           "{\"kind\":\"messenger\",\"name\":\"Shop "
                           "page\",\"page_id\":\"111\",\"token_env\":\"TEST_PAGE_TOKEN\",\"api_base\":\"%1\"},"
                           "{\"kind\":\"whatsapp\",\"phone_number_id\":\"222\",\"waba_id\":\"9\",\"token_env\":\"TEST_"
                           "WA_TOKEN\",\"api_base\":\"%1\"},"
                           "{\"kind\":\"twilio_whatsapp\",\"from\":\"whatsapp:+14155238886\",\"account_sid\":\"ACabc\","
                           "\"token_env\":\"TEST_TWILIO_TOKEN\",\"api_base\":\"%2\"}]}")
                .arg(graph.url().toString(), twilio.url().toString());
        QString error;
        const auto config = app::ChannelsConfig::parse(json.toUtf8(), &error);
        QVERIFY2(config, qPrintable(error));

        QTemporaryDir dir;
        models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("d.sqlite"))));
        app::Delivery delivery(&store);
        delivery.setPublicBaseUrl(QUrl(QStringLiteral("https://inbox.example.com")));
        delivery.configure(*config, app::secretFromEnvironment);
        QCOMPARE(delivery.connectedKinds().size(), 3);
        QCOMPARE(store.channelAccounts().size(), 3);

        auto queue = [&](ChannelKind kind, const QString &account, const QString &customer, const QString &text) {
            auto e = tests::customerText(kind, customer, QStringLiteral("hi"), QStringLiteral("in-") + customer);
            e.accountExternalId = account;
            const auto r = store.apply(e);
            return store.enqueueOutbound(r.conversationId, text, models::SenderKind::Agent, QStringLiteral("Noor"),
                                         QStringLiteral("c-") + customer);
        };
        const qint64 m1 =
            queue(ChannelKind::Messenger, QStringLiteral("111"), QStringLiteral("PSID"), QStringLiteral("hello"));
        const qint64 m2 = queue(ChannelKind::WhatsApp, QStringLiteral("222"), QStringLiteral("9647701234567"),
                                QStringLiteral("مرحبا"));
        const qint64 m3 = queue(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"),
                                QStringLiteral("+66812345678"), QStringLiteral("สวัสดีค่ะ"));
        delivery.start();
        QTRY_VERIFY(store.message(m1)->status == MessageStatus::Sent && store.message(m2)->status == MessageStatus::Sent
                    && store.message(m3)->status == MessageStatus::Sent);
        QCOMPARE(graph.requests.size(), 2);
        for (const auto &r : std::as_const(graph.requests)) {
            const bool messenger = r.target == "/v21.0/me/messages";
            QVERIFY2(messenger || r.target == "/v21.0/222/messages", r.target.constData());
            QCOMPARE(r.header("authorization"), messenger ? QByteArray("Bearer EAAPAGE") : QByteArray("Bearer EAAWA"));
        }
        QCOMPARE(twilio.requests.first().target, QByteArray("/2010-04-01/Accounts/ACabc/Messages.json"));
        QCOMPARE(twilio.requests.first().header("authorization"),
                 "Basic " + QByteArray("ACabc:twilio-secret").toBase64());
        QVERIFY(twilio.requests.first().body.contains(
            "StatusCallback=https%3A%2F%2Finbox.example.com%2Fwebhooks%2Ftwilio%2Fstatus"));
        QCOMPARE(store.message(m3)->externalId, QStringLiteral("SM1"));

        // A missing token is a readable failure, not a crash or a silent queue.
        qunsetenv("TEST_PAGE_TOKEN");
        app::Delivery again(&store);
        again.configure(*config, app::secretFromEnvironment);
        const qint64 m4 =
            queue(ChannelKind::Messenger, QStringLiteral("111"), QStringLiteral("PSID2"), QStringLiteral("hi"));
        again.start();
        QTRY_VERIFY(store.message(m4)->status == MessageStatus::Failed);
        QVERIFY2(store.message(m4)->statusReason.contains(QStringLiteral("not connected")),
                 qPrintable(store.message(m4)->statusReason));
    }

    // Staff open a WhatsApp conversation with unread customer messages: the newest one (and with it
    // everything before) is marked read on the Cloud API, once; nothing goes through the outbox.
    void whatsAppMarksTheNewestCustomerMessageRead()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        qputenv("TEST_WA_TOKEN", "EAAWA");
        const QString json = QStringLiteral("{\"channels\":[{\"kind\":\"whatsapp\",\"phone_number_id\":\"222\","
                                            "\"waba_id\":\"9\",\"token_env\":\"TEST_WA_TOKEN\",\"api_base\":\"%1\"}]}")
                                 .arg(graph.url().toString());
        QString error;
        const auto config = app::ChannelsConfig::parse(json.toUtf8(), &error);
        QVERIFY2(config, qPrintable(error));
        QTemporaryDir dir;
        models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        app::Delivery delivery(&store);
        delivery.configure(*config, app::secretFromEnvironment);
        app::InboxActions actions(&store, QStringLiteral("Noor"));
        connect(&actions, &app::InboxActions::customerMessagesSeen, &delivery, &app::Delivery::markSeen);

        auto customerWrote = [&](const QString &wamid, qint64 secondsAgo) {
            auto e =
                tests::customerText(ChannelKind::WhatsApp, QStringLiteral("9647701234567"), QStringLiteral("وين طلبي؟"),
                                    wamid, QDateTime::currentDateTimeUtc().addSecs(-secondsAgo));
            e.accountExternalId = QStringLiteral("222");
            return store.apply(e).conversationId;
        };
        customerWrote(QStringLiteral("wamid.OLDER"), 120);
        const qint64 conversation = customerWrote(QStringLiteral("wamid.NEWEST"), 60);
        QVERIFY(actions.markRead(conversation));
        QTRY_COMPARE(graph.requests.size(), 1);
        const auto &req = graph.requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/v21.0/222/messages"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer EAAWA"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(req.body).object(),
                 (QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                              {QStringLiteral("status"), QStringLiteral("read")},
                              {QStringLiteral("message_id"), QStringLiteral("wamid.NEWEST")}}));

        // The same message is not marked twice; the next new one is.
        delivery.markSeen(conversation);
        customerWrote(QStringLiteral("wamid.LATER"), 0);
        QVERIFY(actions.markRead(conversation));
        QTRY_COMPARE(graph.requests.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(graph.requests.last().body).object().value(QLatin1String("message_id")),
                 QJsonValue(QStringLiteral("wamid.LATER")));
        QVERIFY(store.outbox().isEmpty());
    }

    // Staff react to a customer's WhatsApp message (the thread's context menu calls sendReaction):
    // it is queued as a reaction to that message's wamid and leaves as type "reaction"; an empty
    // emoji takes it back. Messenger messages are refused with a reason, nothing queued.
    void staffReactToAWhatsAppMessage()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        graph.script = {tests::ScriptedResponse::json(200, "{\"messages\":[{\"id\":\"wamid.R1\"}]}"),
                        tests::ScriptedResponse::json(200, "{\"messages\":[{\"id\":\"wamid.R2\"}]}")};
        qputenv("TEST_WA_TOKEN", "EAAWA");
        const QString json = QStringLiteral("{\"channels\":[{\"kind\":\"whatsapp\",\"phone_number_id\":\"222\","
                                            "\"waba_id\":\"9\",\"token_env\":\"TEST_WA_TOKEN\",\"api_base\":\"%1\"}]}")
                                 .arg(graph.url().toString());
        QString error;
        const auto config = app::ChannelsConfig::parse(json.toUtf8(), &error);
        QVERIFY2(config, qPrintable(error));
        QTemporaryDir dir;
        models::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("x.sqlite"))));
        app::Delivery delivery(&store);
        delivery.configure(*config, app::secretFromEnvironment);
        app::InboxActions actions(&store, QStringLiteral("Noor"));
        QSignalSpy failed(&actions, &app::InboxActions::failed);

        auto e = tests::customerText(ChannelKind::WhatsApp, QStringLiteral("9647701234567"),
                                     QStringLiteral("وصل الطلب، شكراً"), QStringLiteral("wamid.CUSTOMER"));
        e.accountExternalId = QStringLiteral("222");
        const qint64 conversation = store.apply(e).conversationId;
        const qint64 customerMessage = store.messages(conversation).last().id;
        QVERIFY(actions.canReactTo(customerMessage));

        const qint64 reaction = actions.sendReaction(customerMessage, QStringLiteral("❤️"));
        QVERIFY(reaction);
        QVERIFY(store.message(reaction)->kind == models::MessageKind::Reaction);
        QCOMPARE(store.message(reaction)->replyToExternalId, QStringLiteral("wamid.CUSTOMER"));
        QVERIFY(!actions.canReactTo(reaction)); // our own reaction is not a customer's message
        delivery.start();
        QTRY_VERIFY(store.message(reaction)->status == MessageStatus::Sent);
        QCOMPARE(graph.requests.size(), 1);
        QCOMPARE(graph.requests.first().target, QByteArray("/v21.0/222/messages"));
        const QJsonObject body = QJsonDocument::fromJson(graph.requests.first().body).object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("reaction"));
        QCOMPARE(body.value(QLatin1String("to")).toString(), QStringLiteral("9647701234567"));
        QCOMPARE(body.value(QLatin1String("reaction")).toObject(),
                 (QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.CUSTOMER")},
                              {QStringLiteral("emoji"), QStringLiteral("❤️")}}));
        QVERIFY(!body.contains(QLatin1String("context")));

        const qint64 removal = actions.sendReaction(customerMessage, QString());
        QVERIFY(removal);
        QTRY_VERIFY(store.message(removal)->status == MessageStatus::Sent);
        QCOMPARE(QJsonDocument::fromJson(graph.requests.last().body)
                     .object()
                     .value(QLatin1String("reaction"))
                     .toObject()
                     .value(QLatin1String("emoji"))
                     .toString(),
                 QString());
        QVERIFY(failed.isEmpty());

        // Messenger: no reactions from Wasel; a reason, and nothing queued.
        auto m = tests::customerText(ChannelKind::Messenger, QStringLiteral("PSID"), QStringLiteral("hi"),
                                     QStringLiteral("m_customer"));
        m.accountExternalId = QStringLiteral("111");
        const qint64 messengerConversation = store.apply(m).conversationId;
        const int queued = store.outbox().size();
        QVERIFY(!actions.sendReaction(store.messages(messengerConversation).last().id, QStringLiteral("👍")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(store.outbox().size(), queued);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
