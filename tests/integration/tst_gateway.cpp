// The gateway as the apps run it: a signed webhook arrives, is stored, and the routing rules and
// the assistant run once per new customer message, after the commit. Also the events a crash left
// recorded but not applied, which the next start applies and answers.

#include "Gateway.h"
#include "common/Signatures.h"
#include "store/Store.h"

#include "RawHttpClient.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel;

static const QByteArray appSecret = "gateway-test-secret";

// A Messenger text message sent just now (the assistant leaves old history alone).
static QByteArray messengerText(const QString &mid, const QString &text)
{
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    return QByteArray("{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_1\",\"time\":") + now + ","
        + "\"messaging\":[{\"sender\":{\"id\":\"PSID_1\"},\"recipient\":{\"id\":\"PAGE_1\"},\"timestamp\":" + now
        + ",\"message\":{\"mid\":\"" + mid.toUtf8() + "\",\"text\":\"" + text.toUtf8() + "\"}}]}]}";
}

class TestGateway : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    int m_n = 0;

    static channels::WebhookSettings settings()
    {
        channels::WebhookSettings s;
        s.port = 0;
        s.metaAppSecret = appSecret;
        return s;
    }
    static int post(app::Gateway &gateway, const QByteArray &body)
    {
        return tests::sendRaw(
                   gateway.server()->port(),
                   tests::httpRequest("POST", "/webhooks/meta", body,
                                      {{"Content-Type", "application/json"},
                                       {"X-Hub-Signature-256", channels::signatures::metaSignature(appSecret, body)}}))
            .status;
    }
    QList<models::Message> allMessages() const
    {
        QList<models::Message> all;
        for (const auto &c : m_store->conversations({}))
            all += m_store->messages(c.id, 0, 1000);
        return all;
    }
    int count(models::SenderKind sender) const
    {
        int n = 0;
        for (const auto &m : allMessages())
            n += m.sender == sender ? 1 : 0;
        return n;
    }
    // Lets queued work (the apply after the 200, automation) finish.
    static void settle() { QTest::qWait(200); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("gateway-%1.sqlite").arg(++m_n))));
    }
    void cleanup() { m_store.reset(); }

    void rulesAndAssistantRunOncePerCustomerMessage()
    {
        models::RoutingRuleRecord rule;
        rule.name = QStringLiteral("label everything");
        rule.enabled = true;
        rule.definitionJson = QStringLiteral("{\"then\":{\"label\":\"seen\"}}");
        QVERIFY(m_store->saveRoutingRule(rule) > 0);
        app::Gateway gateway(m_store.get());
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));

        QCOMPARE(post(gateway, messengerText(QStringLiteral("m.1"), QStringLiteral("hello"))), 200);
        QTRY_COMPARE(customer.size(), 1);
        settle();
        QCOMPARE(count(models::SenderKind::Customer), 1);
        QCOMPARE(count(models::SenderKind::Ai), 1); // one greeting, not one per listener
        QCOMPARE(m_store->outbox().size(), 1);
        const auto conversation = m_store->conversation(customer.first().at(0).toLongLong());
        QVERIFY(conversation->labels.contains(QStringLiteral("seen")));

        // A redelivery is acknowledged and changes nothing.
        QCOMPARE(post(gateway, messengerText(QStringLiteral("m.1"), QStringLiteral("hello"))), 200);
        settle();
        QCOMPARE(customer.size(), 1);
        QCOMPARE(count(models::SenderKind::Ai), 1);
    }

    void automationOffOnlyStores()
    {
        app::Gateway gateway(m_store.get());
        gateway.setAutomationEnabled(false);
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));
        QCOMPARE(post(gateway, messengerText(QStringLiteral("m.2"), QStringLiteral("hello"))), 200);
        QTRY_COMPARE(customer.size(), 1);
        settle();
        QCOMPARE(count(models::SenderKind::Customer), 1);
        QCOMPARE(count(models::SenderKind::Ai), 0);
        QVERIFY(m_store->outbox().isEmpty());
    }

    // Handover protocol: while another app owns the thread, its messages arrive as `standby`.
    // They are stored and shown, but neither the rules nor the assistant answer them.
    void standbyIsStoredNotAnswered()
    {
        app::Gateway gateway(m_store.get());
        QSignalSpy customer(&gateway, &app::Gateway::customerMessage);
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));
        QByteArray body = messengerText(QStringLiteral("m.standby"), QStringLiteral("hello"));
        body.replace("\"messaging\"", "\"standby\"");
        QCOMPARE(post(gateway, body), 200);
        QTRY_COMPARE(customer.size(), 1);
        settle();
        QCOMPARE(count(models::SenderKind::Customer), 1);
        QCOMPARE(count(models::SenderKind::Ai), 0);
        QVERIFY(m_store->outbox().isEmpty());
    }

    void eventsLeftPendingAreAppliedAndAnsweredOnStart()
    {
        models::WebhookEvent event;
        event.provider = QStringLiteral("meta");
        event.dedupeKey = QStringLiteral("meta:m.3");
        event.body = messengerText(QStringLiteral("m.3"), QStringLiteral("hello"));
        event.receivedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->recordWebhookEvent(event).ok); // acknowledged, then the process died
        QCOMPARE(count(models::SenderKind::Customer), 0);

        app::Gateway gateway(m_store.get());
        QString error;
        QVERIFY2(gateway.start(settings(), &error), qPrintable(error));
        QCOMPARE(count(models::SenderKind::Customer), 1);
        QCOMPARE(count(models::SenderKind::Ai), 1);
        QCOMPARE(m_store->webhookStats().pending, 0);
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
