#include "MetaWebhook.h"

#include "common/Signatures.h"
#include "common/WireJson.h"

#include <algorithm>

namespace wasel::channels::meta {

using models::ChannelKind;
using models::Direction;
using models::InboundEvent;
using models::MessageKind;
using models::MessageStatus;
using models::SenderKind;
using namespace wire;

namespace {

std::optional<Json> parseJson(QByteArrayView body, QString *error)
{
    Json doc = Json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        *error = QStringLiteral("the body is not valid JSON");
        return std::nullopt;
    }
    // The App Dashboard's "Test" button sends one event as {"field": …, "value": event}.
    if (member(doc, "field").is_string() && member(doc, "value").is_object() && !doc.contains("object")) {
        const Json &value = member(doc, "value");
        doc = Json{{"object", "page"},
                   {"entry",
                    Json::array({Json{{"id", member(member(value, "recipient"), "id")},
                                      {"messaging", Json::array({value})}}})}};
    }
    if (!doc.is_object() || !member(doc, "object").is_string() || !member(doc, "entry").is_array()) {
        *error = QStringLiteral("not a Meta webhook: expected an object with \"object\" and an \"entry\" array");
        return std::nullopt;
    }
    return doc;
}

std::optional<ChannelKind> channelOf(const QString &object)
{
    if (object == QLatin1String("page"))
        return ChannelKind::Messenger;
    if (object == QLatin1String("instagram"))
        return ChannelKind::Instagram;
    if (object == QLatin1String("whatsapp_business_account"))
        return ChannelKind::WhatsApp;
    return std::nullopt;
}

// The array member `key`, or an empty array.
const Json &arrayOf(const Json &object, const char *key)
{
    const Json &items = member(object, key);
    static const Json empty = Json::array();
    return items.is_array() ? items : empty;
}

QString rawJson(const Json &value)
{
    return QString::fromStdString(value.dump());
}

MessageKind attachmentKind(const QString &type)
{
    if (type == QLatin1String("image"))
        return MessageKind::Image;
    if (type == QLatin1String("video") || type == QLatin1String("reel") || type == QLatin1String("ig_reel"))
        return MessageKind::Video;
    if (type == QLatin1String("audio"))
        return MessageKind::Audio;
    if (type == QLatin1String("sticker"))
        return MessageKind::Sticker;
    return MessageKind::File;
}

void parseMessagingItem(const Json &item, ChannelKind channel, const QString &entryId, QList<InboundEvent> &out)
{
    InboundEvent e;
    e.channel = channel;
    e.timestamp = epoch(member(item, "timestamp"));
    const QString sender = text(member(item, "sender"), "id").isEmpty() ? text(member(item, "sender"), "user_ref")
                                                                        : text(member(item, "sender"), "id");
    const QString recipient = text(member(item, "recipient"), "id");

    const Json &message = member(item, "message");
    const Json &postback = member(item, "postback");
    const Json &delivery = member(item, "delivery");
    const Json &read = member(item, "read");
    const Json &reaction = member(item, "reaction");

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

    if (message.is_object()) {
        e.externalMessageId = text(message, "mid");
        e.text = text(message, "text");
        const Json &replyTo = member(message, "reply_to");
        const Json &story = member(replyTo, "story");
        if (story.is_object()) {
            e.kind = MessageKind::StoryReply;
            e.contextJson = rawJson(Json{{"story_url", member(story, "url")}, {"story_id", member(story, "id")}});
        } else {
            e.replyToExternalId = text(replyTo, "mid");
        }
        const Json &quickReply = member(message, "quick_reply");
        if (quickReply.is_object())
            e.payloadJson = rawJson(Json{{"quick_reply", quickReply}});
        const Json &attachments = member(message, "attachments");
        if (attachments.is_array()) {
            for (const Json &a : attachments) {
                const QString type = text(a, "type");
                const QString url = text(member(a, "payload"), "url");
                if (type == QLatin1String("story_mention")) {
                    e.kind = MessageKind::StoryMention;
                    e.contextJson = rawJson(Json{{"story_url", url.toStdString()}});
                    continue;
                }
                models::Attachment attachment;
                attachment.kind = attachmentKind(type);
                attachment.url = url;
                e.attachments.append(attachment);
                if (e.kind == MessageKind::Text && e.text.isEmpty())
                    e.kind = attachment.kind;
            }
        }
        if (flag(message, "is_deleted") || flag(message, "is_unsupported")
            || (e.text.isEmpty() && e.attachments.isEmpty() && e.kind == MessageKind::Text)) {
            e.kind = MessageKind::Unsupported;
            e.payloadJson = rawJson(item);
        }
    } else if (postback.is_object()) {
        e.kind = MessageKind::Postback;
        e.externalMessageId = text(postback, "mid");
        e.text = text(postback, "title");
        e.payloadJson = rawJson(Json{{"payload", member(postback, "payload")}});
    } else if (reaction.is_object()) {
        e.kind = MessageKind::Reaction;
        e.replyToExternalId = text(reaction, "mid");
        e.text = text(reaction, "emoji");
        e.externalMessageId = e.replyToExternalId + QLatin1String(":reaction:") + text(reaction, "action")
            + QLatin1Char(':') + QString::number(e.timestamp.toMSecsSinceEpoch());
        e.payloadJson = rawJson(reaction);
    } else {
        e.kind = MessageKind::Unsupported;
        e.payloadJson = rawJson(item);
    }
    if (e.externalMessageId.isEmpty()) {
        // Without a provider id the raw item's hash keeps the event idempotent.
        e.externalMessageId = QStringLiteral("raw:") + signatures::sha256Hex(QByteArray::fromStdString(item.dump()));
    }
    if (e.customerExternalId.isEmpty() || e.accountExternalId.isEmpty())
        return; // nothing to attach it to; the raw event stays in the log
    out.append(e);
}

void parseComment(const Json &value, ChannelKind channel, const QString &entryId, QList<InboundEvent> &out)
{
    InboundEvent e;
    e.channel = channel;
    e.kind = MessageKind::Comment;
    e.accountExternalId = entryId;
    const Json &from = member(value, "from");
    e.customerExternalId = text(from, "id");
    e.customerName = text(from, "username").isEmpty() ? text(from, "name") : text(from, "username");
    e.externalMessageId = text(value, "id").isEmpty() ? text(value, "comment_id") : text(value, "id");
    e.text = text(value, "text").isEmpty() ? text(value, "message") : text(value, "text");
    const Json &media = member(value, "media");
    e.threadKey = text(media, "id").isEmpty() ? text(value, "post_id") : text(media, "id");
    e.replyToExternalId = text(value, "parent_id");
    e.contextJson = rawJson(Json{{"post_id", e.threadKey.toStdString()}, {"media", media}});
    e.timestamp = epoch(member(value, "created_time"));
    if (e.customerExternalId == entryId) {
        e.direction = Direction::Out; // the merchant's own reply under the post
        e.sender = SenderKind::Agent;
        e.status = MessageStatus::Sent;
    }
    if (!e.customerExternalId.isEmpty() && !e.externalMessageId.isEmpty())
        out.append(e);
}

MessageKind whatsAppKind(const QString &type)
{
    if (type == QLatin1String("text") || type == QLatin1String("button") || type == QLatin1String("interactive"))
        return MessageKind::Text;
    if (type == QLatin1String("image"))
        return MessageKind::Image;
    if (type == QLatin1String("video"))
        return MessageKind::Video;
    if (type == QLatin1String("audio") || type == QLatin1String("voice"))
        return MessageKind::Audio;
    if (type == QLatin1String("document"))
        return MessageKind::File;
    if (type == QLatin1String("sticker"))
        return MessageKind::Sticker;
    if (type == QLatin1String("reaction"))
        return MessageKind::Reaction;
    return MessageKind::Unsupported;
}

std::optional<MessageStatus> whatsAppStatus(const QString &status)
{
    if (status == QLatin1String("sent"))
        return MessageStatus::Sent;
    if (status == QLatin1String("delivered"))
        return MessageStatus::Delivered;
    if (status == QLatin1String("read") || status == QLatin1String("played"))
        return MessageStatus::Read;
    if (status == QLatin1String("failed"))
        return MessageStatus::Failed;
    return std::nullopt;
}

void parseWhatsApp(const Json &value, QList<InboundEvent> &out)
{
    const Json &metadata = member(value, "metadata");
    const QString phoneNumberId = text(metadata, "phone_number_id");
    const QString displayNumber = text(metadata, "display_phone_number");
    QHash<QString, QString> names;
    for (const Json &c : arrayOf(value, "contacts")) {
        const QString id = text(c, "wa_id").isEmpty() ? text(c, "user_id") : text(c, "wa_id");
        names.insert(id, text(member(c, "profile"), "name"));
    }
    for (const Json &m : arrayOf(value, "messages")) {
        InboundEvent e;
        e.channel = ChannelKind::WhatsApp;
        e.accountExternalId = phoneNumberId;
        e.accountName = displayNumber;
        e.customerExternalId = text(m, "from");
        e.customerName = names.value(e.customerExternalId);
        e.externalMessageId = text(m, "id");
        e.timestamp = epoch(member(m, "timestamp"));
        const QString type = text(m, "type");
        e.kind = whatsAppKind(type);
        e.replyToExternalId = text(member(m, "context"), "id");
        const Json &body = member(m, type.toUtf8().constData());
        if (type == QLatin1String("text")) {
            e.text = text(body, "body");
        } else if (type == QLatin1String("button")) {
            e.text = text(body, "text");
            e.payloadJson = rawJson(body);
        } else if (type == QLatin1String("interactive")) {
            const Json &reply =
                member(body, "button_reply").is_object() ? member(body, "button_reply") : member(body, "list_reply");
            e.text = text(reply, "title");
            e.payloadJson = rawJson(body);
        } else if (type == QLatin1String("reaction")) {
            e.text = text(body, "emoji");
            e.replyToExternalId = text(body, "message_id");
        } else if (e.kind != MessageKind::Unsupported) {
            models::Attachment attachment;
            attachment.kind = e.kind;
            attachment.mimeType = text(body, "mime_type");
            attachment.fileName = text(body, "filename");
            attachment.url = text(body, "url");
            e.text = text(body, "caption");
            e.payloadJson = rawJson(Json{{"media_id", member(body, "id")}});
            e.attachments.append(attachment);
        } else {
            e.payloadJson = rawJson(m);
        }
        if (!e.customerExternalId.isEmpty() && !e.externalMessageId.isEmpty())
            out.append(e);
    }
    for (const Json &s : arrayOf(value, "statuses")) {
        const auto status = whatsAppStatus(text(s, "status"));
        if (!status)
            continue;
        InboundEvent e;
        e.type = InboundEvent::Type::StatusUpdate;
        e.channel = ChannelKind::WhatsApp;
        e.accountExternalId = phoneNumberId;
        e.customerExternalId = text(s, "recipient_id");
        e.externalMessageId = text(s, "id");
        e.status = *status;
        e.timestamp = epoch(member(s, "timestamp"));
        const Json &errors = member(s, "errors");
        if (errors.is_array() && !errors.empty()) {
            const Json &first = errors.front();
            const QString details = text(member(first, "error_data"), "details");
            e.statusReason = QStringLiteral("%1 (%2)%3")
                                 .arg(text(first, "title"), text(first, "code"),
                                      details.isEmpty() ? QString() : QLatin1String(": ") + details);
        }
        out.append(e);
    }
}

// The ids that identify what a body carries, for redelivery detection.
void collectIds(const Json &doc, QStringList &ids)
{
    for (const Json &entry : arrayOf(doc, "entry")) {
        for (const char *which : {"messaging", "standby"}) {
            for (const Json &item : arrayOf(entry, which)) {
                const Json &message = member(item, "message");
                const Json &postback = member(item, "postback");
                const Json &reaction = member(item, "reaction");
                if (message.is_object())
                    ids << text(message, "mid");
                else if (postback.is_object())
                    ids << text(postback, "mid");
                else if (reaction.is_object())
                    ids << text(reaction, "mid") + QLatin1Char(':') + text(reaction, "action");
                else if (member(item, "delivery").is_object())
                    ids << QLatin1String("delivery:") + text(member(item, "sender"), "id") + QLatin1Char(':')
                            + text(member(item, "delivery"), "watermark");
                else if (member(item, "read").is_object())
                    ids << QLatin1String("read:") + text(member(item, "sender"), "id") + QLatin1Char(':')
                            + text(member(item, "read"), "watermark");
            }
        }
        for (const Json &change : arrayOf(entry, "changes")) {
            const Json &value = member(change, "value");
            for (const Json &m : arrayOf(value, "messages"))
                ids << text(m, "id");
            for (const Json &s : arrayOf(value, "statuses"))
                ids << text(s, "id") + QLatin1Char(':') + text(s, "status");
            if (text(change, "field") == QLatin1String("comments") || text(change, "field") == QLatin1String("feed"))
                ids << text(value, "id") + text(value, "comment_id") + QLatin1Char(':') + text(value, "verb");
        }
    }
}

// The events of a body whose JSON is already parsed (parseJson): shared by parseWebhook, which
// replays a recorded body, and inspectWebhook, which sees it first.
WebhookParse parseDocument(const Json &doc)
{
    WebhookParse result;
    const QString object = text(doc, "object");
    const auto channel = channelOf(object);
    if (!channel) {
        result.error = QStringLiteral("unknown Meta webhook object \"%1\"").arg(object);
        return result;
    }
    for (const Json &entry : arrayOf(doc, "entry")) {
        const QString entryId = text(entry, "id");
        for (const char *which : {"messaging", "standby"}) {
            for (const Json &item : arrayOf(entry, which))
                parseMessagingItem(item, *channel, entryId, result.events);
        }
        const Json &changes = member(entry, "changes");
        // Some dashboard samples put one change's field/value directly on the entry.
        const Json inlineChange = member(entry, "field").is_string()
            ? Json::array({Json{{"field", member(entry, "field")}, {"value", member(entry, "value")}}})
            : Json::array();
        for (const Json &change : changes.is_array() ? changes : inlineChange) {
            const QString field = text(change, "field");
            const Json &value = member(change, "value");
            if (*channel == ChannelKind::WhatsApp && field == QLatin1String("messages"))
                parseWhatsApp(value, result.events);
            else if (field == QLatin1String("comments")
                     || (field == QLatin1String("feed") && text(value, "item") == QLatin1String("comment")))
                parseComment(value, *channel, entryId, result.events);
        }
    }
    return result;
}

} // namespace

WebhookParse parseWebhook(QByteArrayView body)
{
    WebhookParse result;
    if (const auto doc = parseJson(body, &result.error))
        result = parseDocument(*doc);
    return result;
}

WebhookInspection inspectWebhook(QByteArrayView body)
{
    WebhookInspection result;
    const auto doc = parseJson(body, &result.error);
    if (!doc)
        return result;
    QStringList ids;
    collectIds(*doc, ids);
    ids.removeAll(QString());
    ids.removeAll(QStringLiteral(":"));
    if (ids.size() == 1) {
        result.dedupeKey = QLatin1String("meta:") + ids.front();
    } else {
        // Several ids (a batch) or none (an event kind without ids): a hash keeps the key short.
        std::sort(ids.begin(), ids.end());
        const QByteArray material = ids.isEmpty() ? body.toByteArray() : ids.join(QLatin1Char('\n')).toUtf8();
        result.dedupeKey = QLatin1String("meta:h:") + signatures::sha256Hex(material);
    }
    result.parsed = parseDocument(*doc);
    return result;
}

} // namespace wasel::channels::meta
