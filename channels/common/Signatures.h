#pragma once

// Webhook authentication on the raw bytes, before anything is parsed (API_CONTRACTS.md §1.2, §3.2).
//
// Every comparison of a secret-derived value is constant-time. Reasons are for logs and the 401
// body: they never contain a secret or the expected signature.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace wasel::channels::signatures {

struct Verdict {
    bool ok = false;
    QString reason; // "missing X-Hub-Signature-256 header", "signature does not match" …
};

// Lower-case hex SHA-256 of bytes, as text: the content key of events that carry no provider id.
QString sha256Hex(QByteArrayView bytes);

// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// ---- Meta: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(app secret, raw body) ----------
QByteArray metaSignature(QByteArrayView appSecret, QByteArrayView body);
Verdict verifyMeta(QByteArrayView appSecret, QByteArrayView body, QByteArrayView header);

// ---- Twilio: X-Twilio-Signature = base64 HMAC-SHA1(auth token, URL + sorted params) ----------
// Form fields in the order received; a name may repeat.
using FormFields = QList<QPair<QString, QString>>;

// Strict application/x-www-form-urlencoded decoding: '+' is a space, '%' must be followed by two
// hex digits, and the decoded bytes must be UTF-8. nullopt when the body is not form data.
std::optional<FormFields> parseForm(QByteArrayView body);

QByteArray twilioSignature(QByteArrayView authToken, const QString &url, const FormFields &fields);
// The URLs Twilio may have signed for one request: as given, without its port, and with the
// scheme's default port added (Twilio's back end is inconsistent about ports). User info is kept.
QStringList twilioUrlVariants(const QString &url);
Verdict verifyTwilio(QByteArrayView authToken, const QString &url, const FormFields &fields, QByteArrayView header);

} // namespace wasel::channels::signatures
