// The ManyChat part of the customer panel, offscreen in WASEL_TEST_LANG (en, ar), on its own against
// a loopback fake of ManyChat's API: linking a subscriber fetches its name, tags and fields; staff add
// and remove a tag and change a field (the exact request bodies are checked); an error that ManyChat
// answers with HTTP 200 is shown; the ManyChat log lists every call. Saved as PNGs to look at.

#include "ChannelsConfig.h"
#include "Delivery.h"
#include "FakeHttpServer.h"
#include "ManyChatPanel.h"
#include "ManyChatService.h"
#include "WidgetTest.h"
#include "store/Store.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace wasel;
using tests::namedChild;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray Info = "{\"status\":\"success\",\"data\":{\"id\":1324564700000001,\"name\":\"Layla Hassan\","
                        "\"live_chat_url\":\"https://manychat.com/fb2345646570000001/chat/1324564700000001\","
                        "\"tags\":[{\"id\":1,\"name\":\"vip\"}],"
                        "\"custom_fields\":[{\"id\":7,\"name\":\"city\",\"type\":\"text\",\"value\":\"Basra\"},"
                        "{\"id\":8,\"name\":\"orders\",\"type\":\"number\",\"value\":3}]}}";

} // namespace

class TestManyChatPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkTagsFieldsAndLog()
    {
        const QString lang = tests::installTestLanguage();
        tests::FakeHttpServer api;
        QVERIFY(api.listen());
        qputenv("TEST_MC_KEY", "2345646570000001:SECRET");
        QString error;
        const auto config = app::ChannelsConfig::parse(
            QStringLiteral("{\"channels\":[{\"kind\":\"manychat\",\"page_id\":\"2345646570000001\","
                           "\"token_env\":\"TEST_MC_KEY\",\"api_base\":\"%1\"}]}")
                .arg(api.url().toString())
                .toUtf8(),
            &error);
        QVERIFY2(config, qPrintable(error));
        models::Store store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        app::Delivery delivery(&store);
        delivery.configure(*config, app::secretFromEnvironment);
        models::InboundEvent e;
        e.channel = models::ChannelKind::Messenger;
        e.accountExternalId = QStringLiteral("2345646570000001");
        e.customerExternalId = QStringLiteral("PSID-1");
        e.customerName = QStringLiteral("Layla");
        e.externalMessageId = QStringLiteral("m-1");
        e.text = QStringLiteral("شكد سعر الجنطة؟");
        e.timestamp = QDateTime::currentDateTimeUtc();
        const qint64 customer = store.conversation(store.apply(e).conversationId)->customerId;

        ui::ManyChatPanel panel(delivery.manyChat());
        panel.resize(380, 720);
        panel.show();
        panel.setCustomer(customer);
        auto *status = namedChild<QLabel>(&panel, "manyChatStatus");
        auto *errorLabel = namedChild<QLabel>(&panel, "manyChatError");
        auto *subscriber = namedChild<QLineEdit>(&panel, "manyChatSubscriberEdit");
        QVERIFY(subscriber->isVisible());
        QVERIFY(!namedChild<QPushButton>(&panel, "manyChatAddTag")->isEnabled());

        // A wrong id is refused in words, and nothing is asked.
        subscriber->setText(QStringLiteral("abc"));
        namedChild<QPushButton>(&panel, "manyChatLink")->click();
        QVERIFY(errorLabel->isVisible());
        QCOMPARE(api.requests.size(), 0);

        api.script = {tests::ScriptedResponse::json(200, Info)};
        subscriber->setText(QStringLiteral("1324564700000001"));
        namedChild<QPushButton>(&panel, "manyChatLink")->click();
        auto *tags = namedChild<QListWidget>(&panel, "manyChatTags");
        QTRY_COMPARE(tags->count(), 1);
        QCOMPARE(api.requests.first().target, QByteArray("/fb/subscriber/getInfo?subscriber_id=1324564700000001"));
        QCOMPARE(api.requests.first().header("authorization"), QByteArray("Bearer 2345646570000001:SECRET"));
        QCOMPARE(tags->item(0)->text(), QStringLiteral("vip"));
        QVERIFY(status->text().contains(QStringLiteral("Layla Hassan")));
        QVERIFY(!subscriber->isVisible());
        auto *fields = namedChild<QTableWidget>(&panel, "manyChatFields");
        QCOMPARE(fields->rowCount(), 2);
        QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("city"));
        QCOMPARE(fields->item(0, 1)->text(), QStringLiteral("Basra"));
        QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("3"));

        // Add a tag: addTagByName, then getInfo again.
        QByteArray infoWithTag = Info;
        infoWithTag.replace("[{\"id\":1,\"name\":\"vip\"}]",
                            "[{\"id\":1,\"name\":\"vip\"},{\"id\":2,\"name\":\"price_inquiry\"}]");
        api.script = {tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
                      tests::ScriptedResponse::json(200, infoWithTag)};
        namedChild<QLineEdit>(&panel, "manyChatTagEdit")->setText(QStringLiteral("price_inquiry"));
        namedChild<QPushButton>(&panel, "manyChatAddTag")->click();
        QTRY_COMPARE(tags->count(), 2);
        QCOMPARE(api.requests.at(1).target, QByteArray("/fb/subscriber/addTagByName"));
        QCOMPARE(object(api.requests.at(1).body),
                 object("{\"subscriber_id\":1324564700000001,\"tag_name\":\"price_inquiry\"}"));
        QVERIFY2(!api.requests.at(1).body.contains("\"content\""), api.requests.at(1).body.constData());

        // Remove one.
        api.script = {tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
                      tests::ScriptedResponse::json(200, Info)};
        tags->setCurrentRow(0);
        namedChild<QPushButton>(&panel, "manyChatRemoveTag")->click();
        QTRY_COMPARE(api.requests.size(), 5);
        QCOMPARE(api.requests.at(3).target, QByteArray("/fb/subscriber/removeTagByName"));
        QCOMPARE(object(api.requests.at(3).body), object("{\"subscriber_id\":1324564700000001,\"tag_name\":\"vip\"}"));
        QTRY_COMPARE(tags->count(), 1);

        // Change a field in place.
        api.script = {tests::ScriptedResponse::json(200, "{\"status\":\"success\"}"),
                      tests::ScriptedResponse::json(200, Info)};
        fields = namedChild<QTableWidget>(&panel, "manyChatFields");
        fields->item(0, 1)->setText(QStringLiteral("أربيل"));
        QTRY_COMPARE(api.requests.size(), 7);
        QCOMPARE(api.requests.at(5).target, QByteArray("/fb/subscriber/setCustomFieldByName"));
        QCOMPARE(object(api.requests.at(5).body),
                 object(QStringLiteral("{\"subscriber_id\":1324564700000001,\"field_name\":\"city\","
                                       "\"field_value\":\"أربيل\"}")
                            .toUtf8()));

        // ManyChat's error with HTTP 200 is an error, with its message.
        api.script = {tests::ScriptedResponse::json(
            200,
            "{\"status\":\"error\",\"message\":\"Tag not found\",\"details\":{\"messages\":[{\"message\":"
            "\"no tag named ghost\"}]}}")};
        namedChild<QLineEdit>(&panel, "manyChatTagEdit")->setText(QStringLiteral("ghost"));
        namedChild<QPushButton>(&panel, "manyChatAddTag")->click();
        QTRY_VERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(QStringLiteral("Tag not found: no tag named ghost")),
                 qPrintable(errorLabel->text()));
        QCOMPARE(api.requests.size(), 8); // no refresh after a failure

        // The log: every call, newest first, and never the key.
        auto *log = namedChild<QTreeWidget>(&panel, "manyChatLog");
        QTRY_COMPARE(log->topLevelItemCount(), 8);
        QCOMPARE(log->topLevelItem(0)->text(1), QStringLiteral("subscriber/addTagByName"));
        QVERIFY(log->topLevelItem(0)->text(2).contains(QStringLiteral("Tag not found")));
        for (int i = 0; i < log->topLevelItemCount(); ++i)
            QVERIFY(!log->topLevelItem(i)->text(2).contains(QStringLiteral("SECRET")));

        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("manychat-panel-%1.png").arg(lang))));

        // Another customer, not linked: the panel empties.
        panel.setCustomer(customer + 1000);
        QCOMPARE(namedChild<QListWidget>(&panel, "manyChatTags")->count(), 0);
        QCOMPARE(namedChild<QTreeWidget>(&panel, "manyChatLog")->topLevelItemCount(), 0);
    }

    void withoutService()
    {
        ui::ManyChatPanel panel(nullptr);
        panel.setCustomer(1);
        QVERIFY(!namedChild<QLabel>(&panel, "manyChatStatus")->text().isEmpty());
        QVERIFY(!namedChild<QPushButton>(&panel, "manyChatRefresh")->isEnabled());
    }
};

QTEST_MAIN(TestManyChatPanel)
#include "tst_manychatpanel.moc"
