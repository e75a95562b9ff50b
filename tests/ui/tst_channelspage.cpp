// The channels page driven as a person would: a WhatsApp number is added with a field missing
// (refused, naming the field), then completed (saved: the token in the real keychain of a private
// gnome-keyring, the rest in the store), its webhook URL copied, and its connection tested against
// a loopback Graph API that checks the request. The page is grabbed to PNG in English or Arabic.

#include "AppContext.h"
#include "ChannelSetup.h"
#include "ChannelsConfig.h"
#include "ChannelsPage.h"
#include "SecretStore.h"
#include "store/Store.h"

#include "FakeHttpServer.h"
#include "FakeMailServer.h"
#include "WidgetTest.h"

#include <QClipboard>
#include <QComboBox>
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

    template<typename T> T *child(const char *name) const { return tests::namedChild<T>(m_page.get(), name); }
    QString status() const { return child<QLabel>("statusLabel")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = tests::installTestLanguage();
        QString error;
        QVERIFY2(m_context.start({m_dir.path(), false, m_lang, QStringLiteral("Noor")}, &error), qPrintable(error));
        m_page = std::make_unique<ui::ChannelsPage>(m_context.channelSetup());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void addsAWhatsAppNumber()
    {
        m_page->addAccount({models::ChannelKind::WhatsApp, {}});
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
        // Then /debug_token: a token that expires in 30 days (data access ends later).
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 30 * 86400;
        graph.script.push_back(tests::ScriptedResponse::json(
            200,
            QByteArrayLiteral("{\"data\":{\"app_id\":\"1\",\"type\":\"SYSTEM_USER\",\"is_valid\":true,"
                              "\"expires_at\":")
                + QByteArray::number(expires) + ",\"data_access_expires_at\":" + QByteArray::number(expires + 86400)
                + "}}"));
        const qint64 id = m_context.store()->channelAccounts().first().id;
        m_page->showAccount(id);
        child<QLineEdit>("apiBaseEdit")->setText(graph.url().toString());
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton); // no token typed: the stored one stays
        QTRY_VERIFY(m_context.store()->channelAccounts().first().settingsJson.contains(QLatin1String("127.0.0.1")));

        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(graph.requests.size() == 2 && child<QPushButton>("testButton")->isEnabled(), 20000);
        const auto &request = graph.requests.first();
        QVERIFY2(request.target.startsWith("/v21.0/106540352242922?fields="), request.target.constData());
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer EAAG-test-token"));
        QCOMPARE(graph.requests.at(1).target, QByteArray("/v21.0/debug_token?input_token=EAAG-test-token"));
        QCOMPARE(graph.requests.at(1).headers.value("authorization"), QByteArray("Bearer EAAG-test-token"));
        QVERIFY2(status().contains(QLatin1String("Wasel Shop")), qPrintable(status()));
        const QString state = child<QLabel>("stateLabel")->text();
        QVERIFY(state.contains(QLatin1String("Wasel Shop")));
        // The expiry, in the page's language and date format.
        const auto account = m_context.channelSetup()->account(id);
        QVERIFY(account && account->tokenExpiresAt && account->tokenExpiresAt->isValid());
        const qint64 expected = QDateTime::currentSecsSinceEpoch() + 30 * 86400; // the earlier of the two
        QVERIFY(qAbs(account->tokenExpiresAt->toSecsSinceEpoch() - expected) < 120);
        QVERIFY2(state.contains(ui::ChannelsPage::tokenExpiryText(*account)), qPrintable(state));
        QVERIFY(!account->reconnectNeeded(QDateTime::currentDateTimeUtc()));

        // Kept over a restart of the page's service: it is in the workspace settings.
        app::ChannelSetup again(m_context.store());
        QCOMPARE(again.account(id)->tokenExpiresAt, account->tokenExpiresAt);
        QCOMPARE(again.account(id)->lastTest, account->lastTest);
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

    void addsAnImapMailboxAndSignsIn()
    {
        tests::FakeMailServer imap("* OK ready", [](const QByteArray &line) -> QList<QByteArray> {
            if (line == "a1 LOGIN \"orders@shop.example\" \"app-password\"")
                return {"a1 OK LOGIN completed"};
            return {line.left(2) + " OK"};
        });
        tests::FakeMailServer smtp("220 smtp.test ESMTP", [](const QByteArray &line) -> QList<QByteArray> {
            if (line.startsWith("EHLO"))
                return {"250-smtp.test", "250 AUTH PLAIN"};
            if (line.startsWith("AUTH PLAIN"))
                return {"235 2.7.0 Accepted"};
            return {"221 Bye"};
        });
        QVERIFY(imap.listen() && smtp.listen());

        m_page->addAccount({models::ChannelKind::Email, app::ChannelsConfig::Imap});
        QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Orders mailbox"));
        QTest::keyClicks(child<QLineEdit>("field_address"), QStringLiteral("orders@shop.example"));
        QTest::keyClicks(child<QLineEdit>("field_imap_host"), QStringLiteral("mail.shop.example"));
        QTest::keyClicks(child<QLineEdit>("field_smtp_host"), QStringLiteral("127.0.0.1"));
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("app-password"));
        auto *imapSecurity = child<QComboBox>("field_imap_security");
        imapSecurity->setCurrentIndex(imapSecurity->findData(QStringLiteral("none")));
        // A password in the clear to another computer is refused, naming the field by its label.
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY2(status().startsWith(ui::ChannelsPage::fieldLabel(QStringLiteral("imap_security"))),
                 qPrintable(status()));
        const auto accounts = m_context.store()->channelAccounts().size();

        child<QLineEdit>("field_imap_host")->setText(QStringLiteral("127.0.0.1"));
        child<QLineEdit>("field_imap_port")->setText(QString::number(imap.port()));
        child<QLineEdit>("field_smtp_port")->setText(QString::number(smtp.port()));
        auto *smtpSecurity = child<QComboBox>("field_smtp_security");
        smtpSecurity->setCurrentIndex(smtpSecurity->findData(QStringLiteral("none")));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_context.store()->channelAccounts().size(), accounts + 1, 20000);
        const models::ChannelAccount account = m_context.store()->channelAccounts().last();
        QCOMPARE(account.externalId, QStringLiteral("orders@shop.example"));
        QVERIFY(account.settingsJson.contains(QLatin1String("\"provider\":\"imap\"")));
        QVERIFY2(!account.settingsJson.contains(QLatin1String("app-password")), "the password never reaches the store");
        QCOMPARE(child<QLineEdit>("webhookUrl")->text().contains(QLatin1String("http")), false); // nothing to paste

        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(smtp.received.contains("QUIT") && child<QPushButton>("testButton")->isEnabled(),
                                 20000);
        QCOMPARE(imap.received.value(0), QByteArray("a1 LOGIN \"orders@shop.example\" \"app-password\""));
        QVERIFY2(status().contains(QLatin1String("127.0.0.1")), qPrintable(status()));
        const auto state = m_context.channelSetup()->account(account.id);
        QVERIFY(state && state->lastTestOk);

        m_page->resize(920, 640);
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(m_page->grab().toImage().save(QDir(dir).filePath(QStringLiteral("channels-imap-%1.png").arg(m_lang))));
    }
    void addsATwilioSenderWithAnApiKey()
    {
        m_page->addAccount({models::ChannelKind::TwilioWhatsApp, {}});
        auto *key = child<QLineEdit>("field_api_key_sid");
        QVERIFY(!key->placeholderText().isEmpty()); // optional, and says what it is for
        QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Shop Twilio"));
        QTest::keyClicks(child<QLineEdit>("field_from"), QStringLiteral("+14155238886"));
        QTest::keyClicks(child<QLineEdit>("field_account_sid"), QStringLiteral("AC0123"));
        QTest::keyClicks(key, QStringLiteral("AC0123")); // the account SID pasted twice: refused
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("key-secret"));
        const int before = int(m_context.store()->channelAccounts().size());
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY2(status().contains(ui::ChannelsPage::fieldLabel(QStringLiteral("api_key_sid"))), qPrintable(status()));
        QCOMPARE(int(m_context.store()->channelAccounts().size()), before);
        key->setText(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_context.store()->channelAccounts().size()), before + 1, 20000);
        models::ChannelAccount account;
        for (const models::ChannelAccount &a : m_context.store()->channelAccounts())
            if (a.kind == models::ChannelKind::TwilioWhatsApp)
                account = a;
        QCOMPARE(account.externalId, QStringLiteral("+14155238886"));
        QVERIFY(account.settingsJson.contains(QLatin1String("SK0123456789abcdef0123456789abcdef")));
        QVERIFY2(!account.settingsJson.contains(QLatin1String("key-secret")), "the secret never reaches the store");
    }
};

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
