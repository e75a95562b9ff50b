#pragma once

// Names and pictures of Messenger and Instagram customers. Their webhooks carry only an id, so
// the first message of a new person asks Meta's User Profile API who it is, once; the answer is
// kept (the picture downloaded into the workspace, since Meta's picture URLs expire) and asked
// for again when it is a week old — on that person's next message or the start-up sweep.
//
// Bounded: at most two fetches at a time and a few per second, a rate-limit answer pauses them
// all, and every failure (no token, an expired token, no such user, the network, a picture that
// is not one) is recorded with a time before which that person is not asked again. Nothing is
// fetched without a token, and a failure never removes what was stored before.

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

class ProfileService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // The secret for a channel account (as Delivery::SecretLookup).
    using SecretLookup = std::function<QString(const ChannelConfig &account)>;

    static constexpr auto FreshFor = std::chrono::hours(24 * 7); // then refreshed
    static constexpr auto AfterRefusal = std::chrono::hours(24); // token, unknown user, unreadable answer
    static constexpr auto AfterTrouble = std::chrono::hours(1); // network, timeout, 5xx, rate limit

    // avatarDir: where pictures are written (DATA_DIR/avatars), created when needed. clock: "now"
    // for freshness (tests move it); the rate limit always runs on real time.
    ProfileService(models::Store *store, QNetworkAccessManager *network, const QString &avatarDir, Clock clock = {},
                   QObject *parent = nullptr);
    ~ProfileService() override;

    // The Messenger and Instagram accounts whose tokens may ask, and their API base. Called again,
    // the new list replaces the old one.
    void configure(const ChannelsConfig &channels, SecretLookup secrets);
    // Graph's version and the deadline of each request (tests shorten it).
    void setApiVersion(const QString &version);
    void setTimeout(std::chrono::milliseconds timeout);

    // A customer wrote: ask for their profile if it was never fetched or is due again.
    void onCustomerMessage(qint64 conversationId);
    // Queues up to `limit` identities whose profile is due (never fetched, stale, or retry time
    // reached); the start-up sweep.
    void sweep(int limit = 50);

    int queued() const; // waiting or under way
    int inFlight() const; // under way: never more than two

Q_SIGNALS:
    // One identity's fetch ended: ok with its profile stored (error may name a picture problem),
    // or not ok with the reason recorded.
    void profileSettled(qint64 identityId, bool ok, const QString &error);

private:
    void enqueue(qint64 identityId);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wasel::app
