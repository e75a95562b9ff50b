#include "MediaClient.h"

#include "twilio/TwilioSendConnector.h"
#include "whatsapp/CloudSendConnector.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWhatsAppMedia, "wasel.channels.whatsapp")

namespace wasel::channels {

using Json = nlohmann::json;

namespace {

struct WhatsAppMedia {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::WhatsAppMedia)
};

using Verdict = std::function<SendResult(const HttpResponse &)>;

constexpr qsizetype MaxErrorBody = 64 * 1024; // enough for any error envelope

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString bareMimeType(const QByteArray &contentType)
{
    return QString::fromLatin1(
               contentType.left(contentType.indexOf(';') < 0 ? contentType.size() : contentType.indexOf(';')))
        .trimmed()
        .toLower();
}

// What one download needs, kept across its redirects.
struct Job {
    QNetworkAccessManager *network = nullptr;
    QByteArray authorization; // sent only to authOrigin: a storage host behind a redirect never sees it
    QUrl authOrigin;
    QString directory;
    QString stem;
    QString fallbackMime; // the media endpoint's mime_type, for an answer without a useful Content-Type
    std::chrono::milliseconds timeout{};
    Verdict verdict;
    MediaClient::Done done;
};

void download(std::shared_ptr<const Job> job, const QUrl &url, int redirectsLeft)
{
    if (!MediaClient::isAllowedUrl(url))
        return job->done(SendResult::fail(WhatsAppMedia::tr("The media address is not a secure web address: %1")
                                              .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))),
                         {});
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!job->authorization.isEmpty() && sameOrigin(url, job->authOrigin))
        request.setRawHeader("Authorization", job->authorization);
    QNetworkReply *reply = job->network->get(request);
    auto *file = new QSaveFile(reply); // discarded with the reply unless committed
    struct State {
        bool started = false, success = false, timedOut = false, tooLarge = false, writeFailed = false;
        QString mimeType;
        QByteArray errorBody;
        qint64 received = 0;
    };
    auto state = std::make_shared<State>();
    auto *timer = new QTimer(reply); // a deadline without progress: large files may take long, silence not
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(job->timeout);
    auto begin = [reply, file, state, job] {
        if (state->started)
            return;
        state->started = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        state->success = status >= 200 && status < 300;
        if (!state->success)
            return;
        const QByteArray length = reply->rawHeader("Content-Length");
        if (!length.isEmpty() && length.trimmed().toLongLong() > MediaClient::MaxBytes) {
            state->tooLarge = true;
            return reply->abort();
        }
        state->mimeType = bareMimeType(reply->rawHeader("Content-Type"));
        if ((state->mimeType.isEmpty() || state->mimeType == QLatin1String("application/octet-stream"))
            && !job->fallbackMime.isEmpty())
            state->mimeType = job->fallbackMime;
        if (!QDir().mkpath(job->directory)) {
            state->writeFailed = true;
            return reply->abort();
        }
        file->setFileName(QDir(job->directory).filePath(job->stem + u'.' + MediaClient::extensionFor(state->mimeType)));
        if (!file->open(QIODevice::WriteOnly)) {
            state->writeFailed = true;
            reply->abort();
        }
    };
    auto read = [reply, file, state, timer, begin] {
        begin();
        timer->start();
        const QByteArray chunk = reply->readAll();
        if (!state->success) {
            state->errorBody += chunk.left(std::max<qsizetype>(0, MaxErrorBody - state->errorBody.size()));
            return;
        }
        if (state->tooLarge || state->writeFailed)
            return;
        state->received += chunk.size();
        if (state->received > MediaClient::MaxBytes) {
            state->tooLarge = true;
            return reply->abort();
        }
        if (file->write(chunk) != chunk.size()) {
            state->writeFailed = true;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, begin);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, read);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, file, state, job, url, redirectsLeft, read] {
        reply->deleteLater();
        if (reply->isOpen() && !state->tooLarge && !state->writeFailed)
            read();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        if (status >= 300 && status < 400 && !location.isEmpty()) {
            if (redirectsLeft <= 0)
                return job->done(SendResult::fail(WhatsAppMedia::tr("The media address redirects too often.")), {});
            return download(job, url.resolved(QUrl::fromEncoded(location)), redirectsLeft - 1);
        }
        if (state->tooLarge)
            return job->done(
                SendResult::fail(
                    WhatsAppMedia::tr("The file is larger than %1 MB.").arg(MediaClient::MaxBytes / (1024 * 1024))),
                {});
        if (state->writeFailed)
            return job->done(
                SendResult::retry(WhatsAppMedia::tr("The file cannot be saved: %1").arg(file->errorString())), {});
        if (state->success && reply->error() == QNetworkReply::NoError && !state->timedOut) {
            if (state->received == 0)
                return job->done(SendResult::fail(WhatsAppMedia::tr("The provider sent an empty file.")), {});
            if (!file->commit())
                return job->done(
                    SendResult::retry(WhatsAppMedia::tr("The file cannot be saved: %1").arg(file->errorString())), {});
            return job->done(SendResult::sent(QString()), {file->fileName(), state->mimeType, state->received});
        }
        HttpResponse response;
        response.status = status;
        response.body = state->errorBody;
        response.headers = reply->rawHeaderPairs();
        response.networkError = reply->error();
        response.networkErrorText = reply->errorString();
        response.timedOut = state->timedOut;
        job->done(job->verdict(response), {});
    });
}

} // namespace

MediaClient::MediaClient(QNetworkAccessManager *network, const ApiEndpoint &graph)
    : m_network(network)
    , m_graph(graph)
{
}

QString MediaClient::extensionFor(const QString &mimeType)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]{1,8}$"));
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    const QString suffix = type.isValid() ? type.preferredSuffix().toLower() : QString();
    return safe.match(suffix).hasMatch() ? suffix : QStringLiteral("bin");
}

bool MediaClient::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback());
}

void MediaClient::fetchCloudMedia(const QString &mediaId, const QString &token, const QString &directory,
                                  const QString &stem, Done done)
{
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (!validId.match(mediaId).hasMatch())
        return done(SendResult::fail(WhatsAppMedia::tr("The message names no media to download.")), {});
    if (token.isEmpty())
        return done(SendResult::fail(WhatsAppMedia::tr("No access token for this WhatsApp number: add it on the "
                                                       "Channels page.")),
                    {});
    QUrl url = m_graph.baseUrl;
    url.setPath(QStringLiteral("/%1/%2").arg(m_graph.version, mediaId));
    QNetworkRequest request(url);
    const QByteArray authorization = "Bearer " + token.toUtf8();
    request.setRawHeader("Authorization", authorization);
    httpCall(m_network, request, "GET", QByteArray(), m_graph.timeout,
             [network = m_network, timeout = m_graph.timeout, authorization, directory, stem,
              done = std::move(done)](const HttpResponse &r) {
                 if (!r.isSuccess())
                     return done(CloudSendConnector::verdict(r), {});
                 const Json answer =
                     Json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
                 const QUrl location = answer.is_object() && answer.value("url", Json()).is_string()
                     ? QUrl(QString::fromStdString(answer["url"].get<std::string>()))
                     : QUrl();
                 if (location.isEmpty())
                     return done(SendResult::fail(WhatsAppMedia::tr("WhatsApp gave no address for this media.")), {});
                 // file_size is a string in Meta's answers, a number in some SDKs' typings.
                 const Json size = answer.value("file_size", Json());
                 const qint64 bytes = size.is_number() ? size.get<qint64>()
                     : size.is_string()                ? QByteArray::fromStdString(size.get<std::string>()).toLongLong()
                                                       : 0;
                 if (bytes > MaxBytes)
                     return done(SendResult::fail(
                                     WhatsAppMedia::tr("The file is larger than %1 MB.").arg(MaxBytes / (1024 * 1024))),
                                 {});
                 auto job = std::make_shared<Job>();
                 job->network = network;
                 job->authorization = authorization; // the media URL wants the same token
                 job->authOrigin = location;
                 job->directory = directory;
                 job->stem = stem;
                 job->fallbackMime = QString::fromStdString(answer.value("mime_type", std::string()));
                 job->timeout = timeout;
                 job->verdict = &CloudSendConnector::verdict;
                 job->done = done;
                 download(job, location, MaxRedirects);
             });
}

void MediaClient::fetchTwilioMedia(const QUrl &url, const TwilioCredentials &credentials, const QString &directory,
                                   const QString &stem, Done done)
{
    if (!credentials.isValid())
        return done(SendResult::fail(WhatsAppMedia::tr("No Twilio credentials for this sender: add them on the "
                                                       "Channels page.")),
                    {});
    auto job = std::make_shared<Job>();
    job->network = m_network;
    job->authorization = credentials.basicAuthorization();
    job->authOrigin = url; // Twilio's API host; the storage it redirects to gets no credentials
    job->directory = directory;
    job->stem = stem;
    job->timeout = m_graph.timeout;
    job->verdict = &TwilioSendConnector::verdict;
    job->done = std::move(done);
    download(job, url, MaxRedirects);
}

} // namespace wasel::channels
