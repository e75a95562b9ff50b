#include "Ingest.h"

#include "common/Signatures.h"
#include "email/SendGridInbound.h"
#include "manychat/ManyChatWebhook.h"
#include "meta/MetaWebhook.h"
#include "twilio/TwilioWebhook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIngest, "wasel.ingest")

namespace wasel::channels {

ParsedEvent parseRecordedEvent(const models::WebhookEvent &event)
{
    ParsedEvent parsed;
    const QString &provider = event.provider;
    if (provider == QLatin1String("meta")) {
        auto result = meta::parseWebhook(event.body);
        parsed.error = std::move(result.error);
        parsed.events = std::move(result.events);
    } else if (provider == QLatin1String("twilio") || provider == QLatin1String("twilio_status")) {
        const auto fields = signatures::parseForm(event.body);
        if (!fields) {
            parsed.error = QStringLiteral("the body is not form data");
            return parsed;
        }
        auto result = twilio::parseWebhook(*fields, provider == QLatin1String("twilio_status"));
        parsed.error = std::move(result.error);
        parsed.events = std::move(result.events);
    } else if (provider == QLatin1String("sendgrid")) {
        const QJsonObject headers = QJsonDocument::fromJson(event.headers).object();
        auto result =
            email::parseInboundParse(headers.value(QLatin1String("content-type")).toString().toUtf8(), event.body);
        parsed.error = std::move(result.error);
        parsed.events = std::move(result.events);
    } else if (provider == QLatin1String("manychat")) {
        auto result = manychat::parseExternalRequest(event.body);
        parsed.error = std::move(result.error);
        parsed.events = std::move(result.events);
    } else {
        parsed.error = QStringLiteral("no parser for provider \"%1\"").arg(provider);
    }
    return parsed;
}

IngestOutcome ingestRecordedEvent(models::Store &store, const ReceivedEvent &received)
{
    IngestOutcome outcome;
    const models::WebhookEvent &event = received.event;
    ParsedEvent parsed = received.parsed;
    if (parsed.error.isEmpty()) {
        models::Store::Batch batch(store);
        for (const models::InboundEvent &e : std::as_const(parsed.events)) {
            const models::Store::ApplyResult applied = store.apply(e);
            if (!applied.ok) {
                parsed.error = applied.error;
                break;
            }
            if (applied.changed)
                outcome.changes.append({e, applied.conversationId, applied.messageId});
        }
        if (parsed.error.isEmpty() && !batch.commit())
            parsed.error = store.lastError().message;
    }
    if (!parsed.error.isEmpty()) {
        // The batch rolled back: nothing of this event is half-applied.
        outcome.changes.clear();
        outcome.error = parsed.error;
        store.markWebhookEvent(event.id, QStringLiteral("failed"), parsed.error);
        return outcome;
    }
    outcome.ok = store.markWebhookEvent(event.id, QStringLiteral("applied"));
    if (!outcome.ok)
        outcome.error = store.lastError().message;
    return outcome;
}

static bool ingestGroup(models::Store &store, const QList<ReceivedEvent> &events, models::Store::Batch::Mode mode,
                        ReplaySummary &summary)
{
    models::Store::Batch batch(store, mode);
    QStringList failures;
    for (const ReceivedEvent &received : events) {
        const models::WebhookEvent &event = received.event;
        const IngestOutcome outcome = ingestRecordedEvent(store, received);
        (outcome.ok ? summary.applied : summary.failed) += 1;
        summary.changes += outcome.changes;
        if (!outcome.ok)
            failures.append(
                QStringLiteral("event %1 (%2) failed: %3").arg(event.id).arg(event.provider, outcome.error));
    }
    if (!batch.commit())
        return false;
    for (const QString &failure : std::as_const(failures))
        qCWarning(lcIngest).noquote() << failure;
    return true;
}

ReplaySummary ingestRecordedEvents(models::Store &store, const QList<models::WebhookEvent> &events)
{
    QList<ReceivedEvent> received;
    received.reserve(events.size());
    for (const models::WebhookEvent &event : events)
        received.append({event, parseRecordedEvent(event)});
    return ingestRecordedEvents(store, received);
}

ReplaySummary ingestRecordedEvents(models::Store &store, const QList<ReceivedEvent> &events)
{
    ReplaySummary summary;
    if (events.isEmpty() || ingestGroup(store, events, models::Store::Batch::Mode::AllOrNothing, summary))
        return summary;
    summary = {};
    if (!ingestGroup(store, events, models::Store::Batch::Mode::Savepoints, summary)) {
        qCWarning(lcIngest).noquote() << "cannot commit" << events.size()
                                      << "applied event(s):" << store.lastError().message
                                      << "(they stay pending and are applied on the next start)";
        return {};
    }
    return summary;
}

ReplaySummary ingestStoredEvents(models::Store &store, const QStringList &states)
{
    ReplaySummary summary;
    constexpr int pageSize = 200; // events per transaction, and per read: the log can be long
    for (const QString &state : states) {
        qint64 afterId = 0;
        for (;;) {
            const QList<models::WebhookEvent> page = store.webhookEvents(state, pageSize, afterId);
            if (page.isEmpty())
                break;
            const ReplaySummary part = ingestRecordedEvents(store, page);
            summary.applied += part.applied;
            summary.failed += part.failed;
            summary.changes += part.changes;
            afterId = page.back().id;
        }
    }
    return summary;
}

} // namespace wasel::channels
