#include "CloudSendConnector.h"

#include "domain/MediaLimits.h"
#include "domain/Phone.h"
#include "domain/ReplyWindow.h"
#include "meta/GraphError.h"
#include "meta/GraphSendConnector.h"
#include "meta/GraphTokenInfo.h"
#include "whatsapp/MediaClient.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUuid>

namespace wasel::channels {

using Json = nlohmann::json;
using models::MessageKind;

namespace {

constexpr int TextLimit = 4096;

} // namespace

CloudSendConnector::CloudSendConnector(QNetworkAccessManager *network, TokenLookup tokens, const ApiEndpoint &endpoint,
                                       QObject *parent)
    : Connector(parent)
    , m_network(network)
    , m_tokens(std::move(tokens))
    , m_endpoint(endpoint)
{
}

Capabilities CloudSendConnector::capabilities() const
{
    Capabilities c;
    c.maxTextLength = TextLimit;
    c.replyWindow = true;
    c.templates = true;
    c.readReceipts = true;
    c.markSeen = true;
    c.attachments = true;
    return c;
}

namespace {

// One message of a send: its body without the envelope, or a file to upload before it goes.
struct Part {
    Json message; // {"type": …, <type>: {…}} (+ "context")
    QString uploadPath; // set until the file is uploaded; then message[type]["id"] names it
    QString mimeType;
    QString fileName;
};

Part messagePart(Json message)
{
    Part part;
    part.message = std::move(message);
    return part;
}

QString mediaType(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Image:
        return QStringLiteral("image");
    case MessageKind::Video:
        return QStringLiteral("video");
    case MessageKind::Audio:
        return QStringLiteral("audio");
    case MessageKind::Sticker:
        return QStringLiteral("sticker");
    default:
        return QStringLiteral("document");
    }
}

bool isWebUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

// The message's parts in the order they go, or an error a merchant can read.
QList<Part> partsOf(const models::OutboundWork &work, QString *error)
{
    const models::Message &message = work.message;
    QList<Part> parts;
    if (message.kind == MessageKind::Template) {
        // payload: {"template": {"name": …, "language": "ar", "variables": ["…", …]}}
        const QByteArray raw = message.payloadJson.toUtf8();
        const Json payload = Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
        const Json tpl = payload.is_object() ? payload.value("template", Json()) : Json();
        if (!tpl.is_object() || !tpl.value("name", Json()).is_string() || !tpl.value("language", Json()).is_string()) {
            *error = CloudSendConnector::tr("This template message has no template name or language.");
            return {};
        }
        Json parameters = Json::array();
        for (const Json &v : tpl.value("variables", Json::array()))
            parameters.push_back({{"type", "text"}, {"text", v.is_string() ? v.get<std::string>() : v.dump()}});
        Json t = {{"name", tpl["name"]}, {"language", {{"code", tpl["language"]}}}};
        if (!parameters.empty())
            t["components"] = Json::array({{{"type", "body"}, {"parameters", parameters}}});
        parts.append(messagePart({{"type", "template"}, {"template", t}}));
    } else if (message.kind == MessageKind::Reaction) {
        // An empty emoji takes our reaction back.
        if (message.replyToExternalId.isEmpty()) {
            *error = CloudSendConnector::tr("A reaction needs the message it reacts to.");
            return {};
        }
        parts.append(messagePart({{"type", "reaction"},
                                  {"reaction",
                                   {{"message_id", message.replyToExternalId.toStdString()},
                                    {"emoji", message.body.trimmed().toStdString()}}}}));
        return parts;
    } else {
        const QString text = message.body.trimmed();
        // One photo, video or document carries the text as its caption (WhatsApp: 1,024 characters).
        const MessageKind single =
            message.attachments.size() == 1 ? message.attachments.first().kind : MessageKind::Text;
        const bool caption = message.attachments.size() == 1 && !text.isEmpty() && text.toUcs4().size() <= 1024
            && single != MessageKind::Audio && single != MessageKind::Sticker;
        for (const models::Attachment &a : message.attachments) {
            const QString type = mediaType(a.kind);
            Json media = Json::object();
            Part part;
            if (!a.url.isEmpty()) {
                if (!isWebUrl(a.url)) {
                    *error = CloudSendConnector::tr("The attachment address %1 is not a web address.").arg(a.url);
                    return {};
                }
                media["link"] = a.url.toStdString();
            } else {
                const QFileInfo file(a.localPath);
                const QString shown = a.fileName.isEmpty() ? a.localPath : a.fileName;
                if (a.localPath.isEmpty() || !file.isFile() || !file.isReadable()) {
                    *error = CloudSendConnector::tr("The file %1 cannot be read.").arg(shown);
                    return {};
                }
                const qint64 limit = models::maxAttachmentBytes(models::ChannelKind::WhatsApp, a.kind);
                if (file.size() > limit) {
                    *error = CloudSendConnector::tr("The file %1 is larger than WhatsApp's %2 MB limit for it.")
                                 .arg(shown)
                                 .arg(double(limit) / (1024 * 1024), 0, 'g', 3);
                    return {};
                }
                part.uploadPath = a.localPath;
                part.mimeType = a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mimeType;
                part.fileName = a.fileName.isEmpty() ? file.fileName() : a.fileName;
            }
            if (type == QLatin1String("document"))
                media["filename"] =
                    (a.fileName.isEmpty()
                         ? QFileInfo(a.localPath.isEmpty() ? QUrl(a.url).path() : a.localPath).fileName()
                         : a.fileName)
                        .toStdString();
            if (caption)
                media["caption"] = text.toStdString();
            part.message = {{"type", type.toStdString()}, {type.toStdString(), media}};
            parts.append(part);
        }
        if (!caption)
            for (const QString &piece : GraphSendConnector::splitText(text, TextLimit))
                parts.append(
                    messagePart({{"type", "text"}, {"text", {{"preview_url", false}, {"body", piece.toStdString()}}}}));
    }
    if (parts.isEmpty()) {
        *error = CloudSendConnector::tr("An empty message cannot be sent.");
        return {};
    }
    // The quote goes on the first part: that is what the customer sees answering their message.
    if (!message.replyToExternalId.isEmpty())
        parts.first().message["context"] = {{"message_id", message.replyToExternalId.toStdString()}};
    return parts;
}

} // namespace

struct CloudSendConnector::Job {
    models::OutboundWork work;
    QString token;
    QString to; // E.164 digits without "+"
    QList<Part> parts;
    QString firstId;
    std::function<void(const SendResult &)> done;
};

SendResult CloudSendConnector::verdict(const HttpResponse &response)
{
    const auto error = GraphError::parse(response.body);
    if (!error)
        return classifyFailure(response, QString());
    const QString detail = error->suffix();
    switch (error->code) {
    case 131047:
        return SendResult::fail(tr("More than 24 hours since the customer wrote: send an approved template to "
                                   "re-open the conversation."));
    case 131026:
        return SendResult::fail(tr("The message could not be delivered to this number (not on WhatsApp, or an old "
                                   "app version)%1")
                                    .arg(detail));
    case 133010:
    case 131030:
        return SendResult::fail(tr("This number cannot receive messages from this WhatsApp account%1").arg(detail));
    case 131051:
        return SendResult::fail(tr("WhatsApp does not support this message type%1").arg(detail));
    case 132000:
    case 132001:
    case 132005:
    case 132007:
    case 132012:
        return SendResult::fail(tr("The template was refused%1").arg(detail));
    case 190:
        return SendResult::refusedCredentials(
            tr("The WhatsApp access token is expired or invalid: reconnect the number on the "
               "Channels page."));
    case 4:
    case 80007:
    case 130429:
    case 131048:
    case 131056:
        return SendResult::retry(
            tr("WhatsApp's rate limit was reached; sending again later%1").arg(detail),
            regainAccess(response).value_or(response.retryAfter().value_or(std::chrono::seconds(60))));
    case 1:
    case 2:
    case 131000:
    case 131016:
    case 133004:
        return SendResult::retry(tr("WhatsApp had a temporary problem%1").arg(detail), response.retryAfter());
    case 100:
        return SendResult::fail(tr("WhatsApp refused a parameter of the message%1").arg(detail));
    default:
        break;
    }
    if (error->code >= 200 && error->code < 300)
        return SendResult::fail(tr("This WhatsApp account lacks a permission%1").arg(detail));
    return classifyFailure(response, tr("WhatsApp refused the message%1").arg(detail));
}

void CloudSendConnector::send(const models::OutboundWork &work, bool inDoubt,
                              std::function<void(const SendResult &)> done)
{
    // No idempotency key in the Cloud API; a status webhook carrying our client id may already
    // have told us the message id.
    if (inDoubt && !work.message.externalId.isEmpty())
        return done(SendResult::sent(work.message.externalId));
    const QString token = m_tokens ? m_tokens(work.accountExternalId) : QString();
    if (token.isEmpty())
        return done(
            SendResult::fail(tr("WhatsApp number %1 is not connected: add its access token on the Channels page.")
                                 .arg(work.accountExternalId)));
    const bool isTemplate = work.message.kind == MessageKind::Template;
    const auto window = models::replyWindow(kind(), work.lastCustomerMessageAt, QDateTime::currentDateTimeUtc());
    if (!isTemplate && window.state == models::ReplyWindow::State::Closed)
        return done(SendResult::fail(tr("More than 24 hours since the customer wrote: only an approved template can be "
                                        "sent now.")));
    // wa_id is digits only; the API takes E.164 with or without "+", we send it without.
    const QString to = models::normalizePhone(work.recipientExternalId);
    if (to.isEmpty())
        return done(SendResult::fail(tr("%1 is not a WhatsApp number.").arg(work.recipientExternalId)));
    QString error;
    QList<Part> parts = partsOf(work, &error);
    if (parts.isEmpty())
        return done(SendResult::fail(error));
    auto job = std::make_shared<Job>(Job{work, token, to.mid(1), std::move(parts), QString(), std::move(done)});
    sendPart(job, 0);
}

void CloudSendConnector::sendPart(const std::shared_ptr<Job> &job, int index)
{
    Part &part = job->parts[index];
    if (!part.uploadPath.isEmpty())
        return upload(job, index);
    Json body = {{"messaging_product", "whatsapp"}, {"recipient_type", "individual"}, {"to", job->to.toStdString()}};
    body.update(part.message);
    // Echoed in status webhooks: ties a status to our outbox item even when our answer was lost.
    body["biz_opaque_callback_data"] = job->work.item.clientId.toStdString();
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2/messages").arg(m_endpoint.version, job->work.accountExternalId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + job->token.toUtf8());
    httpCall(
        m_network, request, "POST", QByteArray::fromStdString(body.dump()), m_endpoint.timeout,
        [this, job, index](const HttpResponse &r) {
            if (!r.isSuccess()) {
                SendResult result = verdict(r);
                if (index > 0 && result.outcome == SendResult::Outcome::Fail)
                    result.error =
                        tr("Only %1 of %2 parts were sent. %3").arg(index).arg(job->parts.size()).arg(result.error);
                return job->done(result);
            }
            if (job->firstId.isEmpty())
                job->firstId = graphMessageId(r.body);
            if (index + 1 < job->parts.size())
                return sendPart(job, index + 1);
            job->done(SendResult::sent(job->firstId));
        });
}

void CloudSendConnector::upload(const std::shared_ptr<Job> &job, int index)
{
    Part &part = job->parts[index];
    QFile file(part.uploadPath);
    if (!file.open(QIODevice::ReadOnly))
        return job->done(SendResult::fail(tr("The file %1 cannot be read.").arg(part.fileName)));
    const QByteArray boundary = "wasel-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray fileName = part.fileName.toUtf8();
    fileName.replace('"', "'").replace('\r', ' ').replace('\n', ' ');
    const QByteArray mime = part.mimeType.toLatin1();
    QByteArray body = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n" + "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mime + "\r\n" + "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: " + mime
        + "\r\n\r\n";
    body += file.readAll();
    body += "\r\n--" + boundary + "--\r\n";
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2/media").arg(m_endpoint.version, job->work.accountExternalId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "multipart/form-data; boundary=" + boundary);
    request.setRawHeader("Authorization", "Bearer " + job->token.toUtf8());
    httpCall(m_network, request, "POST", body, m_endpoint.timeout, [this, job, index](const HttpResponse &r) {
        if (!r.isSuccess())
            return job->done(verdict(r));
        const Json answer = Json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
        const auto id = answer.is_object() ? answer.find("id") : answer.end();
        if (!answer.is_object() || id == answer.end() || !id->is_string())
            return job->done(SendResult::retry(tr("WhatsApp did not confirm the upload.")));
        Part &uploaded = job->parts[index];
        const std::string type = uploaded.message["type"].get<std::string>();
        uploaded.message[type]["id"] = id->get<std::string>();
        uploaded.uploadPath.clear();
        sendPart(job, index);
    });
}

void CloudSendConnector::testConnection(const QString &phoneNumberId,
                                        std::function<void(const ConnectionTestResult &)> done)
{
    const QString token = m_tokens ? m_tokens(phoneNumberId) : QString();
    if (token.isEmpty())
        return done({false, tr("No access token is stored for this number.")});
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2").arg(m_endpoint.version, phoneNumberId));
    url.setQuery(QStringLiteral("fields=display_phone_number,verified_name,quality_rating"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    httpCall(m_network, request, "GET", QByteArray(), m_endpoint.timeout,
             [this, token, done = std::move(done)](const HttpResponse &r) {
                 const Json answer =
                     Json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
                 if (!r.isSuccess() || !answer.is_object()) {
                     ConnectionTestResult failed(false, verdict(r).error);
                     failed.credentialsRefused = GraphError::refusesToken(r);
                     return done(failed);
                 }
                 const ConnectionTestResult connected{
                     true,
                     tr("Connected: %1 (%2), quality %3")
                         .arg(QString::fromStdString(answer.value("verified_name", std::string())),
                              QString::fromStdString(answer.value("display_phone_number", std::string())),
                              QString::fromStdString(answer.value("quality_rating", std::string("unknown"))))};
                 addTokenExpiry(m_network, m_endpoint, token, connected, done);
             });
}

void CloudSendConnector::senderAction(const QString &phoneNumberId, const QString &recipientExternalId,
                                      SenderAction action, const QString &newestInboundExternalId)
{
    if (action != SenderAction::MarkSeen || newestInboundExternalId.isEmpty())
        return;
    const QString token = m_tokens ? m_tokens(phoneNumberId) : QString();
    if (token.isEmpty())
        return;
    // Opening the same conversation again marks nothing new: the request would only spend the rate limit.
    const QString key = phoneNumberId + u'/' + recipientExternalId;
    if (m_markedRead.value(key) == newestInboundExternalId)
        return;
    if (m_readMarks.take(QDateTime::currentDateTimeUtc()))
        return; // over the limit: a read mark is worth less than a message
    if (m_markedRead.size() > 1000) // forget customers who are long gone
        m_markedRead.clear();
    m_markedRead.insert(key, newestInboundExternalId);
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2/messages").arg(m_endpoint.version, phoneNumberId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const Json body = {
        {"messaging_product", "whatsapp"}, {"status", "read"}, {"message_id", newestInboundExternalId.toStdString()}};
    httpCall(m_network, request, "POST", QByteArray::fromStdString(body.dump()), m_endpoint.timeout,
             [guard = QPointer<CloudSendConnector>(this), phoneNumberId, key,
              newestInboundExternalId](const HttpResponse &r) {
                 if (r.isSuccess())
                     return;
                 qCWarning(lcWhatsAppMedia).noquote() << "marking" << newestInboundExternalId << "read for number"
                                                      << phoneNumberId << "failed:" << verdict(r).error;
                 if (guard && guard->m_markedRead.value(key) == newestInboundExternalId)
                     guard->m_markedRead.remove(key); // the next opening may try again
             });
}

} // namespace wasel::channels
