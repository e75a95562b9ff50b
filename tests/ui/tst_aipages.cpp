// The AI's part of the desktop, driven as staff would: the bar above the composer (a draft to send,
// edit or discard, a reply streaming in, an AI service error), the routing rules page (add, edit,
// reorder, remove, business hours; what it saves is what the router runs) and the knowledge base
// page (edit, CSV import and export). Each is grabbed to PNG in English or Arabic.

#include "AiActivityBar.h"
#include "Assistant.h"
#include "AssistantActivity.h"
#include "AutomationSetup.h"
#include "Composer.h"
#include "KnowledgePage.h"
#include "OfflineResponder.h"
#include "RoutingRulesPage.h"
#include "store/Store.h"

#include "TestEvents.h"
#include "WidgetTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

class TestAiPages : public QObject
{
    Q_OBJECT

    QString m_lang;
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    int m_n = 0;

    qint64 customerSays(app::Assistant &assistant, const QString &customer, const QString &text)
    {
        const auto r = m_store->apply(
            tests::customerText(ChannelKind::Instagram, customer, text, QStringLiteral("mid.%1").arg(++m_n)));
        assistant.onMessage(r.conversationId, r.messageId);
        return r.conversationId;
    }
    void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang));
        QVERIFY(widget->grab().save(path));
        qInfo().noquote() << "screenshot:" << path;
    }
    void importFixture()
    {
        QFile csv(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(app::importKnowledgeCsv(*m_store, csv).ok());
    }

private Q_SLOTS:
    void initTestCase() { m_lang = tests::installTestLanguage(); }
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("pages-%1.sqlite").arg(++m_n))));
    }
    void cleanup() { m_store.reset(); }

    void draftStreamAndErrorAboveTheComposer()
    {
        importFixture();
        app::Assistant assistant(m_store.get());
        app::AssistantActivity activity;
        activity.attach(&assistant);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *composer = new ui::Composer(&window);
        auto *bar = new ui::AiActivityBar(m_store.get(), &activity, composer, &window);
        layout->addStretch();
        layout->addWidget(bar);
        layout->addWidget(composer);
        window.resize(700, 320);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Draft mode: the AI's answer waits in the composer; nothing goes out.
        const qint64 conv = customerSays(assistant, QStringLiteral("a"), QStringLiteral("hi"));
        QVERIFY(m_store->setAiMode(conv, models::AiMode::Draft));
        bar->setConversation(conv);
        QVERIFY(!bar->isVisible());
        const int queued = int(m_store->outbox().size());
        customerSays(assistant, QStringLiteral("a"), QStringLiteral("how much are the gold earrings?"));
        QVERIFY2(composer->text().contains(QStringLiteral("18,500 IQD")), qPrintable(composer->text()));
        QVERIFY(bar->isVisible());
        QVERIFY(tests::namedChild<QToolButton>(bar, "discardDraftButton")->isVisible());
        QCOMPARE(int(m_store->outbox().size()), queued);
        shoot(&window, QStringLiteral("ai-draft"));

        // Switching away and back brings the draft back; Discard throws it away.
        bar->setConversation(0);
        composer->clear();
        bar->setConversation(conv);
        QVERIFY(composer->text().contains(QStringLiteral("18,500 IQD")));
        QTest::mouseClick(tests::namedChild<QToolButton>(bar, "discardDraftButton"), Qt::LeftButton);
        QVERIFY(composer->text().isEmpty());
        QVERIFY(assistant.draft(conv).isEmpty());
        QVERIFY(!bar->isVisible());

        // What staff type themselves is never overwritten by a draft.
        composer->setDraft(QStringLiteral("my own answer"));
        customerSays(assistant, QStringLiteral("a"), QStringLiteral("and the canvas tote?"));
        QCOMPARE(composer->text(), QStringLiteral("my own answer"));
        QVERIFY(bar->isVisible()); // it says a draft is there
        QVERIFY(!assistant.draft(conv).isEmpty());
        composer->clear();

        // Auto mode: the line says a reply is under way (the reply grows in the thread, tst_aithread)
        // without repeating it, and goes when it is sent.
        const qint64 other = customerSays(assistant, QStringLiteral("b"), QStringLiteral("hello"));
        bar->setConversation(other);
        Q_EMIT assistant.replyProgress(other, QStringLiteral("Hi! The earrings"));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->message(), ui::AiActivityBar::tr("The AI is replying in the thread…"));
        QVERIFY(composer->text().isEmpty()); // auto mode does not write into the composer
        shoot(&window, QStringLiteral("ai-streaming"));
        Q_EMIT assistant.replied(other, 1);
        QVERIFY(!bar->isVisible());

        // The AI service failed: staff read why, and can put the line away.
        Q_EMIT assistant.failed(other, QStringLiteral("The AI service refused the API key (HTTP 401)."));
        QVERIFY(bar->isVisible());
        QVERIFY(bar->message().contains(QStringLiteral("HTTP 401")));
        QCOMPARE(activity.error(other), QStringLiteral("The AI service refused the API key (HTTP 401)."));
        shoot(&window, QStringLiteral("ai-error"));
        QTest::mouseClick(tests::namedChild<QToolButton>(bar, "dismissAiErrorButton"), Qt::LeftButton);
        QVERIFY(!bar->isVisible());

        // A handover reaches the notification hook.
        QSignalSpy handedOver(&activity, &app::AssistantActivity::handedOver);
        customerSays(assistant, QStringLiteral("b"), QStringLiteral("I want to talk to a real person"));
        QCOMPARE(handedOver.size(), 1);
        QCOMPARE(handedOver.first().at(0).toLongLong(), other);
    }

    void routingRulesPage()
    {
        models::CannedResponse sorry;
        sorry.shortcut = QStringLiteral("sorry");
        sorry.title = QStringLiteral("Sorry");
        sorry.body = QStringLiteral("نعتذر منك، المسؤول راح يتصل بيك");
        QVERIFY(m_store->addCannedResponse(sorry) > 0);
        app::AutomationSetup setup(m_store.get());
        ui::RoutingRulesPage page(&setup);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *name = tests::namedChild<QLineEdit>(&page, "nameEdit");
        auto *save = tests::namedChild<QPushButton>(&page, "saveRuleButton");
        auto check = [](QListWidget *list, const QString &value) {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == value)
                    list->item(i)->setCheckState(Qt::Checked);
        };

        // A rule that does nothing is refused, and nothing is stored.
        name->setText(QStringLiteral("Empty"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(page.status().contains(QLatin1String("does nothing")) || m_lang != QLatin1String("en"),
                 qPrintable(page.status()));
        QVERIFY(m_store->routingRules().isEmpty());

        // Refunds: a complaint with a keyword, on Instagram → Noor, urgent, the canned reply, a person.
        name->setText(QStringLiteral("Refunds"));
        check(tests::namedChild<QListWidget>(&page, "intentsList"), QStringLiteral("complaint"));
        check(tests::namedChild<QListWidget>(&page, "channelsList"), QStringLiteral("instagram"));
        tests::namedChild<QLineEdit>(&page, "keywordsEdit")->setText(QStringLiteral("refund, ارجاع"));
        tests::namedChild<QLineEdit>(&page, "assignEdit")->setText(QStringLiteral("Noor"));
        auto *priority = tests::namedChild<QComboBox>(&page, "priorityBox");
        priority->setCurrentIndex(priority->findData(QStringLiteral("urgent")));
        auto *canned = tests::namedChild<QComboBox>(&page, "cannedBox");
        canned->setCurrentIndex(canned->findData(QStringLiteral("sorry")));
        tests::namedChild<QCheckBox>(&page, "handoverBox")->setChecked(true);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_store->routingRules().size(), 1);
        const qint64 refunds = page.currentRule();
        QVERIFY(refunds > 0);

        // What was saved is what the router runs.
        app::Router router(m_store.get());
        QVERIFY(router.reload().isEmpty());
        app::RoutingContext context{ChannelKind::Instagram,
                                    QStringLiteral("اريد ارجاع القطعة، مكسورة"),
                                    app::triage(u"اريد ارجاع القطعة، مكسورة"),
                                    {},
                                    QDateTime::currentDateTimeUtc()};
        QCOMPARE(router.evaluate(context), QStringList{QStringLiteral("Refunds")});
        context.channel = ChannelKind::WhatsApp;
        QVERIFY(router.evaluate(context).isEmpty());

        // A second rule, for VIP customers; then it moves to the top.
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
        QCOMPARE(page.currentRule(), 0);
        name->setText(QStringLiteral("VIP"));
        tests::namedChild<QLineEdit>(&page, "labelsEdit")->setText(QStringLiteral("vip"));
        auto *mode = tests::namedChild<QComboBox>(&page, "aiModeBox");
        mode->setCurrentIndex(mode->findData(QStringLiteral("draft")));
        tests::namedChild<QCheckBox>(&page, "stopBox")->setChecked(true);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_store->routingRules().size(), 2);
        QCOMPARE(m_store->routingRules().last().name, QStringLiteral("VIP"));
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "moveUpButton"), Qt::LeftButton);
        QCOMPARE(m_store->routingRules().first().name, QStringLiteral("VIP"));
        QCOMPARE(tests::namedChild<QListWidget>(&page, "rulesList")->currentRow(), 0);
        context.labels = {QStringLiteral("vip")};
        context.channel = ChannelKind::Instagram;
        router.reload();
        QCOMPARE(router.evaluate(context), QStringList{QStringLiteral("VIP")}); // stop honoured

        // The same name twice is refused.
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "addRuleButton"), Qt::LeftButton);
        name->setText(QStringLiteral("refunds"));
        tests::namedChild<QLineEdit>(&page, "labelEdit")->setText(QStringLiteral("x"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_store->routingRules().size(), 2);

        // Business hours: an unknown time zone is refused, a real one is stored for the router.
        tests::namedChild<QLineEdit>(&page, "timezoneEdit")->setText(QStringLiteral("Mars/Olympus"));
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "saveHoursButton"), Qt::LeftButton);
        QVERIFY2(page.status().contains(QLatin1String("Mars/Olympus")), qPrintable(page.status()));
        QVERIFY(m_store->setting(QStringLiteral("business_hours")).isEmpty());
        tests::namedChild<QLineEdit>(&page, "timezoneEdit")->setText(QStringLiteral("Asia/Baghdad"));
        tests::namedChild<QCheckBox>(&page, "day5Box")->setChecked(false); // closed on Friday
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "saveHoursButton"), Qt::LeftButton);
        QString error;
        const auto hours = app::BusinessHours::fromJson(m_store->setting(QStringLiteral("business_hours")), &error);
        QVERIFY2(hours, qPrintable(error));
        QCOMPARE(hours->timezone, QStringLiteral("Asia/Baghdad"));
        QVERIFY(!hours->days.contains(5));
        QCOMPARE(hours->days.size(), 6);

        // Select Refunds again and look at the page.
        tests::namedChild<QListWidget>(&page, "rulesList")->setCurrentRow(1);
        QCOMPARE(page.currentRule(), refunds);
        QCOMPARE(tests::namedChild<QLineEdit>(&page, "assignEdit")->text(), QStringLiteral("Noor"));
        shoot(&page, QStringLiteral("rules"));

        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "removeRuleButton"), Qt::LeftButton);
        QCOMPARE(m_store->routingRules().size(), 1);
        QCOMPARE(m_store->routingRules().first().name, QStringLiteral("VIP"));
    }

    void knowledgePage()
    {
        app::AutomationSetup setup(m_store.get());
        ui::KnowledgePage page(&setup);
        page.resize(900, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = tests::namedChild<QTableWidget>(&page, "knowledgeTable");
        QCOMPARE(table->rowCount(), 0);

        page.importFrom(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(page.status().contains(QStringLiteral("missing.csv")));
        page.importFrom(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv"));
        QCOMPARE(table->rowCount(), 9);
        QVERIFY2(page.status().contains(u'9'), qPrintable(page.status()));

        // A new product, its price written the Iraqi way.
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "newItemButton"), Qt::LeftButton);
        tests::namedChild<QLineEdit>(&page, "itemNameEdit")->setText(QStringLiteral("محفظة جلد"));
        tests::namedChild<QLineEdit>(&page, "priceEdit")->setText(QStringLiteral("٢٥,٠٠٠"));
        tests::namedChild<QComboBox>(&page, "currencyBox")->setCurrentText(QStringLiteral("IQD"));
        tests::namedChild<QLineEdit>(&page, "stockEdit")->setText(QStringLiteral("lots"));
        tests::namedChild<QLineEdit>(&page, "tagsEdit")->setText(QStringLiteral("محفظة, wallet"));
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "saveItemButton"), Qt::LeftButton);
        QVERIFY(page.status().contains(QStringLiteral("lots"))); // not a number: nothing saved
        QCOMPARE(m_store->knowledgeItems().size(), 9);
        tests::namedChild<QLineEdit>(&page, "stockEdit")->setText(QStringLiteral("7"));
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "saveItemButton"), Qt::LeftButton);
        QCOMPARE(m_store->knowledgeItems().size(), 10);
        const auto found = m_store->findKnowledge(QStringLiteral("شكد سعر المحفظة"), app::knowledgeQuestionWords());
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().name, QStringLiteral("محفظة جلد"));
        QCOMPARE(*found.first().price, 25000.0);
        QCOMPARE(*found.first().stock, 7);
        QCOMPARE(table->rowCount(), 10);

        // The filter, then export and a round trip.
        tests::namedChild<QLineEdit>(&page, "filterEdit")->setText(QStringLiteral("wallet"));
        QCOMPARE(table->rowCount(), 1);
        shoot(&page, QStringLiteral("knowledge"));
        tests::namedChild<QLineEdit>(&page, "filterEdit")->clear();
        const QString out = m_dir.filePath(QStringLiteral("export-%1.csv").arg(m_lang));
        page.exportTo(out);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY(text.contains(QStringLiteral("محفظة جلد")));
        QVERIFY(text.contains(QStringLiteral("Opening hours")));
        page.exportTo(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")));
        QVERIFY(page.status().contains(QStringLiteral("x.csv")));

        // Remove the selected entry.
        table->selectRow(0);
        table->setCurrentCell(0, 0);
        const QString first = table->item(0, 1)->text();
        QTest::mouseClick(tests::namedChild<QPushButton>(&page, "removeItemButton"), Qt::LeftButton);
        QCOMPARE(m_store->knowledgeItems().size(), 9);
        for (const auto &item : m_store->knowledgeItems())
            QVERIFY(item.name != first);
    }
};

QTEST_MAIN(TestAiPages)
#include "tst_aipages.moc"
