#include "TwilioSendConnector.h"

#include "domain/Phone.h"
#include "domain/ReplyWindow.h"
#include "meta/GraphSendConnector.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace wasel::channels {

using Json = nlohmann::json;
using models::MessageKind;

namespace {

constexpr int BodyLimit = 1600;
constexpr int MaxMedia = 10; // MediaUrl may repeat up to ten times (API_CONTRACTS.md §3.3)

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString stringAt(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString whatsapp(const QString &number)
{
    return QStringLiteral("whatsapp:") + number;
}

// application/x-www-form-urlencoded with every reserved character escaped ("+" as %2B).
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// The Body of each message: a template has none (ContentSid), files alone go with an empty one.
QStringList piecesOf(const models::Message &message)
{
    if (message.kind == MessageKind::Template)
        return {QString()};
    QStringList pieces = GraphSendConnector::splitText(message.body, BodyLimit);
    if (pieces.isEmpty() && !message.attachments.isEmpty())
        pieces.append(QString());
    return pieces;
}

} // namespace

TwilioSendConnector::TwilioSendConnector(QNetworkAccessManager *network, CredentialLookup credentials,
                                         const QUrl &publicBaseUrl, const ApiEndpoint &endpoint, QObject *parent)
    : Connector(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_publicBaseUrl(publicBaseUrl)
    , m_endpoint(endpoint)
{
}

Capabilities TwilioSendConnector::capabilities() const
{
    Capabilities c;
    c.maxTextLength = BodyLimit;
    c.replyWindow = true;
    c.templates = true;
    c.readReceipts = true;
    c.attachments = true;
    return c;
}

QNetworkRequest TwilioSendConnector::request(const QString &path, const TwilioCredentials &credentials) const
{
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/Accounts/%2/%3").arg(m_endpoint.version, credentials.accountSid, path));
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", credentials.basicAuthorization());
    return r;
}

SendResult TwilioSendConnector::verdict(const HttpResponse &response)
{
    const Json error = parse(response.body);
    const int code =
        error.is_object() && error.value("code", Json()).is_number_integer() ? error["code"].get<int>() : 0;
    QString message = error.is_object() ? stringAt(error, "message") : QString();
    if (message.isEmpty() && error.is_object())
        message = stringAt(error, "detail"); // RFC 9457 problem+json
    const QString detail = message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message);
    switch (code) {
    case 63016:
        return SendResult::fail(tr("Outside WhatsApp's 24-hour window: send an approved template instead."));
    case 21211:
    case 21614:
        return SendResult::fail(tr("This is not a valid WhatsApp number%1").arg(detail));
    case 21610:
        return SendResult::fail(tr("The customer has opted out of messages from this number."));
    case 63003:
    case 63024:
        return SendResult::fail(tr("This number cannot receive WhatsApp messages%1").arg(detail));
    case 20003:
    case 20404:
        if (response.status == 401 || code == 20003)
            return SendResult::refusedCredentials(
                tr("Twilio refused the credentials: reconnect this sender on the Channels page."));
        break;
    case 20429:
    case 63017:
    case 63018:
    case 63119:
        return SendResult::retry(tr("Twilio's rate limit was reached; sending again later%1").arg(detail),
                                 response.retryAfter().value_or(std::chrono::seconds(30)));
    default:
        break;
    }
    if (response.status == 401)
        return SendResult::refusedCredentials(
            tr("Twilio refused the credentials: reconnect this sender on the Channels page."));
    return classifyFailure(response, message.isEmpty() ? QString() : tr("Twilio refused the message%1").arg(detail));
}

void TwilioSendConnector::send(const models::OutboundWork &work, bool inDoubt,
                               std::function<void(const SendResult &)> done)
{
    const QString from = models::normalizePhone(work.accountExternalId);
    const TwilioCredentials credentials = m_credentials ? m_credentials(from) : TwilioCredentials();
    if (!credentials.isValid())
        return done(SendResult::fail(tr("Twilio sender %1 is not connected: add its credentials on the Channels page.")
                                         .arg(work.accountExternalId)));
    if (models::normalizePhone(work.recipientExternalId).isEmpty())
        return done(SendResult::fail(tr("%1 is not a WhatsApp number.").arg(work.recipientExternalId)));
    const bool isTemplate = work.message.kind == MessageKind::Template;
    const auto window = models::replyWindow(kind(), work.lastCustomerMessageAt, QDateTime::currentDateTimeUtc());
    if (!isTemplate && window.state == models::ReplyWindow::State::Closed)
        return done(SendResult::fail(tr("More than 24 hours since the customer wrote: only an approved template can be "
                                        "sent now.")));
    // Twilio fetches media itself, from a public address: a file only on this computer cannot go.
    for (const models::Attachment &a : work.message.attachments) {
        const QUrl url(a.url, QUrl::StrictMode);
        if (a.url.isEmpty() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return done(SendResult::fail(
                tr("Twilio can only send a file from a public web address; %1 is only on this computer.")
                    .arg(a.fileName.isEmpty() ? a.localPath : a.fileName)));
    }
    if (work.message.attachments.size() > MaxMedia)
        return done(SendResult::fail(tr("Twilio sends at most %1 files in one message.").arg(MaxMedia)));
    if (inDoubt)
        return lookUpThenSend(work, credentials, std::move(done));
    const QStringList pieces = piecesOf(work.message);
    if (pieces.isEmpty())
        return done(SendResult::fail(tr("An empty message cannot be sent.")));
    post(work, credentials, pieces, 0, QString(), std::move(done));
}

void TwilioSendConnector::post(const models::OutboundWork &work, const TwilioCredentials &credentials,
                               QStringList pieces, int index, QString firstSid,
                               std::function<void(const SendResult &)> done)
{
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("To"), whatsapp(models::normalizePhone(work.recipientExternalId))},
        {QStringLiteral("From"), whatsapp(models::normalizePhone(work.accountExternalId))},
    };
    if (work.message.kind == MessageKind::Template) {
        // payload: {"template": {"content_sid": "HX…", "variables": {"1": "…"}}}
        const QByteArray raw = work.message.payloadJson.toUtf8();
        const Json payload = parse(raw);
        const Json tpl = payload.is_object() ? payload.value("template", Json()) : Json();
        const QString sid = tpl.is_object() ? stringAt(tpl, "content_sid") : QString();
        if (sid.isEmpty())
            return done(SendResult::fail(tr("This template message has no Twilio content SID.")));
        form.append({QStringLiteral("ContentSid"), sid});
        if (tpl.contains("variables") && tpl["variables"].is_object())
            form.append({QStringLiteral("ContentVariables"), QString::fromStdString(tpl["variables"].dump())});
    } else if (!pieces.at(index).isEmpty()) {
        form.append({QStringLiteral("Body"), pieces.at(index)});
    }
    for (const models::Attachment &a : work.message.attachments) {
        if (index == 0 && !a.url.isEmpty())
            form.append({QStringLiteral("MediaUrl"), a.url});
    }
    if (m_publicBaseUrl.isValid() && !m_publicBaseUrl.isEmpty()) {
        QUrl callback = m_publicBaseUrl;
        callback.setPath(callback.path().chopped(callback.path().endsWith(u'/') ? 1 : 0)
                         + QStringLiteral("/webhooks/twilio/status"));
        form.append({QStringLiteral("StatusCallback"), callback.toString()});
    }
    QNetworkRequest r = request(QStringLiteral("Messages.json"), credentials);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    httpCall(m_network, r, "POST", formEncode(form), m_endpoint.timeout,
             [this, work, credentials, pieces, index, firstSid, done = std::move(done)](const HttpResponse &response) {
                 if (!response.isSuccess()) {
                     SendResult result = verdict(response);
                     if (index > 0 && result.outcome == SendResult::Outcome::Fail)
                         result.error =
                             tr("Only %1 of %2 parts were sent. %3").arg(index).arg(pieces.size()).arg(result.error);
                     return done(result);
                 }
                 const Json answer = parse(response.body);
                 const QString sid = answer.is_object() ? stringAt(answer, "sid") : QString();
                 const QString first = firstSid.isEmpty() ? sid : firstSid;
                 if (index + 1 < pieces.size())
                     return post(work, credentials, pieces, index + 1, first, done);
                 done(SendResult::sent(first));
             });
}

void TwilioSendConnector::lookUpThenSend(const models::OutboundWork &work, const TwilioCredentials &credentials,
                                         std::function<void(const SendResult &)> done)
{
    // The interrupted attempt may have reached Twilio. Its recent messages to this customer tell:
    // one from our sender with our text, created after we queued ours, is the one we sent.
    QNetworkRequest r = request(QStringLiteral("Messages.json"), credentials);
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("To"),
        QString::fromLatin1(QUrl::toPercentEncoding(whatsapp(models::normalizePhone(work.recipientExternalId)))));
    query.addQueryItem(
        QStringLiteral("From"),
        QString::fromLatin1(QUrl::toPercentEncoding(whatsapp(models::normalizePhone(work.accountExternalId)))));
    query.addQueryItem(QStringLiteral("PageSize"), QStringLiteral("20"));
    url.setQuery(query);
    r.setUrl(url);
    httpCall(m_network, r, "GET", QByteArray(), m_endpoint.timeout,
             [this, work, credentials, done = std::move(done)](const HttpResponse &response) {
                 if (!response.isSuccess())
                     return done(verdict(response)); // cannot tell yet: retry later rather than risk a duplicate
                 const Json list = parse(response.body);
                 const Json messages = list.is_object() ? list.value("messages", Json::array()) : Json::array();
                 const QString body = GraphSendConnector::splitText(work.message.body, BodyLimit).value(0);
                 for (const Json &m : messages) {
                     if (!m.is_object())
                         continue;
                     const QDateTime created = QDateTime::fromString(stringAt(m, "date_created"), Qt::RFC2822Date);
                     if (stringAt(m, "body") == body && created.isValid() && created.addSecs(5) >= work.item.createdAt)
                         return done(SendResult::sent(stringAt(m, "sid")));
                 }
                 post(work, credentials, piecesOf(work.message), 0, QString(), done);
             });
}

void TwilioSendConnector::testConnection(const QString &senderNumber,
                                         std::function<void(const ConnectionTestResult &)> done)
{
    const TwilioCredentials credentials =
        m_credentials ? m_credentials(models::normalizePhone(senderNumber)) : TwilioCredentials();
    if (!credentials.isValid())
        return done({false, tr("No Twilio credentials are stored for this sender.")});
    QNetworkRequest r = request(QString(), credentials);
    QUrl url = r.url();
    url.setPath(url.path().chopped(1) + QStringLiteral(".json")); // /2010-04-01/Accounts/{sid}.json
    r.setUrl(url);
    httpCall(m_network, r, "GET", QByteArray(), m_endpoint.timeout,
             [done = std::move(done)](const HttpResponse &response) {
                 const Json answer = parse(response.body);
                 if (response.isSuccess() && answer.is_object())
                     return done({true,
                                  tr("Connected to Twilio account %1 (%2)")
                                      .arg(stringAt(answer, "friendly_name"), stringAt(answer, "status"))});
                 done({false, verdict(response).error});
             });
}

} // namespace wasel::channels
