#include "MailboxSignIn.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace wasel::channels {

namespace {

quint16 portOf(const MailServer &server, bool imap)
{
    if (server.port)
        return server.port;
    if (imap)
        return server.security == MailServer::Security::Tls ? 993 : 143;
    return server.security == MailServer::Security::Tls     ? 465
        : server.security == MailServer::Security::StartTls ? 587
                                                            : 25;
}

// The text of a server's answer after its tag or code, for people: "a1 NO [AUTHENTICATIONFAILED] Invalid
// credentials" → "[AUTHENTICATIONFAILED] Invalid credentials".
QString answerText(const QByteArray &line, qsizetype skipWords)
{
    qsizetype at = 0;
    for (qsizetype i = 0; i < skipWords && at >= 0; ++i) {
        at = line.indexOf(' ', at);
        if (at >= 0)
            ++at;
    }
    return at < 0 ? QString() : QString::fromUtf8(line.mid(at)).trimmed();
}

} // namespace

std::optional<MailServer::Security> MailServer::securityFromString(QStringView name)
{
    if (name.isEmpty() || name == u"tls")
        return Security::Tls;
    if (name == u"starttls")
        return Security::StartTls;
    if (name == u"none")
        return Security::None;
    return std::nullopt;
}

QByteArray MailboxSignIn::imapQuoted(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

// One connection that hands over whole lines, upgrades to TLS on request, and turns every socket
// failure and the deadline into one readable error.
class MailboxSignIn::Session : public QObject
{
public:
    std::function<void(const QByteArray &line)> onLine;
    std::function<void()> onEncrypted;
    std::function<void(const QString &error)> onError;

    Session(const QString &host, quint16 port, bool implicitTls, const QList<QSslCertificate> &extraCas,
            std::chrono::milliseconds timeout)
        : m_host(host)
        , m_port(port)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!extraCas.isEmpty())
            tls.addCaCertificates(extraCas);
        m_socket.setSslConfiguration(tls);
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, this, [this, timeout] {
            fail(MailboxSignIn::tr("%1 did not answer within %n seconds.", nullptr, int(timeout.count() / 1000))
                     .arg(m_host));
        });
        QObject::connect(&m_socket, &QSslSocket::readyRead, this, [this] { readLines(); });
        QObject::connect(&m_socket, &QSslSocket::encrypted, this, [this] {
            if (m_startTls && onEncrypted)
                onEncrypted();
        });
        QObject::connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            switch (e) {
            case QAbstractSocket::HostNotFoundError:
                return fail(MailboxSignIn::tr("The server %1 was not found: check the host name.").arg(m_host));
            case QAbstractSocket::ConnectionRefusedError:
                return fail(MailboxSignIn::tr("%1 refused the connection on port %2: check the port and security.")
                                .arg(m_host)
                                .arg(m_port));
            case QAbstractSocket::RemoteHostClosedError:
                return fail(MailboxSignIn::tr("%1 closed the connection.").arg(m_host));
            default:
                return fail(MailboxSignIn::tr("The connection to %1 failed: %2").arg(m_host, m_socket.errorString()));
            }
        });
        QObject::connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            fail(MailboxSignIn::tr("The secure connection to %1 failed: %2")
                     .arg(m_host, errors.isEmpty() ? m_socket.errorString() : errors.first().errorString()));
        });
        m_deadline.start(timeout);
        if (implicitTls)
            m_socket.connectToHostEncrypted(host, port);
        else
            m_socket.connectToHost(host, port);
    }

    void send(const QByteArray &line) { m_socket.write(line + "\r\n"); }
    void startTls()
    {
        m_startTls = true;
        m_socket.startClientEncryption();
    }
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    QString localAddress() const { return m_socket.localAddress().toString(); }
    // The session has done its work: later socket trouble (the server hanging up) is no error.
    void close()
    {
        m_closed = true;
        m_deadline.stop();
        m_socket.disconnectFromHost();
    }

private:
    void readLines()
    {
        m_buffer += m_socket.readAll();
        if (m_buffer.size() > 64 * 1024) // no sane greeting or answer is this long
            return fail(MailboxSignIn::tr("%1 sent an answer that is not a mail server's.").arg(m_host));
        qsizetype end;
        while (!m_closed && (end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (onLine)
                onLine(line);
        }
    }
    void fail(const QString &error)
    {
        if (m_closed)
            return;
        m_closed = true;
        m_deadline.stop();
        m_socket.abort();
        if (onError)
            onError(error);
    }

    QString m_host;
    quint16 m_port;
    QSslSocket m_socket;
    QTimer m_deadline;
    QByteArray m_buffer;
    bool m_startTls = false;
    bool m_closed = false;
};

MailboxSignIn::MailboxSignIn(MailServer imap, MailServer smtp, QString username, QString password, QObject *parent)
    : QObject(parent)
    , m_imap(std::move(imap))
    , m_smtp(std::move(smtp))
    , m_username(std::move(username))
    , m_password(std::move(password))
{
}

MailboxSignIn::~MailboxSignIn() = default;

void MailboxSignIn::run(std::function<void(const ConnectionTestResult &)> done)
{
    m_done = std::move(done);
    for (const QString &text : {m_username, m_password}) {
        if (text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0)))
            return finish({false, tr("The user name or password has a line break in it; type it again.")});
    }
    runImap();
}

void MailboxSignIn::finish(const ConnectionTestResult &result)
{
    if (m_session)
        m_session->close();
    // The session may be the caller on the stack: delete it once control is back in the loop.
    if (m_session)
        m_session.release()->deleteLater();
    if (auto done = std::exchange(m_done, nullptr))
        done(result);
}

void MailboxSignIn::runImap()
{
    const bool startTls = m_imap.security == MailServer::Security::StartTls;
    m_session = std::make_unique<Session>(m_imap.host, portOf(m_imap, true),
                                          m_imap.security == MailServer::Security::Tls, m_extraCas, m_timeout);
    Session *s = m_session.get();
    auto step = std::make_shared<int>(0); // 0 greeting, 1 STARTTLS, 2 LOGIN, 3 LOGOUT
    auto login = [this, s, step] {
        *step = 2;
        s->send("a1 LOGIN " + imapQuoted(m_username) + ' ' + imapQuoted(m_password));
    };
    s->onError = [this](const QString &error) { finish({false, tr("IMAP: %1").arg(error)}); };
    s->onEncrypted = login;
    s->onLine = [this, s, step, startTls, login](const QByteArray &line) {
        const QByteArray upper = line.toUpper();
        switch (*step) {
        case 0:
            if (upper.startsWith("* BYE"))
                return finish(
                    {false, tr("IMAP: %1 turned the connection away: %2").arg(m_imap.host, answerText(line, 2))});
            if (!upper.startsWith("* OK") && !upper.startsWith("* PREAUTH"))
                return finish({false, tr("IMAP: %1 does not answer like an IMAP server.").arg(m_imap.host)});
            if (startTls) {
                *step = 1;
                return s->send("a0 STARTTLS");
            }
            return login();
        case 1:
            if (upper.startsWith("A0 OK"))
                return s->startTls();
            if (upper.startsWith("A0 "))
                return finish({false, tr("IMAP: %1 does not offer STARTTLS; choose TLS instead.").arg(m_imap.host)});
            return; // untagged lines
        case 2:
            if (upper.startsWith("A1 OK")) {
                *step = 3;
                return s->send("a2 LOGOUT");
            }
            if (upper.startsWith("A1 ")) {
                ConnectionTestResult refused(
                    false, tr("IMAP: %1 refused the user name or password: %2").arg(m_imap.host, answerText(line, 2)));
                refused.credentialsRefused = true;
                return finish(refused);
            }
            return;
        default:
            if (upper.startsWith("A2 ")) {
                m_session->close();
                m_session.release()->deleteLater();
                runSmtp();
            }
            return;
        }
    };
}

void MailboxSignIn::runSmtp()
{
    const bool startTls = m_smtp.security == MailServer::Security::StartTls;
    m_session = std::make_unique<Session>(m_smtp.host, portOf(m_smtp, false),
                                          m_smtp.security == MailServer::Security::Tls, m_extraCas, m_timeout);
    Session *s = m_session.get();
    // SMTP answers may span lines ("250-…" then "250 …"): the code and the lines of one answer.
    struct State {
        enum Step {
            Greeting,
            Ehlo,
            StartTls,
            Auth,
            AuthUser,
            AuthPassword,
            Quit
        } step = Greeting;
        QList<QByteArray> lines;
    };
    auto state = std::make_shared<State>();
    auto ehlo = [s, state] {
        state->step = State::Ehlo;
        s->send("EHLO [" + s->localAddress().toLatin1() + ']');
    };
    auto refused = [this](const QByteArray &line) {
        ConnectionTestResult result(
            false, tr("SMTP: %1 refused the user name or password: %2").arg(m_smtp.host, answerText(line, 1)));
        result.credentialsRefused = true;
        finish(result);
    };
    s->onError = [this](const QString &error) { finish({false, tr("SMTP: %1").arg(error)}); };
    s->onEncrypted = ehlo;
    s->onLine = [=, this](const QByteArray &line) {
        if (line.size() < 3) {
            return finish({false, tr("SMTP: %1 does not answer like a mail server.").arg(m_smtp.host)});
        }
        state->lines.append(line);
        if (line.size() > 3 && line.at(3) == '-')
            return; // more lines of this answer follow
        const int code = line.left(3).toInt();
        const QList<QByteArray> answer = std::exchange(state->lines, {});
        switch (state->step) {
        case State::Greeting:
            if (code != 220)
                return finish({false, tr("SMTP: %1 does not answer like a mail server.").arg(m_smtp.host)});
            return ehlo();
        case State::Ehlo: {
            if (code != 250)
                return finish({false, tr("SMTP: %1 refused the greeting: %2").arg(m_smtp.host, answerText(line, 1))});
            QByteArray auth;
            bool offersStartTls = false;
            for (const QByteArray &l : answer) {
                const QByteArray ext = l.mid(4).toUpper();
                offersStartTls |= ext == "STARTTLS";
                if (ext.startsWith("AUTH ") || ext.startsWith("AUTH="))
                    auth = ext.mid(5);
            }
            if (startTls && !s->isEncrypted()) {
                if (!offersStartTls)
                    return finish(
                        {false, tr("SMTP: %1 does not offer STARTTLS; choose TLS instead.").arg(m_smtp.host)});
                state->step = State::StartTls;
                return s->send("STARTTLS");
            }
            const QList<QByteArray> mechanisms = auth.split(' ');
            if (mechanisms.contains("PLAIN")) {
                state->step = State::Auth;
                const QByteArray plain = '\0' + m_username.toUtf8() + '\0' + m_password.toUtf8();
                return s->send("AUTH PLAIN " + plain.toBase64());
            }
            if (mechanisms.contains("LOGIN")) {
                state->step = State::AuthUser;
                return s->send("AUTH LOGIN");
            }
            return finish({false, tr("SMTP: %1 offers no password sign-in (AUTH PLAIN or LOGIN).").arg(m_smtp.host)});
        }
        case State::StartTls:
            if (code != 220)
                return finish({false, tr("SMTP: %1 refused STARTTLS: %2").arg(m_smtp.host, answerText(line, 1))});
            return s->startTls();
        case State::AuthUser:
        case State::AuthPassword:
            if (code == 334) {
                const bool user = state->step == State::AuthUser;
                state->step = user ? State::AuthPassword : State::Auth;
                return s->send((user ? m_username : m_password).toUtf8().toBase64());
            }
            [[fallthrough]];
        case State::Auth:
            if (code != 235)
                return refused(line);
            state->step = State::Quit;
            return s->send("QUIT");
        case State::Quit:
            // A mailbox password has no expiry a server tells: it works until someone changes it.
            return finish(
                {true, tr("Signed in to %1 (IMAP) and %2 (SMTP) as %3.").arg(m_imap.host, m_smtp.host, m_username)});
        }
    };
}

} // namespace wasel::channels
