#include "ProfileService.h"

#include "common/Backoff.h"
#include "meta/GraphProfileClient.h"
#include "meta/GraphSendConnector.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

namespace wasel::app {

using channels::SendResult;
using models::ChannelKind;

namespace {

constexpr int MaxInFlight = 2;
constexpr int AvatarSide = 160; // pixels kept on disk: the list draws 40, the header 44, at up to 3x

QString accountKey(ChannelKind kind, const QString &id)
{
    return models::toString(kind) + u'/' + id;
}

QDateTime later(const QDateTime &now, std::chrono::seconds after)
{
    return now.addSecs(after.count());
}

} // namespace

struct ProfileService::Private {
    ProfileService *q = nullptr;
    models::Store *store = nullptr;
    QNetworkAccessManager *network = nullptr;
    QString avatarDir;
    Clock clock;
    channels::ApiEndpoint endpoint = channels::GraphSendConnector::defaultEndpoint();
    QHash<QString, QString> tokens; // "kind/account id"
    QHash<QString, QUrl> apiBases;
    QList<qint64> waiting; // identity ids, in order
    QSet<qint64> known; // waiting or under way: never twice at once
    int inFlight = 0;
    // Meta allows far more; a sweep over hundreds of old customers still arrives as a trickle.
    channels::TokenBucket bucket{2, 4};
    QDateTime pausedUntil; // real time: Meta asked us to wait
    QTimer timer;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
    void pump();
    void start(const models::ProfileTarget &target, const QString &token);
    void onProfile(const models::ProfileTarget &target, const channels::ApiEndpoint &endpoint, const SendResult &status,
                   const channels::GraphProfile &profile);
    void onPicture(const models::ProfileTarget &target, const channels::GraphProfile &profile, const SendResult &status,
                   const QByteArray &bytes);
    void fail(const models::ProfileTarget &target, const SendResult &status);
    // Writes the picture into avatarDir; the file's path, or empty with *error set.
    QString storePicture(const models::ProfileTarget &target, const QByteArray &bytes, QString *error) const;
    // started: a request was made (it no longer counts against the concurrency cap).
    void finish(qint64 identityId, bool ok, const QString &error, bool started = true);
};

ProfileService::ProfileService(models::Store *store, QNetworkAccessManager *network, const QString &avatarDir,
                               Clock clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->store = store;
    d->network = network;
    d->avatarDir = avatarDir;
    d->clock = std::move(clock);
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->pump(); });
}

ProfileService::~ProfileService() = default;

void ProfileService::configure(const ChannelsConfig &channels, SecretLookup secrets)
{
    d->tokens.clear();
    d->apiBases.clear();
    for (const ChannelConfig &account : channels.channels) {
        if (account.kind != ChannelKind::Messenger && account.kind != ChannelKind::Instagram)
            continue;
        const QString key = accountKey(account.kind, account.externalId);
        d->tokens.insert(key, secrets ? secrets(account) : QString());
        if (account.apiBase.isValid() && !account.apiBase.isEmpty())
            d->apiBases.insert(key, account.apiBase);
    }
}

void ProfileService::setApiVersion(const QString &version)
{
    d->endpoint.version = version;
}

void ProfileService::setTimeout(std::chrono::milliseconds timeout)
{
    d->endpoint.timeout = timeout;
}

int ProfileService::queued() const
{
    return int(d->known.size());
}

int ProfileService::inFlight() const
{
    return d->inFlight;
}

void ProfileService::onCustomerMessage(qint64 conversationId)
{
    const auto target = d->store->profileTargetOf(conversationId);
    if (!target || (target->retryAt.isValid() && target->retryAt > d->now()))
        return;
    enqueue(target->identityId);
}

void ProfileService::sweep(int limit)
{
    for (const models::ProfileTarget &target : d->store->profilesDue(d->now(), limit))
        enqueue(target.identityId);
}

void ProfileService::enqueue(qint64 identityId)
{
    if (d->known.contains(identityId))
        return;
    d->known.insert(identityId);
    d->waiting.append(identityId);
    d->pump();
}

void ProfileService::Private::pump()
{
    while (!waiting.isEmpty() && inFlight < MaxInFlight) {
        const QDateTime realNow = QDateTime::currentDateTimeUtc();
        if (pausedUntil.isValid() && realNow < pausedUntil) {
            timer.start(std::chrono::milliseconds(realNow.msecsTo(pausedUntil)));
            return;
        }
        const qint64 id = waiting.first();
        const auto target = store->profileTarget(id);
        if (!target || target->accountExternalId.isEmpty()) {
            waiting.removeFirst();
            finish(id, false, QStringLiteral("no longer a Messenger or Instagram identity with a conversation"), false);
            continue;
        }
        const QString token = tokens.value(accountKey(target->channel, target->accountExternalId));
        if (token.isEmpty()) {
            // No request is made, so this costs Meta nothing; it is recorded so the next message does
            // not look again at once.
            waiting.removeFirst();
            const QString error = ProfileService::tr("No access token for %1 account %2: add it on the Channels page.")
                                      .arg(models::channelDisplayName(target->channel), target->accountExternalId);
            qCWarning(lcMetaProfiles).noquote()
                << "profile of" << models::toString(target->channel) << target->externalId << "not fetched:" << error;
            store->recordProfileError(id, error, later(now(), AfterRefusal));
            finish(id, false, error, false);
            continue;
        }
        if (const auto wait = bucket.take(realNow)) {
            timer.start(std::max(*wait, std::chrono::milliseconds(1)));
            return;
        }
        waiting.removeFirst();
        ++inFlight;
        start(*target, token);
    }
}

void ProfileService::Private::start(const models::ProfileTarget &target, const QString &token)
{
    channels::ApiEndpoint e = endpoint;
    if (const QUrl base = apiBases.value(accountKey(target.channel, target.accountExternalId)); base.isValid())
        e.baseUrl = base;
    QPointer<ProfileService> guard(q);
    channels::GraphProfileClient(network, e)
        .fetchProfile(target.channel, target.externalId, token,
                      [this, guard, target, e](const SendResult &status, const channels::GraphProfile &profile) {
                          if (guard)
                              onProfile(target, e, status, profile);
                      });
}

void ProfileService::Private::onProfile(const models::ProfileTarget &target, const channels::ApiEndpoint &e,
                                        const SendResult &status, const channels::GraphProfile &profile)
{
    if (status.outcome != SendResult::Outcome::Sent)
        return fail(target, status);
    if (profile.pictureUrl.isEmpty())
        return onPicture(target, profile, SendResult::sent(QString()), QByteArray());
    QPointer<ProfileService> guard(q);
    channels::GraphProfileClient(network, e)
        .fetchPicture(profile.pictureUrl,
                      [this, guard, target, profile](const SendResult &picture, const QByteArray &bytes) {
                          if (guard)
                              onPicture(target, profile, picture, bytes);
                      });
}

void ProfileService::Private::onPicture(const models::ProfileTarget &target, const channels::GraphProfile &profile,
                                        const SendResult &status, const QByteArray &bytes)
{
    const QDateTime at = now();
    models::ProfileUpdate update;
    update.name = profile.name.isEmpty() ? profile.username : profile.name;
    update.username = profile.username;
    update.avatarUrl = profile.pictureUrl.toString();
    QString error;
    if (profile.pictureUrl.isEmpty()) {
        update.avatarPath = QString(); // no picture any more: initials
    } else if (status.outcome != SendResult::Outcome::Sent) {
        error = ProfileService::tr("The profile picture could not be downloaded: %1").arg(status.error);
    } else if (const QString path = storePicture(target, bytes, &error); !path.isEmpty()) {
        update.avatarPath = path;
    }
    // The name is worth keeping even when the picture failed; the picture is tried again sooner.
    const QDateTime retryAt = later(at, error.isEmpty() ? std::chrono::seconds(FreshFor) : AfterRefusal);
    if (!store->saveProfile(target.identityId, update, at, retryAt, error))
        return finish(target.identityId, false, store->lastError().message);
    if (update.avatarPath && target.avatarPath != *update.avatarPath
        && target.avatarPath.startsWith(QDir(avatarDir).absolutePath() + u'/'))
        QFile::remove(target.avatarPath); // the previous picture of this person
    if (!error.isEmpty())
        qCWarning(lcMetaProfiles).noquote() << "profile of" << models::toString(target.channel) << target.externalId
                                            << "stored without picture:" << error;
    else
        qCInfo(lcMetaProfiles).noquote() << "profile of" << models::toString(target.channel) << target.externalId
                                         << "stored";
    finish(target.identityId, true, error);
}

void ProfileService::Private::fail(const models::ProfileTarget &target, const SendResult &status)
{
    std::chrono::seconds after = AfterRefusal;
    if (status.outcome == SendResult::Outcome::Retry) {
        after = std::max<std::chrono::seconds>(AfterTrouble, status.retryAfter.value_or(std::chrono::seconds(0)));
        if (status.retryAfter) // Meta's limit is per page or app: every fetch waits, not just this one
            pausedUntil = QDateTime::currentDateTimeUtc().addSecs(status.retryAfter->count());
    }
    store->recordProfileError(target.identityId, status.error, later(now(), after));
    finish(target.identityId, false, status.error);
}

QString ProfileService::Private::storePicture(const models::ProfileTarget &target, const QByteArray &bytes,
                                              QString *error) const
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        *error = ProfileService::tr("The profile picture is not an image.");
        return {};
    }
    if (image.width() > AvatarSide || image.height() > AvatarSide)
        image = image.scaled(AvatarSide, AvatarSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // One file per person and picture: a new picture gets a new name, so views holding the old one
    // in their caches never show a stale image under the same path.
    const QByteArray person = QCryptographicHash::hash(
        (models::toString(target.channel) + u'/' + target.externalId).toUtf8(), QCryptographicHash::Sha1);
    const QByteArray content = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    const bool alpha = image.hasAlphaChannel();
    const QString name = QString::fromLatin1(person.toHex().left(20) + '-' + content.toHex().left(12))
        + (alpha ? QStringLiteral(".png") : QStringLiteral(".jpg"));
    if (!QDir().mkpath(avatarDir)) {
        *error = ProfileService::tr("The folder for profile pictures cannot be created.");
        return {};
    }
    const QString path = QDir(avatarDir).absoluteFilePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, alpha ? "PNG" : "JPG", 88) || !file.commit()) {
        *error = ProfileService::tr("The profile picture cannot be saved: %1").arg(file.errorString());
        return {};
    }
    return path;
}

void ProfileService::Private::finish(qint64 identityId, bool ok, const QString &error, bool started)
{
    known.remove(identityId);
    if (started) {
        --inFlight;
        // After the callback has returned: a new request is not started from inside the old one's.
        QTimer::singleShot(0, q, [this] { pump(); });
    }
    Q_EMIT q->profileSettled(identityId, ok, error);
}

} // namespace wasel::app
