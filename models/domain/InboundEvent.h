#pragma once

// The normalized event every channel parser produces and Store::apply() consumes.
//
// Parsers are pure functions (bytes in, events out); all provider specifics end here. One event is
// a message (from the customer, or an echo of something the merchant sent elsewhere), a status
// change of a message the merchant sent (delivery/read receipts, failures), or a change to a
// message already sent: taken back, edited, reacted to.

#include "Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace wasel::models {

struct InboundEvent {
    enum class Type {
        Message, // a new message in a conversation
        StatusUpdate, // delivery / read / failure of an outbound message
        // The changes below name their message by `externalMessageId` (reactions: by
        // `replyToExternalId`). When that message was never stored, the Store keeps a row anyway
        // (a placeholder, the edited text, a reaction of its own), so nothing arrives for nothing.
        Unsent, // its sender took the message back (Instagram unsend, a removed comment)
        Edited, // the message now reads `text` (Messenger message_edit, an edited comment)
        Reaction, // the customer reacted with `text` (an emoji) to `replyToExternalId`
        ReactionRemoved, // … and took that reaction back
    };

    Type type = Type::Message;
    ChannelKind channel = ChannelKind::Messenger;

    // The merchant's side: page id, Instagram account id, WhatsApp phone number id, Twilio number …
    QString accountExternalId;
    QString accountName;

    // The customer's side: PSID, IGSID, wa_id, e-mail address, widget visitor id …
    QString customerExternalId;
    QString customerName;
    QString customerAvatarUrl;

    // Empty for direct messages; the post/media id for a comment thread, so each post's comments
    // from one customer form their own conversation.
    QString threadKey;
    QString contextJson; // post link, story URL, e-mail subject … kept on the conversation

    // Message events.
    Direction direction = Direction::In;
    SenderKind sender = SenderKind::Customer;
    QString senderName;
    MessageKind kind = MessageKind::Text;
    QString text;
    QString payloadJson;
    QString externalMessageId; // provider id; with the channel it makes the event idempotent
    QString replyToExternalId;
    QList<Attachment> attachments;

    // StatusUpdate events: either one message by id, or every outbound message up to a watermark
    // (Messenger/Instagram delivery and read receipts).
    MessageStatus status = MessageStatus::Received;
    QString statusReason;
    QDateTime watermark;

    QDateTime timestamp;

    // Handover protocol: another app owns the thread (Meta's `standby`), so the event is stored and
    // shown, but automation must not answer it.
    bool standby = false;
};

} // namespace wasel::models
