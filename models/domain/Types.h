#pragma once

// Value types and enums shared by every layer. Qt::Core only.
//
// Every enum has a stable wire/storage name (toString/fromString) that is what SQLite, exports and
// JSON files hold, so renaming a C++ enumerator never changes stored data.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wasel::models {

enum class ChannelKind {
    Messenger,
    Instagram,
    WhatsApp, // Meta's WhatsApp Cloud API
    TwilioWhatsApp, // WhatsApp through Twilio
    Email,
    Widget, // the merchant's website chat widget
    ManyChat,
};

enum class Direction {
    In,
    Out
};

enum class SenderKind {
    Customer,
    Agent,
    Ai,
    System
};

enum class MessageKind {
    Text,
    Image,
    Video,
    Audio,
    File,
    Sticker,
    StoryReply,
    StoryMention,
    Comment,
    Postback,
    Reaction,
    Template,
    Share, // a post, reel or link the customer shared (its URL in the attachment)
    Location, // a shared location (a geo: URL in the attachment)
    Referral, // a system line: the customer came from an ad, an m.me / ig.me link …
    Contact, // a contact card the customer shared (WhatsApp `contacts`): its names and numbers as text
    Unsupported,
};

enum class MessageStatus {
    Received,
    Queued,
    Sending,
    Sent,
    Delivered,
    Read,
    Failed
};

enum class ConversationStatus {
    Open,
    Pending,
    Snoozed,
    Resolved
};

enum class AiMode {
    Auto,
    Draft,
    Off
};

// A staff reply that started as the AI's draft (draft mode): sent as the AI wrote it, or after staff
// changed it. Its sender is the person who sent it; this says the AI wrote it with them.
enum class AiDraft {
    None,
    AsWritten,
    Edited
};

enum class Priority {
    None = 0,
    Low = 1,
    Normal = 2,
    High = 3,
    Urgent = 4
};

QString toString(ChannelKind kind);
// The channel's name for people ("WhatsApp (Twilio)", "Website chat"), translated.
QString channelDisplayName(ChannelKind kind);
QString toString(Direction direction);
QString toString(SenderKind sender);
QString toString(MessageKind kind);
QString toString(MessageStatus status);
QString toString(ConversationStatus status);
QString toString(AiMode mode);
QString toString(AiDraft draft); // "" for None

// Parsers return std::nullopt for an unknown name; callers decide what an unknown value means.
std::optional<ChannelKind> channelKindFromString(QStringView name);
std::optional<Direction> directionFromString(QStringView name);
std::optional<SenderKind> senderKindFromString(QStringView name);
std::optional<MessageKind> messageKindFromString(QStringView name);
std::optional<MessageStatus> messageStatusFromString(QStringView name);
std::optional<ConversationStatus> conversationStatusFromString(QStringView name);
std::optional<AiMode> aiModeFromString(QStringView name);
std::optional<AiDraft> aiDraftFromString(QStringView name);

QList<ChannelKind> allChannelKinds();

// Delivery states only move forward (sent → delivered → read); a late "delivered" receipt after
// "read" must not move a message back. Failed is terminal unless the outbox retries explicitly.
bool isStatusAdvance(MessageStatus from, MessageStatus to);

// Rows as the store hands them out. Plain values: no behaviour, no database handles.

struct Attachment {
    qint64 id = 0;
    MessageKind kind = MessageKind::File; // Image, Video, Audio, File, Sticker, Share or Location
    QString url; // remote URL as the provider gave it (may expire)
    QString localPath; // downloaded copy inside the workspace, if any
    QString mimeType;
    QString fileName;
    qint64 size = 0;
};

struct Customer {
    qint64 id = 0;
    QString displayName;
    QString avatarUrl; // remote URL as the provider gave it (may expire)
    QDateTime createdAt;
    QString avatarPath; // downloaded picture inside the workspace; empty = show initials
};

struct Identity {
    qint64 id = 0;
    qint64 customerId = 0;
    ChannelKind channel = ChannelKind::Messenger;
    QString externalId;
    QString displayName;
    QString username; // Instagram handle, without "@"; empty where the channel has none
    QDateTime profileFetchedAt; // last successful profile fetch (Messenger, Instagram)
    QDateTime profileRetryAt; // when the profile may be asked for again
    QString profileError; // why the last fetch failed, empty after a success
};

struct ChannelAccount {
    qint64 id = 0;
    ChannelKind kind = ChannelKind::Messenger;
    QString externalId; // page id, Instagram account id, phone number id, Twilio number, address …
    QString name;
    QString settingsJson = QStringLiteral("{}"); // the account's setup (ids, API base, enabled): no secrets
};

// A product or a frequently asked question the assistant may answer from; staff edit them in the
// app and import them from the spreadsheets they already keep.
struct KnowledgeItem {
    enum class Kind {
        Product,
        Faq
    };
    qint64 id = 0;
    Kind kind = Kind::Product;
    QString name; // the product's name, or the FAQ's question
    std::optional<double> price; // products; none when not for sale or unknown
    QString currency; // IQD, THB, USD …
    QString description; // the product's description, or the FAQ's answer
    std::optional<int> stock; // none when stock is not tracked
    QStringList tags;
    QDateTime updatedAt;
};

struct Conversation {
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 customerId = 0;
    ChannelKind channel = ChannelKind::Messenger;
    QString threadKey; // empty for direct messages; the post id for a comment thread
    QString customerName;
    QString avatarUrl;
    QString avatarPath; // the customer's downloaded picture, empty = initials
    QString customerUsername; // the customer's handle on this channel (Instagram), without "@"
    ConversationStatus status = ConversationStatus::Open;
    QDateTime snoozedUntil;
    QString assignee;
    Priority priority = Priority::None;
    AiMode aiMode = AiMode::Auto;
    QDateTime lastCustomerMessageAt; // drives the channel's reply window
    QDateTime lastActivityAt;
    QString lastMessagePreview;
    Direction lastMessageDirection = Direction::In;
    MessageKind lastMessageKind = MessageKind::Text;
    SenderKind lastMessageSender = SenderKind::Customer;
    bool lastMessageAiDraft = false; // the newest message is staff's reply from an AI draft
    bool lastMessageUnsent = false; // the newest message was taken back by its sender
    int unreadCount = 0;
    bool needsHuman = false; // the AI handed over and no one has answered yet
    QStringList labels;
    QString contextJson; // post link, story, subject … as JSON
};

struct Message {
    qint64 id = 0;
    qint64 conversationId = 0;
    ChannelKind channel = ChannelKind::Messenger;
    Direction direction = Direction::In;
    SenderKind sender = SenderKind::Customer;
    QString senderName;
    MessageKind kind = MessageKind::Text;
    QString body;
    QString payloadJson; // provider structure kept for rendering (postback payload, story URL …)
    QString externalId;
    QString replyToExternalId;
    MessageStatus status = MessageStatus::Received;
    QString statusReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Attachment> attachments;
    QDateTime unsentAt; // its sender took it back: body and attachments are gone, the row stays
    QDateTime editedAt; // last edit by its sender
    QString reaction; // the customer's reaction (an emoji), empty when none
    AiDraft aiDraft = AiDraft::None; // a staff reply (sender Agent) that was the AI's draft
};

struct Note {
    qint64 id = 0;
    qint64 conversationId = 0;
    QString author;
    QString body;
    QDateTime createdAt;
};

// A routing rule as stored: its definition is JSON that app/Router understands.
struct RoutingRuleRecord {
    qint64 id = 0;
    int position = 0;
    QString name;
    bool enabled = true;
    QString definitionJson;
};

struct CannedResponse {
    qint64 id = 0;
    QString shortcut;
    QString title;
    QString body;
};

} // namespace wasel::models
