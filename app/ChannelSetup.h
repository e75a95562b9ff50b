#pragma once

// What the channels page needs, without naming a provider: the fields each kind of account has,
// validation with messages that name the field, saving an account (its token into the keychain,
// everything else into the store), the webhook URL to paste into the provider's console, the
// account's state, and "Test connection" — one real, harmless API call with the stored token.

#include "domain/Types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace wasel::models {
class Store;
}
namespace wasel::channels {
struct ConnectionTestResult;
class MailboxSignIn;
} // namespace wasel::channels

namespace wasel::app {

class Delivery;
struct ChannelConfig;
struct ChannelsConfig;
class SecretStore;

// What "Add account" offers: a channel kind and, for email, how mail comes and goes
// (ChannelsConfig::SendGrid or ChannelsConfig::Imap).
struct AccountType {
    models::ChannelKind kind = models::ChannelKind::Messenger;
    QString provider;

    QString displayName() const; // "Instagram", "SendGrid mailbox", "IMAP/SMTP mailbox" …, translated
};

// An account as the form edits it.
struct ChannelDraft {
    qint64 id = 0; // 0 = a new account
    models::ChannelKind kind = models::ChannelKind::Messenger;
    QString name;
    QHash<QString, QString> ids; // page_id, ig_id, phone_number_id, waba_id, account_sid, from, provider …
    QString apiBase; // empty = the provider's own
    QString token; // empty when editing = keep the one in the keychain
    bool enabled = true;
};

// An account as the page lists it.
struct ChannelState {
    ChannelDraft draft; // without the token
    QString externalId;
    QDateTime lastWebhookAt; // the last event its provider's webhook delivered, if any
    QString lastTest; // the outcome of the last connection test, in words
    QDateTime lastTestAt;
    QString lastError; // why the newest failed message of this account failed, if one did
    bool lastTestOk = false;
    // What the last test learnt of the token's expiry: empty = the provider does not say, an
    // invalid QDateTime = it does not expire.
    std::optional<QDateTime> tokenExpiresAt;

    bool credentialsRefused = false; // the last test was refused for the token itself

    // The token has expired, or the provider refused it at the last test.
    bool reconnectNeeded(const QDateTime &now) const;
};

class ChannelSetup : public QObject
{
    Q_OBJECT

public:
    explicit ChannelSetup(models::Store *store, QObject *parent = nullptr);
    ~ChannelSetup() override;

    static QList<AccountType> accountTypes();
    static AccountType accountType(const ChannelDraft &draft);
    // The id fields of an account type (required ones first, without "provider", which the type
    // says) and whether each is required.
    static QStringList fields(const AccountType &type);
    static bool isRequired(const AccountType &type, const QString &field);
    // Whether the form asks for a token (an access token, API key or password).
    static bool needsToken(const AccountType &type);
    // The keychain entry that holds an account's token.
    static QString tokenSecretName(models::ChannelKind kind, const QString &externalId);
    // The route a provider posts this kind's webhooks to, and the full URL on the public base URL
    // (workspace setting "webhook_public_url", else the local server).
    static QString webhookRoute(models::ChannelKind kind);
    QString webhookUrl(models::ChannelKind kind) const;

    // Empty when the draft can be saved; otherwise one sentence naming the field.
    QString validate(const ChannelDraft &draft) const;
    // Validates, stores the token in the keychain (refused without one: nowhere else), then the
    // account. done(id, error) on this object's thread.
    void save(const ChannelDraft &draft, std::function<void(qint64 id, const QString &error)> done);
    bool setEnabled(qint64 id, bool enabled, QString *error);
    // Only an account without conversations; its token leaves the keychain too.
    bool remove(qint64 id, QString *error);

    QList<ChannelState> accounts() const;
    std::optional<ChannelState> account(qint64 id) const;

    // The token Meta's webhook settings ask for (keychain entry meta/verify_token): made up once,
    // at random, the first time it is needed. done(token, error) on this object's thread.
    void verifyToken(std::function<void(const QString &token, const QString &error)> done);

    // The enabled accounts as a channels configuration, with their tokens read from the keychain
    // (keyed "kind/external id"), for the desktop app's sending. done on this object's thread.
    void readSendingSetup(std::function<void(const ChannelsConfig &channels, const QHash<QString, QString> &tokens,
                                             const QStringList &problems)>
                              done);

    // Reads the account's token from the keychain and makes one harmless API call with it.
    void testConnection(qint64 id, std::function<void(bool ok, const QString &summary)> done);

Q_SIGNALS:
    void changed();
    // A secret the webhook server uses was written (the gateway reads them again).
    void webhookSecretsChanged();

private:
    static QString tokenMissing(const AccountType &type);
    void testMailbox(const ChannelConfig &account, const QString &secret,
                     std::function<void(const channels::ConnectionTestResult &)> done);

    models::Store *m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Delivery> m_testing; // the connectors of the test in progress
    std::unique_ptr<channels::MailboxSignIn> m_mailCheck; // the mailbox sign-in in progress
    QString m_verifyToken; // once read or made
};

} // namespace wasel::app
