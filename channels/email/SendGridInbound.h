#pragma once

// SendGrid Inbound Parse (API_CONTRACTS.md §5.1): a multipart/form-data POST per received e-mail,
// in "parsed" mode (text, html, from, to, subject, headers …). Pure functions.
//
// This first cut makes each e-mail a message from its sender; quote stripping, threading by
// Message-ID/References and attachment storage belong to the e-mail channel itself.

#include "domain/InboundEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace wasel::channels::email {

struct FormPart {
    QString name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// multipart/form-data, with CRLF or bare LF line ends. nullopt (and *error) when malformed.
std::optional<QList<FormPart>> parseMultipart(QByteArrayView contentType, QByteArrayView body, QString *error);

struct InboundInspection {
    QString error; // non-empty: not an Inbound Parse post (400)
    QString dedupeKey; // the e-mail's Message-ID, or the body's hash when it has none
};
InboundInspection inspectInboundParse(QByteArrayView contentType, QByteArrayView body);

struct InboundParse {
    QString error;
    QList<models::InboundEvent> events;
};
InboundParse parseInboundParse(QByteArrayView contentType, QByteArrayView body);

// "Jane Customer <jane@example.com>" → {"Jane Customer", "jane@example.com"}.
std::pair<QString, QString> splitAddress(const QString &address);

} // namespace wasel::channels::email
