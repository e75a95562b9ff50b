#pragma once

// Builders for normalized events used across the unit tests.

#include "domain/InboundEvent.h"

#include <QTest>

// The domain's toString(enum) returns QString, which is what QTest's ADL lookup finds first, so enums
// are compared by their storage names: readable on failure ("read" vs "delivered").
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(wasel::models::toString(actual), wasel::models::toString(expected))

namespace wasel::tests {

inline models::InboundEvent customerText(models::ChannelKind channel, const QString &customerId, const QString &text,
                                         const QString &messageId,
                                         const QDateTime &at = QDateTime::currentDateTimeUtc(),
                                         const QString &customerName = QString())
{
    models::InboundEvent e;
    e.channel = channel;
    e.accountExternalId = QStringLiteral("account-1");
    e.accountName = QStringLiteral("Test shop");
    e.customerExternalId = customerId;
    e.customerName = customerName;
    e.text = text;
    e.externalMessageId = messageId;
    e.timestamp = at;
    return e;
}

} // namespace wasel::tests
