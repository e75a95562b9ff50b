#include "GraphSendConnector.h"

#include "GraphError.h"
#include "GraphTokenInfo.h"
#include "common/HttpCall.h"
#include "domain/ReplyWindow.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QTextBoundaryFinder>
#include <QUrlQuery>

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
    QStringList pieces;
    QString rest = text.trimmed();
    while (rest.size() > limit) {
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
        return SendResult::fail(
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
    const QStringList pieces = splitText(work.message.body, capabilities().maxTextLength);
    if (pieces.isEmpty())
        return done(SendResult::fail(tr("An empty message cannot be sent.")));
    const int from = m_piecesSent.value(work.item.id, 0);
    sendPiece(work, token, messagingType, pieces, from, m_firstIds.value(work.item.id), std::move(done));
}

void GraphSendConnector::sendPiece(const models::OutboundWork &work, const QString &token,
                                   const QByteArray &messagingType, QStringList pieces, int index, QString firstId,
                                   std::function<void(const SendResult &)> done)
{
    QUrl url = m_options.baseUrl;
    url.setPath(QStringLiteral("/%1/me/messages").arg(m_options.version));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(0);

    Json body = {{"recipient", {{"id", utf8(work.recipientExternalId)}}},
                 {"messaging_type", messagingType.toStdString()},
                 {"message", {{"text", utf8(pieces.at(index))}}}};
    if (messagingType == "MESSAGE_TAG")
        body["tag"] = "HUMAN_AGENT";
    const QByteArray payload = QByteArray::fromStdString(body.dump());

    httpCall(m_network, request, "POST", payload, m_options.timeout,
             [this, work, token, messagingType, pieces, index, firstId, done = std::move(done)](const HttpResponse &r) {
                 if (!r.isSuccess()) {
                     SendResult result = verdict(r);
                     if (index > 0 && result.outcome == SendResult::Outcome::Fail)
                         result.error =
                             tr("Only %1 of %2 parts were sent. %3").arg(index).arg(pieces.size()).arg(result.error);
                     return done(result);
                 }
                 const QString id = graphMessageId(r.body);
                 const QString first = firstId.isEmpty() ? id : firstId;
                 if (index + 1 < pieces.size()) {
                     m_piecesSent.insert(work.item.id, index + 1);
                     m_firstIds.insert(work.item.id, first);
                     return sendPiece(work, token, messagingType, pieces, index + 1, first, done);
                 }
                 m_piecesSent.remove(work.item.id);
                 m_firstIds.remove(work.item.id);
                 done(SendResult::sent(first));
             });
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
