#pragma once

// Delivers what the store's outbox holds: every outbound message (staff reply, AI reply, template,
// comment reply) was persisted with a client id before it reaches this class. The Outbox picks due
// items, respects per-account rate limits, records each attempt before the network call, hands the
// item to its channel's Connector and settles the result: sent, retried later (capped exponential
// backoff with jitter, Retry-After honoured) or failed with the provider's reason.
//
// After a crash an item can be found in "sending": the provider may or may not have accepted it.
// start() hands such items back to their connector marked in doubt, so it can check before
// sending again.

#include "Backoff.h"
#include "Connector.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wasel::models {
class Store;
}

namespace wasel::channels {

class Outbox : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Outbox(models::Store *store, QObject *parent = nullptr);
    ~Outbox() override;

    // The workspace setting that holds when an account's provider last refused its token during a
    // send (ISO time); the channels page reads it to say "reconnect needed".
    static QString credentialsRefusedKey(models::ChannelKind channel, const QString &accountExternalId)
    {
        return QStringLiteral("credentials_refused/%1/%2").arg(models::toString(channel), accountExternalId);
    }

    // Connectors are not owned; one per channel kind.
    void addConnector(Connector *connector);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // At most `perSecond` sends per second on one account of a channel, with bursts of `burst`.
    void setRateLimit(models::ChannelKind channel, double perSecond, double burst);
    // A tighter limit for messages with audio or video on one account (Meta: 10 calls/s), taken on
    // top of the channel's limit.
    void setMediaRateLimit(models::ChannelKind channel, double perSecond, double burst);
    void setMaxInFlight(int n) { m_maxInFlight = n; }
    // For tests: a hand-driven clock and a fixed random source. The timer still uses real time
    // only to decide when to call pump() again.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRandom(Random random) { m_random = std::move(random); }

    // Resumes after a restart (items left in "sending" go back to their connector, in doubt), then
    // sends whatever is due and keeps going as new items are queued.
    void start();
    // Sends what is due now. Called by the timer and when the store queues a message.
    void pump();

    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    // An item reached sent or failed, or was rescheduled.
    void settled(qint64 messageId, const QString &state, const QString &detail);

private:
    void dispatch(const models::OutboundWork &work, bool inDoubt);
    void finish(const models::OutboundWork &work, const SendResult &result);
    void schedule(const QDateTime &next);
    // Takes a token from `key`'s bucket, made from `limits` when first used; the wait when there is none.
    std::optional<std::chrono::milliseconds> take(const QHash<models::ChannelKind, std::pair<double, double>> &limits,
                                                  models::ChannelKind channel, const QString &key, const QDateTime &t);
    QDateTime now() const { return m_clock(); }

    models::Store *m_store;
    QHash<models::ChannelKind, Connector *> m_connectors;
    QHash<models::ChannelKind, std::pair<double, double>> m_limits;
    QHash<models::ChannelKind, std::pair<double, double>> m_mediaLimits;
    QHash<QString, TokenBucket> m_buckets; // "channel/account", "channel/account/media"
    QHash<QString, QDateTime> m_pausedUntil; // "channel/account": the provider asked for a pause
    QSet<qint64> m_inFlight; // outbox ids with a request under way
    RetryPolicy m_policy;
    int m_maxInFlight = 8;
    Clock m_clock;
    Random m_random;
    QTimer m_timer;
    bool m_started = false;
    bool m_pumpQueued = false;
};

} // namespace wasel::channels
