// The channels page driven as a person would: a WhatsApp number is added with a field missing
// (refused, naming the field), then completed (saved: the token in the real keychain of a private
// gnome-keyring, the rest in the store), its webhook URL copied, and its connection tested against
// a loopback Graph API that checks the request. The page is grabbed to PNG in English or Arabic.

#include "AppContext.h"
#include "ChannelSetup.h"
#include "ChannelsPage.h"
#include "SecretStore.h"
#include "Translations.h"
#include "store/Store.h"

#include "FakeHttpServer.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;

class TestChannelsPage : public QObject
{
    Q_OBJECT

    QString m_lang;
    QTemporaryDir m_dir;
    app::AppContext m_context;
    std::unique_ptr<ui::ChannelsPage> m_page;

    template<typename T> T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QString status() const { return child<QLabel>("statusLabel")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = qEnvironmentVariable("WASEL_TEST_LANG", QStringLiteral("en"));
        QVERIFY(translations::install(*qApp, m_lang));
        if (m_lang == QLatin1String("ar"))
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QString error;
        QVERIFY2(m_context.start({m_dir.path(), false, m_lang, QStringLiteral("Noor")}, &error), qPrintable(error));
        m_page = std::make_unique<ui::ChannelsPage>(m_context.channelSetup());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void addsAWhatsAppNumber()
    {
        m_page->addAccount(models::ChannelKind::WhatsApp);
        QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Shop WhatsApp"));
        QTest::keyClicks(child<QLineEdit>("field_phone_number_id"), QStringLiteral("106540352242922"));
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("EAAG-test-token"));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        // Refused, naming the field by its label; nothing stored.
        QVERIFY2(status().contains(ui::ChannelsPage::fieldLabel(QStringLiteral("waba_id"))), qPrintable(status()));
        QVERIFY(m_context.store()->channelAccounts().isEmpty());

        QTest::keyClicks(child<QLineEdit>("field_waba_id"), QStringLiteral("2211"));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_context.store()->channelAccounts().size(), 1, 20000);
        const models::ChannelAccount account = m_context.store()->channelAccounts().first();
        QCOMPARE(account.externalId, QStringLiteral("106540352242922"));
        QCOMPARE(account.name, QStringLiteral("Shop WhatsApp"));
        QVERIFY(account.settingsJson.contains(QLatin1String("2211")));
        QVERIFY2(!account.settingsJson.contains(QLatin1String("EAAG")), "the token never reaches the store");
        QCOMPARE(child<QListWidget>("channelList")->count(), 1);
        // Meta asks for a verify token: one is made up and kept in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>("verifyToken")->text().startsWith(QLatin1String("wasel-")), 20000);

        // The token is in the keychain under the account's entry.
        app::SecretStore secrets;
        QString token = QStringLiteral("(pending)");
        secrets.read(app::ChannelSetup::tokenSecretName(models::ChannelKind::WhatsApp, account.externalId),
                     [&token](const QString &value, const QString &) { token = value; });
        QTRY_VERIFY_WITH_TIMEOUT(token != QLatin1String("(pending)"), 20000);
        QCOMPARE(token, QStringLiteral("EAAG-test-token"));
    }

    void showsAndCopiesTheWebhookUrl()
    {
        QCOMPARE(child<QLineEdit>("webhookUrl")->text(), QStringLiteral("http://127.0.0.1:8787/webhooks/meta"));
        QVERIFY(m_context.store()->setSetting(QStringLiteral("webhook_public_url"),
                                              QStringLiteral("https://inbox.example.com/")));
        m_page->showAccount(m_context.store()->channelAccounts().first().id);
        QCOMPARE(child<QLineEdit>("webhookUrl")->text(), QStringLiteral("https://inbox.example.com/webhooks/meta"));
        QTest::mouseClick(child<QPushButton>("copyWebhookUrl"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://inbox.example.com/webhooks/meta"));
    }

    void testsTheConnectionWithTheStoredToken()
    {
        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        graph.script.push_back(tests::ScriptedResponse::json(
            200,
            "{\"verified_name\":\"Wasel Shop\",\"display_phone_number\":\"+964 770 000 0000\","
            "\"quality_rating\":\"GREEN\",\"id\":\"106540352242922\"}"));
        const qint64 id = m_context.store()->channelAccounts().first().id;
        m_page->showAccount(id);
        child<QLineEdit>("apiBaseEdit")->setText(graph.url().toString());
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton); // no token typed: the stored one stays
        QTRY_VERIFY(m_context.store()->channelAccounts().first().settingsJson.contains(QLatin1String("127.0.0.1")));

        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(graph.requests.size() == 1 && child<QPushButton>("testButton")->isEnabled(), 20000);
        const auto &request = graph.requests.first();
        QVERIFY2(request.target.startsWith("/v21.0/106540352242922?fields="), request.target.constData());
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer EAAG-test-token"));
        QVERIFY2(status().contains(QLatin1String("Wasel Shop")), qPrintable(status()));
        QVERIFY(child<QLabel>("stateLabel")->text().contains(QLatin1String("Wasel Shop")));
    }

    void disableAndRemove()
    {
        const qint64 id = m_context.store()->channelAccounts().first().id;
        m_page->showAccount(id);
        QTest::mouseClick(child<QPushButton>("enableButton"), Qt::LeftButton);
        QVERIFY(m_context.channelSetup()->account(id).has_value());
        QVERIFY(!m_context.channelSetup()->account(id)->draft.enabled);
        QTest::mouseClick(child<QPushButton>("enableButton"), Qt::LeftButton);
        QVERIFY(m_context.channelSetup()->account(id)->draft.enabled);
    }

    void screenshot()
    {
        m_page->resize(920, 560);
        m_page->showAccount(m_context.store()->channelAccounts().first().id);
        QTest::qWait(100);
        const QImage image = m_page->grab().toImage();
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QStringLiteral("channels-%1.png").arg(m_lang));
        QVERIFY(image.save(path));
        qInfo().noquote() << "screenshot:" << path;

        // Last: an account without conversations can be removed, and its token leaves the keychain.
        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(m_context.store()->channelAccounts().size(), 0);
    }

    void showsTheLastSendingError()
    {
        app::ChannelDraft draft;
        draft.kind = models::ChannelKind::Messenger;
        draft.name = QStringLiteral("Shop page");
        draft.ids = {{QStringLiteral("page_id"), QStringLiteral("PAGE_77")}};
        draft.token = QStringLiteral("EAAP-page");
        qint64 id = -1;
        m_context.channelSetup()->save(draft, [&id](qint64 saved, const QString &) { id = saved; });
        QTRY_VERIFY_WITH_TIMEOUT(id != -1, 20000);
        QVERIFY(id > 0);
        models::InboundEvent hello;
        hello.channel = models::ChannelKind::Messenger;
        hello.accountExternalId = QStringLiteral("PAGE_77");
        hello.customerExternalId = QStringLiteral("PSID_77");
        hello.text = QStringLiteral("hi");
        hello.externalMessageId = QStringLiteral("m.77");
        const auto applied = m_context.store()->apply(hello);
        QVERIFY(applied.ok);
        const qint64 reply = m_context.store()->enqueueOutbound(applied.conversationId, QStringLiteral("hello"),
                                                                models::SenderKind::Agent, QStringLiteral("Noor"),
                                                                QStringLiteral("c-77"));
        QVERIFY(reply > 0);
        QVERIFY(m_context.store()->outboxFailed(m_context.store()->outbox().last().id,
                                                QStringLiteral("This person isn't available right now.")));
        m_page->showAccount(id);
        QVERIFY2(child<QLabel>("stateLabel")->text().contains(QLatin1String("isn't available")),
                 qPrintable(child<QLabel>("stateLabel")->text()));
        // It has a conversation now: removing is refused, with the reason.
        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        QVERIFY(m_context.channelSetup()->account(id).has_value());
        QVERIFY(!status().isEmpty());
    }
};

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
