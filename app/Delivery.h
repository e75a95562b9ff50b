#pragma once

// Sending, put together: the store's outbox, one connector per configured channel kind, and the
// per-provider rate limits of API_CONTRACTS.md. Headless reads the channel accounts from the
// channels file and each token from the environment variable the file names; the desktop app
// gives the tokens from the keychain. Nothing here names a provider to its callers.

#include "ChannelsConfig.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace wasel::models {
class Store;
}
namespace wasel::channels {
struct ConnectionTestResult;
}

namespace wasel::app {

class ManyChatService;

class Delivery : public QObject
{
    Q_OBJECT

public:
    // The secret for a channel account ("token_env" name in headless, keychain entry on the desktop).
    using SecretLookup = std::function<QString(const ChannelConfig &account)>;

    Delivery(models::Store *store, QObject *parent = nullptr);
    ~Delivery() override;

    // publicBaseUrl: where the relay exposes our webhooks (Twilio's StatusCallback).
    void setPublicBaseUrl(const QUrl &url);
    // Registers the accounts (also as channel accounts in the store) and builds their connectors.
    // Called again, the new list replaces the old one (the desktop app does after each edit).
    void configure(const ChannelsConfig &channels, SecretLookup secrets);
    // Starts sending (resuming interrupted sends first).
    void start();

    QStringList connectedKinds() const; // e.g. "messenger", "whatsapp"
    // One harmless API call for an account: the answer in words, and what it showed of the token.
    void testConnection(const QString &kind, const QString &accountExternalId,
                        std::function<void(const channels::ConnectionTestResult &)> done);

    // Fire and forget, where the conversation's channel can: the customer sees their messages were
    // read, or that a reply is being written. Not messages: nothing is stored or retried.
    void markSeen(qint64 conversationId);
    void setTyping(qint64 conversationId, bool on);

    // ManyChat tags, fields and log beside the conversation (always there; calls fail with a
    // reason until a ManyChat account is configured).
    ManyChatService *manyChat() const;
    // A ManyChat page's subscriber_channel (instagram, whatsapp, telegram; empty = Messenger).
    QString manyChatChannelType(const QString &pageId) const;

Q_SIGNALS:
    // A message reached sent or failed, or was rescheduled with a reason.
    void settled(qint64 messageId, const QString &state, const QString &detail);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Headless: each account's token from the environment variable its entry names.
QString secretFromEnvironment(const ChannelConfig &account);

} // namespace wasel::app
