#include "ManyChatContent.h"

#include "common/WireJson.h"
#include "meta/GraphSendConnector.h"

#include <QCoreApplication>
#include <QUrl>

namespace wasel::channels::manychat {

using namespace wire;
using models::MessageKind;

namespace {

// ManyChat's limits for one response (dynamic_block_docs): 10 messages, 11 quick replies; Meta's
// 3 buttons per message and 10 cards per gallery apply through it.
constexpr size_t MaxMessages = 10;
constexpr size_t MaxQuickReplies = 11;
constexpr size_t MaxButtons = 3;
constexpr size_t MaxCards = 10;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

bool isWebUrl(const QString &s)
{
    const QUrl url(s);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

// One button (or quick reply) in ManyChat's shape, or an error.
QString button(const Json &item, Json &out)
{
    const QString type = text(item, "type");
    const QString title = text(item, "title");
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("ManyChatContent", "A button has no title.");
    if (type == QLatin1String("web_url")) {
        const QString url = text(item, "url");
        if (!isWebUrl(url))
            return QCoreApplication::translate("ManyChatContent", "The button \"%1\" needs a web address (https://…).")
                .arg(title);
        out = {{"type", "url"}, {"caption", utf8(title)}, {"url", utf8(url)}};
        return {};
    }
    if (type == QLatin1String("postback") || type.isEmpty()) {
        const QString flow = text(item, "payload");
        if (flow.trimmed().isEmpty())
            return QCoreApplication::translate("ManyChatContent", "The button \"%1\" names no ManyChat flow to go to.")
                .arg(title);
        out = {{"type", "flow"}, {"caption", utf8(title)}, {"target", utf8(flow)}};
        return {};
    }
    return QCoreApplication::translate("ManyChatContent",
                                       "The button \"%1\" must open a web address or go to a ManyChat flow.")
        .arg(title);
}

QString buttons(const Json &list, Json &out)
{
    out = Json::array();
    if (list.is_null())
        return {};
    if (!list.is_array())
        return QCoreApplication::translate("ManyChatContent", "The buttons are not a list.");
    if (list.size() > MaxButtons)
        return QCoreApplication::translate("ManyChatContent", "At most %1 buttons fit on one message; this one has %2.")
            .arg(MaxButtons)
            .arg(list.size());
    for (const Json &item : list) {
        Json b;
        if (const QString error = button(item, b); !error.isEmpty())
            return error;
        out.push_back(b);
    }
    return {};
}

QString cards(const Json &list, Json &out)
{
    if (!list.is_array() || list.empty())
        return QCoreApplication::translate("ManyChatContent", "The product cards are not a list.");
    if (list.size() > MaxCards)
        return QCoreApplication::translate("ManyChatContent", "At most %1 cards fit in one gallery; this one has %2.")
            .arg(MaxCards)
            .arg(list.size());
    Json elements = Json::array();
    for (const Json &item : list) {
        const QString title = text(item, "title");
        if (title.trimmed().isEmpty())
            return QCoreApplication::translate("ManyChatContent", "A card has no title.");
        Json element = {{"title", utf8(title)}};
        if (const QString subtitle = text(item, "subtitle"); !subtitle.isEmpty())
            element["subtitle"] = utf8(subtitle);
        if (const QString image = text(item, "image_url"); !image.isEmpty()) {
            if (!isWebUrl(image))
                return QCoreApplication::translate("ManyChatContent",
                                                   "The picture of card \"%1\" needs a web address (https://…).")
                    .arg(title);
            element["image_url"] = utf8(image);
        }
        if (const QString url = text(item, "url"); !url.isEmpty()) {
            if (!isWebUrl(url))
                return QCoreApplication::translate("ManyChatContent",
                                                   "The link of card \"%1\" needs a web address (https://…).")
                    .arg(title);
            element["action_url"] = utf8(url);
        }
        Json b;
        if (const QString error = buttons(member(item, "buttons"), b); !error.isEmpty())
            return error;
        element["buttons"] = b;
        elements.push_back(element);
    }
    out = {{"type", "cards"}, {"elements", elements}, {"image_aspect_ratio", "horizontal"}};
    return {};
}

const char *mediaType(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
    case MessageKind::Sticker:
        return "image";
    case MessageKind::Video:
        return "video";
    case MessageKind::Audio:
        return "audio";
    default:
        return "file";
    }
}

} // namespace

ContentBuild buildContent(const models::Message &message, int textLimit, const QString &channelType)
{
    ContentBuild result;
    Json payload =
        message.payloadJson.isEmpty() ? Json::object() : Json::parse(message.payloadJson.toStdString(), nullptr, false);
    if (!payload.is_object())
        payload = Json::object();
    Json messages = Json::array();
    for (const models::Attachment &a : message.attachments) {
        // ManyChat fetches media itself: it needs an address it can reach, not a file on this computer.
        if (!isWebUrl(a.url)) {
            result.error = QCoreApplication::translate(
                               "ManyChatContent",
                               "ManyChat can send only pictures and files that are on the web (https://…); "
                               "\"%1\" is on this computer.")
                               .arg(a.fileName.isEmpty() ? a.localPath : a.fileName);
            return result;
        }
        const bool social = channelType == QLatin1String("instagram") || channelType == QLatin1String("whatsapp");
        if (social && a.kind != MessageKind::Image && a.kind != MessageKind::Sticker) {
            result.error = QCoreApplication::translate(
                "ManyChatContent", "ManyChat cannot send video, audio or files to Instagram or WhatsApp subscribers.");
            return result;
        }
        messages.push_back({{"type", mediaType(a.kind)}, {"url", utf8(a.url)}});
    }
    for (const QString &piece : GraphSendConnector::splitText(message.body, textLimit))
        messages.push_back({{"type", "text"}, {"text", utf8(piece)}});
    if (const Json &list = member(payload, "buttons"); !list.is_null()) {
        Json b;
        if (const QString error = buttons(list, b); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        if (messages.empty() || messages.back().value("type", "") != "text") {
            result.error = QCoreApplication::translate("ManyChatContent", "Buttons need a text to go with.");
            return result;
        }
        if (!b.empty())
            messages.back()["buttons"] = b;
    }
    if (const Json &list = member(payload, "cards"); !list.is_null()) {
        Json gallery;
        if (const QString error = cards(list, gallery); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        if (channelType == QLatin1String("whatsapp") || channelType == QLatin1String("telegram")) {
            result.error = QCoreApplication::translate(
                "ManyChatContent", "ManyChat cannot send product cards to WhatsApp or Telegram subscribers.");
            return result;
        }
        messages.push_back(gallery);
    }
    if (messages.empty()) {
        result.error = QCoreApplication::translate("ManyChatContent", "An empty message cannot be sent.");
        return result;
    }
    if (messages.size() > MaxMessages) {
        result.error = QCoreApplication::translate("ManyChatContent",
                                                   "This message is too long for ManyChat (more than %1 parts).")
                           .arg(MaxMessages);
        return result;
    }
    Json content = {{"messages", messages}};
    if (!channelType.isEmpty())
        content["type"] = utf8(channelType);
    if (const Json &list = member(payload, "quick_replies"); !list.is_null()) {
        if (!list.is_array() || list.size() > MaxQuickReplies) {
            result.error =
                QCoreApplication::translate("ManyChatContent", "At most %1 quick replies fit on one message.")
                    .arg(MaxQuickReplies);
            return result;
        }
        if (channelType == QLatin1String("whatsapp") || channelType == QLatin1String("telegram")) {
            result.error = QCoreApplication::translate(
                "ManyChatContent", "ManyChat cannot send quick replies to WhatsApp or Telegram subscribers.");
            return result;
        }
        Json replies = Json::array();
        for (Json item : list) {
            if (item.is_object() && !item.contains("type"))
                item["type"] = "postback";
            Json r;
            if (const QString error = button(item, r); !error.isEmpty()) {
                result.error = error;
                return result;
            }
            replies.push_back(r);
        }
        if (!replies.empty())
            content["quick_replies"] = replies;
    }
    result.content = QByteArray::fromStdString(content.dump());
    return result;
}

QByteArray dynamicBlock(const QByteArray &contentJson)
{
    Json content = Json::parse(contentJson.constData(), contentJson.constData() + contentJson.size(), nullptr, false);
    if (!content.is_object())
        content = {{"messages", Json::array()}};
    return QByteArray::fromStdString(Json{{"version", "v2"}, {"content", content}}.dump());
}

QByteArray emptyDynamicBlock()
{
    return QByteArray::fromStdString(Json{{"version", "v2"}, {"content", {{"messages", Json::array()}}}}.dump());
}

} // namespace wasel::channels::manychat
