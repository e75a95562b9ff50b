#include "ManyChatWebhook.h"

#include "common/Signatures.h"
#include "common/WireJson.h"

namespace wasel::channels::manychat {

using namespace wire;

namespace {

std::optional<Json> subscriber(QByteArrayView body, QString *error)
{
    Json doc = Json::parse(body.begin(), body.end(), nullptr, false);
    if (doc.is_discarded()) {
        *error = QStringLiteral("the body is not valid JSON");
        return std::nullopt;
    }
    // "Full Contact Data" is the subscriber object itself; accept it wrapped as {"subscriber": …} too.
    if (member(doc, "subscriber").is_object())
        doc = member(doc, "subscriber");
    if (!doc.is_object() || text(doc, "id").isEmpty()) {
        *error = QStringLiteral("expected ManyChat's contact data: a JSON object with the subscriber's \"id\"");
        return std::nullopt;
    }
    return doc;
}

QString bodyHash(QByteArrayView body)
{
    return signatures::sha256Hex(body);
}

} // namespace

ExternalRequestInspection inspectExternalRequest(QByteArrayView body)
{
    ExternalRequestInspection result;
    if (subscriber(body, &result.error))
        result.dedupeKey = QLatin1String("manychat:h:") + bodyHash(body);
    return result;
}

ExternalRequestParse parseExternalRequest(QByteArrayView body)
{
    ExternalRequestParse result;
    const auto contact = subscriber(body, &result.error);
    if (!contact)
        return result;
    const QString input = text(*contact, "last_input_text");
    if (input.isEmpty())
        return result; // a profile-only request: nothing to show in a thread
    models::InboundEvent e;
    e.channel = models::ChannelKind::ManyChat;
    e.accountExternalId = text(*contact, "page_id");
    if (e.accountExternalId.isEmpty())
        e.accountExternalId = QStringLiteral("manychat");
    e.customerExternalId = text(*contact, "id");
    e.customerName = text(*contact, "name");
    e.customerAvatarUrl = text(*contact, "profile_pic");
    e.text = input;
    // ManyChat gives the input no id: the subscriber, the text and the time of the interaction do.
    e.externalMessageId = QLatin1String("manychat:") + e.customerExternalId + QLatin1Char(':')
        + text(*contact, "last_interaction") + QLatin1Char(':') + bodyHash(body).left(16);
    e.timestamp = QDateTime::fromString(text(*contact, "last_interaction"), Qt::ISODate);
    if (!e.timestamp.isValid())
        e.timestamp = QDateTime::currentDateTimeUtc();
    result.events.append(e);
    return result;
}

} // namespace wasel::channels::manychat
