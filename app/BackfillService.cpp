#include "BackfillService.h"

#include "common/Backoff.h"
#include "meta/GraphConversations.h"
#include "meta/GraphError.h"
#include "meta/GraphSendConnector.h"
#include "store/Store.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBackfill, "wasel.backfill")

namespace wasel::app {

using channels::ConversationSummary;
using channels::SendResult;
using models::ChannelKind;

namespace {

QString accountKey(ChannelKind kind, const QString &id)
{
    return models::toString(kind) + u'/' + id;
}

QString isoTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

struct BackfillService::Private {
    struct Account {
        ChannelConfig config;
        QString token;
        channels::HistoryAccount history;
        QString label; // for people: the account's name, or its kind and id
    };
    // One account's backfill under way.
    struct Run {
        Account account;
        qint64 storeId = 0;
        QDateTime from; // older messages and conversations are not fetched
        QDateTime cutoff; // newer ones are the webhook's; the mark this run leaves when complete
        QDateTime previousMark; // customer messages after it are news to staff
        QList<ConversationSummary> conversations;
        bool listing = true;
        QString after; // cursor of the list or of the current conversation's messages
        int index = 0; // the conversation whose messages are being read
        int taken = 0; // messages of it looked at
        int failures = 0; // temporary failures in a row
        QList<models::InboundEvent> fetched; // the current conversation's messages so far, newest first
    };

    BackfillService *q = nullptr;
    models::Store *store = nullptr;
    QNetworkAccessManager *network = nullptr;
    Clock clock;
    Limits limits;
    channels::ApiEndpoint endpoint = channels::GraphSendConnector::defaultEndpoint();
    QHash<QString, Account> accounts; // "kind/external id"
    bool configured = false;
    QList<Account> queue;
    std::optional<Run> run;
    quint64 generation = 0; // answers of a cancelled or ended run carry an older one and are dropped
    channels::TokenBucket bucket{2, 1};
    QDateTime pausedUntil; // real time
    QTimer timer;
    QTimer heartbeat;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
    void enqueue(const Account &account);
    void pump();
    void begin(const Account &account);
    channels::ApiEndpoint accountEndpoint() const
    {
        channels::ApiEndpoint e = endpoint;
        if (run->account.config.apiBase.isValid() && !run->account.config.apiBase.isEmpty())
            e.baseUrl = run->account.config.apiBase;
        return e;
    }
    // Meta details only a conversation's 20 most recent messages on Instagram; older ones error.
    int messageCap() const
    {
        constexpr int InstagramDetailed = 20;
        return run->account.config.kind == ChannelKind::Instagram ? std::min(limits.maxMessages, InstagramDetailed)
                                                                  : limits.maxMessages;
    }
    void requestList();
    void requestMessages();
    void onList(const SendResult &status, const channels::ConversationsPage &page, const channels::HttpResponse &r);
    void onMessages(const SendResult &status, const channels::MessagesPage &page, const channels::HttpResponse &r);
    bool mergeConversation(); // false when it ended the run
    void nextConversation();
    // A request failed: pause and try it again, or end the run with the reason.
    void trouble(const SendResult &status, const channels::HttpResponse &r);
    // Meta's usage headers asked for a pause after a successful answer; false when it ends the run.
    bool obeyUsage(const channels::HttpResponse &r);
    void pause(std::chrono::seconds wait, const QString &reason);
    void end(bool complete, const QString &reason);
};

QString BackfillService::settingKey(qint64 accountId)
{
    return QStringLiteral("backfill/%1").arg(accountId);
}

BackfillService::BackfillService(models::Store *store, QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->store = store;
    d->network = network;
    d->clock = std::move(clock);
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->pump(); });
    // The mark "Wasel ran until about now"; the next start-up compares each account's backfill with it.
    d->heartbeat.setInterval(std::chrono::minutes(5));
    connect(&d->heartbeat, &QTimer::timeout, this, [this] { d->store->setSetting(LastRunKey, isoTime(d->now())); });
}

BackfillService::~BackfillService()
{
    if (d->heartbeat.isActive())
        d->store->setSetting(LastRunKey, isoTime(d->now()));
}

void BackfillService::configure(const ChannelsConfig &channels, SecretLookup secrets)
{
    QHash<QString, Private::Account> fresh;
    for (const ChannelConfig &c : channels.channels) {
        if (c.kind != ChannelKind::Messenger && c.kind != ChannelKind::Instagram)
            continue;
        Private::Account a;
        a.config = c;
        a.token = secrets ? secrets(c) : QString();
        a.history.kind = c.kind;
        a.history.externalId = c.externalId;
        const QString page = c.ids.value(QStringLiteral("page_id"));
        // Instagram through Facebook Login: the linked page's conversations with platform=instagram.
        a.history.listId = page.isEmpty() ? c.externalId : page;
        a.history.ownIds = {c.externalId};
        if (!page.isEmpty())
            a.history.ownIds.insert(page);
        a.label =
            c.name.isEmpty() ? QStringLiteral("%1 %2").arg(models::channelDisplayName(c.kind), c.externalId) : c.name;
        fresh.insert(accountKey(c.kind, c.externalId), a);
    }
    const bool connects = d->configured;
    const auto before = std::exchange(d->accounts, fresh);
    d->configured = true;
    if (!connects)
        return;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (!it->token.isEmpty() && (old == before.cend() || old->token != it->token))
            d->enqueue(*it);
    }
}

void BackfillService::setLimits(const Limits &limits)
{
    d->limits = limits;
    d->bucket = channels::TokenBucket(limits.callsPerSecond, 1);
}

void BackfillService::setApiVersion(const QString &version)
{
    d->endpoint.version = version;
}

void BackfillService::setTimeout(std::chrono::milliseconds timeout)
{
    d->endpoint.timeout = timeout;
}

void BackfillService::startUp()
{
    const QDateTime lastRun = QDateTime::fromString(d->store->setting(LastRunKey), Qt::ISODateWithMs);
    for (const Private::Account &a : std::as_const(d->accounts)) {
        const QDateTime until = backfilledUntil(a.config.kind, a.config.externalId);
        if (!a.token.isEmpty() && (!until.isValid() || (lastRun.isValid() && until < lastRun)))
            d->enqueue(a);
    }
    d->store->setSetting(LastRunKey, isoTime(d->now()));
    d->heartbeat.start();
}

bool BackfillService::backfill(ChannelKind kind, const QString &externalId)
{
    const auto it = d->accounts.constFind(accountKey(kind, externalId));
    if (it == d->accounts.cend())
        return false;
    d->enqueue(*it);
    return true;
}

void BackfillService::cancel()
{
    d->queue.clear();
    d->timer.stop();
    d->pausedUntil = {};
    if (d->run)
        d->end(false, tr("Cancelled. The messages fetched so far are kept."));
}

bool BackfillService::isRunning() const
{
    return d->run.has_value();
}

QDateTime BackfillService::backfilledUntil(ChannelKind kind, const QString &externalId) const
{
    for (const models::ChannelAccount &a : d->store->channelAccounts()) {
        if (a.kind == kind && a.externalId == externalId)
            return QDateTime::fromString(d->store->setting(settingKey(a.id)), Qt::ISODateWithMs);
    }
    return {};
}

void BackfillService::Private::enqueue(const Account &account)
{
    const QString key = accountKey(account.config.kind, account.config.externalId);
    if (run && accountKey(run->account.config.kind, run->account.config.externalId) == key)
        return;
    for (const Account &a : std::as_const(queue))
        if (accountKey(a.config.kind, a.config.externalId) == key)
            return;
    queue.append(account);
    if (!run)
        QTimer::singleShot(0, q, [this] { pump(); }); // after the caller has connected to the signals
}

void BackfillService::Private::pump()
{
    if (!run) {
        if (queue.isEmpty())
            return;
        begin(queue.takeFirst());
        if (!run)
            return;
    }
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    if (pausedUntil.isValid() && realNow < pausedUntil) {
        timer.start(std::chrono::milliseconds(realNow.msecsTo(pausedUntil)));
        return;
    }
    if (const auto wait = bucket.take(realNow)) {
        timer.start(std::max(*wait, std::chrono::milliseconds(1)));
        return;
    }
    run->listing ? requestList() : requestMessages();
}

void BackfillService::Private::begin(const Account &account)
{
    Run r;
    r.account = account;
    r.storeId = store->ensureChannelAccount(account.config.kind, account.config.externalId, account.config.name);
    const QDateTime at = now();
    r.cutoff = at.addSecs(-limits.liveMargin.count());
    r.from = at.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(limits.window).count());
    r.previousMark = QDateTime::fromString(store->setting(settingKey(r.storeId)), Qt::ISODateWithMs);
    // Conversations with nothing newer than the last complete backfill have nothing to add.
    if (r.previousMark.isValid() && r.previousMark > r.from)
        r.from = r.previousMark;
    run = std::move(r);
    ++generation;
    qCInfo(lcBackfill).noquote() << "history of" << account.label << "from" << isoTime(run->from);
    Q_EMIT q->started(account.label);
    Q_EMIT q->progress(account.label, 0, 0);
}

void BackfillService::Private::requestList()
{
    QPointer<BackfillService> guard(q);
    const quint64 mine = generation;
    channels::GraphConversations(network, accountEndpoint())
        .fetchConversations(run->account.history, run->account.token, run->after, limits.pageSize,
                            [this, guard, mine](const SendResult &status, const channels::ConversationsPage &page,
                                                const channels::HttpResponse &r) {
                                if (guard && run && generation == mine)
                                    onList(status, page, r);
                            });
}

void BackfillService::Private::requestMessages()
{
    QPointer<BackfillService> guard(q);
    const quint64 mine = generation;
    const int wanted = std::min(limits.pageSize, messageCap() - run->taken);
    channels::GraphConversations(network, accountEndpoint())
        .fetchMessages(run->account.history, run->conversations.at(run->index), run->account.token, run->after, wanted,
                       [this, guard, mine](const SendResult &status, const channels::MessagesPage &page,
                                           const channels::HttpResponse &r) {
                           if (guard && run && generation == mine)
                               onMessages(status, page, r);
                       });
}

void BackfillService::Private::onList(const SendResult &status, const channels::ConversationsPage &page,
                                      const channels::HttpResponse &r)
{
    if (status.outcome != SendResult::Outcome::Sent)
        return trouble(status, r);
    run->failures = 0;
    bool more = !page.after.isEmpty();
    for (const ConversationSummary &c : page.conversations) {
        // Newest activity first: the first one older than the window ends the list.
        if (c.updatedAt.isValid() && c.updatedAt < run->from) {
            more = false;
            break;
        }
        if (run->conversations.size() >= limits.maxConversations) {
            more = false;
            break;
        }
        run->conversations.append(c);
    }
    run->after = more ? page.after : QString();
    if (!more) {
        run->listing = false;
        if (run->conversations.isEmpty())
            return end(true, {});
    }
    Q_EMIT q->progress(run->account.label, 0, int(run->conversations.size()));
    if (obeyUsage(r))
        pump();
}

void BackfillService::Private::onMessages(const SendResult &status, const channels::MessagesPage &page,
                                          const channels::HttpResponse &r)
{
    if (status.outcome != SendResult::Outcome::Sent)
        return trouble(status, r);
    run->failures = 0;
    bool more = !page.after.isEmpty();
    for (const models::InboundEvent &e : page.events) {
        if (run->taken >= messageCap() || e.timestamp < run->from) {
            more = false; // newest first: everything after this is older still
            break;
        }
        ++run->taken;
        if (e.timestamp <= run->cutoff) // newer ones: the webhook delivers them, with rules and the AI
            run->fetched.append(e);
    }
    if (more && run->taken < messageCap())
        run->after = page.after;
    else if (!mergeConversation())
        return;
    else
        nextConversation();
    if (run && obeyUsage(r))
        pump();
}

bool BackfillService::Private::mergeConversation()
{
    // Oldest first, so the thread (ordered as stored) reads in order; one commit per conversation,
    // so an interrupted run leaves whole conversations, and the next run fetches the rest again.
    models::Store::Batch batch(*store);
    for (auto it = run->fetched.crbegin(); it != run->fetched.crend(); ++it) {
        const bool news =
            run->previousMark.isValid() && it->direction == models::Direction::In && it->timestamp > run->previousMark;
        const auto applied =
            store->apply(*it, news ? models::Store::ApplyMode::Live : models::Store::ApplyMode::History);
        if (!applied.ok) {
            end(false, tr("A fetched message could not be stored (%1); nothing else was changed.").arg(applied.error));
            return false;
        }
    }
    if (!batch.commit()) {
        end(false, tr("The fetched messages could not be stored (%1).").arg(store->lastError().message));
        return false;
    }
    run->fetched.clear();
    return true;
}

void BackfillService::Private::nextConversation()
{
    ++run->index;
    run->after.clear();
    run->taken = 0;
    Q_EMIT q->progress(run->account.label, run->index, int(run->conversations.size()));
    if (run->index >= run->conversations.size())
        end(true, {}); // the list was read to its end (or bound) before the first messages
}

void BackfillService::Private::trouble(const SendResult &status, const channels::HttpResponse &r)
{
    if (status.outcome != SendResult::Outcome::Retry || ++run->failures > limits.retries)
        return end(false, status.error);
    // Meta's wait when it names one, otherwise 5 s, 10 s, 20 s …
    const auto backoff = std::chrono::seconds(5 << std::min(run->failures - 1, 6));
    const auto wait = std::max(status.retryAfter.value_or(std::chrono::seconds(0)),
                               channels::usagePause(r).value_or(status.retryAfter ? std::chrono::seconds(0) : backoff));
    if (wait > limits.longestPause)
        return end(false,
                   tr("%1 Meta asks to wait longer than Wasel waits; the history is fetched again on the next "
                      "start or connect.")
                       .arg(status.error));
    pause(wait, status.error);
}

bool BackfillService::Private::obeyUsage(const channels::HttpResponse &r)
{
    const auto wait = channels::usagePause(r);
    if (!wait)
        return true;
    if (*wait > limits.longestPause) {
        end(false,
            tr("Meta's usage limit for this account is nearly reached; the history is fetched again on the "
               "next start or connect."));
        return false;
    }
    pause(*wait, tr("Meta's usage limit for this account is nearly reached."));
    return false;
}

void BackfillService::Private::pause(std::chrono::seconds wait, const QString &reason)
{
    pausedUntil = QDateTime::currentDateTimeUtc().addSecs(wait.count());
    qCInfo(lcBackfill).noquote() << "history of" << run->account.label << "paused for" << wait.count()
                                 << "s:" << reason;
    Q_EMIT q->paused(run->account.label, reason, now().addSecs(wait.count()));
    timer.start(std::chrono::milliseconds(std::max<qint64>(1, wait.count() * 1000)));
}

void BackfillService::Private::end(bool complete, const QString &reason)
{
    const Run ended = std::move(*run);
    run.reset();
    ++generation;
    pausedUntil = {};
    if (complete)
        store->setSetting(settingKey(ended.storeId), isoTime(ended.cutoff));
    qCInfo(lcBackfill).noquote() << "history of" << ended.account.label << (complete ? "complete" : "ended:") << reason;
    Q_EMIT q->finished(ended.account.label, complete, reason);
    if (!queue.isEmpty())
        QTimer::singleShot(0, q, [this] { pump(); });
}

} // namespace wasel::app
