// The assistant page driven as a person would: an endpoint on another computer over plain http is
// refused (the key would travel in the clear); the shop's instructions and a loopback endpoint are
// saved (the key in a private gnome-keyring, the rest in the workspace settings, the key nowhere
// in the store); Test asks the endpoint with that key; "Forget the stored key" removes it. The
// page is grabbed to PNG in English or Arabic.

#include "AppContext.h"
#include "AssistantPage.h"
#include "AssistantSetup.h"
#include "SecretStore.h"
#include "store/Store.h"

#include "FakeHttpServer.h"
#include "WidgetTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;

class TestAssistantPage : public QObject
{
    Q_OBJECT

    QString m_lang;
    QTemporaryDir m_dir;
    app::AppContext m_context;
    std::unique_ptr<ui::AssistantPage> m_page;

    template<typename T> T *child(const char *name) const { return tests::namedChild<T>(m_page.get(), name); }
    QString status() const { return child<QLabel>("statusLabel")->text(); }
    QString storedKey()
    {
        app::SecretStore secrets;
        QString key = QStringLiteral("(pending)");
        secrets.read(QLatin1String(app::secret::AiKey), [&key](const QString &value, const QString &) { key = value; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(key != QLatin1String("(pending)"), 20000); }();
        return key;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = tests::installTestLanguage();
        QString error;
        QVERIFY2(m_context.start({m_dir.path(), false, m_lang, QStringLiteral("Noor")}, &error), qPrintable(error));
        m_page = std::make_unique<ui::AssistantPage>(m_context.assistantSetup());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void refusesAKeyInTheClear()
    {
        child<QLineEdit>("baseUrlEdit")->setText(QStringLiteral("http://ai.example.com"));
        child<QLineEdit>("modelEdit")->setText(QStringLiteral("gpt-4o-mini"));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY2(status().contains(QLatin1String("https")), qPrintable(status()));
        QVERIFY(m_context.store()->setting(QStringLiteral("ai_base_url")).isEmpty());
    }

    void savesInstructionsAndTheEndpoint()
    {
        tests::FakeHttpServer ai;
        QVERIFY(ai.listen());
        ai.script.push_back(tests::ScriptedResponse::json(
            200,
            R"({"choices":[{"index":0,"message":{"role":"assistant","content":"ready"},"finish_reason":"stop"}]})"));

        child<QPlainTextEdit>("businessEdit")->setPlainText(QStringLiteral("عبايات في البصرة، توصيل لكل العراق"));
        auto *dialect = child<QComboBox>("dialectBox");
        dialect->setCurrentIndex(dialect->findData(QStringLiteral("ar")));
        child<QSpinBox>("maxRepliesBox")->setValue(3);
        child<QLineEdit>("baseUrlEdit")->setText(ai.url().toString());
        child<QLineEdit>("modelEdit")->setText(QStringLiteral("shop-model"));
        QTest::keyClicks(child<QLineEdit>("keyEdit"), QStringLiteral("sk-page-key"));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_context.store()->setting(QStringLiteral("ai_model")).isEmpty(), 20000);

        const app::AssistantSettings stored = app::AssistantSetup::storedSettings(*m_context.store());
        QCOMPARE(stored.model, QStringLiteral("shop-model"));
        QCOMPARE(stored.dialect, QStringLiteral("ar"));
        QCOMPARE(stored.maxAiRepliesWithoutHuman, 3);
        QCOMPARE(stored.businessDescription, QStringLiteral("عبايات في البصرة، توصيل لكل العراق"));
        QVERIFY(stored.apiKey.isEmpty()); // never in the store
        QCOMPARE(storedKey(), QStringLiteral("sk-page-key"));
        QVERIFY(child<QLineEdit>("keyEdit")->text().isEmpty()); // the page never shows it again

        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ai.requests.size() == 1 && child<QPushButton>("testButton")->isEnabled(), 20000);
        QCOMPARE(ai.requests.first().header("authorization"), QByteArray("Bearer sk-page-key"));
        QVERIFY2(status().contains(QLatin1String("ready")), qPrintable(status()));
    }

    void screenshot()
    {
        m_page->resize(760, 640);
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(m_page->grab().toImage().save(QDir(dir).filePath(QStringLiteral("assistant-%1.png").arg(m_lang))));
    }

    void forgetsTheKey()
    {
        child<QCheckBox>("removeKeyBox")->setChecked(true);
        QVERIFY(!child<QLineEdit>("keyEdit")->isEnabled());
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("saveButton")->isEnabled(), 20000);
        QCOMPARE(storedKey(), QString());
        QVERIFY(!child<QCheckBox>("removeKeyBox")->isChecked());
    }
};

QTEST_MAIN(TestAssistantPage)
#include "tst_assistantpage.moc"
