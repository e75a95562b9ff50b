// Issue 6: a WhatsApp conversation whose customer wrote 30 hours ago can only get an approved
// template. The composer offers the cached templates (the customer's language first), keeps Send
// disabled until every {{n}} is filled, previews the filled text and queues a template message
// with the exact payload; once the customer writes again the free-text editor is back. Run in the
// language of WASEL_TEST_LANG, with screenshots to look at.

#include "ChannelsConfig.h"
#include "Composer.h"
#include "FakeHttpServer.h"
#include "InboxActions.h"
#include "TemplateCatalog.h"
#include "TemplateComposer.h"
#include "TestEvents.h"
#include "ThreadView.h"
#include "WidgetTest.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

class TestTemplateComposer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    models::Store m_store;
    QNetworkAccessManager m_network;
    tests::FakeHttpServer m_graph; // the second number's Business Account: templates come later
    std::unique_ptr<app::TemplateCatalog> m_catalog;
    QString m_lang;
    qint64 m_conversation = 0;

    qint64 customerWrote(const QString &phoneNumberId, const QString &customer, const QString &text,
                         const QString &wamid, double hoursAgo)
    {
        auto e = tests::customerText(ChannelKind::WhatsApp, customer, text, wamid,
                                     QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600)),
                                     QStringLiteral("Noor Al-Hashimi"));
        e.accountExternalId = phoneNumberId;
        return m_store.apply(e).conversationId;
    }

    void saveScreenshot(QWidget &view, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = tests::installTestLanguage();
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("t.sqlite"))));
        m_conversation = customerWrote(QStringLiteral("1098765"), QStringLiteral("9647701234567"),
                                       QStringLiteral("مرحبا، وين وصل طلبي؟"), QStringLiteral("wamid.OLD"), 30);
        QVERIFY(m_conversation);
        // The cache exactly as TemplateCatalog writes it after a fetch (fresh: no network call).
        const QByteArray cache = R"({"fetched_at": "%1", "templates": [
            {"name": "order_update", "language": "en_US", "category": "UTILITY",
             "body": "Hello {{1}}, your order {{2}} is on its way.", "variables": ["1", "2"]},
            {"name": "order_update", "language": "ar", "category": "UTILITY",
             "body": "مرحبا {{1}}، طلبك {{2}} في الطريق إليك.", "variables": ["1", "2"]}]})";
        QVERIFY(
            m_store.setSetting(app::TemplateCatalog::cacheKey(QStringLiteral("1110001")),
                               QString::fromUtf8(cache).arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));
        QVERIFY(m_graph.listen());
        m_catalog = std::make_unique<app::TemplateCatalog>(&m_store, &m_network);
        app::ChannelConfig number;
        number.kind = ChannelKind::WhatsApp;
        number.externalId = QStringLiteral("1098765");
        number.ids.insert(QStringLiteral("waba_id"), QStringLiteral("1110001"));
        app::ChannelConfig empty = number; // a second number whose account has no templates yet
        empty.externalId = QStringLiteral("2220000");
        empty.ids.insert(QStringLiteral("waba_id"), QStringLiteral("2220001"));
        empty.apiBase = m_graph.url();
        m_catalog->configure({{number, empty}}, [](const app::ChannelConfig &) { return QStringLiteral("WA_TOKEN"); });
    }

    void outsideTheWindowOnlyATemplateGoes()
    {
        app::InboxActions actions(&m_store, QStringLiteral("Noor"));
        actions.setTemplateCatalog(m_catalog.get());
        ui::ThreadView view(&m_store, &actions);
        view.resize(900, 620);
        view.setConversation(m_conversation);
        view.show();
        ui::Composer *composer = view.composer();
        QVERIFY(composer->isTemplateMode());
        QVERIFY(!composer->editor()->isVisible());
        auto *picker = tests::namedChild<QComboBox>(&view, "templatePicker");
        auto *send = tests::namedChild<QPushButton>(&view, "templateSendButton");
        auto *preview = tests::namedChild<QLabel>(&view, "templatePreview");
        QVERIFY(picker->isVisible());
        QVERIFY(!picker->accessibleName().isEmpty());
        // The customer wrote Arabic: the Arabic template comes first.
        QCOMPARE(picker->count(), 2);
        QVERIFY2(picker->currentText().contains(QStringLiteral("(ar)")), qPrintable(picker->currentText()));

        auto *first = tests::namedChild<QLineEdit>(&view, "templateVariable1");
        auto *second = tests::namedChild<QLineEdit>(&view, "templateVariable2");
        QVERIFY(!first->accessibleName().isEmpty());
        QVERIFY(!send->isEnabled());
        first->setFocus();
        first->insert(QStringLiteral("نور")); // QTest types Latin keys only
        QVERIFY(!send->isEnabled()); // {{2}} is still empty
        QCOMPARE(preview->text(), QStringLiteral("مرحبا نور، طلبك {{2}} في الطريق إليك."));
        QTest::keyClicks(second, QStringLiteral("#1234"));
        QVERIFY(send->isEnabled());
        QCOMPARE(preview->text(), QStringLiteral("مرحبا نور، طلبك #1234 في الطريق إليك."));
        QCOMPARE(preview->layoutDirection(), Qt::RightToLeft); // from its own text, in every UI language
        saveScreenshot(view, QStringLiteral("wasel-template"));

        // Return in the last field sends, like the button.
        QTest::keyClick(second, Qt::Key_Return);
        const QList<models::OutboxItem> outbox = m_store.outbox();
        QCOMPARE(outbox.size(), 1);
        const auto message = m_store.message(outbox.first().messageId);
        QVERIFY(message);
        QCOMPARE(models::toString(message->kind), models::toString(models::MessageKind::Template));
        QCOMPARE(message->body, QStringLiteral("مرحبا نور، طلبك #1234 في الطريق إليك."));
        const QJsonObject expected{
            {QStringLiteral("template"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                         {QStringLiteral("language"), QStringLiteral("ar")},
                         {QStringLiteral("variables"), QJsonArray{QStringLiteral("نور"), QStringLiteral("#1234")}}}}};
        QCOMPARE(QJsonDocument::fromJson(message->payloadJson.toUtf8()).object(), expected);
        QVERIFY(first->text().isEmpty() && second->text().isEmpty());
        QVERIFY(!send->isEnabled());

        // The English one has its own text, read left to right.
        picker->setCurrentIndex(1);
        QTest::keyClicks(tests::namedChild<QLineEdit>(&view, "templateVariable1"), QStringLiteral("Noor"));
        QCOMPARE(preview->text(), QStringLiteral("Hello Noor, your order {{2}} is on its way."));
        QCOMPARE(preview->layoutDirection(), Qt::LeftToRight);

        // A private note can still be written.
        composer->setNoteMode(true);
        QVERIFY(composer->editor()->isVisible());
        QVERIFY(!picker->isVisible());
        composer->setNoteMode(false);
        QVERIFY(picker->isVisible());

        // The customer writes again: the window is open and the free-text editor is back.
        customerWrote(QStringLiteral("1098765"), QStringLiteral("9647701234567"), QStringLiteral("شكراً"),
                      QStringLiteral("wamid.NEW"), 0);
        QTRY_VERIFY(composer->editor()->isVisible());
        QVERIFY(!composer->isTemplateMode());
        QVERIFY(!picker->isVisible());
    }

    void noApprovedTemplatesSaysWhereToMakeOne()
    {
        const qint64 conversation = customerWrote(QStringLiteral("2220000"), QStringLiteral("66812345678"),
                                                  QStringLiteral("ยังไม่ได้ของเลยค่ะ"), QStringLiteral("wamid.TH"), 48);
        app::InboxActions actions(&m_store, QStringLiteral("Noor"));
        actions.setTemplateCatalog(m_catalog.get());
        QSignalSpy refreshed(&actions, &app::InboxActions::templatesRefreshed);
        m_graph.script.push_back(tests::ScriptedResponse::json(200, "{\"data\":[]}"));
        ui::ThreadView view(&m_store, &actions);
        view.resize(900, 620);
        view.setConversation(conversation); // never fetched: asked for at once, and nothing is approved
        view.show();
        QTRY_COMPARE(refreshed.size(), 1);
        QVERIFY(view.composer()->isTemplateMode());
        QVERIFY(tests::namedChild<QLabel>(&view, "noTemplatesNote")->isVisible());
        auto *refresh = tests::namedChild<QPushButton>(&view, "templateRefreshButton");
        QVERIFY(refresh->isVisible());
        QVERIFY(!tests::namedChild<QComboBox>(&view, "templatePicker")->isVisible());
        QVERIFY(!view.composer()->editor()->isVisible());
        saveScreenshot(view, QStringLiteral("wasel-no-templates"));

        // One gets approved; Refresh asks again and the picker appears.
        m_graph.script.push_back(tests::ScriptedResponse::json(
            200, R"({"data":[{"name":"welcome_back","language":"th","status":"APPROVED","category":"UTILITY",
                    "components":[{"type":"BODY","text":"สวัสดีค่ะ {{1}} ของพร้อมส่งแล้วค่ะ"}]}]})"));
        refresh->click();
        QTRY_VERIFY(tests::namedChild<QComboBox>(&view, "templatePicker")->isVisible());
        QCOMPARE(m_graph.requests.size(), 2);
        QCOMPARE(m_graph.requests.last().path(), QByteArray("/v21.0/2220001/message_templates"));
        QVERIFY(tests::namedChild<QLineEdit>(&view, "templateVariable1")->isVisible());
    }
};

QTEST_MAIN(TestTemplateComposer)
#include "tst_templatecomposer.moc"
