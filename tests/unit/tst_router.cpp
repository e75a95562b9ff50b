// Routing rules: parsing with named errors, every condition, business hours in the shop's time
// zone, order and stop, and the actions applied to a real store before the assistant runs.

#include "Assistant.h"
#include "Router.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using app::RoutingContext;
using models::ChannelKind;

class TestRouter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    int m_n = 0;

    void addRule(const QString &name, const QString &json, bool enabled = true)
    {
        models::RoutingRuleRecord r;
        r.name = name;
        r.definitionJson = json;
        r.enabled = enabled;
        QVERIFY(m_store->saveRoutingRule(r) > 0);
    }
    static RoutingContext context(const QString &text, ChannelKind channel = ChannelKind::Instagram,
                                  const QStringList &labels = {},
                                  const QDateTime &now = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC))
    {
        return {channel, text, app::triage(text), labels, now};
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("router-%1.sqlite").arg(++m_n))));
    }
    void cleanup() { m_store.reset(); }

    void badRulesAreNamedAndSkipped_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("json") << QStringLiteral("{") << QStringLiteral("not a JSON object");
        QTest::newRow("channel") << QStringLiteral("{\"when\":{\"channels\":[\"telegram\"]}}")
                                 << QStringLiteral("unknown channel \"telegram\"");
        QTest::newRow("intent") << QStringLiteral("{\"when\":{\"intents\":[\"vip\"]}}")
                                << QStringLiteral("unknown intent \"vip\"");
        QTest::newRow("hours") << QStringLiteral("{\"when\":{\"hours\":\"night\"}}") << QStringLiteral("hours must be");
        QTest::newRow("priority") << QStringLiteral("{\"then\":{\"priority\":\"asap\"}}")
                                  << QStringLiteral("priority must be");
        QTest::newRow("mode") << QStringLiteral("{\"then\":{\"ai_mode\":\"maybe\"}}")
                              << QStringLiteral("ai_mode must be");
        QTest::newRow("types") << QStringLiteral("{\"when\":{\"keywords\":[1,2]}}") << QStringLiteral("lists of text");
    }
    void badRulesAreNamedAndSkipped()
    {
        QFETCH(QString, json);
        QFETCH(QString, problem);
        addRule(QStringLiteral("broken"), json);
        addRule(QStringLiteral("fine"), QStringLiteral("{\"then\":{\"label\":\"seen\"}}"));
        app::Router router(m_store.get());
        const QStringList problems = router.reload();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("rule \"broken\": ")) && problems.first().contains(problem),
                 qPrintable(problems.first()));
        QCOMPARE(router.evaluate(context(QStringLiteral("hi"))), QStringList{QStringLiteral("fine")});
    }

    void conditions()
    {
        addRule(QStringLiteral("complaints"), QStringLiteral("{\"when\":{\"intents\":[\"complaint\"]}}"));
        addRule(QStringLiteral("whatsapp"),
                QStringLiteral("{\"when\":{\"channels\":[\"whatsapp\",\"twilio_whatsapp\"]}}"));
        addRule(QStringLiteral("refund words"),
                QStringLiteral("{\"when\":{\"keywords\":[\"استرجاع\",\"refund\",\"คืนเงิน\"]}}"));
        addRule(QStringLiteral("vip"), QStringLiteral("{\"when\":{\"labels\":[\"vip\"]}}"));
        addRule(QStringLiteral("disabled"), QStringLiteral("{}"), false);
        app::Router router(m_store.get());
        QCOMPARE(router.evaluate(context(QStringLiteral("hello"))), QStringList());
        QCOMPARE(router.evaluate(context(QStringLiteral("The item arrived broken"))),
                 QStringList{QStringLiteral("complaints")});
        QCOMPARE(router.evaluate(context(QStringLiteral("hello"), ChannelKind::TwilioWhatsApp)),
                 QStringList{QStringLiteral("whatsapp")});
        // Keywords ignore harakat and letter variants, and find Thai inside unspaced text.
        QVERIFY(
            router.evaluate(context(QStringLiteral("اريد اِسْتِرجاع الفلوس"))).contains(QStringLiteral("refund words")));
        QVERIFY(router.evaluate(context(QStringLiteral("ขอคืนเงินได้ไหมคะ"))).contains(QStringLiteral("refund words")));
        QVERIFY(!router.evaluate(context(QStringLiteral("refunded? no, refundable")))
                     .contains(QStringLiteral("refund words")));
        QCOMPARE(router.evaluate(context(QStringLiteral("hello"), ChannelKind::Instagram, {QStringLiteral("vip")})),
                 QStringList{QStringLiteral("vip")});
    }

    void businessHoursInTheShopsTimeZone()
    {
        QVERIFY(m_store->setSetting(
            QStringLiteral("business_hours"),
            QStringLiteral(
                "{\"timezone\":\"Asia/Baghdad\",\"days\":[0,1,2,3,4,6],\"open\":\"10:00\",\"close\":\"22:00\"}")));
        addRule(QStringLiteral("after hours"),
                QStringLiteral("{\"when\":{\"hours\":\"outside\"},\"then\":{\"ai_mode\":\"auto\"}}"));
        addRule(QStringLiteral("open"), QStringLiteral("{\"when\":{\"hours\":\"inside\"}}"));
        app::Router router(m_store.get());
        // Sunday 22 Nov 2026: 09:00 UTC is 12:00 in Baghdad (open); 20:00 UTC is 23:00 (closed).
        QCOMPARE(router.evaluate(context(QStringLiteral("hi"), ChannelKind::Messenger, {},
                                         QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC))),
                 QStringList{QStringLiteral("open")});
        QCOMPARE(router.evaluate(context(QStringLiteral("hi"), ChannelKind::Messenger, {},
                                         QDateTime(QDate(2026, 11, 22), QTime(20, 0), Qt::UTC))),
                 QStringList{QStringLiteral("after hours")});
        // Friday (5) is a day off.
        QCOMPARE(router.evaluate(context(QStringLiteral("hi"), ChannelKind::Messenger, {},
                                         QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))),
                 QStringList{QStringLiteral("after hours")});
        QString error;
        QVERIFY(!app::BusinessHours::fromJson(QStringLiteral("{\"timezone\":\"Mars/Olympus\"}"), &error));
        QVERIFY(error.contains(QStringLiteral("Mars/Olympus")));
        app::BusinessHours overnight;
        overnight.open = QTime(20, 0);
        overnight.close = QTime(2, 0);
        QVERIFY(overnight.contains(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC)));
        QVERIFY(!overnight.contains(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC)));
    }

    void orderAndStop()
    {
        addRule(QStringLiteral("first"), QStringLiteral("{\"when\":{\"intents\":[\"price_inquiry\"]}}"));
        addRule(QStringLiteral("second"), QStringLiteral("{\"stop\":true}"));
        addRule(QStringLiteral("third"), QStringLiteral("{}"));
        app::Router router(m_store.get());
        QCOMPARE(router.evaluate(context(QStringLiteral("how much?"))),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        const qint64 third = m_store->routingRules().last().id;
        QVERIFY(m_store->moveRoutingRule(third, 0));
        QCOMPARE(router.evaluate(context(QStringLiteral("how much?"))),
                 (QStringList{QStringLiteral("third"), QStringLiteral("first"), QStringLiteral("second")}));
    }

    void actionsRunBeforeTheAssistant()
    {
        models::CannedResponse sorry;
        sorry.shortcut = QStringLiteral("sorry");
        sorry.title = QStringLiteral("Sorry");
        sorry.body = QStringLiteral("نعتذر منك، المسؤول راح يتصل بيك");
        QVERIFY(m_store->addCannedResponse(sorry) > 0);
        addRule(
            QStringLiteral("refunds to Noor"),
            QStringLiteral("{\"when\":{\"keywords\":[\"ارجاع\"]},\"then\":{\"assign\":\"Noor\",\"priority\":\"urgent\","
                           "\"label\":\"returns\",\"ai_mode\":\"off\",\"canned\":\"sorry\"},\"stop\":true}"));
        app::Router router(m_store.get());
        app::Assistant assistant(m_store.get());
        const auto applied = m_store->apply(tests::customerText(
            ChannelKind::Instagram, QStringLiteral("psid"), QStringLiteral("اريد ارجاع القطعة"), QStringLiteral("m1")));
        // The gateway's order: the rules, then the assistant (which finds the AI switched off).
        router.onMessage(applied.conversationId, applied.messageId);
        assistant.onMessage(applied.conversationId, applied.messageId);
        const auto c = m_store->conversation(applied.conversationId);
        QCOMPARE(c->assignee, QStringLiteral("Noor"));
        QVERIFY(c->priority == models::Priority::Urgent);
        QVERIFY(c->labels.contains(QStringLiteral("returns")));
        QVERIFY(c->aiMode == models::AiMode::Off);
        const auto messages = m_store->messages(applied.conversationId);
        QCOMPARE(messages.size(), 2); // the canned reply, and no AI message
        QCOMPARE(messages.last().body, sorry.body);
        QVERIFY(messages.last().sender != models::SenderKind::Ai);
    }

    void handoverRule()
    {
        addRule(QStringLiteral("always a person for email"),
                QStringLiteral("{\"when\":{\"channels\":[\"email\"]},\"then\":{\"handover\":true}}"));
        app::Router router(m_store.get());
        const auto applied = m_store->apply(tests::customerText(ChannelKind::Email, QStringLiteral("a@b.c"),
                                                                QStringLiteral("Hello"), QStringLiteral("e1")));
        QVERIFY(!m_store->conversation(applied.conversationId)->needsHuman); // storing alone runs no rule
        router.onMessage(applied.conversationId, applied.messageId);
        QVERIFY(m_store->conversation(applied.conversationId)->needsHuman);
        QCOMPARE(m_store->notes(applied.conversationId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
