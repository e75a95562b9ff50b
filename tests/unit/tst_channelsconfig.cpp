// The headless channels file: every kind's ids, and a clear message for each way it can be wrong.

#include "ChannelsConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using wasel::app::ChannelsConfig;
using wasel::models::ChannelKind;

class TestChannelsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKind()
    {
        const QByteArray json =
            "{\"channels\": ["
            "{\"kind\":\"messenger\",\"name\":\"Shop "
            "page\",\"page_id\":\"1234\",\"token_env\":\"PAGE_TOKEN\",\"ai_mode\":\"draft\"},"
            "{\"kind\":\"instagram\",\"ig_id\":17841400000000000,\"token_env\":\"IG_TOKEN\"},"
            "{\"kind\":\"whatsapp\",\"phone_number_id\":\"1098\",\"waba_id\":\"2211\",\"token_env\":\"WA_TOKEN\","
            "\"api_base\":\"http://127.0.0.1:9000\"},"
            "{\"kind\":\"twilio_whatsapp\",\"account_sid\":\"ACxxxx\",\"from\":\"whatsapp:+14155238886\",\"token_env\":"
            "\"TW\"},"
            "{\"kind\":\"manychat\",\"page_id\":\"555\",\"token_env\":\"MC_KEY\"},"
            "{\"kind\":\"email\",\"address\":\"shop@example.com\"},"
            "{\"kind\":\"widget\",\"project_id\":\"site-1\"}]}";
        QString error;
        const auto config = ChannelsConfig::parse(json, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->channels.size(), 7);
        const auto &messenger = config->channels.at(0);
        QVERIFY(messenger.kind == ChannelKind::Messenger);
        QCOMPARE(messenger.externalId, QStringLiteral("1234"));
        QCOMPARE(messenger.name, QStringLiteral("Shop page"));
        QCOMPARE(messenger.tokenEnv, QStringLiteral("PAGE_TOKEN"));
        QVERIFY(messenger.aiMode && *messenger.aiMode == wasel::models::AiMode::Draft);
        QCOMPARE(config->channels.at(1).externalId, QStringLiteral("17841400000000000")); // a bare number is fine
        QCOMPARE(config->channels.at(1).name, QStringLiteral("17841400000000000"));
        QCOMPARE(config->channels.at(2).ids.value(QStringLiteral("waba_id")), QStringLiteral("2211"));
        QCOMPARE(config->channels.at(2).apiBase, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(config->channels.at(3).externalId, QStringLiteral("+14155238886"));
        QCOMPARE(config->channels.at(3).ids.value(QStringLiteral("account_sid")), QStringLiteral("ACxxxx"));
        QVERIFY(config->channels.at(5).tokenEnv.isEmpty());
        QCOMPARE(config->channels.at(6).externalId, QStringLiteral("site-1"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"channels\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("no array") << QByteArray("{\"channel\": []}") << QStringLiteral("\"channels\" array");
        QTest::newRow("entry") << QByteArray("{\"channels\": [42]}")
                               << QStringLiteral("channels[0]: expected an object");
        QTest::newRow("kind") << QByteArray("{\"channels\": [{\"kind\":\"telegram\"}]}")
                              << QStringLiteral("channels[0]: unknown kind \"telegram\"");
        QTest::newRow("missing id") << QByteArray(
            "{\"channels\": [{\"kind\":\"whatsapp\",\"phone_number_id\":\"1\",\"token_env\":\"T\"}]}")
                                    << QStringLiteral("channels[0] (whatsapp): waba_id is missing");
        QTest::newRow("token") << QByteArray("{\"channels\": [{\"kind\":\"messenger\",\"page_id\":\"1\"}]}")
                               << QStringLiteral("channels[0] (messenger): token_env is missing");
        QTest::newRow("env name") << QByteArray(
            "{\"channels\": [{\"kind\":\"messenger\",\"page_id\":\"1\",\"token_env\":\"my token\"}]}")
                                  << QStringLiteral("not a valid environment variable name");
        QTest::newRow("api base") << QByteArray(
            "{\"channels\": [{\"kind\":\"messenger\",\"page_id\":\"1\",\"token_env\":\"T\",\"api_base\":\"ftp://x\"}]}")
                                  << QStringLiteral("api_base must be an http(s) URL");
        QTest::newRow("ai mode") << QByteArray(
            "{\"channels\": [{\"kind\":\"email\",\"address\":\"a@b\",\"ai_mode\":\"always\"}]}")
                                 << QStringLiteral("ai_mode must be auto, draft or off");
        QTest::newRow("twice") << QByteArray(
            "{\"channels\": [{\"kind\":\"widget\",\"project_id\":\"s\"},{\"kind\":\"widget\",\"project_id\":\"s\"}]}")
                               << QStringLiteral("channels[1] (widget): widget s is listed twice");
        QTest::newRow("email address") << QByteArray("{\"channels\": [{\"kind\":\"email\",\"address\":\"shop\"}]}")
                                       << QStringLiteral("address must be an email address");
        QTest::newRow("email provider") << QByteArray(
            "{\"channels\": [{\"kind\":\"email\",\"address\":\"a@b.c\",\"provider\":\"pop3\"}]}")
                                        << QStringLiteral("provider must be sendgrid or imap");
        const QByteArray imap = "{\"channels\": [{\"kind\":\"email\",\"provider\":\"imap\",\"address\":\"a@b.c\","
                                "\"token_env\":\"P\",\"imap_host\":\"imap.b.c\",\"smtp_host\":\"smtp.b.c\"";
        QTest::newRow("imap needs smtp") << QByteArray(
            "{\"channels\": [{\"kind\":\"email\",\"provider\":\"imap\",\"address\":\"a@b.c\",\"token_env\":\"P\","
            "\"imap_host\":\"imap.b.c\"}]}")
                                         << QStringLiteral("channels[0] (email): smtp_host is missing");
        QTest::newRow("imap password") << QByteArray(
            "{\"channels\": [{\"kind\":\"email\",\"provider\":\"imap\",\"address\":\"a@b.c\","
            "\"imap_host\":\"imap.b.c\",\"smtp_host\":\"smtp.b.c\"}]}")
                                       << QStringLiteral("token_env is missing");
        QTest::newRow("port") << QByteArray(imap + ",\"imap_port\":\"99999\"}]}")
                              << QStringLiteral("imap_port must be a number from 1 to 65535");
        QTest::newRow("security") << QByteArray(imap + ",\"smtp_security\":\"ssl\"}]}")
                                  << QStringLiteral("smtp_security must be tls, starttls or none");
        QTest::newRow("clear text far away") << QByteArray(imap + ",\"imap_security\":\"none\"}]}")
                                             << QStringLiteral("imap_security none is only allowed");
        QTest::newRow("host with scheme") << QByteArray(
            "{\"channels\": [{\"kind\":\"email\",\"provider\":\"imap\",\"address\":\"a@b.c\",\"token_env\":\"P\","
            "\"imap_host\":\"imaps://imap.b.c\",\"smtp_host\":\"smtp.b.c\"}]}")
                                          << QStringLiteral("imap_host must be a host name");
    }

    void twilioApiKey()
    {
        QString error;
        const auto config = ChannelsConfig::parse(
            "{\"channels\": [{\"kind\":\"twilio_whatsapp\",\"account_sid\":\"AC1\",\"from\":\"+14155238886\","
            "\"api_key_sid\":\"SK0123\",\"token_env\":\"TW_KEY_SECRET\"}]}",
            &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->channels.at(0).ids.value(QStringLiteral("api_key_sid")), QStringLiteral("SK0123"));
        QCOMPARE(config->channels.at(0).ids.value(QStringLiteral("account_sid")), QStringLiteral("AC1"));
        QVERIFY(ChannelsConfig::optionalIds(ChannelKind::TwilioWhatsApp).contains(QStringLiteral("api_key_sid")));
        // An auth token pasted into the key field is caught, with the field named.
        QVERIFY(!ChannelsConfig::parse(
            "{\"channels\": [{\"kind\":\"twilio_whatsapp\",\"account_sid\":\"AC1\",\"from\":\"+14155238886\","
            "\"api_key_sid\":\"AC1\",\"token_env\":\"TW\"}]}",
            &error));
        QVERIFY2(error.contains(QStringLiteral("channels[0] (twilio_whatsapp): api_key_sid must be")),
                 qPrintable(error));
    }

    void emailProviders()
    {
        QString error;
        // Without a provider an email account is a SendGrid mailbox that may go without a key.
        const auto sendgrid =
            ChannelsConfig::parse("{\"channels\": [{\"kind\":\"email\",\"address\":\"shop@example.com\"}]}", &error);
        QVERIFY2(sendgrid, qPrintable(error));
        QCOMPARE(sendgrid->channels.first().ids.value(QStringLiteral("provider")), ChannelsConfig::SendGrid);
        const auto imap = ChannelsConfig::parse(
            "{\"channels\": [{\"kind\":\"email\",\"provider\":\"imap\",\"address\":\"shop@example.com\","
            "\"token_env\":\"WASEL_MAIL_PASSWORD\",\"imap_host\":\"127.0.0.1\",\"imap_security\":\"none\","
            "\"smtp_host\":\"smtp.example.com\",\"smtp_port\":587}]}",
            &error);
        QVERIFY2(imap, qPrintable(error));
        const wasel::app::ChannelConfig &c = imap->channels.first();
        QCOMPARE(c.externalId, QStringLiteral("shop@example.com"));
        QCOMPARE(c.ids.value(QStringLiteral("smtp_port")), QStringLiteral("587"));
        QCOMPARE(c.ids.value(QStringLiteral("imap_security")), QStringLiteral("none")); // loopback: allowed
        QCOMPARE(ChannelsConfig::requiredIds(ChannelKind::Email, ChannelsConfig::Imap).value(1),
                 QStringLiteral("imap_host"));
        QVERIFY(!ChannelsConfig::needsToken(ChannelKind::Email));
        QVERIFY(ChannelsConfig::needsToken(ChannelKind::Email, ChannelsConfig::Imap));
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ChannelsConfig::parse(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void loadAndMissingTokens()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ChannelsConfig::load(dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
        QFile file(dir.filePath(QStringLiteral("channels.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"channels\":[{\"kind\":\"messenger\",\"page_id\":\"1\",\"token_env\":\"WASEL_TEST_PAGE_TOKEN\"}]}");
        file.close();
        qunsetenv("WASEL_TEST_PAGE_TOKEN");
        const auto config = ChannelsConfig::load(file.fileName(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->missingTokens(),
                 QStringList{QStringLiteral("channels[0] (messenger): WASEL_TEST_PAGE_TOKEN")});
        qputenv("WASEL_TEST_PAGE_TOKEN", "EAAB");
        QVERIFY(config->missingTokens().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChannelsConfig)
#include "tst_channelsconfig.moc"
