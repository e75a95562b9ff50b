#pragma once

// Secrets live only in the OS keychain (Secret Service on Linux, through QtKeychain); never in
// SQLite, settings, exports or logs. Headless mode reads the same secrets from the environment
// instead (environmentName()), because a server has no keychain session.

#include <QObject>
#include <QString>

#include <functional>

namespace wasel::app {

// Names of the secrets Wasel keeps. A name is "<provider>/<what>"; the keychain entry's key is the
// name itself and its service is SecretStore::service().
namespace secret {
inline constexpr auto MetaAppSecret = "meta/app_secret";
inline constexpr auto MetaVerifyToken = "meta/verify_token";
inline constexpr auto TwilioAuthToken = "twilio/auth_token";
inline constexpr auto SendGridToken = "sendgrid/token";
inline constexpr auto ManyChatSecret = "manychat/secret";
inline constexpr auto AiKey = "ai/key"; // the OpenAI-compatible endpoint's API key
} // namespace secret

class SecretStore : public QObject
{
    Q_OBJECT

public:
    // service separates workspaces (and tests) inside one keychain.
    explicit SecretStore(const QString &service = defaultService(), QObject *parent = nullptr);

    static QString defaultService();
    QString service() const { return m_service; }

    // All three are asynchronous and call done on this object's thread. error is empty on success
    // and otherwise a sentence a merchant can act on (e.g. "no keychain is available"). Reading a
    // secret that was never stored gives an empty value and no error.
    void read(const QString &name, std::function<void(const QString &value, const QString &error)> done);
    void write(const QString &name, const QString &value, std::function<void(const QString &error)> done);
    void remove(const QString &name, std::function<void(const QString &error)> done);

    // "meta/app_secret" -> "WASEL_META_APP_SECRET": where --headless looks for the same secret.
    static QString environmentName(const QString &name);
    // The environment variable's value for name, or an empty string.
    static QString fromEnvironment(const QString &name);

private:
    QString m_service;
};

} // namespace wasel::app
