#pragma once

// The item roles views read (STYLE.md §12). One enum per model; views never reach into a model's
// rows. Times are QDateTime in UTC; enums are delivered as their int value (see domain/Types.h).

#include <Qt>

namespace wasel::models {

struct ConversationRole {
    enum : int {
        Id = Qt::UserRole + 1, // qint64 conversation id
        CustomerId, // qint64
        CustomerName, // QString (also Qt::DisplayRole)
        CustomerInitials, // QString, one or two letters for the avatar circle
        AvatarUrl, // QString, may be empty
        Channel, // int (ChannelKind)
        ChannelName, // QString storage name: "instagram", "whatsapp" …
        ThreadKey, // QString, post id for comment threads
        LastMessagePreview, // QString, one line
        LastMessageDirection, // int (Direction)
        LastMessageKind, // int (MessageKind), for "Photo" and the like when the text is empty
        LastActivityAt, // QDateTime
        LastCustomerMessageAt, // QDateTime, start of the reply window
        ReplyWindowState, // int (ReplyWindow::State) at the time of the call
        ReplyWindowClosesAt, // QDateTime, invalid when the channel has no window
        UnreadCount, // int
        Status, // int (ConversationStatus)
        SnoozedUntil, // QDateTime
        Assignee, // QString, empty when unassigned
        Priority, // int (Priority)
        AiMode, // int (AiMode)
        NeedsHuman, // bool, the AI handed over
        Labels, // QStringList
        Context, // QVariantMap: post link, story, e-mail subject …
        AvatarPath, // QString, the customer's downloaded picture; empty = draw the initials
        CustomerUsername, // QString, the customer's handle on this channel without "@", may be empty
        LastMessageUnsent, // bool, the newest message was taken back (its preview is empty)
        LastMessageSender, // int (SenderKind) of the newest message
        LastMessageAiDraft, // bool, the newest message is staff's reply from the AI's draft
    };
};

struct MessageRole {
    enum : int {
        Id = Qt::UserRole + 1, // qint64 message id
        ConversationId, // qint64
        Direction, // int (Direction)
        Sender, // int (SenderKind)
        SenderName, // QString, staff member's name for agent messages
        Kind, // int (MessageKind)
        Text, // QString, plain text (also Qt::DisplayRole); never HTML
        TextDirection, // int (Qt::LayoutDirection) taken from the text itself
        Payload, // QVariantMap: postback payload, story URL, template …
        Attachments, // QVariantList of QVariantMap {kind, url, localPath, mimeType, fileName, size}
        ExternalId, // QString provider message id
        ReplyToExternalId, // QString
        Status, // int (MessageStatus)
        StatusReason, // QString, why a message failed, readable by staff
        CreatedAt, // QDateTime
        StartsNewDay, // bool: first message, or first of a new local day (day separators)
        Unsent, // bool: its sender took it back; Text and Attachments are empty
        Edited, // bool: its sender edited it
        Reaction, // QString: the customer's reaction (an emoji), empty when none
        Highlighted, // bool: the message a search result opened (drawn with a ring)
        AiDraft, // int (AiDraft): a staff reply that was the AI's draft, as written or edited
        Pending, // bool: the AI's reply still being written (the last row; Id 0, not stored)
    };
};

} // namespace wasel::models
