// "Test connection" of the two mailbox kinds against loopback fakes that check every line and
// request: a SendGrid API key through GET /v3/scopes, and an IMAP/SMTP mailbox signed in to with
// LOGIN and AUTH PLAIN / LOGIN — in the clear (a local bridge), with STARTTLS and with implicit
// TLS on a certificate made for the test, refused when the certificate is not trusted, and with
// readable reasons for a wrong password, a closed port and a server that never answers.

#include "FakeHttpServer.h"
#include "FakeMailServer.h"
#include "email/MailboxSignIn.h"
#include "email/SendGridApi.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using channels::ConnectionTestResult;
using channels::MailboxSignIn;
using channels::MailServer;
using tests::FakeMailServer;

namespace {

QList<QByteArray> imapReplies(const QByteArray &line)
{
    if (line.startsWith("a0 STARTTLS"))
        return {"a0 OK Begin TLS negotiation now", "STARTTLS"};
    if (line.startsWith("a1 LOGIN \"shop@example.com\" \"s3cret\\\"pass\""))
        return {"* CAPABILITY IMAP4rev1", "a1 OK LOGIN completed"};
    if (line.startsWith("a1 LOGIN"))
        return {"a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)"};
    if (line.startsWith("a2 LOGOUT"))
        return {"* BYE Logging out", "a2 OK LOGOUT completed"};
    return {"* BAD unexpected"};
}

// An SMTP submission server offering `auth` mechanisms, and STARTTLS when `startTls`.
FakeMailServer::Reply smtpReplies(QByteArray auth, bool startTls)
{
    auto encrypted = std::make_shared<bool>(false);
    return [auth, startTls, encrypted](const QByteArray &line) -> QList<QByteArray> {
        const QByteArray plain = QByteArray("\0shop@example.com\0s3cret\"pass", 29).toBase64();
        if (line.startsWith("EHLO ")) {
            QList<QByteArray> out{"250-smtp.test at your service", "250-8BITMIME"};
            if (startTls && !*encrypted)
                out.append("250-STARTTLS");
            out.append("250 AUTH " + auth);
            return out;
        }
        if (line == "STARTTLS") {
            *encrypted = true;
            return {"220 2.0.0 Ready to start TLS", "STARTTLS"};
        }
        if (line == "AUTH PLAIN " + plain)
            return {"235 2.7.0 Accepted"};
        if (line.startsWith("AUTH PLAIN"))
            return {"535 5.7.8 Username and Password not accepted"};
        if (line == "AUTH LOGIN")
            return {"334 VXNlcm5hbWU6"};
        if (line == QByteArray("shop@example.com").toBase64())
            return {"334 UGFzc3dvcmQ6"};
        if (line == QByteArray("s3cret\"pass").toBase64())
            return {"235 2.7.0 Accepted"};
        if (line == "QUIT")
            return {"221 2.0.0 Bye"};
        return {"500 unexpected"};
    };
}

} // namespace

class TestEmailConnection : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;

    ConnectionTestResult signIn(MailServer imap, MailServer smtp,
                                const QString &password = QStringLiteral("s3cret\"pass"),
                                const QList<QSslCertificate> &trusted = {})
    {
        MailboxSignIn check(imap, smtp, QStringLiteral("shop@example.com"), password);
        check.setTimeout(std::chrono::seconds(5));
        check.setExtraCaCertificates(trusted);
        std::optional<ConnectionTestResult> result;
        check.run([&result](const ConnectionTestResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(ConnectionTestResult(false, QStringLiteral("(no answer)")));
    }

    static MailServer server(quint16 port, MailServer::Security security)
    {
        return {QStringLiteral("127.0.0.1"), port, security};
    }

    // A self-signed certificate for 127.0.0.1, made with the openssl command line for this run.
    bool makeCertificate()
    {
        if (!m_certificate.isNull())
            return true;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return false;
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess p;
        p.start(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return false;
        QFile c(cert), k(key);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        m_certificate = QSslCertificate(c.readAll());
        m_key = QSslKey(k.readAll(), QSsl::Rsa);
        return !m_certificate.isNull() && !m_key.isNull();
    }

private Q_SLOTS:
    void sendGridKeyThatMaySendMail()
    {
        tests::FakeHttpServer api;
        QVERIFY(api.listen());
        api.script.push_back(tests::ScriptedResponse::json(200, R"({"scopes":["mail.send","user.profile.read"]})"));
        channels::ApiEndpoint endpoint = channels::SendGridApi::defaultEndpoint();
        endpoint.baseUrl = api.url();
        std::optional<ConnectionTestResult> result;
        channels::SendGridApi::testKey(&m_network, endpoint, QStringLiteral("SG.key"),
                                       [&](const ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok, qPrintable(result->summary));
        QCOMPARE(api.requests.first().method, QByteArray("GET"));
        QCOMPARE(api.requests.first().target, QByteArray("/v3/scopes"));
        QCOMPARE(api.requests.first().header("authorization"), QByteArray("Bearer SG.key"));
        QVERIFY(result->tokenExpiresAt && !result->tokenExpiresAt->isValid()); // keys do not expire
    }

    void sendGridKeyRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("says");
        QTest::newRow("no mail.send") << 200 << QByteArray(R"({"scopes":["user.profile.read"]})") << false
                                      << QStringLiteral("Mail Send");
        QTest::newRow("401") << 401 << QByteArray(R"({"errors":[{"field":null,"message":"authorization required"}]})")
                             << true << QStringLiteral("authorization required");
        QTest::newRow("garbage") << 200 << QByteArray("<html>") << false << QStringLiteral("200");
        QTest::newRow("500") << 500 << QByteArray() << false << QStringLiteral("500");
    }

    void sendGridKeyRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, refused);
        QFETCH(QString, says);
        tests::FakeHttpServer api;
        QVERIFY(api.listen());
        api.script.push_back(tests::ScriptedResponse::json(status, body));
        channels::ApiEndpoint endpoint = channels::SendGridApi::defaultEndpoint();
        endpoint.baseUrl = api.url();
        std::optional<ConnectionTestResult> result;
        channels::SendGridApi::testKey(&m_network, endpoint, QStringLiteral("SG.key"),
                                       [&](const ConnectionTestResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok);
        QCOMPARE(result->credentialsRefused, refused);
        QVERIFY2(result->summary.contains(says), qPrintable(result->summary));
    }

    void signsInToImapAndSmtpInTheClear()
    {
        FakeMailServer imap("* OK [CAPABILITY IMAP4rev1] ready", imapReplies);
        FakeMailServer smtp("220 smtp.test ESMTP", smtpReplies("PLAIN LOGIN", false));
        QVERIFY(imap.listen() && smtp.listen());
        const auto result =
            signIn(server(imap.port(), MailServer::Security::None), server(smtp.port(), MailServer::Security::None));
        QVERIFY2(result.ok, qPrintable(result.summary));
        QCOMPARE(result.summary,
                 QStringLiteral("Signed in to 127.0.0.1 (IMAP) and 127.0.0.1 (SMTP) as shop@example.com."));
        QCOMPARE(imap.received, (QList<QByteArray>{"a1 LOGIN \"shop@example.com\" \"s3cret\\\"pass\"", "a2 LOGOUT"}));
        QCOMPARE(
            smtp.received,
            (QList<QByteArray>{"EHLO [127.0.0.1]",
                               "AUTH PLAIN " + QByteArray("\0shop@example.com\0s3cret\"pass", 29).toBase64(), "QUIT"}));
    }

    void smtpAuthLoginWhenPlainIsNotOffered()
    {
        FakeMailServer imap("* OK ready", imapReplies);
        FakeMailServer smtp("220 smtp.test ESMTP", smtpReplies("LOGIN", false));
        QVERIFY(imap.listen() && smtp.listen());
        const auto result =
            signIn(server(imap.port(), MailServer::Security::None), server(smtp.port(), MailServer::Security::None));
        QVERIFY2(result.ok, qPrintable(result.summary));
        QCOMPARE(smtp.received.mid(1, 3),
                 (QList<QByteArray>{"AUTH LOGIN", QByteArray("shop@example.com").toBase64(),
                                    QByteArray("s3cret\"pass").toBase64()}));
    }

    void wrongPasswordIsNamedAndStopsAtImap()
    {
        FakeMailServer imap("* OK ready", imapReplies);
        FakeMailServer smtp("220 smtp.test ESMTP", smtpReplies("PLAIN", false));
        QVERIFY(imap.listen() && smtp.listen());
        const auto result = signIn(server(imap.port(), MailServer::Security::None),
                                   server(smtp.port(), MailServer::Security::None), QStringLiteral("wrong"));
        QVERIFY(!result.ok);
        QVERIFY(result.credentialsRefused);
        QVERIFY2(result.summary.contains(QLatin1String("Invalid credentials")), qPrintable(result.summary));
        QCOMPARE(smtp.connections(), 0);
    }

    void smtpRefusalIsNamed()
    {
        FakeMailServer imap("* OK ready", [](const QByteArray &line) -> QList<QByteArray> {
            return line.startsWith("a1") ? QList<QByteArray>{"a1 OK"} : QList<QByteArray>{"a2 OK"};
        });
        FakeMailServer smtp("220 smtp.test ESMTP", smtpReplies("PLAIN", false));
        QVERIFY(imap.listen() && smtp.listen());
        const auto result = signIn(server(imap.port(), MailServer::Security::None),
                                   server(smtp.port(), MailServer::Security::None), QStringLiteral("other"));
        QVERIFY(!result.ok);
        QVERIFY(result.credentialsRefused);
        QVERIFY2(result.summary.startsWith(QLatin1String("SMTP:"))
                     && result.summary.contains(QLatin1String("Username and Password not accepted")),
                 qPrintable(result.summary));
    }

    void startTlsAndImplicitTls()
    {
        if (!makeCertificate())
            QSKIP("the openssl command is needed to make the test certificate (scripts/setup-deps.sh installs it)");
        FakeMailServer imap("* OK ready", imapReplies);
        imap.setTls(m_certificate, m_key, true);
        FakeMailServer smtp("220 smtp.test ESMTP", smtpReplies("PLAIN", true));
        smtp.setTls(m_certificate, m_key, false);
        QVERIFY(imap.listen() && smtp.listen());
        const auto result =
            signIn(server(imap.port(), MailServer::Security::Tls), server(smtp.port(), MailServer::Security::StartTls),
                   QStringLiteral("s3cret\"pass"), {m_certificate});
        QVERIFY2(result.ok, qPrintable(result.summary));
        QCOMPARE(smtp.received.value(1), QByteArray("STARTTLS"));
        QCOMPARE(smtp.received.value(2), QByteArray("EHLO [127.0.0.1]")); // again, inside TLS
        QVERIFY(smtp.received.value(3).startsWith("AUTH PLAIN "));

        // IMAP with STARTTLS too: the password goes only after the upgrade.
        FakeMailServer imap2("* OK ready", imapReplies);
        imap2.setTls(m_certificate, m_key, false);
        FakeMailServer smtp2("220 smtp.test ESMTP", smtpReplies("PLAIN", true));
        smtp2.setTls(m_certificate, m_key, false);
        QVERIFY(imap2.listen() && smtp2.listen());
        const auto again = signIn(server(imap2.port(), MailServer::Security::StartTls),
                                  server(smtp2.port(), MailServer::Security::StartTls), QStringLiteral("s3cret\"pass"),
                                  {m_certificate});
        QVERIFY2(again.ok, qPrintable(again.summary));
        QCOMPARE(imap2.received.value(0), QByteArray("a0 STARTTLS"));
    }

    void untrustedCertificateIsRefused()
    {
        if (!makeCertificate())
            QSKIP("the openssl command is needed to make the test certificate (scripts/setup-deps.sh installs it)");
        FakeMailServer imap("* OK ready", imapReplies);
        imap.setTls(m_certificate, m_key, true);
        QVERIFY(imap.listen());
        const auto result =
            signIn(server(imap.port(), MailServer::Security::Tls), server(1, MailServer::Security::Tls));
        QVERIFY(!result.ok);
        QVERIFY2(result.summary.contains(QLatin1String("secure connection")), qPrintable(result.summary));
        QVERIFY(imap.received.isEmpty()); // the password never left
    }

    void closedPortAndSilentServer()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto result = signIn(server(port, MailServer::Security::None), server(port, MailServer::Security::None));
        QVERIFY(!result.ok);
        QVERIFY2(result.summary.contains(QLatin1String("refused the connection")), qPrintable(result.summary));

        QTcpServer silent; // accepts and never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        MailboxSignIn check(server(silent.serverPort(), MailServer::Security::None),
                            server(silent.serverPort(), MailServer::Security::None), QStringLiteral("u"),
                            QStringLiteral("p"));
        check.setTimeout(std::chrono::milliseconds(300));
        std::optional<ConnectionTestResult> timedOut;
        check.run([&](const ConnectionTestResult &r) { timedOut = r; });
        QTRY_VERIFY(timedOut.has_value());
        QVERIFY(!timedOut->ok);
        QVERIFY2(timedOut->summary.contains(QLatin1String("did not answer")), qPrintable(timedOut->summary));
    }

    void notAMailServer()
    {
        FakeMailServer http("HTTP/1.1 400 Bad Request", [](const QByteArray &) { return QList<QByteArray>{}; });
        QVERIFY(http.listen());
        const auto result =
            signIn(server(http.port(), MailServer::Security::None), server(http.port(), MailServer::Security::None));
        QVERIFY(!result.ok);
        QVERIFY2(result.summary.contains(QLatin1String("IMAP server")), qPrintable(result.summary));
    }

    void quotedStrings()
    {
        QCOMPARE(MailboxSignIn::imapQuoted(QStringLiteral("a\\b\"c")), QByteArray("\"a\\\\b\\\"c\""));
        QCOMPARE(MailboxSignIn::imapQuoted(QStringLiteral("كلمة")), "\"" + QStringLiteral("كلمة").toUtf8() + "\"");
    }
};

QTEST_GUILESS_MAIN(TestEmailConnection)
#include "tst_emailconnection.moc"
