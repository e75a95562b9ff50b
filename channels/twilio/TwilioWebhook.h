#pragma once

// Twilio's form-encoded webhooks — inbound WhatsApp messages and status callbacks — as normalized
// events (API_CONTRACTS.md §3.1, §3.4). Pure functions over the decoded form fields.

#include "common/Signatures.h"
#include "domain/InboundEvent.h"

#include <QList>
#include <QString>

namespace wasel::channels::twilio {

struct WebhookInspection {
    QString error; // non-empty: not a Twilio webhook (400)
    QString dedupeKey; // MessageSid + status: a redelivered callback has the same key
};

// `status` is true for the status-callback route.
WebhookInspection inspectWebhook(const signatures::FormFields &fields, bool status);

struct WebhookParse {
    QString error;
    QList<models::InboundEvent> events;
};
WebhookParse parseWebhook(const signatures::FormFields &fields, bool status);

} // namespace wasel::channels::twilio
