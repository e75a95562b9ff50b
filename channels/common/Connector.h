#pragma once

// The one small interface every channel implements. The outbox, the channels page and the gateway
// talk to channels only through it, so none of them names a provider.
//
// Parsing webhooks is the other half of a channel, and deliberately not a method here: webhooks
// belong to a provider, not to a channel kind (Meta's one endpoint carries Messenger, Instagram and
// WhatsApp), and they are parsed before any connector exists (replay, recovery at start-up). Each
// provider's parser is a pure function (bytes in, normalized events out) that
// channels/common/Ingest.h's parseRecordedEvent picks by the recorded event's provider.

#include "domain/Types.h"
#include "store/Store.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace wasel::channels {

// What a channel can do; the composer and the outbox adapt to it.
struct Capabilities {
    int maxTextLength = 0; // characters per message; 0 = no limit. Longer text is split by the connector.
    bool replyWindow = false; // replies are limited in time (see models::replyWindow)
    bool templates = false; // pre-approved templates outside the window
    bool readReceipts = false; // the channel reports delivered / read
    bool markSeen = false; // we can tell the customer we have read their message
    bool typingIndicator = false;
    bool attachments = false;
};

// How one send attempt ended. A connector decides which failures are worth retrying; the outbox
// decides when.
struct SendResult {
    enum class Outcome {
        Sent, // the provider accepted the message (providerMessageId set when it gives one)
        Retry, // temporary: network, timeout, 5xx, 429 …
        Fail, // permanent: the provider refused; `error` says why in words a merchant understands
    };
    Outcome outcome = Outcome::Fail;
    QString providerMessageId;
    QString error;
    std::optional<std::chrono::seconds> retryAfter; // what the provider asked for, if it did
    // The provider's usage counters say the whole account is near or past its limit: nothing more
    // goes to it for this long, whatever this message's outcome.
    std::optional<std::chrono::seconds> pauseAccount;
    // The provider refused the account's token itself (expired, revoked): the channels page shows
    // "reconnect needed" until a new token is saved or a connection test passes.
    bool credentialsRefused = false;
    // How it went out when a channel has more than one way (ManyChat: "manychat", or "graph" when
    // Meta's Send API delivered it after ManyChat failed); the thread shows it. Empty: the usual way.
    QString route;
    QString routeNote; // why that route (the failure that caused a fallback)

    static SendResult sent(const QString &providerMessageId)
    {
        return {Outcome::Sent, providerMessageId, {}, {}, {}, false, {}, {}};
    }
    static SendResult retry(const QString &error, std::optional<std::chrono::seconds> after = {})
    {
        return {Outcome::Retry, {}, error, after, {}, false, {}, {}};
    }
    static SendResult fail(const QString &error) { return {Outcome::Fail, {}, error, {}, {}, false, {}, {}}; }
    static SendResult refusedCredentials(const QString &error)
    {
        return {Outcome::Fail, {}, error, {}, {}, true, {}, {}};
    }
};

struct ConnectionTestResult {
    ConnectionTestResult(bool ok = false, QString summary = {}, std::optional<QDateTime> tokenExpiresAt = {})
        : ok(ok)
        , summary(std::move(summary))
        , tokenExpiresAt(std::move(tokenExpiresAt))
    {
    }

    bool ok = false;
    QString summary; // e.g. "Connected as Wasel Demo Shop (page 1234)" or the provider's reason
    // When the provider says when the token stops working: that time, or an invalid QDateTime for
    // a token that does not expire. Empty when the provider does not say.
    std::optional<QDateTime> tokenExpiresAt;
    bool credentialsRefused = false; // the provider refused the token itself: the account needs reconnecting
};

// Signals to the customer that are not messages: never queued, never retried.
enum class SenderAction {
    MarkSeen, // staff have read the customer's messages
    TypingOn, // a reply is being written
    TypingOff,
};

class Connector : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual models::ChannelKind kind() const = 0;
    virtual Capabilities capabilities() const = 0;

    // Sends one outbox item and calls done exactly once, on this object's thread. inDoubt means an
    // earlier attempt was interrupted (crash, kill) after it may have reached the provider; a
    // connector that can find out (an idempotency key, a lookup by client id) does so before
    // sending again, so the customer does not get the message twice.
    virtual void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) = 0;

    // Fire and forget: shows the customer a sender action where the channel has it (capabilities
    // markSeen / typingIndicator). Rate-limited by the connector; failures are only logged.
    // newestInboundExternalId: the customer's newest message on the channel, for channels that mark
    // messages read by id (WhatsApp) rather than the whole chat seen (Messenger).
    virtual void senderAction(const QString &accountExternalId, const QString &recipientExternalId, SenderAction action,
                              const QString &newestInboundExternalId = QString())
    {
        Q_UNUSED(accountExternalId)
        Q_UNUSED(recipientExternalId)
        Q_UNUSED(action)
        Q_UNUSED(newestInboundExternalId)
    }

    // One real, harmless API call that proves an account's credentials work.
    virtual void testConnection(const QString &accountExternalId,
                                std::function<void(const ConnectionTestResult &)> done) = 0;
};

} // namespace wasel::channels
