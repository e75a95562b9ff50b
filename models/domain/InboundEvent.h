#pragma once

// The normalized event every channel parser produces and Store::apply() consumes.
//
// Parsers are pure functions (bytes in, events out); all provider specifics end here. One event is
// either a message (from the customer, or an echo of something the merchant sent elsewhere) or a
// status change of a message the merchant sent (delivery/read receipts, failures).

#include "Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace wasel::models {

struct InboundEvent {
    enum class Type {
        Message, // a new message in a conversation
        StatusUpdate, // delivery / read / failure of an outbound message
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
};

} // namespace wasel::models
