#include "Headless.h"

#include "AssistantSetup.h"
#include "BackfillService.h"
#include "ChannelsConfig.h"
#include "Delivery.h"
#include "Gateway.h"
#include "ManyChatService.h"
#include "MediaService.h"
#include "ProfileService.h"
#include "common/Ingest.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace wasel::app {

namespace {

void print(QIODevice &device, const QString &line)
{
    device.write((line + u'\n').toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(&device))
        file->flush();
}

// Signals become a byte on a socket pair, read in the event loop (the only safe way out of a
// signal handler).
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

bool openStore(models::Store &store, const QString &dataDir, bool create, QIODevice &err)
{
    if (dataDir.isEmpty()) {
        print(err, QStringLiteral("wasel: --data-dir DIR is required"));
        return false;
    }
    if (create && !QDir().mkpath(dataDir)) {
        print(err, QStringLiteral("wasel: cannot create the workspace folder %1").arg(dataDir));
        return false;
    }
    const QString path = QDir(dataDir).filePath(QStringLiteral("wasel.sqlite"));
    if (!create && !QFile::exists(path)) {
        print(err, QStringLiteral("wasel: no workspace at %1").arg(dataDir));
        return false;
    }
    if (!store.open(path)) {
        print(err, QStringLiteral("wasel: %1").arg(store.lastError().message));
        return false;
    }
    return true;
}

} // namespace

int runHeadless(const CommandLine &cl, QIODevice &out, QIODevice &err)
{
    models::Store store;
    if (!openStore(store, cl.dataDir, true, err))
        return 1;

    channels::WebhookSettings settings = webhookSettingsFromEnvironment();
    settings.address = QHostAddress(cl.listenAddress);
    settings.port = cl.listenPort;
    if (settings.address.isNull()) {
        print(err, QStringLiteral("wasel: --listen needs an IP address, not %1").arg(cl.listenAddress));
        return 2;
    }

    // Which providers can be received — names only, never values.
    QStringList configured, missing;
    const std::pair<const char *, bool> providers[] = {
        {"meta (WASEL_META_APP_SECRET)", !settings.metaAppSecret.isEmpty()},
        {"meta verification (WASEL_META_VERIFY_TOKEN)", !settings.metaVerifyToken.isEmpty()},
        {"twilio (WASEL_TWILIO_AUTH_TOKEN + WASEL_PUBLIC_URL)",
         !settings.twilioAuthToken.isEmpty() && !settings.publicUrl.isEmpty()},
        {"sendgrid (WASEL_SENDGRID_TOKEN)", !settings.sendgridToken.isEmpty()},
        {"manychat (WASEL_MANYCHAT_SECRET)", !settings.manychatSecret.isEmpty()},
        {"local API (WASEL_API_TOKEN)", !settings.apiToken.isEmpty()},
    };
    for (const auto &[name, present] : providers)
        (present ? configured : missing).append(QString::fromLatin1(name));
    if (configured.isEmpty())
        print(err, QStringLiteral("wasel: warning: no webhook secret is set, so every webhook will be refused"));
    if (!missing.isEmpty())
        print(err, QStringLiteral("wasel: not configured: %1").arg(missing.join(QLatin1String(", "))));

    Gateway gateway(&store);
    // The merchant's instructions as the desktop saved them in this workspace; the endpoint and its
    // key only from the environment (a server has no keychain).
    AssistantSettings ai = AssistantSetup::storedSettings(store);
    const AssistantSettings endpoint = assistantSettingsFromEnvironment();
    ai.baseUrl = endpoint.baseUrl;
    ai.model = endpoint.model;
    ai.apiKey = endpoint.apiKey;
    gateway.assistant()->setSettings(ai);
    const QByteArray automation = qgetenv("WASEL_AUTOMATION").toLower();
    gateway.setAutomationEnabled(automation != "off" && automation != "0");

    std::unique_ptr<Delivery> delivery;
    QNetworkAccessManager profileNetwork;
    std::unique_ptr<ProfileService> profiles; // with the accounts' tokens only: nothing to ask without them
    std::unique_ptr<BackfillService> backfill; // Messenger/Instagram history missed while not running
    std::unique_ptr<MediaService> media;
    if (!cl.channelsFile.isEmpty()) {
        QString error;
        const auto channels = ChannelsConfig::load(cl.channelsFile, &error);
        if (!channels) {
            print(err, QStringLiteral("wasel: %1").arg(error));
            return 1;
        }
        for (const ChannelConfig &account : channels->channels)
            if (account.aiMode)
                gateway.setDefaultAiMode(account.kind, account.externalId, *account.aiMode);
        delivery = std::make_unique<Delivery>(&store);
        delivery->setPublicBaseUrl(QUrl(settings.publicUrl));
        delivery->configure(*channels, secretFromEnvironment);
        delivery->start();
        profiles = std::make_unique<ProfileService>(&store, &profileNetwork,
                                                    QDir(cl.dataDir).filePath(QStringLiteral("avatars")));
        profiles->configure(*channels, secretFromEnvironment);
        backfill = std::make_unique<BackfillService>(&store, &profileNetwork);
        backfill->configure(*channels, secretFromEnvironment);
        QObject::connect(&gateway, &Gateway::customerMessage, profiles.get(),
                         [&profiles](qint64 conversationId) { profiles->onCustomerMessage(conversationId); });
        QObject::connect(gateway.assistant(), &Assistant::writing, delivery.get(), &Delivery::setTyping);
        gateway.manyChatReplies()->setChannelTypes(
            [d = delivery.get()](const QString &page) { return d->manyChatChannelType(page); });
        QObject::connect(&gateway, &Gateway::customerMessage, delivery->manyChat(),
                         &ManyChatService::onCustomerMessage);
        media =
            std::make_unique<MediaService>(&store, &profileNetwork, QDir(cl.dataDir).filePath(QStringLiteral("media")));
        media->configure(*channels, secretFromEnvironment);
        QObject::connect(&gateway, &Gateway::customerMessage, media.get(), &MediaService::onCustomerMessage);
    }

    QString error;
    if (!gateway.start(settings, &error)) {
        print(err, QStringLiteral("wasel: %1").arg(error));
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        print(err, QStringLiteral("wasel: cannot set up signal handling"));
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        char byte;
        [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    const QString host = settings.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + settings.address.toString() + QLatin1Char(']')
        : settings.address.toString();
    print(out, QStringLiteral("wasel: listening on http://%1:%2").arg(host).arg(gateway.server()->port()));
    if (profiles)
        profiles->sweep();
    if (backfill)
        backfill->startUp();
    if (media)
        media->sweep();

    const int status = QCoreApplication::exec();
    gateway.stop();
    const auto counters = gateway.server()->counters();
    print(out,
          QStringLiteral("wasel: stopped after %1 event(s), %2 duplicate(s), %3 refused")
              .arg(counters.received)
              .arg(counters.duplicates)
              .arg(counters.rejected));
    ::close(g_signalFd[0]);
    ::close(g_signalFd[1]);
    return status;
}

int runReplay(const CommandLine &cl, QIODevice &out, QIODevice &err)
{
    models::Store store;
    if (!openStore(store, cl.dataDir, false, err))
        return 1;
    QStringList states{QStringLiteral("pending")};
    if (cl.failedOnly)
        states.append(QStringLiteral("failed"));
    const channels::ReplaySummary summary = channels::ingestStoredEvents(store, states);
    print(out, QStringLiteral("wasel replay: %1 applied, %2 failed").arg(summary.applied).arg(summary.failed));
    if (summary.failed == 0)
        return 0;
    for (const models::WebhookEvent &event : store.webhookEvents(QStringLiteral("failed"), 50))
        print(err, QStringLiteral("  event %1 (%2): %3").arg(event.id).arg(event.provider, event.error));
    return 1;
}

} // namespace wasel::app
