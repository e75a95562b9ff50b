#include "MediaLimits.h"

namespace wasel::models {

namespace {

constexpr qint64 MB = 1024 * 1024;

} // namespace

qint64 maxAttachmentBytes(ChannelKind channel, MessageKind kind)
{
    switch (channel) {
    case ChannelKind::Messenger:
    case ChannelKind::Instagram:
        return 25 * MB;
    case ChannelKind::WhatsApp:
    case ChannelKind::TwilioWhatsApp:
        switch (kind) {
        case MessageKind::Image:
            return 5 * MB;
        case MessageKind::Video:
        case MessageKind::Audio:
            return 16 * MB;
        case MessageKind::Sticker:
            return 500 * 1024;
        default:
            return 100 * MB;
        }
    default:
        return 0;
    }
}

MessageKind attachmentKindOf(const QString &mimeType)
{
    if (mimeType.startsWith(QLatin1String("image/")))
        return MessageKind::Image;
    if (mimeType.startsWith(QLatin1String("video/")))
        return MessageKind::Video;
    if (mimeType.startsWith(QLatin1String("audio/")))
        return MessageKind::Audio;
    return MessageKind::File;
}

} // namespace wasel::models
