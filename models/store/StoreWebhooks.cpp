// The raw webhook log seen from the gateway: group commits of received events, the counters of
// /health, and the batch scope that applies many events under one commit.

#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

QList<Store::RecordResult> Store::recordWebhookEvents(const QList<WebhookEvent> &events)
{
    QList<RecordResult> results;
    results.reserve(events.size());
    Transaction tx(d->db);
    bool allOk = tx.isActive();
    for (const WebhookEvent &event : events) {
        RecordResult r = allOk ? recordWebhookEvent(event) : RecordResult{};
        allOk = allOk && r.ok;
        results.append(r);
    }
    if (!allOk || !tx.commit()) {
        const QString error =
            QStringLiteral("cannot commit %1 webhook event(s): %2").arg(events.size()).arg(d->db.lastError().text());
        d->fail(error);
        for (RecordResult &r : results)
            r = RecordResult{false, false, 0, error};
    }
    return results;
}

static const QString webhookColumns =
    QStringLiteral("SELECT id, provider, dedupe_key, headers, body, received_at, state, error FROM webhook_events");

static WebhookEvent readWebhookEvent(const QSqlQuery &q)
{
    WebhookEvent e;
    e.id = q.value(0).toLongLong();
    e.provider = q.value(1).toString();
    e.dedupeKey = q.value(2).toString();
    e.headers = q.value(3).toByteArray();
    e.body = q.value(4).toByteArray();
    e.receivedAt = toDateTime(q.value(5));
    e.state = q.value(6).toString();
    e.error = q.value(7).toString();
    return e;
}

std::optional<WebhookEvent> Store::webhookEvent(qint64 id) const
{
    QSqlQuery q = exec(d->db, webhookColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readWebhookEvent(q);
}

QList<WebhookEvent> Store::webhookEvents(const QString &state, int limit, qint64 afterId) const
{
    QSqlQuery q =
        exec(d->db, webhookColumns + QStringLiteral(" WHERE id > ? AND (? = '' OR state = ?) ORDER BY id LIMIT ?"),
             {afterId, state, state, std::max(1, limit)});
    QList<WebhookEvent> result;
    while (q.next())
        result.append(readWebhookEvent(q));
    return result;
}

Store::WebhookStats Store::webhookStats() const
{
    WebhookStats stats;
    QSqlQuery states = exec(d->db, QStringLiteral("SELECT state, COUNT(*) FROM webhook_events GROUP BY state"));
    while (states.next()) {
        const QString state = states.value(0).toString();
        const int n = states.value(1).toInt();
        if (state == QLatin1String("pending"))
            stats.pending = n;
        else if (state == QLatin1String("applied"))
            stats.applied = n;
        else if (state == QLatin1String("failed"))
            stats.failed = n;
        else if (state == QLatin1String("ignored"))
            stats.ignored = n;
    }
    QSqlQuery last =
        exec(d->db, QStringLiteral("SELECT provider, MAX(received_at) FROM webhook_events GROUP BY provider"));
    while (last.next())
        stats.lastEventAt.insert(last.value(0).toString(), toDateTime(last.value(1)));
    return stats;
}

void Store::setSyncCommits(bool full)
{
    // A pragma takes no bound parameters; the value is one of two literals.
    exec(d->db, full ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Store::Batch::Batch(Store &store, Mode mode)
    : m_store(store)
    , m_tx(std::make_unique<Transaction>(
          store.d->db, mode == Mode::AllOrNothing ? Transaction::Nesting::Join : Transaction::Nesting::Savepoints))
    , m_mark(store.d->pendingSignals.size())
{
    ++store.d->batchDepth;
}

Store::Batch::~Batch()
{
    if (!m_done) {
        m_tx.reset(); // rolls back
        finish(false);
    }
}

bool Store::Batch::commit()
{
    const bool committed = m_tx->commit();
    finish(committed);
    return committed;
}

void Store::Batch::finish(bool committed)
{
    m_done = true;
    Private &d = *m_store.d;
    --d.batchDepth;
    if (!committed) {
        d.pendingSignals.resize(std::min(d.pendingSignals.size(), m_mark));
        return;
    }
    if (d.batchDepth > 0)
        return; // an outer batch decides
    const QList<std::function<void()>> queued = std::exchange(d.pendingSignals, {});
    for (const auto &emitSignal : queued)
        emitSignal();
}

} // namespace wasel::models
