// Changes (`entry[].changes[]`) as normalized events: comments under Instagram media and Facebook
// Page posts, and WhatsApp Cloud API messages and statuses.

#include "MetaWebhookParts.h"

#include "common/Signatures.h"

#include <QHash>

namespace wasel::channels::meta::detail {

using models::ChannelKind;
using models::Direction;
using models::InboundEvent;
using models::MessageKind;
using models::MessageStatus;
using models::SenderKind;
using namespace wire;

bool isCommentChange(const QString &field, const Json &value)
{
    return field == QLatin1String("comments") || field == QLatin1String("live_comments")
        || (field == QLatin1String("feed") && text(value, "item") == QLatin1String("comment"));
}

QString commentId(const Json &value)
{
    const QString id = text(value, "id").isEmpty() ? text(value, "comment_id") : text(value, "id");
    QString key = id + QLatin1Char(':') + text(value, "verb");
    // A comment edited twice: each text is its own change.
    if (text(value, "verb") == QLatin1String("edited"))
        key += QLatin1Char(':') + signatures::sha256Hex(text(value, "message").toUtf8()).left(16);
    return key;
}

// Instagram `comments` {id, text, from{id, username}, media{id, media_product_type}, parent_id};
// Facebook `feed` {item: comment, verb, comment_id, post_id, parent_id, from{id, name}, message,
// created_time, post{permalink_url}?}. Each post's comments from one customer are one conversation,
// keyed by the post, with a link to it.
void parseComment(const Json &value, ChannelKind channel, const QString &entryId, const QDateTime &entryTime,
                  QList<InboundEvent> &out)
{
    const QString verb = text(value, "verb");
    if (!verb.isEmpty() && verb != QLatin1String("add") && verb != QLatin1String("edited")
        && verb != QLatin1String("remove"))
        return; // hide / unhide are the page's own moderation, not something a customer said
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
    const QString postId = text(value, "post_id");
    e.threadKey = text(media, "id").isEmpty() ? postId : text(media, "id");
    // A top-level Facebook comment's parent is the post itself.
    const QString parent = text(value, "parent_id");
    e.replyToExternalId = parent == postId ? QString() : parent;
    QString link =
        text(media, "permalink").isEmpty() ? text(member(value, "post"), "permalink_url") : text(media, "permalink");
    if (link.isEmpty() && channel == ChannelKind::Messenger && !postId.isEmpty())
        link = QLatin1String("https://www.facebook.com/") + postId;
    Json context{{"post_id", e.threadKey.toStdString()}, {"post_link", link.toStdString()}};
    if (!member(media, "media_product_type").is_null())
        context["media_product_type"] = member(media, "media_product_type");
    e.contextJson = rawJson(context);
    e.timestamp = epoch(member(value, "created_time"));
    if (!e.timestamp.isValid())
        e.timestamp = entryTime;
    if (e.customerExternalId == entryId) {
        // The merchant's own comment (from Wasel, the phone app or Business Suite): not a customer.
        // It belongs to the conversation of the comment it answers, which the Store finds by
        // replyToExternalId; one Wasel posted itself is already stored under its id.
        e.direction = Direction::Out;
        e.sender = SenderKind::Agent;
        e.status = MessageStatus::Sent;
        e.senderName = e.customerName;
        e.customerExternalId.clear();
        e.customerName.clear();
    }
    if (verb == QLatin1String("edited"))
        e.type = InboundEvent::Type::Edited;
    else if (verb == QLatin1String("remove"))
        e.type = InboundEvent::Type::Unsent;
    if ((!e.customerExternalId.isEmpty() || e.direction == Direction::Out) && !e.externalMessageId.isEmpty())
        out.append(e);
}

namespace {

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
    if (type == QLatin1String("location"))
        return MessageKind::Location;
    if (type == QLatin1String("contacts"))
        return MessageKind::Contact;
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

// Shared contact cards as readable text, one per line: "Name · +964 770 123 4567 · name@example.com".
QString contactCards(const Json &contacts)
{
    QStringList lines;
    if (!contacts.is_array())
        return {};
    for (const Json &c : contacts) {
        const Json &name = member(c, "name");
        QString shown = text(name, "formatted_name");
        if (shown.isEmpty())
            shown = QStringList{text(name, "first_name"), text(name, "last_name")}.join(u' ').trimmed();
        QStringList parts;
        if (!shown.isEmpty())
            parts << shown;
        if (const QString company = text(member(c, "org"), "company"); !company.isEmpty())
            parts << company;
        for (const Json &phone : arrayOf(c, "phones"))
            if (const QString number = text(phone, "phone"); !number.isEmpty())
                parts << number;
        for (const Json &email : arrayOf(c, "emails"))
            if (const QString address = text(email, "email"); !address.isEmpty())
                parts << address;
        if (!parts.isEmpty())
            lines << QStringLiteral("👤 ") + parts.join(QStringLiteral(" · "));
    }
    return lines.join(u'\n');
}

} // namespace

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
            // An empty emoji takes the customer's reaction back.
            e.text = text(body, "emoji");
            e.type = e.text.isEmpty() ? InboundEvent::Type::ReactionRemoved : InboundEvent::Type::Reaction;
            e.replyToExternalId = text(body, "message_id");
        } else if (type == QLatin1String("location")) {
            // {latitude, longitude, name?, address?, url?}: a geo: link, the place's name on it.
            models::Attachment place;
            place.kind = MessageKind::Location;
            if (member(body, "latitude").is_number() && member(body, "longitude").is_number())
                place.url = QStringLiteral("geo:%1,%2")
                                .arg(rawJson(member(body, "latitude")), rawJson(member(body, "longitude")));
            place.fileName = text(body, "name");
            e.text = text(body, "address");
            e.payloadJson = rawJson(body);
            if (place.url.isEmpty()) {
                e.kind = MessageKind::Unsupported; // a location without coordinates says nothing
                e.payloadJson = rawJson(m);
            } else {
                e.attachments.append(place);
            }
        } else if (type == QLatin1String("contacts")) {
            e.text = contactCards(member(m, "contacts"));
            e.payloadJson = rawJson(Json{{"contacts", member(m, "contacts")}});
            if (e.text.isEmpty()) {
                e.kind = MessageKind::Unsupported;
                e.payloadJson = rawJson(m);
            }
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

} // namespace wasel::channels::meta::detail
