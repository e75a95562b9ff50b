#include "Types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace wasel::models {

namespace {

// One table per enum: the enumerator and its stable storage name.
template<typename Enum, std::size_t N> using NameTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr NameTable<ChannelKind, 7> channelNames{{
    {ChannelKind::Messenger, u"messenger"},
    {ChannelKind::Instagram, u"instagram"},
    {ChannelKind::WhatsApp, u"whatsapp"},
    {ChannelKind::TwilioWhatsApp, u"twilio_whatsapp"},
    {ChannelKind::Email, u"email"},
    {ChannelKind::Widget, u"widget"},
    {ChannelKind::ManyChat, u"manychat"},
}};

constexpr NameTable<Direction, 2> directionNames{{
    {Direction::In, u"in"},
    {Direction::Out, u"out"},
}};

constexpr NameTable<SenderKind, 4> senderNames{{
    {SenderKind::Customer, u"customer"},
    {SenderKind::Agent, u"agent"},
    {SenderKind::Ai, u"ai"},
    {SenderKind::System, u"system"},
}};

constexpr NameTable<MessageKind, 17> messageKindNames{{
    {MessageKind::Text, u"text"},
    {MessageKind::Image, u"image"},
    {MessageKind::Video, u"video"},
    {MessageKind::Audio, u"audio"},
    {MessageKind::File, u"file"},
    {MessageKind::Sticker, u"sticker"},
    {MessageKind::StoryReply, u"story_reply"},
    {MessageKind::StoryMention, u"story_mention"},
    {MessageKind::Comment, u"comment"},
    {MessageKind::Postback, u"postback"},
    {MessageKind::Reaction, u"reaction"},
    {MessageKind::Template, u"template"},
    {MessageKind::Share, u"share"},
    {MessageKind::Location, u"location"},
    {MessageKind::Referral, u"referral"},
    {MessageKind::Contact, u"contact"},
    {MessageKind::Unsupported, u"unsupported"},
}};

constexpr NameTable<MessageStatus, 7> messageStatusNames{{
    {MessageStatus::Received, u"received"},
    {MessageStatus::Queued, u"queued"},
    {MessageStatus::Sending, u"sending"},
    {MessageStatus::Sent, u"sent"},
    {MessageStatus::Delivered, u"delivered"},
    {MessageStatus::Read, u"read"},
    {MessageStatus::Failed, u"failed"},
}};

constexpr NameTable<ConversationStatus, 4> conversationStatusNames{{
    {ConversationStatus::Open, u"open"},
    {ConversationStatus::Pending, u"pending"},
    {ConversationStatus::Snoozed, u"snoozed"},
    {ConversationStatus::Resolved, u"resolved"},
}};

constexpr NameTable<AiMode, 3> aiModeNames{{
    {AiMode::Auto, u"auto"},
    {AiMode::Draft, u"draft"},
    {AiMode::Off, u"off"},
}};

constexpr NameTable<AiDraft, 3> aiDraftNames{{
    {AiDraft::None, u""},
    {AiDraft::AsWritten, u"as_written"},
    {AiDraft::Edited, u"edited"},
}};

template<typename Enum, std::size_t N> QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    Q_UNREACHABLE();
    return QString();
}

template<typename Enum, std::size_t N> std::optional<Enum> valueOf(const NameTable<Enum, N> &table, QStringView name)
{
    for (const auto &[e, n] : table) {
        if (n == name)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toString(ChannelKind kind)
{
    return nameOf(channelNames, kind);
}
QString channelDisplayName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Messenger:
        return QStringLiteral("Messenger");
    case ChannelKind::Instagram:
        return QStringLiteral("Instagram");
    case ChannelKind::WhatsApp:
        return QStringLiteral("WhatsApp");
    case ChannelKind::TwilioWhatsApp:
        return QCoreApplication::translate("wasel::models", "WhatsApp (Twilio)");
    case ChannelKind::Email:
        return QCoreApplication::translate("wasel::models", "Email");
    case ChannelKind::Widget:
        return QCoreApplication::translate("wasel::models", "Website chat");
    case ChannelKind::ManyChat:
        return QStringLiteral("ManyChat");
    }
    return toString(kind);
}

QString toString(Direction direction)
{
    return nameOf(directionNames, direction);
}
QString toString(SenderKind sender)
{
    return nameOf(senderNames, sender);
}
QString toString(MessageKind kind)
{
    return nameOf(messageKindNames, kind);
}
QString toString(MessageStatus status)
{
    return nameOf(messageStatusNames, status);
}
QString toString(ConversationStatus status)
{
    return nameOf(conversationStatusNames, status);
}
QString toString(AiMode mode)
{
    return nameOf(aiModeNames, mode);
}
QString toString(AiDraft draft)
{
    return nameOf(aiDraftNames, draft);
}

std::optional<ChannelKind> channelKindFromString(QStringView name)
{
    return valueOf(channelNames, name);
}
std::optional<Direction> directionFromString(QStringView name)
{
    return valueOf(directionNames, name);
}
std::optional<SenderKind> senderKindFromString(QStringView name)
{
    return valueOf(senderNames, name);
}
std::optional<MessageKind> messageKindFromString(QStringView name)
{
    return valueOf(messageKindNames, name);
}
std::optional<MessageStatus> messageStatusFromString(QStringView name)
{
    return valueOf(messageStatusNames, name);
}
std::optional<ConversationStatus> conversationStatusFromString(QStringView name)
{
    return valueOf(conversationStatusNames, name);
}
std::optional<AiMode> aiModeFromString(QStringView name)
{
    return valueOf(aiModeNames, name);
}
std::optional<AiDraft> aiDraftFromString(QStringView name)
{
    return valueOf(aiDraftNames, name);
}

QList<ChannelKind> allChannelKinds()
{
    QList<ChannelKind> kinds;
    for (const auto &[kind, name] : channelNames)
        kinds.append(kind);
    return kinds;
}

bool isStatusAdvance(MessageStatus from, MessageStatus to)
{
    auto rank = [](MessageStatus s) {
        switch (s) {
        case MessageStatus::Received:
            return 0;
        case MessageStatus::Queued:
            return 1;
        case MessageStatus::Sending:
            return 2;
        case MessageStatus::Sent:
            return 3;
        case MessageStatus::Delivered:
            return 4;
        case MessageStatus::Read:
            return 5;
        case MessageStatus::Failed:
            return 6;
        }
        return 0;
    };
    if (from == to)
        return false;
    // A failure report can arrive for anything not yet confirmed delivered.
    if (to == MessageStatus::Failed)
        return rank(from) < rank(MessageStatus::Delivered);
    if (from == MessageStatus::Failed)
        return false;
    return rank(to) > rank(from);
}

} // namespace wasel::models
