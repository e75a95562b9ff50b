#pragma once

// ManyChat External Request (API_CONTRACTS.md §4.1): the merchant's flow posts the subscriber's
// "Full Contact Data" to Wasel. There is no fixed schema and no signature; the gateway checks a
// shared secret header before this runs. Pure functions.

#include "domain/InboundEvent.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace wasel::channels::manychat {

struct ExternalRequestInspection {
    QString error; // non-empty: not a JSON object with a subscriber id (400)
    QString dedupeKey;
};
ExternalRequestInspection inspectExternalRequest(QByteArrayView body);

struct ExternalRequestParse {
    QString error;
    QList<models::InboundEvent> events; // the subscriber's last input as a message, if any
};
ExternalRequestParse parseExternalRequest(QByteArrayView body);

} // namespace wasel::channels::manychat
