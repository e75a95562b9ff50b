#pragma once

// Meta's webhook bodies (Messenger `page`, Instagram `instagram`, WhatsApp Cloud API
// `whatsapp_business_account`) as normalized events. Pure functions: bytes in, events out.

#include "domain/InboundEvent.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace wasel::channels::meta {

struct WebhookInspection {
    QString error; // non-empty: not a Meta webhook body (400)
    QString dedupeKey; // the message ids (+ statuses) it carries, so a redelivery is recognised
};

// Cheap check the gateway runs before recording: is this a Meta webhook, and which key identifies
// it. Redeliveries of the same messages (same mid, same WhatsApp id and status) get the same key.
WebhookInspection inspectWebhook(QByteArrayView body);

struct WebhookParse {
    QString error; // the body cannot be understood at all
    QList<models::InboundEvent> events;
};

// Every event in the body, in order. Kinds Wasel does not know yet become `Unsupported` messages
// that keep the raw JSON, so nothing a customer sent is silently dropped.
WebhookParse parseWebhook(QByteArrayView body);

} // namespace wasel::channels::meta
