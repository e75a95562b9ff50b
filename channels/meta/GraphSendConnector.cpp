#include "GraphSendConnector.h"

#include "GraphError.h"
#include "GraphMessage.h"
#include "GraphTokenInfo.h"
#include "common/HttpCall.h"
#include "domain/ReplyWindow.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcMeta, "wasel.channels.meta")

namespace wasel::channels {

using models::ChannelKind;
using Json = nlohmann::json;

namespace {

constexpr int InstagramLimit = 1000;
constexpr int MessengerLimit = 2000;
constexpr auto DefaultBackOff = std::chrono::seconds(60);

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

GraphSendConnector::GraphSendConnector(ChannelKind kind, QNetworkAccessManager *network, TokenLookup tokens,
                                       const ApiEndpoint &options, QObject *parent)
    : Connector(parent)
    , m_kind(kind)
    , m_network(network)
    , m_tokens(std::move(tokens))
    , m_options(options)
{
    Q_ASSERT(kind == ChannelKind::Messenger || kind == ChannelKind::Instagram);
}

GraphSendConnector::GraphSendConnector(ChannelKind kind, QNetworkAccessManager *network, TokenLookup tokens,
                                       QObject *parent)
    : GraphSendConnector(kind, network, std::move(tokens), defaultEndpoint(), parent)
{
}

Capabilities GraphSendConnector::capabilities() const
{
    Capabilities c;
    c.maxTextLength = m_kind == ChannelKind::Instagram ? InstagramLimit : MessengerLimit;
    c.replyWindow = true;
    c.readReceipts = true;
    c.markSeen = true;
    c.typingIndicator = true;
    c.attachments = true;
    return c;
}

QStringList GraphSendConnector::splitText(const QString &text, int limit)
{
    return graph::splitText(text, limit);
}

SendResult GraphSendConnector::verdict(const HttpResponse &response)
{
    const auto error = GraphError::parse(response.body);
    if (!error)
        return classifyFailure(response, QString());
    const int code = error->code;
    const int subcode = error->subcode;
    const QString &message = error->message;
    const QString detail = error->suffix();
    switch (code) {
    case 10:
        if (subcode == 2018278 || subcode == 2018065 || message.contains(QLatin1String("outside of allowed window")))
            return SendResult::fail(tr("Outside Meta's reply window: the customer has to write again before you can "
                                       "answer."));
        return SendResult::fail(tr("Meta refused the message: permission denied%1").arg(detail));
    case 190:
        return SendResult::refusedCredentials(
            tr("The access token is expired or invalid: reconnect this account on the Channels page."));
    case 551:
        return SendResult::fail(tr("This person isn't available right now (they blocked messages or left)."));
    case 100:
        if (subcode == 2018001)
            return SendResult::fail(tr("Meta found no matching user for this conversation."));
        break;
    case 4:
    case 17:
    case 32:
    case 613:
    case 80001:
    case 80002:
    case 80006:
        return SendResult::retry(tr("Meta's rate limit was reached; sending again later%1").arg(detail),
                                 regainAccess(response).value_or(response.retryAfter().value_or(DefaultBackOff)));
    case 1:
    case 2:
    case 1200:
        return SendResult::retry(tr("Meta had a temporary problem%1").arg(detail), response.retryAfter());
    default:
        break;
    }
    if (code >= 200 && code < 300)
        return SendResult::fail(tr("This account lacks a permission Meta requires%1").arg(detail));
    return classifyFailure(response, message.isEmpty() ? QString() : tr("Meta refused the message: %1").arg(message));
}

struct GraphSendConnector::Job {
    models::OutboundWork work;
    QString token;
    QByteArray messagingType;
    QList<graph::Part> parts;
    QString firstId;
    std::optional<std::chrono::seconds> pause; // the longest pause any answer so far asked for
    std::function<void(const SendResult &)> done;
};

void GraphSendConnector::send(const models::OutboundWork &work, bool inDoubt,
                              std::function<void(const SendResult &)> done)
{
    // Meta has no idempotency key. If the interrupted attempt's echo already told us the message
    // id, it was sent; otherwise sending again is the lesser harm than never sending.
    if (inDoubt && !work.message.externalId.isEmpty())
        return done(SendResult::sent(work.message.externalId));
    const QString token = m_tokens ? m_tokens(work.accountExternalId) : QString();
    if (token.isEmpty())
        return done(SendResult::fail(tr("%1 account %2 is not connected: add its access token on the Channels page.")
                                         .arg(models::channelDisplayName(m_kind), work.accountExternalId)));
    if (work.recipientExternalId.isEmpty())
        return done(SendResult::fail(tr("This conversation has no recipient id to answer.")));
    // Comments have no messaging window of their own: a public reply can go any time, a private
    // one within 7 days of the comment.
    if (!work.threadKey.isEmpty())
        return replyToComment(work, token, std::move(done));

    const auto window = models::replyWindow(m_kind, work.lastCustomerMessageAt, QDateTime::currentDateTimeUtc());
    QByteArray messagingType = "RESPONSE";
    if (window.state == models::ReplyWindow::State::HumanAgent) {
        if (work.message.sender != models::SenderKind::Agent)
            return done(SendResult::fail(tr("More than 24 hours since the customer wrote: only a person may answer "
                                            "now (human agent tag), not the AI.")));
        messagingType = "MESSAGE_TAG";
    } else if (window.state == models::ReplyWindow::State::Closed) {
        return done(SendResult::fail(
            tr("More than 7 days since the customer wrote: Meta allows no reply until they write again.")));
    }
    graph::Plan plan = graph::plan(work.message, capabilities().maxTextLength);
    if (!plan.error.isEmpty())
        return done(SendResult::fail(plan.error));
    auto job = std::make_shared<Job>(
        Job{work, token, messagingType, plan.parts, m_firstIds.value(work.item.id), {}, std::move(done)});
    sendPart(job, std::min<int>(m_piecesSent.value(work.item.id, 0), int(job->parts.size()) - 1));
}

void GraphSendConnector::sendPart(const std::shared_ptr<Job> &job, int index)
{
    const graph::Part &part = job->parts.at(index);
    if (!part.uploadPath.isEmpty())
        return upload(job, index);
    Json body = {{"recipient", {{"id", utf8(job->work.recipientExternalId)}}},
                 {"messaging_type", job->messagingType.toStdString()},
                 {"message", part.message}};
    if (job->messagingType == "MESSAGE_TAG")
        body["tag"] = "HUMAN_AGENT";
    // Only the first part quotes the message it answers; the rest follow it.
    if (index == 0 && !job->work.message.replyToExternalId.isEmpty())
        body["reply_to"] = {{"mid", utf8(job->work.message.replyToExternalId)}};
    post(job->work.accountExternalId, QStringLiteral("/me/messages"), {}, job->token, "application/json",
         QByteArray::fromStdString(body.dump()), [this, job, index](const HttpResponse &r) {
             const qint64 outboxId = job->work.item.id;
             if (const auto pause = usagePause(r); pause && (!job->pause || *job->pause < *pause))
                 job->pause = pause;
             if (!r.isSuccess()) {
                 SendResult result = verdict(r);
                 if (index > 0 && result.outcome == SendResult::Outcome::Fail)
                     result.error =
                         tr("Only %1 of %2 parts were sent. %3").arg(index).arg(job->parts.size()).arg(result.error);
                 return job->done(settle(job->work.accountExternalId, result, r));
             }
             if (job->firstId.isEmpty())
                 job->firstId = graphMessageId(r.body);
             if (index + 1 < job->parts.size()) {
                 m_piecesSent.insert(outboxId, index + 1);
                 m_firstIds.insert(outboxId, job->firstId);
                 return sendPart(job, index + 1);
             }
             m_piecesSent.remove(outboxId);
             m_firstIds.remove(outboxId);
             SendResult result = SendResult::sent(job->firstId);
             result.pauseAccount = job->pause;
             job->done(settle(job->work.accountExternalId, result, r));
         });
}

void GraphSendConnector::upload(const std::shared_ptr<Job> &job, int index)
{
    // Attachment Upload API: the file goes up once as multipart, then the message names it by id.
    graph::Part &part = job->parts[index];
    QFile file(part.uploadPath);
    if (!file.open(QIODevice::ReadOnly))
        return job->done(SendResult::fail(tr("The file %1 cannot be read.").arg(part.fileName)));
    const QByteArray boundary = "wasel-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const Json message = {{"attachment", {{"type", utf8(part.uploadType)}, {"payload", {{"is_reusable", true}}}}}};
    QByteArray fileName = part.fileName.toUtf8();
    fileName.replace('"', "'").replace('\r', ' ').replace('\n', ' ');
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n"
        + QByteArray::fromStdString(message.dump()) + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + part.mimeType.toLatin1() + "\r\n\r\n";
    body += file.readAll();
    body += "\r\n--" + boundary + "--\r\n";
    post(job->work.accountExternalId, QStringLiteral("/me/message_attachments"), {}, job->token,
         "multipart/form-data; boundary=" + boundary, body, [this, job, index](const HttpResponse &r) {
             if (!r.isSuccess())
                 return job->done(settle(job->work.accountExternalId, verdict(r), r));
             const Json answer = Json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
             const auto id = answer.is_object() ? answer.find("attachment_id") : answer.end();
             if (!answer.is_object() || id == answer.end() || !(id->is_string() || id->is_number()))
                 return job->done(
                     settle(job->work.accountExternalId, SendResult::retry(tr("Meta did not confirm the upload.")), r));
             graph::Part &uploaded = job->parts[index];
             const std::string attachmentId = id->is_string() ? id->get<std::string>() : id->dump();
             uploaded.message = {
                 {"attachment", {{"type", utf8(uploaded.uploadType)}, {"payload", {{"attachment_id", attachmentId}}}}}};
             uploaded.uploadPath.clear();
             sendPart(job, index);
         });
}

void GraphSendConnector::post(const QString &account, const QString &path, const QUrlQuery &query, const QString &token,
                              const QByteArray &contentType, const QByteArray &body,
                              std::function<void(const HttpResponse &)> done)
{
    QUrl url = m_options.baseUrl;
    url.setPath(QStringLiteral("/%1%2").arg(m_options.version, path));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(0);
    httpCall(m_network, request, "POST", body, m_options.timeout,
             [this, account, done = std::move(done)](const HttpResponse &r) {
                 // Every answer counts toward the account's usage, sender actions included.
                 if (const auto pause = usagePause(r))
                     m_pausedUntil.insert(account, QDateTime::currentDateTimeUtc().addSecs(pause->count()));
                 done(r);
             });
}

SendResult GraphSendConnector::settle(const QString &account, SendResult result, const HttpResponse &response)
{
    if (const auto pause = usagePause(response); pause && (!result.pauseAccount || *result.pauseAccount < *pause))
        result.pauseAccount = pause;
    if (result.pauseAccount)
        qCInfo(lcMeta) << "Meta's usage headers ask to leave account" << account << "alone for"
                       << result.pauseAccount->count() << "s";
    return result;
}

void GraphSendConnector::testConnection(const QString &accountExternalId,
                                        std::function<void(const ConnectionTestResult &)> done)
{
    const QString token = m_tokens ? m_tokens(accountExternalId) : QString();
    if (token.isEmpty())
        return done({false, tr("No access token is stored for this account.")});
    QUrl url = m_options.baseUrl;
    url.setPath(QStringLiteral("/%1/me").arg(m_options.version));
    url.setQuery(QStringLiteral("fields=id,name"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    httpCall(
        m_network, request, "GET", QByteArray(), m_options.timeout,
        [this, token, done = std::move(done)](const HttpResponse &r) {
            const Json answer = Json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
            if (!r.isSuccess() || !answer.is_object()) {
                ConnectionTestResult failed(false, verdict(r).error);
                failed.credentialsRefused = GraphError::refusesToken(r);
                return done(failed);
            }
            const ConnectionTestResult connected{true,
                                                 tr("Connected as %1 (id %2)")
                                                     .arg(QString::fromStdString(answer.value("name", std::string())),
                                                          QString::fromStdString(answer.value("id", std::string())))};
            addTokenExpiry(m_network, m_options, token, connected, done);
        });
}

} // namespace wasel::channels
