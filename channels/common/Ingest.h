#pragma once

// The second half of the gateway: a recorded raw webhook event → the provider's parser →
// Store::apply, and the event marked applied or failed with its error. Used right after the 200
// goes out, on start-up for events a crash left pending, and by `wasel replay`.

#include "domain/InboundEvent.h"
#include "store/Store.h"

#include <QList>
#include <QString>

namespace wasel::channels {

// One message or status the event changed in the store.
struct IngestedChange {
    models::InboundEvent event;
    qint64 conversationId = 0;
    qint64 messageId = 0;
};

struct IngestOutcome {
    bool ok = false;
    QString error; // why the event is marked failed
    QList<IngestedChange> changes; // only what was new
};

// Parses one recorded event into normalized events (no store access). A provider Wasel has no
// parser for is an error, so the event stays replayable once it has one.
struct ParsedEvent {
    QString error;
    QList<models::InboundEvent> events;
};
ParsedEvent parseRecordedEvent(const models::WebhookEvent &event);

// A recorded event with its parse: the gateway parses a body once, when it first checks it, and
// applies those events right after the 200; replays parse what was stored.
struct ReceivedEvent {
    models::WebhookEvent event;
    ParsedEvent parsed;
};

// Applies one parsed event in one transaction and marks it applied or failed.
IngestOutcome ingestRecordedEvent(models::Store &store, const ReceivedEvent &received);

struct ReplaySummary {
    int applied = 0;
    int failed = 0;
    QList<IngestedChange> changes;
};
// Ingests a group of recorded events in one transaction. It first applies them all without a
// savepoint per event (fast); if one of them cannot be applied, that attempt is rolled back and the
// group is applied again with a savepoint per event, so the failure is marked and the rest kept.
ReplaySummary ingestRecordedEvents(models::Store &store, const QList<ReceivedEvent> &events);
// The same for events as stored (each parsed first).
ReplaySummary ingestRecordedEvents(models::Store &store, const QList<models::WebhookEvent> &events);

// Ingests the stored events in `states` (e.g. {"pending"} or {"pending", "failed"}), oldest first,
// in batches that each commit once.
ReplaySummary ingestStoredEvents(models::Store &store, const QStringList &states);

} // namespace wasel::channels
