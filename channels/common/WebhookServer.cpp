#include "WebhookServer.h"

#include "common/Backoff.h"
#include "common/Ingest.h"
#include "common/LimitedTcpServer.h"
#include "common/LocalApi.h"
#include "common/Signatures.h"
#include "email/SendGridInbound.h"
#include "manychat/ManyChatContent.h"
#include "manychat/ManyChatWebhook.h"
#include "meta/MetaWebhook.h"
#include "twilio/TwilioWebhook.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcWebhook, "wasel.webhook")

namespace wasel::channels {

using Status = QHttpServerResponder::StatusCode;

namespace {

// A response that can outlive the handler: written after the group commit, if the client is still
// there (STACK.md §4: the responder-style handler with a QPointer guard).
struct DeferredResponse {
    std::shared_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;

    void write(const QJsonObject &body, Status status) const
    {
        if (socket)
            responder->write(QJsonDocument(body), status);
    }
    bool writeRaw(const QByteArray &json) const
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return false;
        responder->write(json, "application/json", Status::Ok);
        socket->flush();
        return true;
    }
};

QJsonObject errorBody(const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), message}};
}

struct Incoming {
    models::WebhookEvent event;
    std::optional<ParsedEvent> parsed; // when checking the request already parsed it
    DeferredResponse response;
};

} // namespace

struct WebhookServer::Private {
    WebhookServer *q = nullptr;
    models::Store &store;
    WebhookSettings settings;
    QHttpServer http;
    QPointer<LimitedTcpServer> tcp;
    Counters counters;
    QElapsedTimer uptime;
    QHash<QString, TokenBucket> buckets; // per remote address
    QList<Incoming> incoming; // verified, waiting for the next group commit
    bool flushScheduled = false;
    InlineReplyHandler inlineReply;
    std::chrono::milliseconds inlineDeadline{7000};

    explicit Private(WebhookServer *owner, models::Store &s)
        : q(owner)
        , store(s)
    {
    }

    void setUpRoutes();

    // Refusals: counted, logged without secrets, answered with a JSON reason.
    void refuse(QHttpServerResponder &responder, const QHttpServerRequest &request, Status status,
                const QString &reason)
    {
        ++counters.rejected;
        const QString route = request.url().path();
        qCInfo(lcWebhook).noquote() << "refused" << request.method() << route << "from"
                                    << request.remoteAddress().toString() << "with" << int(status) << "-" << reason;
        responder.write(QJsonDocument(errorBody(reason)), status);
        Q_EMIT q->requestRejected(route, int(status), reason);
    }

    // Per-remote-address token bucket. Returns false (and answers 429) when over the limit.
    bool admit(const QHttpServerRequest &request, QHttpServerResponder &responder)
    {
        if (settings.requestsPerSecond <= 0)
            return true;
        const QString remote = request.remoteAddress().toString();
        auto it = buckets.find(remote);
        if (it == buckets.end()) {
            if (buckets.size() > 10'000)
                buckets.clear(); // many addresses: forget the idle ones rather than grow
            it = buckets.insert(remote, TokenBucket(settings.requestsPerSecond, settings.burst));
        }
        const auto wait = it->take(QDateTime::currentDateTimeUtc());
        if (!wait)
            return true;
        ++counters.rejected;
        const QByteArray seconds = QByteArray::number(std::max<qint64>(1, (wait->count() + 999) / 1000));
        responder.write(QJsonDocument(errorBody(QStringLiteral("too many requests from this address"))),
                        {{"Retry-After", seconds}}, Status::TooManyRequests);
        return false;
    }

    void accept(const QString &provider, const QString &dedupeKey, const QByteArray &headers,
                const QHttpServerRequest &request, QHttpServerResponder &&responder,
                std::optional<ParsedEvent> parsed = std::nullopt)
    {
        Incoming in;
        in.parsed = std::move(parsed);
        in.event.provider = provider;
        in.event.dedupeKey = dedupeKey;
        in.event.headers = headers;
        in.event.body = request.body();
        in.event.receivedAt = QDateTime::currentDateTimeUtc();
        in.response.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
        in.response.socket = in.response.responder->socket();
        incoming.append(std::move(in));
        if (!flushScheduled) {
            flushScheduled = true;
            QTimer::singleShot(0, q, [this] { flush(); });
        }
    }

    // The group commit: record every waiting event in one transaction, answer, then apply.
    void flush()
    {
        flushScheduled = false;
        const QList<Incoming> group = std::exchange(incoming, {});
        if (group.isEmpty())
            return;
        QList<models::WebhookEvent> events;
        events.reserve(group.size());
        for (const Incoming &in : group)
            events.append(in.event);
        const QList<models::Store::RecordResult> recorded = store.recordWebhookEvents(events);

        QList<ReceivedEvent> fresh;
        // ManyChat waits for a Dynamic Block body: answered after applying (answerManyChat).
        QList<std::pair<DeferredResponse, QString>> manychatWaiting; // response, the message's external id
        for (qsizetype i = 0; i < group.size(); ++i) {
            const models::Store::RecordResult &r = recorded.at(i);
            const DeferredResponse &response = group.at(i).response;
            if (!r.ok) {
                // Not committed: the provider must deliver it again.
                qCWarning(lcWebhook).noquote()
                    << "cannot record a" << group.at(i).event.provider << "event:" << r.error;
                response.write(errorBody(QStringLiteral("the event could not be stored; deliver it again")),
                               Status::ServiceUnavailable);
                continue;
            }
            ++counters.received;
            if (r.duplicate)
                ++counters.duplicates;
            const Incoming &in = group.at(i);
            const bool manychat = in.event.provider == QLatin1String("manychat");
            if (manychat && r.duplicate)
                (void)response.writeRaw(manychat::emptyDynamicBlock());
            else if (!manychat)
                response.write(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("duplicate"), r.duplicate}},
                               Status::Ok);
            if (!r.duplicate) {
                ReceivedEvent received{in.event, in.parsed ? *in.parsed : parseRecordedEvent(in.event)};
                received.event.id = r.id;
                if (manychat)
                    manychatWaiting.append({response,
                                            received.parsed.events.isEmpty()
                                                ? QString()
                                                : received.parsed.events.first().externalMessageId});
                fresh.append(std::move(received));
            }
        }
        // The answers go out now; applying must not hold them back.
        for (const Incoming &in : group) {
            if (in.response.socket)
                in.response.socket->flush();
        }
        if (fresh.isEmpty())
            return;
        store.setSyncCommits(false); // the raw events are on disk; applying them can be redone
        const ReplaySummary applied = ingestRecordedEvents(store, fresh);
        store.setSyncCommits(true);
        if (!applied.changes.isEmpty())
            Q_EMIT q->ingested(applied.changes);
        for (const auto &[response, externalId] : std::as_const(manychatWaiting))
            answerManyChat(response, externalId, applied.changes);
    }

    void answerManyChat(const DeferredResponse &response, const QString &externalId,
                        const QList<IngestedChange> &changes)
    {
        const auto change = std::find_if(changes.cbegin(), changes.cend(), [&externalId](const IngestedChange &c) {
            return c.event.channel == models::ChannelKind::ManyChat && c.messageId
                && c.event.externalMessageId == externalId;
        });
        if (!inlineReply || externalId.isEmpty() || change == changes.cend()) {
            (void)response.writeRaw(manychat::emptyDynamicBlock());
            return;
        }
        // Whichever comes first, the handler's answer or the deadline, answers; the other is ignored.
        auto done = std::make_shared<bool>(false);
        auto answer = [response, done](const QByteArray &body) {
            if (std::exchange(*done, true))
                return false;
            return response.writeRaw(body.isEmpty() ? manychat::emptyDynamicBlock() : body);
        };
        QTimer::singleShot(inlineDeadline, q, [answer] { answer(manychat::emptyDynamicBlock()); });
        inlineReply(change->conversationId, change->messageId, answer);
    }

    QJsonObject health() const
    {
        const models::Store::WebhookStats stats = store.webhookStats();
        QJsonObject last;
        for (auto it = stats.lastEventAt.cbegin(); it != stats.lastEventAt.cend(); ++it)
            last.insert(it.key(), it.value().toString(Qt::ISODateWithMs));
        return QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("uptime_seconds"), double(uptime.elapsed() / 1000)},
            {QStringLiteral("events"),
             QJsonObject{
                 {QStringLiteral("received"), double(counters.received)},
                 {QStringLiteral("duplicates"), double(counters.duplicates)},
                 {QStringLiteral("rejected"), double(counters.rejected)},
                 {QStringLiteral("pending"), stats.pending},
                 {QStringLiteral("applied"), stats.applied},
                 {QStringLiteral("failed"), stats.failed},
                 {QStringLiteral("ignored"), stats.ignored},
             }},
            {QStringLiteral("last_event_at"), last},
        };
    }
};

static QByteArray headersJson(std::initializer_list<std::pair<QString, QString>> headers)
{
    QJsonObject object;
    for (const auto &[name, value] : headers)
        object.insert(name, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void WebhookServer::Private::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;

    http.route(QStringLiteral("/webhooks/meta"), Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   const QUrlQuery query = request.query();
                   const QByteArray token =
                       query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
                   const QString mode = query.queryItemValue(QStringLiteral("hub.mode"));
                   if (settings.metaVerifyToken.isEmpty() || mode != QLatin1String("subscribe")
                       || !signatures::constantTimeEquals(token, settings.metaVerifyToken))
                       return refuse(responder, request, Status::Forbidden,
                                     QStringLiteral("the verify token does not match"));
                   responder.write(query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8(),
                                   "text/plain", Status::Ok);
               });

    http.route(QStringLiteral("/webhooks/meta"), Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   if (!admit(request, responder))
                       return;
                   const QByteArray signature = request.value("X-Hub-Signature-256");
                   const auto verdict = signatures::verifyMeta(settings.metaAppSecret, request.body(), signature);
                   if (!verdict.ok)
                       return refuse(responder, request, Status::Unauthorized, verdict.reason);
                   const auto inspection = meta::inspectWebhook(request.body());
                   if (!inspection.error.isEmpty())
                       return refuse(responder, request, Status::BadRequest, inspection.error);
                   accept(QStringLiteral("meta"), inspection.dedupeKey,
                          headersJson({{QStringLiteral("x-hub-signature-256"), QString::fromLatin1(signature)}}),
                          request, std::move(responder),
                          ParsedEvent{inspection.parsed.error, inspection.parsed.events});
               });

    for (const bool status : {false, true}) {
        http.route(status ? QStringLiteral("/webhooks/twilio/status") : QStringLiteral("/webhooks/twilio"),
                   Method::Post, [this, status](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       if (!admit(request, responder))
                           return;
                       const auto fields = signatures::parseForm(request.body());
                       if (!fields)
                           return refuse(responder, request, Status::BadRequest,
                                         QStringLiteral("the body is not application/x-www-form-urlencoded data"));
                       // The URL Twilio called: the relay's public base, then the path and query as received.
                       QString url;
                       if (!settings.publicUrl.isEmpty()) {
                           QString base = settings.publicUrl;
                           while (base.endsWith(QLatin1Char('/')))
                               base.chop(1);
                           url = base + request.url().path(QUrl::FullyEncoded);
                           if (request.url().hasQuery())
                               url += QLatin1Char('?') + request.url().query(QUrl::FullyEncoded);
                       }
                       const QByteArray signature = request.value("X-Twilio-Signature");
                       const auto verdict = signatures::verifyTwilio(settings.twilioAuthToken, url, *fields, signature);
                       if (!verdict.ok)
                           return refuse(responder, request, Status::Unauthorized, verdict.reason);
                       const auto inspection = twilio::inspectWebhook(*fields, status);
                       if (!inspection.error.isEmpty())
                           return refuse(responder, request, Status::BadRequest, inspection.error);
                       accept(status ? QStringLiteral("twilio_status") : QStringLiteral("twilio"), inspection.dedupeKey,
                              headersJson({{QStringLiteral("x-twilio-signature"), QString::fromLatin1(signature)},
                                           {QStringLiteral("url"), url}}),
                              request, std::move(responder));
                   });
    }

    http.route(
        QStringLiteral("/webhooks/sendgrid"), Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (!admit(request, responder))
                return;
            QByteArray presented = request.query().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
            const QByteArray authorization = request.value("Authorization");
            if (presented.isEmpty() && authorization.startsWith("Basic ")) {
                const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
                presented = credentials.mid(credentials.indexOf(':') + 1);
            }
            if (settings.sendgridToken.isEmpty())
                return refuse(responder, request, Status::Unauthorized,
                              QStringLiteral("no SendGrid token is configured"));
            if (presented.isEmpty())
                return refuse(responder, request, Status::Unauthorized,
                              QStringLiteral("missing token (?token= or basic auth)"));
            if (!signatures::constantTimeEquals(presented, settings.sendgridToken))
                return refuse(responder, request, Status::Unauthorized, QStringLiteral("the token does not match"));
            const QByteArray contentType = request.value("Content-Type");
            const auto inspection = email::inspectInboundParse(contentType, request.body());
            if (!inspection.error.isEmpty())
                return refuse(responder, request, Status::BadRequest, inspection.error);
            accept(QStringLiteral("sendgrid"), inspection.dedupeKey,
                   headersJson({{QStringLiteral("content-type"), QString::fromLatin1(contentType)}}), request,
                   std::move(responder));
        });

    http.route(
        QStringLiteral("/webhooks/manychat"), Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (!admit(request, responder))
                return;
            const QByteArray token = request.value("X-Wasel-Token");
            if (settings.manychatSecret.isEmpty())
                return refuse(responder, request, Status::Unauthorized,
                              QStringLiteral("no ManyChat secret is configured"));
            if (token.isEmpty())
                return refuse(responder, request, Status::Unauthorized, QStringLiteral("missing X-Wasel-Token header"));
            if (!signatures::constantTimeEquals(token, settings.manychatSecret))
                return refuse(responder, request, Status::Unauthorized, QStringLiteral("X-Wasel-Token does not match"));
            const auto inspection = manychat::inspectExternalRequest(request.body());
            if (!inspection.error.isEmpty())
                return refuse(responder, request, Status::BadRequest, inspection.error);
            accept(QStringLiteral("manychat"), inspection.dedupeKey, QByteArray("{}"), request, std::move(responder));
        });

    installLocalApi(http, store, [this] { return settings.apiToken; });

    http.route(QStringLiteral("/health"), Method::Get,
               [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                   responder.write(QJsonDocument(health()), Status::Ok);
               });

    http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        responder.write(QJsonDocument(errorBody(QStringLiteral("no such route: %1").arg(request.url().path()))),
                        Status::NotFound);
    });
}

WebhookServer::WebhookServer(models::Store &store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, store))
{
    d->uptime.start();
    d->setUpRoutes();
}

WebhookServer::~WebhookServer() = default;

void WebhookServer::setSettings(const WebhookSettings &settings)
{
    d->settings = settings;
    d->buckets.clear();
}

const WebhookSettings &WebhookServer::settings() const
{
    return d->settings;
}

bool WebhookServer::listen(QString *error)
{
    if (d->tcp && d->tcp->isListening())
        return true;
    auto *tcp = new LimitedTcpServer(d->settings.maxBodyBytes, this);
    connect(tcp, &LimitedTcpServer::rejected, this, [this](const QString &reason) {
        ++d->counters.rejected;
        qCInfo(lcWebhook).noquote() << "refused a request:" << reason;
        Q_EMIT requestRejected(QString(), 413, reason);
    });
    if (!tcp->listen(d->settings.address, d->settings.port)) {
        if (error)
            *error = tr("Cannot listen on %1:%2: %3")
                         .arg(d->settings.address.toString())
                         .arg(d->settings.port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    d->http.bind(tcp); // the HTTP server takes ownership
    d->tcp = tcp;
    return true;
}

void WebhookServer::close()
{
    if (d->tcp)
        d->tcp->close();
}

bool WebhookServer::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

quint16 WebhookServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

void WebhookServer::setInlineReplyHandler(InlineReplyHandler handler, std::chrono::milliseconds deadline)
{
    d->inlineReply = std::move(handler);
    d->inlineDeadline = deadline;
}

WebhookServer::Counters WebhookServer::counters() const
{
    return d->counters;
}

} // namespace wasel::channels
