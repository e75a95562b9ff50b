#include "Signatures.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringDecoder>

#include <algorithm>

namespace wasel::channels::signatures {

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
    return diff == 0;
}

QByteArray metaSignature(QByteArrayView appSecret, QByteArrayView body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body.toByteArray(), appSecret.toByteArray(), QCryptographicHash::Sha256)
              .toHex();
}

static bool isHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

Verdict verifyMeta(QByteArrayView appSecret, QByteArrayView body, QByteArrayView header)
{
    if (appSecret.isEmpty())
        return {false, QStringLiteral("no Meta app secret is configured")};
    if (header.isEmpty())
        return {false, QStringLiteral("missing X-Hub-Signature-256 header")};
    const QByteArrayView prefix("sha256=");
    const QByteArrayView hex = header.trimmed();
    if (!hex.startsWith(prefix) || hex.size() != prefix.size() + 64 || !isHex(hex.sliced(prefix.size())))
        return {false, QStringLiteral("malformed X-Hub-Signature-256 header (expected sha256= and 64 hex digits)")};
    const QByteArray received = hex.toByteArray().toLower();
    if (!constantTimeEquals(received, metaSignature(appSecret, body)))
        return {false, QStringLiteral("X-Hub-Signature-256 does not match the body")};
    return {true, {}};
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static std::optional<QString> decodeComponent(QByteArrayView raw)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= raw.size())
                return std::nullopt;
            const int hi = hexValue(raw[i + 1]);
            const int lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

std::optional<FormFields> parseForm(QByteArrayView body)
{
    FormFields fields;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto name = decodeComponent(eq < 0 ? pair : pair.first(eq));
        const auto value = decodeComponent(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1));
        if (!name || !value || name->isEmpty())
            return std::nullopt;
        fields.append({*name, *value});
    }
    return fields;
}

QByteArray twilioSignature(QByteArrayView authToken, const QString &url, const FormFields &fields)
{
    // Names sorted byte-wise; a repeated name contributes each distinct value once, sorted.
    FormFields sorted = fields;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const QByteArray an = a.first.toUtf8(), bn = b.first.toUtf8();
        return an != bn ? an < bn : a.second.toUtf8() < b.second.toUtf8();
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QByteArray data = url.toUtf8();
    for (const auto &[name, value] : std::as_const(sorted))
        data += name.toUtf8() + value.toUtf8();
    return QMessageAuthenticationCode::hash(data, authToken.toByteArray(), QCryptographicHash::Sha1).toBase64();
}

QStringList twilioUrlVariants(const QString &url)
{
    QStringList variants{url};
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0)
        return variants;
    const QString scheme = url.left(schemeEnd).toLower();
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = url.indexOf(stop, authorityStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    const QString authority = url.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at >= 0 ? authority.left(at + 1) : QString();
    QString hostPort = authority.mid(at + 1);
    // The port follows the last ':' unless that colon is inside an IPv6 literal.
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const bool hasPort = colon >= 0 && colon > hostPort.lastIndexOf(QLatin1Char(']'));
    const QString host = hasPort ? hostPort.left(colon) : hostPort;
    const QString before = url.left(authorityStart) + userInfo;
    const QString after = url.mid(authorityEnd);
    if (hasPort) {
        variants.append(before + host + after);
    } else if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
        variants.append(before + host
                        + (scheme == QLatin1String("https") ? QLatin1String(":443") : QLatin1String(":80")) + after);
    }
    return variants;
}

Verdict verifyTwilio(QByteArrayView authToken, const QString &url, const FormFields &fields, QByteArrayView header)
{
    if (authToken.isEmpty())
        return {false, QStringLiteral("no Twilio auth token is configured")};
    if (url.isEmpty())
        return {false, QStringLiteral("no public URL is configured, so Twilio's signature cannot be checked")};
    const QByteArrayView received = header.trimmed();
    if (received.isEmpty())
        return {false, QStringLiteral("missing X-Twilio-Signature header")};
    const auto decoded =
        QByteArray::fromBase64Encoding(received.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 20)
        return {false, QStringLiteral("malformed X-Twilio-Signature header (expected base64 of 20 bytes)")};
    bool match = false;
    for (const QString &variant : twilioUrlVariants(url))
        match |= constantTimeEquals(received, twilioSignature(authToken, variant, fields));
    if (!match)
        return {false, QStringLiteral("X-Twilio-Signature does not match the URL and parameters")};
    return {true, {}};
}

} // namespace wasel::channels::signatures
