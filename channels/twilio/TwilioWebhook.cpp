#include "TwilioWebhook.h"

#include "domain/Phone.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace wasel::channels::twilio {

using models::ChannelKind;
using models::InboundEvent;
using models::MessageKind;
using models::MessageStatus;

namespace {

QString field(const signatures::FormFields &fields, const QString &name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

bool isWhatsApp(const QString &address)
{
    return address.startsWith(QLatin1String("whatsapp:"), Qt::CaseInsensitive);
}

QString number(const QString &address)
{
    return models::normalizePhone(isWhatsApp(address) ? address.mid(9) : address);
}

std::optional<MessageStatus> statusOf(const QString &status)
{
    if (status == QLatin1String("sent"))
        return MessageStatus::Sent;
    if (status == QLatin1String("delivered"))
        return MessageStatus::Delivered;
    if (status == QLatin1String("read"))
        return MessageStatus::Read;
    if (status == QLatin1String("failed") || status == QLatin1String("undelivered"))
        return MessageStatus::Failed;
    return std::nullopt; // queued, sending, accepted …: nothing a merchant needs to see
}

MessageKind mediaKind(const QString &mimeType)
{
    if (mimeType.startsWith(QLatin1String("image/")))
        return MessageKind::Image;
    if (mimeType.startsWith(QLatin1String("video/")))
        return MessageKind::Video;
    if (mimeType.startsWith(QLatin1String("audio/")))
        return MessageKind::Audio;
    return MessageKind::File;
}

} // namespace

WebhookInspection inspectWebhook(const signatures::FormFields &fields, bool status)
{
    WebhookInspection result;
    const QString sid = field(fields, QStringLiteral("MessageSid"));
    if (sid.isEmpty()) {
        result.error = QStringLiteral("not a Twilio message webhook: MessageSid is missing");
        return result;
    }
    QString state = field(fields, QStringLiteral("MessageStatus"));
    if (state.isEmpty())
        state = field(fields, QStringLiteral("SmsStatus"));
    result.dedupeKey = QStringLiteral("twilio:%1:%2").arg(sid, status ? state : QStringLiteral("received"));
    return result;
}

WebhookParse parseWebhook(const signatures::FormFields &fields, bool status)
{
    WebhookParse result;
    const QString from = field(fields, QStringLiteral("From"));
    const QString to = field(fields, QStringLiteral("To"));
    InboundEvent e;
    e.channel = ChannelKind::TwilioWhatsApp;
    e.externalMessageId = field(fields, QStringLiteral("MessageSid"));
    e.timestamp = QDateTime::currentDateTimeUtc();
    if (status) {
        QString state = field(fields, QStringLiteral("MessageStatus"));
        if (state.isEmpty())
            state = field(fields, QStringLiteral("SmsStatus"));
        const auto messageStatus = statusOf(state);
        if (!messageStatus)
            return result; // an intermediate state: nothing to apply
        e.type = InboundEvent::Type::StatusUpdate;
        e.status = *messageStatus;
        e.accountExternalId = number(from);
        e.customerExternalId = number(to);
        const QString code = field(fields, QStringLiteral("ErrorCode"));
        if (!code.isEmpty())
            e.statusReason = QStringLiteral("Twilio error %1").arg(code);
        result.events.append(e);
        return result;
    }
    if (!isWhatsApp(from)) {
        result.error = QStringLiteral("an SMS from %1: Wasel receives WhatsApp through Twilio, not SMS").arg(from);
        return result;
    }
    e.accountExternalId = number(to);
    e.customerExternalId = number(from);
    if (e.customerExternalId.isEmpty() || e.accountExternalId.isEmpty()) {
        result.error = QStringLiteral("From (%1) or To (%2) is not a phone number").arg(from, to);
        return result;
    }
    e.customerName = field(fields, QStringLiteral("ProfileName"));
    e.text = field(fields, QStringLiteral("Body"));
    e.replyToExternalId = field(fields, QStringLiteral("OriginalRepliedMessageSid"));
    const int media = field(fields, QStringLiteral("NumMedia")).toInt();
    for (int i = 0; i < std::min(media, 10); ++i) {
        models::Attachment attachment;
        attachment.url = field(fields, QStringLiteral("MediaUrl%1").arg(i));
        attachment.mimeType = field(fields, QStringLiteral("MediaContentType%1").arg(i));
        attachment.kind = mediaKind(attachment.mimeType);
        if (!attachment.url.isEmpty())
            e.attachments.append(attachment);
    }
    if (!e.attachments.isEmpty() && e.text.isEmpty())
        e.kind = e.attachments.front().kind;
    // A shared location: Latitude/Longitude, with the place's Label and Address when it has them.
    bool latOk = false, longOk = false;
    const double latitude = field(fields, QStringLiteral("Latitude")).toDouble(&latOk);
    const double longitude = field(fields, QStringLiteral("Longitude")).toDouble(&longOk);
    if (latOk && longOk && std::abs(latitude) <= 90 && std::abs(longitude) <= 180) {
        models::Attachment place;
        place.kind = MessageKind::Location;
        place.url = QStringLiteral("geo:%1,%2")
                        .arg(field(fields, QStringLiteral("Latitude")).trimmed(),
                             field(fields, QStringLiteral("Longitude")).trimmed());
        place.fileName = field(fields, QStringLiteral("Label"));
        e.attachments.prepend(place);
        e.kind = MessageKind::Location;
        if (e.text.isEmpty())
            e.text = field(fields, QStringLiteral("Address"));
    }
    const QString buttonPayload = field(fields, QStringLiteral("ButtonPayload"));
    if (!buttonPayload.isEmpty()) {
        e.text = field(fields, QStringLiteral("ButtonText"));
        e.payloadJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("button_payload"), buttonPayload}})
                                              .toJson(QJsonDocument::Compact));
    }
    if (e.text.isEmpty() && e.attachments.isEmpty()) {
        e.kind = MessageKind::Unsupported;
        QJsonObject raw;
        for (const auto &[key, value] : fields)
            raw.insert(key, value);
        e.payloadJson = QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
    }
    result.events.append(e);
    return result;
}

} // namespace wasel::channels::twilio
