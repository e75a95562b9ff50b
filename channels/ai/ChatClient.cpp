#include "ChatClient.h"

#include "SseParser.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace wasel::channels {

using Json = nlohmann::json;

namespace {

constexpr double MaxRetryAfterSeconds = 120.0;

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString stringAt(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QByteArray headerOf(const QList<QNetworkReply::RawHeaderPair> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// {"error": {"message", "type", "code"}} as one sentence.
QString errorText(int status, const QByteArray &body)
{
    const Json root = parse(body);
    const Json error = root.is_object() ? root.value("error", Json()) : Json();
    const QString message = error.is_object() ? stringAt(error, "message") : QString();
    const QString code = error.is_object() ? stringAt(error, "code") : QString();
    if (status == 401)
        return ChatClient::tr("The AI service refused the API key (HTTP 401): check the key in Settings.");
    if (code == QLatin1String("insufficient_quota"))
        return ChatClient::tr("The AI account has no quota left: %1").arg(message);
    if (!message.isEmpty())
        return ChatClient::tr("The AI service answered HTTP %1: %2").arg(status).arg(message);
    return ChatClient::tr("The AI service answered HTTP %1").arg(status);
}

} // namespace

struct ChatClient::Attempt {
    ChatRequest request;
    std::function<void(const QString &)> onDelta;
    std::function<void(const ChatResult &)> done;
    int number = 0; // 1-based
    QString content;
    QString finishReason;
    QString streamError;
    bool delivered = false; // a fragment reached onDelta: no retry any more
    bool sawDone = false;
};

ChatClient::ChatClient(QNetworkAccessManager *network, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

QByteArray ChatClient::requestBody(const ChatRequest &request) const
{
    Json messages = Json::array();
    for (const ChatMessage &m : request.messages)
        messages.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    Json body = {{"model", m_settings.model.toStdString()},
                 {"messages", messages},
                 {"temperature", request.temperature},
                 {"max_tokens", request.maxTokens},
                 {"stream", request.stream}};
    return QByteArray::fromStdString(body.dump());
}

void ChatClient::complete(const ChatRequest &request, std::function<void(const QString &)> onDelta,
                          std::function<void(const ChatResult &)> done)
{
    if (!m_settings.isValid())
        return done({false, {}, {}, tr("No AI endpoint is configured (base URL and model)."), 0});
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->onDelta = std::move(onDelta);
    attempt->done = std::move(done);
    start(attempt);
}

void ChatClient::start(std::shared_ptr<Attempt> attempt)
{
    attempt->number += 1;
    attempt->content.clear();
    attempt->finishReason.clear();
    attempt->streamError.clear();
    attempt->sawDone = false;

    QUrl url = m_settings.baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/chat/completions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    if (attempt->request.stream)
        request.setRawHeader("Accept", "text/event-stream");

    QNetworkReply *reply = m_network->post(request, requestBody(attempt->request));
    auto *watchdog = new QTimer(reply);
    watchdog->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(watchdog, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    watchdog->start(m_settings.firstByteTimeout);
    auto parser = std::make_shared<SseParser>();

    connect(reply, &QNetworkReply::readyRead, this, [this, reply, watchdog, parser, attempt] {
        watchdog->start(m_settings.idleTimeout); // silence between chunks is bounded too
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool eventStream =
            reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/event-stream"));
        if (!attempt->request.stream || status < 200 || status >= 300 || !eventStream)
            return; // read whole at the end
        for (const SseEvent &event : parser->feed(reply->readAll())) {
            if (event.data.startsWith("[DONE]")) {
                attempt->sawDone = true;
                continue;
            }
            const Json chunk = parse(event.data);
            if (!chunk.is_object())
                continue;
            if (chunk.contains("error")) {
                const Json &e = chunk["error"];
                attempt->streamError = e.is_object() ? stringAt(e, "message") : QString::fromStdString(e.dump());
                continue;
            }
            const Json choices = chunk.value("choices", Json::array());
            if (!choices.is_array() || choices.empty() || !choices[0].is_object())
                continue;
            const Json &choice = choices[0];
            if (choice.value("finish_reason", Json()).is_string())
                attempt->finishReason = stringAt(choice, "finish_reason");
            const Json delta = choice.value("delta", Json());
            const QString fragment = delta.is_object() ? stringAt(delta, "content") : QString();
            if (fragment.isEmpty())
                continue;
            attempt->content += fragment;
            attempt->delivered = true;
            if (attempt->onDelta)
                attempt->onDelta(fragment);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut, attempt] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
        const QString networkError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        const auto headers = reply->rawHeaderPairs();
        const bool eventStream =
            reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/event-stream"));
        reply->deleteLater();
        // A streamed answer was consumed in readyRead; anything else is read whole here.
        finishAttempt(attempt, status,
                      attempt->request.stream && eventStream && status >= 200 && status < 300 ? QByteArray() : rest,
                      headers, networkError, *timedOut);
    });
}

void ChatClient::finishAttempt(std::shared_ptr<Attempt> attempt, int status, const QByteArray &body,
                               const QList<QNetworkReply::RawHeaderPair> &headers, const QString &networkError,
                               bool timedOut)
{
    auto fail = [&](const QString &error) {
        attempt->done({false, attempt->content, attempt->finishReason, error, attempt->number});
    };
    if (status >= 200 && status < 300 && !timedOut && (networkError.isEmpty() || attempt->sawDone)) {
        if (!attempt->request.stream || !body.isEmpty()) {
            // A plain reply (or a server that ignored "stream": true).
            const Json root = parse(body);
            const Json choices = root.is_object() ? root.value("choices", Json::array()) : Json::array();
            if (!choices.is_array() || choices.empty() || !choices[0].is_object())
                return fail(tr("The AI service sent a reply Wasel cannot read."));
            const Json message = choices[0].value("message", Json());
            attempt->content = message.is_object() ? stringAt(message, "content") : QString();
            attempt->finishReason = stringAt(choices[0], "finish_reason");
        }
        if (!attempt->streamError.isEmpty())
            return fail(tr("The AI service stopped with an error: %1").arg(attempt->streamError));
        if (attempt->content.trimmed().isEmpty())
            return fail(tr("The AI service sent an empty reply."));
        return attempt->done({true, attempt->content, attempt->finishReason, QString(), attempt->number});
    }

    // Decide whether to try again (only if nothing reached the reader yet).
    QString error;
    bool retryable = false;
    double delay = -1;
    if (timedOut) {
        error = tr("The AI service did not answer in time.");
        retryable = true;
    } else if (status == 0) {
        error = tr("Cannot reach the AI service: %1").arg(networkError);
        retryable = true;
    } else {
        error = errorText(status, body);
        const Json root = parse(body);
        const QString code =
            root.is_object() && root.value("error", Json()).is_object() ? stringAt(root["error"], "code") : QString();
        retryable = (status == 408 || status == 409 || status == 429 || status >= 500)
            && code != QLatin1String("insufficient_quota");
        const QByteArray shouldRetry = headerOf(headers, "x-should-retry");
        if (shouldRetry == "true")
            retryable = true;
        else if (shouldRetry == "false")
            retryable = false;
        bool ok = false;
        if (const double ms = headerOf(headers, "retry-after-ms").toDouble(&ok); ok)
            delay = ms / 1000.0;
        else if (const double s = headerOf(headers, "retry-after").toDouble(&ok); ok)
            delay = s;
        if (delay > MaxRetryAfterSeconds)
            retryable = false; // the server asks for a long pause: give the reason to staff now
    }
    if (!retryable || attempt->delivered || attempt->number > m_settings.maxRetries)
        return fail(error);
    if (delay <= 0) {
        const double backoff = std::min(0.5 * std::pow(2.0, attempt->number - 1), 8.0);
        delay = backoff * (1.0 - 0.25 * m_random());
    }
    QTimer::singleShot(std::chrono::milliseconds(qint64(delay * 1000)), this, [this, attempt] { start(attempt); });
}

} // namespace wasel::channels
