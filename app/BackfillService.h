#pragma once

// Recent Messenger and Instagram history, fetched through Meta's Conversations API when an
// account is connected (added, enabled, or given a new token) and at start-up when Wasel was not
// running since the account's last backfill — so conversations that happened while no webhook
// could arrive are in the inbox too.
//
// Bounded: the last 30 days, at most 100 conversations per account and 40 messages per
// conversation (Meta details only a conversation's 20 most recent messages on Instagram anyway),
// paced at Meta's 2 Conversations API calls per second per account. Merged through Store::apply,
// so a message received by webhook before or during the backfill is stored once. History is
// stored as history (Store::ApplyMode::History): no routing rules, no AI reply, not unread —
// except a customer's message newer than the account's previous backfill, which staff have not
// seen anywhere, and which counts unread as the webhook would have made it. Messages of the last
// two minutes are left to the webhook, which delivers them with automation.
//
// One account at a time; Cancel stops before the next request and keeps everything merged. The
// account's "backfilled until" (setting backfill/<account id>) moves only when a run completes,
// so an interrupted run is simply done again; what it merged is not duplicated.

#include "ChannelsConfig.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wasel::models {
class Store;
}

namespace wasel::app {

class BackfillService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // The secret for a channel account (as Delivery::SecretLookup).
    using SecretLookup = std::function<QString(const ChannelConfig &account)>;

    struct Limits {
        std::chrono::hours window{24 * 30}; // how far back
        int maxConversations = 100; // per account, the most recently active
        int maxMessages = 40; // per conversation, the newest
        int pageSize = 25; // items per request
        double callsPerSecond = 2; // Meta's Conversations API limit per account (API_CONTRACTS.md §2.1)
        std::chrono::seconds liveMargin{120}; // messages this recent are left to the webhook
        std::chrono::seconds longestPause{15 * 60}; // a longer wait asked for ends the run instead
        int retries = 3; // temporary failures in a row before the run ends
    };

    // The settings key of an account's "backfilled until", and of the time Wasel last ran.
    static QString settingKey(qint64 accountId);
    static inline const QString LastRunKey = QStringLiteral("backfill/last_run");

    // clock: "now" for the window, the margin and the marks (tests fix it); pacing runs on real time.
    BackfillService(models::Store *store, QNetworkAccessManager *network, Clock clock = {}, QObject *parent = nullptr);
    ~BackfillService() override;

    // The Messenger and Instagram accounts and their tokens. Every call after the first also
    // backfills the accounts that are new in the list or whose token changed (a connect).
    void configure(const ChannelsConfig &channels, SecretLookup secrets);
    void setLimits(const Limits &limits);
    void setApiVersion(const QString &version);
    void setTimeout(std::chrono::milliseconds timeout);

    // At start-up, after the first configure: backfills each account whose last backfill is older
    // than the last time Wasel ran (or that never had one), then keeps the mark of this run.
    void startUp();
    // Queues one configured account; false when it is not a configured Messenger/Instagram account.
    bool backfill(models::ChannelKind kind, const QString &externalId);
    // Stops the run now (no further request) and forgets the queued ones; merged messages stay.
    void cancel();

    bool isRunning() const;
    QDateTime backfilledUntil(models::ChannelKind kind, const QString &externalId) const;

Q_SIGNALS:
    void started(const QString &account);
    // Conversations done of those found so far (the total grows while the list is read).
    void progress(const QString &account, int done, int total);
    // Waiting for Meta (rate limit, temporary trouble) until `until`, with the reason.
    void paused(const QString &account, const QString &reason, const QDateTime &until);
    // complete: the run reached its bounds; otherwise it was cancelled or stopped, with why.
    void finished(const QString &account, bool complete, const QString &reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wasel::app
