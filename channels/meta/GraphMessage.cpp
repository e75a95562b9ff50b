#include "GraphMessage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace wasel::channels::graph {

using models::MessageKind;

namespace {

// Translation context for the reasons below.
struct GraphMessage {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::GraphMessage)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString text(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// Meta counts characters, not UTF-16 units: an emoji is one.
int characters(const QString &s)
{
    return int(s.toUcs4().size());
}

bool isWebUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

Json payloadOf(const models::Message &message)
{
    const QByteArray bytes = message.payloadJson.toUtf8();
    Json payload = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    return payload.is_object() ? payload : Json::object();
}

// {"title", "payload", "image_url"?} → Meta's quick reply, or an error.
QString quickReplies(const Json &list, Json &out)
{
    if (!list.is_array())
        return GraphMessage::tr("The quick replies are not a list.");
    if (list.size() > size_t(MaxQuickReplies))
        return GraphMessage::tr("Meta allows at most %1 quick replies; this message has %2.")
            .arg(MaxQuickReplies)
            .arg(list.size());
    out = Json::array();
    for (const Json &item : list) {
        const QString title = text(item, "title");
        QString payload = text(item, "payload");
        if (title.trimmed().isEmpty())
            return GraphMessage::tr("A quick reply has no title.");
        if (characters(title) > MaxQuickReplyTitle)
            return GraphMessage::tr("The quick reply \"%1\" is longer than %2 characters.")
                .arg(title)
                .arg(MaxQuickReplyTitle);
        if (payload.isEmpty())
            payload = title; // what comes back when the customer taps it
        Json reply = {{"content_type", "text"}, {"title", utf8(title)}, {"payload", utf8(payload)}};
        if (const QString image = text(item, "image_url"); !image.isEmpty())
            reply["image_url"] = utf8(image);
        out.push_back(reply);
    }
    return {};
}

QString button(const Json &item, Json &out)
{
    const QString type = text(item, "type");
    const QString title = text(item, "title");
    if (title.trimmed().isEmpty())
        return GraphMessage::tr("A card button has no title.");
    if (characters(title) > MaxButtonTitle)
        return GraphMessage::tr("The button \"%1\" is longer than %2 characters.").arg(title).arg(MaxButtonTitle);
    if (type == QLatin1String("web_url")) {
        const QString url = text(item, "url");
        if (!isWebUrl(url))
            return GraphMessage::tr("The button \"%1\" needs a web address (https://…).").arg(title);
        out = {{"type", "web_url"}, {"url", utf8(url)}, {"title", utf8(title)}};
        return {};
    }
    if (type == QLatin1String("postback")) {
        const QString payload = text(item, "payload");
        out = {{"type", "postback"}, {"title", utf8(title)}, {"payload", utf8(payload.isEmpty() ? title : payload)}};
        return {};
    }
    return GraphMessage::tr("The button \"%1\" must open a web address or send a reply.").arg(title);
}

// Product cards → a generic template, or an error.
QString cards(const Json &list, Json &out)
{
    if (!list.is_array() || list.empty())
        return GraphMessage::tr("The product cards are not a list.");
    if (list.size() > size_t(MaxCards))
        return GraphMessage::tr("Meta allows at most %1 cards in one message; this one has %2.")
            .arg(MaxCards)
            .arg(list.size());
    Json elements = Json::array();
    for (const Json &item : list) {
        const QString title = text(item, "title");
        const QString subtitle = text(item, "subtitle");
        if (title.trimmed().isEmpty())
            return GraphMessage::tr("A card has no title.");
        if (characters(title) > MaxCardText)
            return GraphMessage::tr("The card title \"%1\" is longer than %2 characters.").arg(title).arg(MaxCardText);
        if (characters(subtitle) > MaxCardText)
            return GraphMessage::tr("The subtitle of card \"%1\" is longer than %2 characters.")
                .arg(title)
                .arg(MaxCardText);
        Json element = {{"title", utf8(title)}};
        if (!subtitle.isEmpty())
            element["subtitle"] = utf8(subtitle);
        if (const QString image = text(item, "image_url"); !image.isEmpty()) {
            if (!isWebUrl(image))
                return GraphMessage::tr("The picture of card \"%1\" needs a web address (https://…).").arg(title);
            element["image_url"] = utf8(image);
        }
        if (const QString url = text(item, "url"); !url.isEmpty()) {
            if (!isWebUrl(url))
                return GraphMessage::tr("Card \"%1\" needs a web address (https://…).").arg(title);
            element["default_action"] = {{"type", "web_url"}, {"url", utf8(url)}};
        }
        const auto buttons = item.is_object() ? item.find("buttons") : item.end();
        if (item.is_object() && buttons != item.end()) {
            if (!buttons->is_array() || buttons->size() > size_t(MaxButtons))
                return GraphMessage::tr("Card \"%1\" may have at most %2 buttons.").arg(title).arg(MaxButtons);
            Json converted = Json::array();
            for (const Json &b : *buttons) {
                Json one;
                if (const QString error = button(b, one); !error.isEmpty())
                    return error;
                converted.push_back(one);
            }
            if (!converted.empty())
                element["buttons"] = converted;
        }
        elements.push_back(element);
    }
    out = {{"attachment", {{"type", "template"}, {"payload", {{"template_type", "generic"}, {"elements", elements}}}}}};
    return {};
}

QString attachment(const models::Attachment &a, Part &out)
{
    const QString type = attachmentType(a.kind);
    if (!a.url.isEmpty()) {
        if (!isWebUrl(a.url))
            return GraphMessage::tr("The attachment address %1 is not a web address.").arg(a.url);
        out.message = {
            {"attachment", {{"type", utf8(type)}, {"payload", {{"url", utf8(a.url)}, {"is_reusable", true}}}}}};
        return {};
    }
    const QFileInfo file(a.localPath);
    if (a.localPath.isEmpty() || !file.isFile() || !file.isReadable())
        return GraphMessage::tr("The file %1 cannot be read.").arg(a.fileName.isEmpty() ? a.localPath : a.fileName);
    if (file.size() > MaxUploadBytes)
        return GraphMessage::tr("The file %1 is larger than Meta's 25 MB limit.").arg(file.fileName());
    out.uploadPath = a.localPath;
    out.uploadType = type;
    out.mimeType = a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mimeType;
    out.fileName = a.fileName.isEmpty() ? file.fileName() : a.fileName;
    return {};
}

QStringList split(const QString &text, int limit)
{
    QStringList pieces;
    QString rest = text.trimmed();
    while (limit > 0 && rest.size() > limit) {
        // The last break opportunity (QTextBoundaryFinder::Line) at or before the limit; a line
        // break opportunity never falls inside a grapheme cluster or surrogate pair.
        QTextBoundaryFinder lines(QTextBoundaryFinder::Line, rest);
        qsizetype cut = -1;
        for (qsizetype p = lines.toNextBoundary(); p != -1 && p <= limit; p = lines.toNextBoundary())
            cut = p;
        if (cut <= 0) {
            // One unbroken run longer than the limit: cut at the last grapheme boundary.
            QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, rest);
            for (qsizetype p = graphemes.toNextBoundary(); p != -1 && p <= limit; p = graphemes.toNextBoundary())
                cut = p;
        }
        pieces.append(rest.left(cut).trimmed());
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty())
        pieces.append(rest);
    return pieces;
}

} // namespace

QStringList splitText(const QString &text, int limit)
{
    return split(text, limit);
}

QString attachmentType(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
    case MessageKind::Sticker:
        return QStringLiteral("image");
    case MessageKind::Video:
        return QStringLiteral("video");
    case MessageKind::Audio:
        return QStringLiteral("audio");
    default:
        return QStringLiteral("file");
    }
}

bool isPrivateReply(const models::Message &message)
{
    return text(payloadOf(message), "reply") == QLatin1String("private");
}

bool hasMoreThanText(const models::Message &message)
{
    const Json payload = payloadOf(message);
    return !message.attachments.isEmpty() || payload.contains("quick_replies") || payload.contains("cards");
}

Plan plan(const models::Message &message, int textLimit)
{
    Plan result;
    const Json payload = payloadOf(message);
    for (const models::Attachment &a : message.attachments) {
        Part part;
        if (const QString error = attachment(a, part); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        result.media = result.media || a.kind == MessageKind::Audio || a.kind == MessageKind::Video;
        result.parts.append(part);
    }
    const QStringList pieces = split(message.body, textLimit);
    for (const QString &piece : pieces)
        result.parts.append(Part{{{"text", utf8(piece)}}, {}, {}, {}, {}});
    if (const auto it = payload.find("cards"); it != payload.end()) {
        Part part;
        if (const QString error = cards(*it, part.message); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        result.parts.append(part);
    }
    // On the last part: the customer sees them under what arrives last, until they tap one.
    if (const auto it = payload.find("quick_replies"); it != payload.end()) {
        if (result.parts.isEmpty()) {
            result.error = GraphMessage::tr("Quick replies need a text to go with.");
            return result;
        }
        Json replies;
        if (const QString error = quickReplies(*it, replies); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        if (!replies.empty())
            result.parts.last().message["quick_replies"] = replies;
    }
    if (result.parts.isEmpty())
        result.error = GraphMessage::tr("An empty message cannot be sent.");
    return result;
}

} // namespace wasel::channels::graph
