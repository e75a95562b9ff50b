#include "SendGridInbound.h"

#include "common/Signatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace wasel::channels::email {

namespace {

// A parameter of a header value: boundary=xYzZY, name="text", filename="a b.png".
QByteArray headerParameter(QByteArrayView value, QByteArrayView parameter)
{
    const QByteArray lower = value.toByteArray().toLower();
    const QByteArray key = parameter.toByteArray().toLower() + '=';
    qsizetype at = 0;
    while ((at = lower.indexOf(key, at)) >= 0) {
        // Must start a parameter, not end another one (name= inside filename=).
        if (at == 0 || lower[at - 1] == ';' || lower[at - 1] == ' ' || lower[at - 1] == '\t')
            break;
        at += key.size();
    }
    if (at < 0)
        return {};
    QByteArrayView rest = value.sliced(at + key.size());
    if (rest.startsWith('"')) {
        const qsizetype close = rest.indexOf('"', 1);
        return close < 0 ? QByteArray() : rest.sliced(1, close - 1).toByteArray();
    }
    const qsizetype end = rest.indexOf(';');
    return (end < 0 ? rest : rest.first(end)).trimmed().toByteArray();
}

QString decode(const QByteArray &data, const QByteArray &charset)
{
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(data);
}

QString headerField(const QString &headerBlock, const QString &name)
{
    // RFC 5322 unfolding: a line that starts with white space continues the previous one.
    const QRegularExpression re(
        QStringLiteral("^%1:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)").arg(QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(headerBlock);
    if (!m.hasMatch())
        return {};
    return m.captured(1).replace(QRegularExpression(QStringLiteral("\\r?\\n[ \\t]+")), QStringLiteral(" ")).trimmed();
}

struct Fields {
    QHash<QString, QByteArray> values;
    QJsonObject charsets;
    QString text(const QString &name) const
    {
        return decode(values.value(name), charsets.value(name).toString().toLatin1()).trimmed();
    }
};

std::optional<Fields> fieldsOf(QByteArrayView contentType, QByteArrayView body, QString *error)
{
    const auto parts = parseMultipart(contentType, body, error);
    if (!parts)
        return std::nullopt;
    Fields fields;
    for (const FormPart &part : *parts) {
        if (part.fileName.isEmpty())
            fields.values.insert(part.name, part.data);
    }
    if (!fields.values.contains(QStringLiteral("from")) && !fields.values.contains(QStringLiteral("envelope"))) {
        *error = QStringLiteral("not an Inbound Parse post: it has neither \"from\" nor \"envelope\"");
        return std::nullopt;
    }
    fields.charsets = QJsonDocument::fromJson(fields.values.value(QStringLiteral("charsets"))).object();
    return fields;
}

} // namespace

std::optional<QList<FormPart>> parseMultipart(QByteArrayView contentType, QByteArrayView body, QString *error)
{
    if (!contentType.trimmed().toByteArray().toLower().startsWith("multipart/form-data")) {
        *error = QStringLiteral("expected Content-Type multipart/form-data");
        return std::nullopt;
    }
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200) {
        *error = QStringLiteral("the multipart Content-Type has no usable boundary");
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0) {
        *error = QStringLiteral("the body has no multipart boundary");
        return std::nullopt;
    }
    for (;;) {
        qsizetype lineEnd = body.indexOf('\n', at);
        const QByteArrayView delimiterLine = body.sliced(at, (lineEnd < 0 ? body.size() : lineEnd) - at).trimmed();
        if (delimiterLine == QByteArrayView(delimiter + "--"))
            break; // the closing delimiter
        if (lineEnd < 0) {
            *error = QStringLiteral("the multipart body ends without its closing boundary");
            return std::nullopt;
        }
        const qsizetype partStart = lineEnd + 1;
        // The next delimiter must start a line.
        qsizetype next = partStart;
        for (;;) {
            next = body.indexOf(delimiter, next);
            if (next < 0) {
                *error = QStringLiteral("the multipart body ends without its closing boundary");
                return std::nullopt;
            }
            if (body[next - 1] == '\n')
                break;
            next += delimiter.size();
        }
        qsizetype partEnd = next - 1; // the '\n' before the delimiter
        if (partEnd > partStart && body[partEnd - 1] == '\r')
            --partEnd;
        const QByteArrayView part = body.sliced(partStart, std::max<qsizetype>(0, partEnd - partStart));
        qsizetype headerEnd = part.indexOf("\r\n\r\n");
        qsizetype contentStart = headerEnd + 4;
        if (headerEnd < 0) {
            headerEnd = part.indexOf("\n\n");
            contentStart = headerEnd + 2;
        }
        if (headerEnd < 0) {
            *error = QStringLiteral("a multipart part has no header block");
            return std::nullopt;
        }
        FormPart formPart;
        for (const QByteArrayView line : QByteArray(part.first(headerEnd).toByteArray()).split('\n')) {
            const QByteArrayView trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = trimmed.first(colon).toByteArray().toLower();
            const QByteArrayView value = trimmed.sliced(colon + 1).trimmed();
            if (name == "content-disposition") {
                formPart.name = QString::fromUtf8(headerParameter(value, "name"));
                formPart.fileName = QString::fromUtf8(headerParameter(value, "filename"));
            } else if (name == "content-type") {
                formPart.contentType = value.toByteArray();
            }
        }
        formPart.data = part.sliced(std::min(contentStart, part.size())).toByteArray();
        if (!formPart.name.isEmpty())
            parts.append(formPart);
        at = next;
    }
    return parts;
}

InboundInspection inspectInboundParse(QByteArrayView contentType, QByteArrayView body)
{
    InboundInspection result;
    const auto fields = fieldsOf(contentType, body, &result.error);
    if (!fields)
        return result;
    const QString messageId = headerField(fields->text(QStringLiteral("headers")), QStringLiteral("Message-ID"));
    result.dedupeKey = messageId.isEmpty() ? QLatin1String("sendgrid:h:") + signatures::sha256Hex(body)
                                           : QLatin1String("sendgrid:") + messageId;
    return result;
}

std::pair<QString, QString> splitAddress(const QString &address)
{
    static const QRegularExpression angle(QStringLiteral("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>"));
    const QRegularExpressionMatch m = angle.match(address);
    if (m.hasMatch())
        return {m.captured(1).trimmed(), m.captured(2).trimmed().toLower()};
    return {QString(), address.trimmed().toLower()};
}

InboundParse parseInboundParse(QByteArrayView contentType, QByteArrayView body)
{
    InboundParse result;
    const auto fields = fieldsOf(contentType, body, &result.error);
    if (!fields)
        return result;
    const QJsonObject envelope = QJsonDocument::fromJson(fields->values.value(QStringLiteral("envelope"))).object();
    const QString headers = fields->text(QStringLiteral("headers"));

    models::InboundEvent e;
    e.channel = models::ChannelKind::Email;
    e.kind = models::MessageKind::Text;
    const auto [name, from] =
        splitAddress(fields->text(QStringLiteral("from")).isEmpty() ? envelope.value(QLatin1String("from")).toString()
                                                                    : fields->text(QStringLiteral("from")));
    e.customerExternalId = from;
    e.customerName = name;
    const QJsonArray to = envelope.value(QLatin1String("to")).toArray();
    e.accountExternalId = splitAddress(to.isEmpty() ? fields->text(QStringLiteral("to")).section(QLatin1Char(','), 0, 0)
                                                    : to.first().toString())
                              .second;
    e.externalMessageId = headerField(headers, QStringLiteral("Message-ID"));
    if (e.externalMessageId.isEmpty())
        e.externalMessageId = QLatin1String("sendgrid:h:") + signatures::sha256Hex(body);
    e.replyToExternalId = headerField(headers, QStringLiteral("In-Reply-To"));
    const QString subject = fields->text(QStringLiteral("subject"));
    e.contextJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("subject"), subject}}).toJson(QJsonDocument::Compact));
    e.text = fields->text(QStringLiteral("text"));
    if (e.text.isEmpty())
        e.text = subject;
    e.timestamp = QDateTime::currentDateTimeUtc();
    if (e.customerExternalId.isEmpty() || !e.customerExternalId.contains(QLatin1Char('@'))) {
        result.error = QStringLiteral("the e-mail has no sender address");
        return result;
    }
    if (e.accountExternalId.isEmpty()) {
        result.error = QStringLiteral("the e-mail has no recipient address");
        return result;
    }
    result.events.append(e);
    return result;
}

} // namespace wasel::channels::email
