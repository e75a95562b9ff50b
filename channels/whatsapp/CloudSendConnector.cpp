#include "CloudSendConnector.h"

#include "domain/Phone.h"
#include "domain/ReplyWindow.h"
#include "meta/GraphError.h"
#include "meta/GraphSendConnector.h"
#include "meta/GraphTokenInfo.h"
#include "whatsapp/MediaClient.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QPointer>

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

QByteArray CloudSendConnector::requestBody(const models::OutboundWork &work, const QString &text, QString *error)
{
    // wa_id is digits only; the API takes E.164 with or without "+", we send it as the customer's id was given.
    const QString to = models::normalizePhone(work.recipientExternalId);
    if (to.isEmpty()) {
        *error = tr("%1 is not a WhatsApp number.").arg(work.recipientExternalId);
        return {};
    }
    Json body = {{"messaging_product", "whatsapp"}, {"recipient_type", "individual"}, {"to", to.mid(1).toStdString()}};
    if (work.message.kind == MessageKind::Template) {
        // payload: {"template": {"name": …, "language": "ar", "variables": ["…", …]}}
        const QByteArray raw = work.message.payloadJson.toUtf8();
        const Json payload = Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
        const Json tpl = payload.is_object() ? payload.value("template", Json()) : Json();
        if (!tpl.is_object() || !tpl.value("name", Json()).is_string() || !tpl.value("language", Json()).is_string()) {
            *error = tr("This template message has no template name or language.");
            return {};
        }
        Json parameters = Json::array();
        for (const Json &v : tpl.value("variables", Json::array()))
            parameters.push_back({{"type", "text"}, {"text", v.is_string() ? v.get<std::string>() : v.dump()}});
        Json t = {{"name", tpl["name"]}, {"language", {{"code", tpl["language"]}}}};
        if (!parameters.empty())
            t["components"] = Json::array({{{"type", "body"}, {"parameters", parameters}}});
        body["type"] = "template";
        body["template"] = t;
    } else {
        body["type"] = "text";
        body["text"] = {{"preview_url", false}, {"body", text.toStdString()}};
    }
    if (!work.message.replyToExternalId.isEmpty())
        body["context"] = {{"message_id", work.message.replyToExternalId.toStdString()}};
    // Echoed in status webhooks: ties a status to our outbox item even when our answer was lost.
    body["biz_opaque_callback_data"] = work.item.clientId.toStdString();
    return QByteArray::fromStdString(body.dump());
}

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
    const QStringList pieces =
        isTemplate ? QStringList{QString()} : GraphSendConnector::splitText(work.message.body, TextLimit);
    if (pieces.isEmpty())
        return done(SendResult::fail(tr("An empty message cannot be sent.")));
    post(work, token, pieces, 0, QString(), std::move(done));
}

void CloudSendConnector::post(const models::OutboundWork &work, const QString &token, QStringList pieces, int index,
                              QString firstId, std::function<void(const SendResult &)> done)
{
    QString error;
    const QByteArray body = requestBody(work, pieces.at(index), &error);
    if (body.isEmpty())
        return done(SendResult::fail(error));
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2/messages").arg(m_endpoint.version, work.accountExternalId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    httpCall(m_network, request, "POST", body, m_endpoint.timeout,
             [this, work, token, pieces, index, firstId, done = std::move(done)](const HttpResponse &r) {
                 if (!r.isSuccess()) {
                     SendResult result = verdict(r);
                     if (index > 0 && result.outcome == SendResult::Outcome::Fail)
                         result.error =
                             tr("Only %1 of %2 parts were sent. %3").arg(index).arg(pieces.size()).arg(result.error);
                     return done(result);
                 }
                 const QString id = graphMessageId(r.body);
                 const QString first = firstId.isEmpty() ? id : firstId;
                 if (index + 1 < pieces.size())
                     return post(work, token, pieces, index + 1, first, done);
                 done(SendResult::sent(first));
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
