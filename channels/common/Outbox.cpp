#include "Outbox.h"

#include "store/Store.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOutbox, "wasel.outbox")

namespace wasel::channels {

using models::ChannelKind;
using models::OutboundWork;
using models::OutboxItem;

namespace {

constexpr auto NotConnectedRetry = std::chrono::minutes(10);
constexpr int MaxSkipped = 200;

QString bucketKey(const OutboundWork &work)
{
    return models::toString(work.item.channel) + u'/' + work.accountExternalId;
}

} // namespace

Outbox::Outbox(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::pump);
    // A newly queued message is sent at once, not at the next timer tick. Coalesced: a burst of
    // inserts costs one pump.
    connect(m_store, &models::Store::messageInserted, this, [this] {
        if (!m_started || m_pumpQueued)
            return;
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    });
}

Outbox::~Outbox() = default;

void Outbox::addConnector(Connector *connector)
{
    m_connectors.insert(connector->kind(), connector);
    if (m_started)
        pump();
}

void Outbox::setRateLimit(ChannelKind channel, double perSecond, double burst)
{
    m_limits.insert(channel, {perSecond, burst});
    m_buckets.clear();
}

void Outbox::setMediaRateLimit(ChannelKind channel, double perSecond, double burst)
{
    m_mediaLimits.insert(channel, {perSecond, burst});
    m_buckets.clear();
}

std::optional<std::chrono::milliseconds> Outbox::take(const QHash<ChannelKind, std::pair<double, double>> &limits,
                                                      ChannelKind channel, const QString &key, const QDateTime &t)
{
    const auto limit = limits.find(channel);
    if (limit == limits.end())
        return std::nullopt;
    auto bucket = m_buckets.find(key);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(key, TokenBucket(limit->first, limit->second));
    return bucket->take(t);
}

void Outbox::start()
{
    m_started = true;
    // Items in "sending" were interrupted: the request may have reached the provider.
    const QList<OutboxItem> interrupted = m_store->outbox(QStringLiteral("sending"));
    for (const OutboxItem &item : interrupted) {
        const auto work = m_store->outboundWork(item.id);
        if (!work)
            continue;
        if (!m_connectors.contains(item.channel)) {
            // Nobody can check or send it now; queue it again, still marked by its attempts.
            m_store->outboxRetry(item.id, now().addSecs(std::chrono::seconds(NotConnectedRetry).count()),
                                 tr("Sending was interrupted; waiting for the %1 channel to be connected")
                                     .arg(models::channelDisplayName(item.channel)));
            continue;
        }
        qCInfo(lcOutbox) << "resuming interrupted send of message" << item.messageId << "(in doubt)";
        dispatch(*work, true);
    }
    pump();
}

void Outbox::pump()
{
    if (!m_started)
        return;
    const QDateTime t = now();
    QDateTime wake;
    const int room = m_maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        // Beyond the free slots: items of accounts that must wait are skipped, and the others behind
        // them should not starve.
        const QList<OutboxItem> due = m_store->dueOutbox(t, room * 2 + MaxSkipped);
        int started = 0;
        for (const OutboxItem &item : due) {
            if (started >= room)
                break;
            if (m_inFlight.contains(item.id))
                continue;
            const auto work = m_store->outboundWork(item.id);
            if (!work) {
                m_store->outboxFailed(item.id, tr("The conversation or message no longer exists"));
                continue;
            }
            if (!m_connectors.contains(item.channel)) {
                m_store->outboxRetry(
                    item.id, t.addSecs(std::chrono::seconds(NotConnectedRetry).count()),
                    tr("Waiting for the %1 channel to be connected").arg(models::channelDisplayName(item.channel)));
                continue;
            }
            const QString key = bucketKey(*work);
            auto wait = [&wake, &t](const QDateTime &at) {
                if (!wake.isValid() || at < wake)
                    wake = at;
            };
            if (const QDateTime paused = m_pausedUntil.value(key); paused.isValid() && paused > t) {
                wait(paused);
                continue; // the provider asked us to leave this account alone for a while
            }
            const bool media = std::any_of(
                work->message.attachments.cbegin(), work->message.attachments.cend(), [](const models::Attachment &a) {
                    return a.kind == models::MessageKind::Audio || a.kind == models::MessageKind::Video;
                });
            if (media) {
                if (const auto w = take(m_mediaLimits, item.channel, key + QStringLiteral("/media"), t)) {
                    wait(t.addMSecs(w->count()));
                    continue;
                }
            }
            if (const auto w = take(m_limits, item.channel, key, t)) {
                wait(t.addMSecs(w->count()));
                continue; // this account is at its limit; other accounts may still send
            }
            if (!m_store->beginOutboxAttempt(item.id)) // committed before the network call
                continue;
            OutboundWork started_work = *work;
            started_work.item.attempts += 1;
            ++started;
            dispatch(started_work, false);
        }
    }
    // A due item still queued now waits for a token, a pause (wake) or a free slot (finish pumps):
    // waking for it at once would spin.
    const QDateTime next = m_store->nextOutboxAttempt();
    if (next.isValid() && next > t && (!wake.isValid() || next < wake))
        wake = next;
    schedule(wake);
}

void Outbox::dispatch(const OutboundWork &work, bool inDoubt)
{
    Connector *connector = m_connectors.value(work.item.channel);
    m_inFlight.insert(work.item.id);
    // The connector may answer synchronously (a local failure) or much later; either way once.
    auto answered = std::make_shared<bool>(false);
    connector->send(work, inDoubt, [this, work, answered](const SendResult &result) {
        if (*answered) {
            qCWarning(lcOutbox) << "connector answered twice for message" << work.item.messageId;
            return;
        }
        *answered = true;
        finish(work, result);
    });
}

void Outbox::finish(const OutboundWork &work, const SendResult &result)
{
    m_inFlight.remove(work.item.id);
    const qint64 messageId = work.item.messageId;
    if (result.pauseAccount) {
        const QDateTime until = now().addSecs(result.pauseAccount->count());
        qCInfo(lcOutbox) << "pausing" << bucketKey(work) << "until" << until << "at the provider's request";
        m_pausedUntil.insert(bucketKey(work), std::max(until, m_pausedUntil.value(bucketKey(work))));
    }
    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        m_store->outboxSent(work.item.id, result.providerMessageId);
        if (!result.route.isEmpty())
            m_store->setMessageRoute(messageId, result.route, result.routeNote);
        Q_EMIT settled(messageId, QStringLiteral("sent"), result.providerMessageId);
        break;
    case SendResult::Outcome::Retry:
        if (m_policy.exhausted(work.item.attempts)) {
            const QString reason = tr("Gave up after %n attempts: %1", nullptr, work.item.attempts).arg(result.error);
            m_store->outboxFailed(work.item.id, reason);
            Q_EMIT settled(messageId, QStringLiteral("failed"), reason);
        } else {
            const QDateTime next = m_policy.nextAttempt(now(), work.item.attempts, m_random(), result.retryAfter);
            m_store->outboxRetry(work.item.id, next, result.error);
            Q_EMIT settled(messageId, QStringLiteral("queued"), result.error);
        }
        break;
    case SendResult::Outcome::Fail:
        m_store->outboxFailed(work.item.id, result.error);
        if (result.credentialsRefused) // the channels page says "reconnect needed" (ChannelSetup)
            m_store->setSetting(credentialsRefusedKey(work.item.channel, work.accountExternalId),
                                now().toString(Qt::ISODate));
        Q_EMIT settled(messageId, QStringLiteral("failed"), result.error);
        break;
    }
    // The conversation's next message may be waiting for this one.
    pump();
}

void Outbox::schedule(const QDateTime &next)
{
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(now().msecsTo(next), 0, 24 * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(ms));
}

} // namespace wasel::channels
