// Messenger and Instagram `messaging[]` / `standby[]` items as normalized events: messages and
// their attachments, echoes, postbacks, receipts, reactions, unsends, edits and referrals.

#include "MetaWebhookParts.h"

#include "common/Signatures.h"

namespace wasel::channels::meta::detail {

using models::Direction;
using models::InboundEvent;
using models::MessageKind;
using models::MessageStatus;
using models::SenderKind;
using namespace wire;

namespace {

MessageKind attachmentKind(const QString &type, const Json &payload)
{
    // The like button arrives as an image with a sticker id.
    if (type == QLatin1String("sticker") || !member(payload, "sticker_id").is_null())
        return MessageKind::Sticker;
    if (type == QLatin1String("image"))
        return MessageKind::Image;
    if (type == QLatin1String("video") || type == QLatin1String("reel") || type == QLatin1String("ig_reel"))
        return MessageKind::Video;
    if (type == QLatin1String("audio"))
        return MessageKind::Audio;
    if (type == QLatin1String("location"))
        return MessageKind::Location;
    if (type == QLatin1String("share") || type == QLatin1String("post") || type == QLatin1String("ig_post")
        || type == QLatin1String("fallback") || type == QLatin1String("template"))
        return MessageKind::Share;
    return MessageKind::File; // file, and types Meta adds later: the URL is kept either way
}

void addAttachments(const Json &attachments, InboundEvent &e, Json &context, Json &payload)
{
    for (const Json &a : attachments) {
        const QString type = text(a, "type");
        const Json &p = member(a, "payload");
        if (type == QLatin1String("story_mention")) {
            // Not an attachment to keep: the story's CDN URL expires with the story.
            e.kind = MessageKind::StoryMention;
            context["story_url"] = member(p, "url");
            payload["story_url"] = member(p, "url");
            continue;
        }
        models::Attachment attachment;
        attachment.kind = attachmentKind(type, p);
        attachment.url = text(p, "url");
        attachment.fileName = text(p, "title").isEmpty() ? text(a, "title") : text(p, "title");
        if (attachment.kind == MessageKind::Location) {
            const Json &at = member(p, "coordinates");
            // dump() writes the shortest text that reads back as the same number (33.3152).
            if (member(at, "lat").is_number() && member(at, "long").is_number())
                attachment.url =
                    QStringLiteral("geo:%1,%2").arg(rawJson(member(at, "lat")), rawJson(member(at, "long")));
        }
        if (attachment.kind == MessageKind::Sticker && !member(p, "sticker_id").is_null())
            payload["sticker_id"] = member(p, "sticker_id");
        if (attachment.kind == MessageKind::Video && !member(p, "reel_video_id").is_null())
            payload["reel_video_id"] = member(p, "reel_video_id");
        e.attachments.append(attachment);
        if (e.kind == MessageKind::Text && e.text.isEmpty())
            e.kind = attachment.kind;
    }
}

// A referral (ad, m.me / ig.me link …) as a system line, and as the conversation's context.
InboundEvent referralEvent(const InboundEvent &base, const Json &referral, const QString &id)
{
    InboundEvent e = base;
    e.type = InboundEvent::Type::Message;
    e.kind = MessageKind::Referral;
    e.sender = SenderKind::System;
    e.direction = Direction::In;
    e.status = MessageStatus::Received;
    const QString title = text(member(referral, "ads_context_data"), "ad_title");
    e.text = title.isEmpty() ? text(referral, "ref") : title;
    e.payloadJson = rawJson(referral);
    e.contextJson = rawJson(Json{{"referral", referral}});
    e.externalMessageId = id;
    e.replyToExternalId.clear();
    e.attachments.clear();
    return e;
}

// The message member of an item: text, story context, quick reply, attachments, referral.
void readMessage(const Json &message, InboundEvent &e, Json &context, Json &payload)
{
    e.text = text(message, "text");
    const Json &replyTo = member(message, "reply_to");
    const Json &story = member(replyTo, "story");
    if (story.is_object()) {
        e.kind = MessageKind::StoryReply;
        context["story_url"] = member(story, "url");
        context["story_id"] = member(story, "id");
        payload["story_url"] = member(story, "url");
    } else {
        e.replyToExternalId = text(replyTo, "mid");
    }
    const Json &quickReply = member(message, "quick_reply");
    if (quickReply.is_object())
        payload["quick_reply"] = quickReply;
    const Json &attachments = member(message, "attachments");
    if (attachments.is_array())
        addAttachments(attachments, e, context, payload);
}

} // namespace

void parseMessagingItem(const Json &item, models::ChannelKind channel, const QString &entryId, bool standby,
                        QList<InboundEvent> &out)
{
    InboundEvent e;
    e.channel = channel;
    e.standby = standby;
    e.timestamp = epoch(member(item, "timestamp"));
    const Json &from = member(item, "sender");
    const QString sender = text(from, "id").isEmpty() ? text(from, "user_ref") : text(from, "id");
    const QString recipient = text(member(item, "recipient"), "id");

    const Json &message = member(item, "message");
    const Json &delivery = member(item, "delivery");
    const Json &read = member(item, "read");

    if (delivery.is_object() || read.is_object()) {
        // Receipts: every outbound message to this customer up to the watermark.
        const Json &receipt = delivery.is_object() ? delivery : read;
        e.type = InboundEvent::Type::StatusUpdate;
        e.status = delivery.is_object() ? MessageStatus::Delivered : MessageStatus::Read;
        e.accountExternalId = recipient.isEmpty() ? entryId : recipient;
        e.customerExternalId = sender;
        e.watermark = epoch(member(receipt, "watermark"));
        out.append(e);
        return;
    }

    const bool echo = message.is_object() && flag(message, "is_echo");
    e.direction = echo ? Direction::Out : Direction::In;
    e.sender = echo ? SenderKind::Agent : SenderKind::Customer;
    e.status = echo ? MessageStatus::Sent : MessageStatus::Received;
    e.accountExternalId = echo ? sender : (recipient.isEmpty() ? entryId : recipient);
    e.customerExternalId = echo ? recipient : sender;
    if (e.customerExternalId.isEmpty() || e.accountExternalId.isEmpty())
        return; // nothing to attach it to; the raw event stays in the log

    // Null until something is put in (operator[] makes them objects): no allocation for plain text.
    Json context;
    Json payload;
    const Json *referral = nullptr; // inside a message or postback: also a system line before it
    const Json &postback = member(item, "postback");
    const Json &reaction = member(item, "reaction");
    const Json &edit = member(item, "message_edit");
    if (message.is_object()) {
        e.externalMessageId = text(message, "mid");
        if (flag(message, "is_deleted")) {
            e.type = InboundEvent::Type::Unsent; // same mid as the message it takes back
            out.append(e);
            return;
        }
        readMessage(message, e, context, payload);
        if (member(message, "referral").is_object())
            referral = &member(message, "referral");
        if (flag(message, "is_unsupported")
            || (e.text.isEmpty() && e.attachments.isEmpty() && e.kind == MessageKind::Text)) {
            e.kind = MessageKind::Unsupported;
            payload = item;
        }
    } else if (postback.is_object()) {
        e.kind = MessageKind::Postback;
        e.externalMessageId = text(postback, "mid");
        e.text = text(postback, "title");
        payload["payload"] = member(postback, "payload");
        if (member(postback, "referral").is_object())
            referral = &member(postback, "referral");
    } else if (reaction.is_object()) {
        e.type = text(reaction, "action") == QLatin1String("unreact") ? InboundEvent::Type::ReactionRemoved
                                                                      : InboundEvent::Type::Reaction;
        e.kind = MessageKind::Reaction;
        e.replyToExternalId = text(reaction, "mid");
        e.text = text(reaction, "emoji");
        // Its own id, for the bubble it becomes when the message it reacts to is not stored.
        e.externalMessageId = messagingItemId(item);
        payload = reaction;
    } else if (edit.is_object()) {
        e.type = InboundEvent::Type::Edited;
        e.externalMessageId = text(edit, "mid");
        e.text = text(edit, "text");
    } else if (member(item, "referral").is_object()) {
        // messaging_referrals: a customer with a thread already came back through an ad or a link.
        out.append(referralEvent(e, member(item, "referral"), messagingItemId(item)));
        return;
    } else {
        e.kind = MessageKind::Unsupported;
        payload = item;
    }
    if (e.externalMessageId.isEmpty()) {
        // Without a provider id the raw item's hash keeps the event idempotent.
        e.externalMessageId = QStringLiteral("raw:") + signatures::sha256Hex(QByteArray::fromStdString(item.dump()));
    }
    if (referral) {
        context["referral"] = *referral;
        out.append(referralEvent(e, *referral, e.externalMessageId + QLatin1String(":referral")));
    }
    if (!context.empty())
        e.contextJson = rawJson(context);
    if (!payload.empty())
        e.payloadJson = rawJson(payload);
    out.append(e);
}

QString messagingItemId(const Json &item)
{
    const Json &message = member(item, "message");
    const Json &reaction = member(item, "reaction");
    const QString sender = text(member(item, "sender"), "id");
    if (message.is_object())
        return flag(message, "is_deleted") ? text(message, "mid") + QLatin1String(":deleted") : text(message, "mid");
    if (member(item, "postback").is_object())
        return text(member(item, "postback"), "mid");
    if (reaction.is_object()) {
        // A customer may react, unreact and react again to one message: the time tells them apart.
        return text(reaction, "mid") + QLatin1String(":reaction:") + text(reaction, "action") + QLatin1Char(':')
            + text(reaction, "emoji") + QLatin1Char(':') + text(item, "timestamp");
    }
    if (member(item, "message_edit").is_object()) {
        const Json &edit = member(item, "message_edit");
        return text(edit, "mid") + QLatin1String(":edit:") + text(edit, "num_edit");
    }
    if (member(item, "delivery").is_object())
        return QLatin1String("delivery:") + sender + QLatin1Char(':') + text(member(item, "delivery"), "watermark");
    if (member(item, "read").is_object())
        return QLatin1String("read:") + sender + QLatin1Char(':') + text(member(item, "read"), "watermark");
    if (member(item, "referral").is_object())
        return QLatin1String("referral:") + sender + QLatin1Char(':') + text(item, "timestamp");
    return {};
}

} // namespace wasel::channels::meta::detail
