#pragma once

// Photos, videos, voice notes, documents and stickers WhatsApp customers send, downloaded into the
// workspace (DATA_DIR/media) right after the gateway stores the message: the Cloud API's media
// URLs expire and Twilio's need the account's credentials, so the thread shows the local copy.
//
// Bounded: two downloads at a time, at most MaxAttempts per attachment in a run (temporary trouble
// is retried after RetryDelay, then four times that), 25 MB per file. A failure never removes
// anything: it is logged and recorded in the workspace settings as "media_error/<attachment id>"
// (the reason and whether it is final), and the start-up sweep tries again what was only
// temporary. Nothing is fetched without the account's token, and nothing in --demo.

#include "ChannelsConfig.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wasel::models {
class Store;
struct MediaTarget;
} // namespace wasel::models

namespace wasel::app {

class MediaService : public QObject
{
    Q_OBJECT

public:
    // The secret for a channel account (as Delivery::SecretLookup).
    using SecretLookup = std::function<QString(const ChannelConfig &account)>;

    static constexpr int MaxAttempts = 3;
    static constexpr auto SweepDays = 30; // Meta keeps a customer's media this long

    MediaService(models::Store *store, QNetworkAccessManager *network, const QString &mediaDir,
                 QObject *parent = nullptr);
    ~MediaService() override;

    // The WhatsApp and Twilio accounts whose tokens may download. Called again, the new list replaces
    // the old one.
    void configure(const ChannelsConfig &channels, SecretLookup secrets);
    // Graph's version, each request's deadline without progress, and the first retry's delay (tests
    // shorten them).
    void setApiVersion(const QString &version);
    void setTimeout(std::chrono::milliseconds timeout);
    void setRetryDelay(std::chrono::milliseconds delay);

    // A customer message was stored: downloads its attachments that have no local copy.
    void onCustomerMessage(qint64 conversationId, qint64 messageId);
    // Queues up to `limit` attachments of the last SweepDays without a copy and without a final
    // failure: the start-up sweep.
    void sweep(int limit = 50);

    int queued() const; // waiting, under way or waiting to be retried

    static QString errorKey(qint64 attachmentId); // "media_error/<id>"

Q_SIGNALS:
    // One attachment's download ended for this run: stored, or given up with the reason recorded.
    void mediaSettled(qint64 attachmentId, bool ok, const QString &error);

private:
    void enqueue(const models::MediaTarget &target);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wasel::app
