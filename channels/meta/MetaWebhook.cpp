#include "MetaWebhook.h"

#include "MetaWebhookParts.h"

#include "common/Signatures.h"

#include <algorithm>

namespace wasel::channels::meta {

using models::ChannelKind;
using namespace wire;
using namespace detail;

namespace detail {

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

} // namespace detail

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

// The ids that identify what a body carries, for redelivery detection.
void collectIds(const Json &doc, QStringList &ids)
{
    for (const Json &entry : arrayOf(doc, "entry")) {
        for (const char *which : {"messaging", "standby"}) {
            for (const Json &item : arrayOf(entry, which))
                ids << messagingItemId(item);
        }
        for (const Json &change : arrayOf(entry, "changes")) {
            const Json &value = member(change, "value");
            for (const Json &m : arrayOf(value, "messages"))
                ids << text(m, "id");
            for (const Json &s : arrayOf(value, "statuses"))
                ids << text(s, "id") + QLatin1Char(':') + text(s, "status");
            if (isCommentChange(text(change, "field"), value))
                ids << commentId(value);
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
        const QDateTime entryTime = epoch(member(entry, "time"));
        for (const Json &item : arrayOf(entry, "messaging"))
            parseMessagingItem(item, *channel, entryId, /*standby=*/false, result.events);
        for (const Json &item : arrayOf(entry, "standby"))
            parseMessagingItem(item, *channel, entryId, /*standby=*/true, result.events);
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
            else if (isCommentChange(field, value))
                parseComment(value, *channel, entryId, entryTime, result.events);
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
