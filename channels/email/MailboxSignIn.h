#pragma once

// "Test connection" of an IMAP/SMTP mailbox: signs in to the IMAP server (LOGIN) and then to the
// SMTP server (EHLO, AUTH PLAIN or LOGIN) with the mailbox's user name and password, and signs out
// of both. It reads no mail and sends none; it proves the host names, ports, security and password.
// Security is implicit TLS, STARTTLS, or none (which the channels rules allow only on loopback).

#include "common/Connector.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace wasel::channels {

struct MailServer {
    enum class Security {
        Tls, // TLS from the first byte (IMAP 993, SMTP 465)
        StartTls, // plain, then STARTTLS before the password (IMAP 143, SMTP 587)
        None, // never encrypted: only for a bridge on this computer
    };
    QString host;
    quint16 port = 0; // 0 = the usual port for the protocol and security
    Security security = Security::Tls;

    static std::optional<Security> securityFromString(QStringView name); // tls, starttls, none
};

class MailboxSignIn : public QObject
{
    Q_OBJECT

public:
    MailboxSignIn(MailServer imap, MailServer smtp, QString username, QString password, QObject *parent = nullptr);
    ~MailboxSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Certificates to trust besides the system's (a test server's self-signed one).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }

    // Signs in to IMAP, then SMTP; calls done once, on this object's thread.
    void run(std::function<void(const ConnectionTestResult &)> done);

    // The IMAP quoted string of a user name or password (RFC 3501 §4.3).
    static QByteArray imapQuoted(const QString &text);

private:
    class Session;
    void runImap();
    void runSmtp();
    void finish(const ConnectionTestResult &result);

    MailServer m_imap;
    MailServer m_smtp;
    QString m_username;
    QString m_password;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
    QList<QSslCertificate> m_extraCas;
    std::unique_ptr<Session> m_session;
    std::function<void(const ConnectionTestResult &)> m_done;
};

} // namespace wasel::channels
