#pragma once

// Meta's webhook bodies (Messenger `page`, Instagram `instagram`, WhatsApp Cloud API
// `whatsapp_business_account`) as normalized events. Pure functions: bytes in, events out.

#include "domain/InboundEvent.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace wasel::channels::meta {

struct WebhookParse {
    QString error; // the body cannot be understood at all
    QList<models::InboundEvent> events;
};

// Every event in the body, in order. Kinds Wasel does not know yet become `Unsupported` messages
// that keep the raw JSON, so nothing a customer sent is silently dropped.
WebhookParse parseWebhook(QByteArrayView body);

struct WebhookInspection {
    QString error; // non-empty: not a Meta webhook body (400)
    QString dedupeKey; // the message ids (+ statuses) it carries, so a redelivery is recognised
    WebhookParse parsed; // what parseWebhook() gives, from the same single pass over the JSON
};

// What the gateway needs before recording, from one parse of the body: is this a Meta webhook,
// which key identifies it (redeliveries of the same mid, or WhatsApp id and status, get the same
// key), and its events, so applying them right after the 200 does not parse the body again.
WebhookInspection inspectWebhook(QByteArrayView body);

} // namespace wasel::channels::meta
