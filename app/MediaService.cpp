#include "MediaService.h"

#include "domain/Phone.h"
#include "store/Store.h"
#include "twilio/TwilioSendConnector.h"
#include "whatsapp/CloudSendConnector.h"
#include "whatsapp/MediaClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wasel::app {

using channels::SendResult;
using models::ChannelKind;
using models::MediaTarget;

namespace {

constexpr int MaxInFlight = 2;

QString accountKey(ChannelKind kind, const QString &id)
{
    return models::toString(kind) + u'/' + id;
}

// Why a download of this kind of attachment failed, as a whole sentence.
QString notDownloaded(models::MessageKind kind, const QString &reason)
{
    switch (kind) {
    case models::MessageKind::Image:
        return MediaService::tr("The photo could not be downloaded: %1").arg(reason);
    case models::MessageKind::Video:
        return MediaService::tr("The video could not be downloaded: %1").arg(reason);
    case models::MessageKind::Audio:
        return MediaService::tr("The voice message could not be downloaded: %1").arg(reason);
    case models::MessageKind::Sticker:
        return MediaService::tr("The sticker could not be downloaded: %1").arg(reason);
    default:
        return MediaService::tr("The file could not be downloaded: %1").arg(reason);
    }
}

} // namespace

struct MediaService::Private {
    MediaService *q = nullptr;
    models::Store *store = nullptr;
    QNetworkAccessManager *network = nullptr;
    QString mediaDir;
    channels::ApiEndpoint graph = channels::CloudSendConnector::defaultEndpoint();
    std::chrono::milliseconds retryDelay = std::chrono::seconds(30);
    QHash<QString, QString> tokens; // "whatsapp/phone number id"
    QHash<QString, QUrl> apiBases;
    QHash<QString, channels::TwilioCredentials> twilio; // "twilio_whatsapp/+E.164"
    QList<MediaTarget> waiting;
    QSet<qint64> known; // waiting, under way or due for a retry: never twice at once
    QHash<qint64, int> attempts; // this run's
    int inFlight = 0;

    void pump();
    void start(const MediaTarget &target);
    void onResult(const MediaTarget &target, const SendResult &status, const channels::MediaFile &file);
    void settle(const MediaTarget &target, bool ok, const QString &error, bool permanent);
};

MediaService::MediaService(models::Store *store, QNetworkAccessManager *network, const QString &mediaDir,
                           QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->store = store;
    d->network = network;
    d->mediaDir = mediaDir;
}

MediaService::~MediaService() = default;

QString MediaService::errorKey(qint64 attachmentId)
{
    return QStringLiteral("media_error/%1").arg(attachmentId);
}

void MediaService::configure(const ChannelsConfig &channels, SecretLookup secrets)
{
    d->tokens.clear();
    d->apiBases.clear();
    d->twilio.clear();
    for (const ChannelConfig &account : channels.channels) {
        const QString secret = secrets ? secrets(account) : QString();
        if (account.kind == ChannelKind::WhatsApp) {
            const QString key = accountKey(account.kind, account.externalId);
            d->tokens.insert(key, secret);
            if (account.apiBase.isValid() && !account.apiBase.isEmpty())
                d->apiBases.insert(key, account.apiBase);
        } else if (account.kind == ChannelKind::TwilioWhatsApp) {
            // As Delivery sends: the account SID, or an API key, with its secret.
            const QString sid = account.ids.value(QStringLiteral("account_sid"));
            const QString keySid = account.ids.value(QStringLiteral("api_key_sid"));
            d->twilio.insert(accountKey(account.kind, models::normalizePhone(account.externalId)),
                             channels::TwilioCredentials{sid, keySid.isEmpty() ? sid : keySid, secret});
        }
    }
}

void MediaService::setApiVersion(const QString &version)
{
    d->graph.version = version;
}

void MediaService::setTimeout(std::chrono::milliseconds timeout)
{
    d->graph.timeout = timeout;
}

void MediaService::setRetryDelay(std::chrono::milliseconds delay)
{
    d->retryDelay = delay;
}

int MediaService::queued() const
{
    return int(d->known.size());
}

void MediaService::onCustomerMessage(qint64 conversationId, qint64 messageId)
{
    Q_UNUSED(conversationId)
    for (const MediaTarget &target : d->store->mediaToDownload(messageId))
        enqueue(target);
}

void MediaService::sweep(int limit)
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-SweepDays);
    for (const MediaTarget &target : d->store->mediaDue(since, limit)) {
        const QJsonObject failure =
            QJsonDocument::fromJson(d->store->setting(errorKey(target.attachmentId)).toUtf8()).object();
        if (!failure.value(QLatin1String("final")).toBool())
            enqueue(target);
    }
}

void MediaService::enqueue(const MediaTarget &target)
{
    if (d->known.contains(target.attachmentId))
        return;
    d->known.insert(target.attachmentId);
    d->waiting.append(target);
    d->pump();
}

void MediaService::Private::pump()
{
    while (!waiting.isEmpty() && inFlight < MaxInFlight) {
        const MediaTarget target = waiting.takeFirst();
        ++inFlight;
        ++attempts[target.attachmentId];
        start(target);
    }
}

void MediaService::Private::start(const MediaTarget &target)
{
    // One name per attachment and source: nothing a provider sends ends up in a path.
    const QByteArray source =
        QCryptographicHash::hash((target.mediaId + u'|' + target.url).toUtf8(), QCryptographicHash::Sha1);
    const QString stem =
        QStringLiteral("%1-%2").arg(target.attachmentId).arg(QString::fromLatin1(source.toHex().left(12)));
    QPointer<MediaService> guard(q);
    auto done = [this, guard, target](const SendResult &status, const channels::MediaFile &file) {
        if (guard)
            onResult(target, status, file);
    };
    if (target.channel == ChannelKind::WhatsApp) {
        const QString key = accountKey(target.channel, target.accountExternalId);
        channels::ApiEndpoint e = graph;
        if (const QUrl base = apiBases.value(key); base.isValid() && !base.isEmpty())
            e.baseUrl = base;
        channels::MediaClient client(network, e);
        // Newer webhooks may carry a url; the media id is what the documented endpoint takes.
        client.fetchCloudMedia(target.mediaId, tokens.value(key), mediaDir, stem, done);
    } else {
        const auto credentials =
            twilio.value(accountKey(target.channel, models::normalizePhone(target.accountExternalId)));
        channels::MediaClient(network, graph)
            .fetchTwilioMedia(QUrl(target.url, QUrl::StrictMode), credentials, mediaDir, stem, done);
    }
}

void MediaService::Private::onResult(const MediaTarget &target, const SendResult &status,
                                     const channels::MediaFile &file)
{
    --inFlight;
    // After the callback has returned: a new request is not started from inside the old one's.
    QTimer::singleShot(0, q, [this] { pump(); });
    if (status.outcome == SendResult::Outcome::Sent) {
        if (!store->saveAttachmentFile(target.attachmentId, file.path, file.mimeType, file.size)) {
            QFile::remove(file.path);
            return settle(target, false, store->lastError().message, false);
        }
        qCInfo(lcWhatsAppMedia).noquote() << "attachment" << target.attachmentId << "stored as" << file.path;
        return settle(target, true, QString(), false);
    }
    const QString error = notDownloaded(target.kind, status.error);
    const int tried = attempts.value(target.attachmentId);
    if (status.outcome == SendResult::Outcome::Retry && tried < MaxAttempts) {
        // 1×, then 4× the delay, or what the provider asked for if that is longer.
        auto delay = retryDelay * (tried == 1 ? 1 : 4);
        if (status.retryAfter)
            delay = std::max<std::chrono::milliseconds>(delay, *status.retryAfter);
        qCWarning(lcWhatsAppMedia).noquote()
            << "attachment" << target.attachmentId << "attempt" << tried << "failed, retrying:" << status.error;
        QPointer<MediaService> guard(q);
        QTimer::singleShot(delay, q, [this, guard, target] {
            if (!guard)
                return;
            waiting.append(target);
            pump();
        });
        return;
    }
    settle(target, false, error, status.outcome == SendResult::Outcome::Fail);
}

void MediaService::Private::settle(const MediaTarget &target, bool ok, const QString &error, bool permanent)
{
    known.remove(target.attachmentId);
    attempts.remove(target.attachmentId);
    const QString key = MediaService::errorKey(target.attachmentId);
    if (ok) {
        if (!store->setting(key).isEmpty())
            store->setSetting(key, QString()); // an earlier failure is no longer true
    } else {
        qCWarning(lcWhatsAppMedia).noquote() << "attachment" << target.attachmentId << "not stored:" << error;
        const QJsonObject record{{QStringLiteral("error"), error},
                                 {QStringLiteral("final"), permanent},
                                 {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        store->setSetting(key, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    }
    Q_EMIT q->mediaSettled(target.attachmentId, ok, error);
}

} // namespace wasel::app
