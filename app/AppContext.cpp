#include "AppContext.h"

#include "BackfillService.h"

#include "DemoSimulator.h"
#include "Gateway.h"

#include "AssistantActivity.h"
#include "AssistantSetup.h"
#include "AutomationSetup.h"
#include "ChannelSetup.h"
#include "ChannelsConfig.h"
#include "Delivery.h"
#include "DemoSeeder.h"
#include "InboxActions.h"
#include "ManyChatService.h"
#include "MediaService.h"
#include "ProfileService.h"
#include "SecretStore.h"
#include "TemplateCatalog.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "wasel.app")

namespace wasel::app {

using namespace wasel::models;

struct AppContext::Private {
    struct AccountAiMode {
        models::ChannelKind kind;
        QString externalId;
        models::AiMode mode;
    };
    std::unique_ptr<QTemporaryDir> demoDir;
    QList<AccountAiMode> accountAiModes; // from the enabled accounts, for the gateway (started later)
    std::unique_ptr<Store> store;
    std::unique_ptr<InboxActions> actions;
    QString dataDir;
    QString workspaceName;
    bool demo = false;
    QJsonArray simulator;
    QJsonArray demoAccounts;
    std::unique_ptr<Gateway> gateway;
    std::unique_ptr<DemoSimulator> simulatorRun;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ChannelSetup> channelSetup;
    std::unique_ptr<AssistantSetup> assistantSetup;
    AssistantActivity activity;
    std::unique_ptr<AutomationSetup> automationSetup;
    std::unique_ptr<Delivery> delivery; // the desktop's sending (outside the demo)
    std::unique_ptr<QNetworkAccessManager> profileNetwork; // outlives the profiles' requests
    std::unique_ptr<ProfileService> profiles; // Messenger/Instagram names and pictures (outside the demo)
    std::unique_ptr<QNetworkAccessManager> backfillNetwork; // outlives the backfill's requests
    std::unique_ptr<BackfillService> backfill; // Messenger/Instagram history (outside the demo)
    std::unique_ptr<MediaService> media; // WhatsApp customers' photos and files (outside the demo)
    std::unique_ptr<TemplateCatalog> templates; // approved WhatsApp templates, cached, for the composer
    QTimer snoozeTimer;
    QTimer snoozeWake; // fires when the next snoozed conversation is due
};

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

AppContext::~AppContext() = default;

bool AppContext::start(const AppOptions &options, QString *error)
{
    d->demo = options.demo;
    d->dataDir = options.dataDir;
    if (d->dataDir.isEmpty() && options.demo) {
        d->demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/wasel-demo-XXXXXX"));
        if (!d->demoDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary folder for the demo: %1").arg(d->demoDir->errorString());
            return false;
        }
        d->dataDir = d->demoDir->path();
    }
    if (d->dataDir.isEmpty()) {
        *error = QStringLiteral("no workspace folder was given");
        return false;
    }
    if (!QDir().mkpath(d->dataDir)) {
        *error = QStringLiteral("cannot create the workspace folder %1").arg(d->dataDir);
        return false;
    }

    d->store = std::make_unique<Store>();
    if (!d->store->open(QDir(d->dataDir).filePath(QStringLiteral("wasel.sqlite")))) {
        *error = d->store->lastError().message;
        return false;
    }

    QString agent = options.agentName;
    d->workspaceName = QFileInfo(d->dataDir).fileName();
    if (options.demo) {
        if (d->store->conversationCount({}) == 0) {
            const DemoSeedResult seeded = seedDemo(*d->store);
            if (!seeded.ok) {
                *error = seeded.error;
                return false;
            }
            d->workspaceName = seeded.workspaceName;
            d->simulator = seeded.simulator;
            d->demoAccounts = seeded.accounts;
            if (agent.isEmpty())
                agent = seeded.agentName;
        }
    }
    if (agent.isEmpty())
        agent = qEnvironmentVariable("USER", QStringLiteral("me"));
    d->actions = std::make_unique<InboxActions>(d->store.get(), agent);
    d->actions->setMediaDir(QDir(d->dataDir).filePath(QStringLiteral("media"))); // the composer's attachments
    if (!options.demo) { // made now so the window can show its progress; accounts come with the keychain
        d->backfillNetwork = std::make_unique<QNetworkAccessManager>();
        d->backfill = std::make_unique<BackfillService>(d->store.get(), d->backfillNetwork.get());
    }

    // Snoozed conversations come back on time; a minute's resolution is what people expect of it.
    // The sweep catches a clock that jumped; the wake timer is armed for the next due time (and
    // again after each snooze), so a conversation snoozed for a few minutes comes back on the second.
    d->snoozeTimer.setInterval(std::chrono::seconds(30));
    d->snoozeWake.setSingleShot(true);
    const auto wake = [this] {
        d->store->wakeSnoozed(QDateTime::currentDateTimeUtc());
        const QDateTime next = d->store->nextSnoozeWake();
        if (next.isValid())
            d->snoozeWake.start(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next) + 50, 0, 30'000));
    };
    connect(&d->snoozeTimer, &QTimer::timeout, this, wake);
    connect(&d->snoozeWake, &QTimer::timeout, this, wake);
    connect(d->actions.get(), &InboxActions::snoozed, this, [this](qint64, const QDateTime &until) {
        const qint64 due = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(until) + 50);
        if (!d->snoozeWake.isActive() || d->snoozeWake.remainingTime() > due)
            d->snoozeWake.start(std::min<qint64>(due, 30'000));
    });
    d->snoozeTimer.start();
    wake();
    qCInfo(lcApp).noquote() << "workspace" << d->dataDir << "open, agent" << agent;
    return true;
}

Store *AppContext::store() const
{
    return d->store.get();
}

AssistantSetup *AppContext::assistantSetup()
{
    if (!d->assistantSetup) {
        d->assistantSetup = std::make_unique<AssistantSetup>(d->store.get());
        connect(d->assistantSetup.get(), &AssistantSetup::changed, this, &AppContext::applyAssistantSettings);
    }
    return d->assistantSetup.get();
}

AssistantActivity *AppContext::assistantActivity() const
{
    return &d->activity;
}

AutomationSetup *AppContext::automationSetup()
{
    if (!d->automationSetup)
        d->automationSetup = std::make_unique<AutomationSetup>(d->store.get());
    return d->automationSetup.get();
}

AiMode AppContext::accountAiMode(ChannelKind kind, const QString &externalId) const
{
    for (const Private::AccountAiMode &account : std::as_const(d->accountAiModes))
        if (account.kind == kind && account.externalId == externalId)
            return account.mode;
    return AiMode::Auto;
}

void AppContext::applyAccountAiModes()
{
    if (!d->gateway)
        return;
    d->gateway->clearDefaultAiModes();
    for (const Private::AccountAiMode &account : std::as_const(d->accountAiModes))
        d->gateway->setDefaultAiMode(account.kind, account.externalId, account.mode);
}

void AppContext::applyAssistantSettings()
{
    if (!d->gateway)
        return;
    if (d->demo) {
        // The demo needs no keychain: the instructions apply, an endpoint only without a key.
        d->gateway->assistant()->setSettings(AssistantSetup::storedSettings(*d->store));
        return;
    }
    assistantSetup()->load([this](const AssistantSettings &settings, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT notice(
                tr("The AI key cannot be read from the keychain (%1); the AI answers without it.").arg(error));
        if (d->gateway)
            d->gateway->assistant()->setSettings(settings);
    });
}

ChannelSetup *AppContext::channelSetup()
{
    if (!d->channelSetup)
        d->channelSetup = std::make_unique<ChannelSetup>(d->store.get());
    return d->channelSetup.get();
}

InboxActions *AppContext::actions() const
{
    return d->actions.get();
}

BackfillService *AppContext::backfill() const
{
    return d->backfill.get();
}

QString AppContext::workspaceName() const
{
    return d->workspaceName;
}

QString AppContext::dataDir() const
{
    return d->dataDir;
}

bool AppContext::isDemo() const
{
    return d->demo;
}

void AppContext::startLiveDemo()
{
    if (d->gateway)
        return;
    // The demo's own gateway: a free loopback port and throwaway secrets, which only the simulator
    // knows. Everything after the socket is the real path: signatures, the log, parsers, automation.
    auto secret = [] { return QByteArray::number(QRandomGenerator::system()->generate64(), 16); };
    SimulatorSecrets secrets{secret(), secret(), secret(), secret()};
    channels::WebhookSettings settings;
    settings.port = 0;
    settings.metaAppSecret = secrets.metaAppSecret;
    settings.metaVerifyToken = secret();
    settings.twilioAuthToken = secrets.twilioAuthToken;
    settings.sendgridToken = secrets.sendgridToken;
    settings.manychatSecret = secrets.manychatSecret;
    d->gateway = std::make_unique<Gateway>(d->store.get());
    d->activity.attach(d->gateway->assistant());
    applyAssistantSettings();
    QString error;
    if (!d->gateway->start(settings, &error)) {
        qCWarning(lcApp).noquote() << "the demo gateway cannot start:" << error;
        Q_EMIT notice(tr("The live demo cannot start its webhook server: %1").arg(error));
        d->gateway.reset();
        return;
    }
    const quint16 port = d->gateway->server()->port();
    settings.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port); // what Twilio would have signed
    d->gateway->server()->setSettings(settings);
    qCInfo(lcApp) << "live demo: webhook server on 127.0.0.1 port" << port;
    if (d->simulator.isEmpty())
        return;
    d->simulatorRun = std::make_unique<DemoSimulator>(d->simulator, d->demoAccounts, port, secrets);
    bool ok = false;
    const double pace = qEnvironmentVariable("WASEL_DEMO_PACE").toDouble(&ok);
    d->simulatorRun->start(ok && pace > 0 ? pace : 1.0);
}

// Reads the webhook secrets from the keychain into `settings`, then calls done with the problems met.
static void readWebhookSecrets(SecretStore &secrets, std::shared_ptr<channels::WebhookSettings> settings,
                               std::function<void(const QStringList &problems)> done)
{
    using Settings = channels::WebhookSettings;
    const QList<std::pair<QString, QByteArray Settings::*>> wanted{
        {QLatin1String(secret::MetaAppSecret), &Settings::metaAppSecret},
        {QLatin1String(secret::MetaVerifyToken), &Settings::metaVerifyToken},
        {QLatin1String(secret::TwilioAuthToken), &Settings::twilioAuthToken},
        {QLatin1String(secret::SendGridToken), &Settings::sendgridToken},
        {QLatin1String(secret::ManyChatSecret), &Settings::manychatSecret},
    };
    auto remaining = std::make_shared<int>(int(wanted.size()));
    auto problems = std::make_shared<QStringList>();
    for (const auto &[name, member] : wanted) {
        secrets.read(
            name, [settings, remaining, problems, done, member = member](const QString &value, const QString &error) {
                if (!error.isEmpty() && !problems->contains(error))
                    problems->append(error);
                else if (error.isEmpty())
                    (*settings).*member = value.toUtf8();
                if (--*remaining == 0)
                    done(*problems);
            });
    }
}

void AppContext::startGateway(const QString &address, quint16 port)
{
    if (d->gateway || d->secrets)
        return;
    auto settings = std::make_shared<channels::WebhookSettings>();
    settings->address = QHostAddress(address);
    settings->port = port;
    settings->publicUrl = d->store->setting(QStringLiteral("webhook_public_url"));
    d->secrets = std::make_unique<SecretStore>();
    d->profileNetwork = std::make_unique<QNetworkAccessManager>();
    d->profiles = std::make_unique<ProfileService>(d->store.get(), d->profileNetwork.get(),
                                                   QDir(d->dataDir).filePath(QStringLiteral("avatars")));
    d->media = std::make_unique<MediaService>(d->store.get(), d->profileNetwork.get(),
                                              QDir(d->dataDir).filePath(QStringLiteral("media")));
    d->templates = std::make_unique<TemplateCatalog>(d->store.get(), d->profileNetwork.get());
    d->actions->setTemplateCatalog(d->templates.get()); // the composer's templates outside the window
    if (d->demo) { // the demo's WhatsApp numbers, with the templates the seeder cached, and no token
        ChannelsConfig demoNumbers;
        for (const QJsonValue &v : std::as_const(d->demoAccounts)) {
            const QJsonObject o = v.toObject();
            const QString waba = o.value(QLatin1String("waba_id")).toString();
            if (o.value(QLatin1String("channel")).toString() == QLatin1String("whatsapp") && !waba.isEmpty())
                demoNumbers.channels.append({ChannelKind::WhatsApp,
                                             o.value(QLatin1String("name")).toString(),
                                             o.value(QLatin1String("external_id")).toString(),
                                             {{QStringLiteral("waba_id"), waba}},
                                             {},
                                             {},
                                             {}});
        }
        d->templates->configure(demoNumbers, {});
    }
    readWebhookSecrets(*d->secrets, settings, [this, settings](const QStringList &problems) {
        if (!problems.isEmpty())
            Q_EMIT notice(tr("The webhook secrets cannot be read from the keychain (%1). Providers are refused "
                             "until they can.")
                              .arg(problems.join(QStringLiteral("; "))));
        d->gateway = std::make_unique<Gateway>(d->store.get());
        d->activity.attach(d->gateway->assistant());
        applyAssistantSettings();
        applyAccountAiModes();
        if (d->delivery) { // the customer sees "typing…" while the AI writes
            connect(d->gateway->assistant(), &Assistant::writing, d->delivery.get(), &Delivery::setTyping);
            d->gateway->manyChatReplies()->setChannelTypes(
                [this](const QString &page) { return d->delivery->manyChatChannelType(page); });
            connect(d->gateway.get(), &Gateway::customerMessage, d->delivery->manyChat(),
                    &ManyChatService::onCustomerMessage);
        }
        QString listenError;
        if (!d->gateway->start(*settings, &listenError)) {
            qCWarning(lcApp).noquote() << "the webhook server cannot start:" << listenError;
            Q_EMIT notice(tr("The webhook server cannot start: %1").arg(listenError));
            d->gateway.reset();
            Q_EMIT gatewayStarted(0);
            return;
        }
        qCInfo(lcApp).noquote() << "webhook server on" << settings->address.toString() << "port"
                                << d->gateway->server()->port();
        connect(d->gateway.get(), &Gateway::customerMessage, d->profiles.get(),
                [this](qint64 conversationId) { d->profiles->onCustomerMessage(conversationId); });
        connect(d->gateway.get(), &Gateway::customerMessage, d->media.get(), &MediaService::onCustomerMessage);
        Q_EMIT gatewayStarted(d->gateway->server()->port());
    });
    startDelivery();
    // Secrets saved on the channels page apply to the running server.
    connect(channelSetup(), &ChannelSetup::webhookSecretsChanged, this, [this] {
        if (!d->gateway)
            return;
        auto fresh = std::make_shared<channels::WebhookSettings>(d->gateway->server()->settings());
        fresh->publicUrl = d->store->setting(QStringLiteral("webhook_public_url"));
        readWebhookSecrets(*d->secrets, fresh, [this, fresh](const QStringList &) {
            if (d->gateway)
                d->gateway->server()->setSettings(*fresh);
        });
    });
}

ManyChatService *AppContext::manyChat() const
{
    return d->delivery ? d->delivery->manyChat() : nullptr;
}

void AppContext::startDelivery()
{
    d->delivery = std::make_unique<Delivery>(d->store.get());
    d->delivery->setPublicBaseUrl(QUrl(d->store->setting(QStringLiteral("webhook_public_url"))));
    auto configure = [this](bool start) {
        channelSetup()->readSendingSetup([this, start](const ChannelsConfig &channels,
                                                       const QHash<QString, QString> &tokens,
                                                       const QStringList &problems) {
            for (const QString &problem : problems)
                qCWarning(lcApp).noquote() << "sending:" << problem;
            if (!d->delivery)
                return;
            auto token = [tokens](const ChannelConfig &account) {
                return tokens.value(models::toString(account.kind) + u'/' + account.externalId);
            };
            d->delivery->configure(channels, token);
            d->accountAiModes.clear(); // each account's AI mode for its new conversations (channels page)
            for (const ChannelConfig &account : channels.channels)
                if (account.aiMode)
                    d->accountAiModes.append({account.kind, account.externalId, *account.aiMode});
            applyAccountAiModes();
            d->profiles->configure(channels, token);
            if (d->backfill) // an account connected on the channels page fetches its recent history
                d->backfill->configure(channels, token);
            d->media->configure(channels, token);
            d->templates->configure(channels, token); // fetched when the composer first asks
            if (start) {
                if (d->backfill)
                    d->backfill->startUp(); // what happened while Wasel was not running
                d->delivery->start();
                d->profiles->sweep(); // people whose profile is missing or a week old, a few at a time
                d->media->sweep(); // media a stop or the network left behind
            }
        });
    };
    configure(true);
    if (d->backfill && d->profiles) // names and pictures of the customers the history brought in
        connect(d->backfill.get(), &BackfillService::finished, d->profiles.get(), [this] { d->profiles->sweep(); });
    connect(d->actions.get(), &InboxActions::customerMessagesSeen, d->delivery.get(), &Delivery::markSeen);
    // An account added, edited or disabled on the channels page sends (or stops) at once.
    connect(d->store.get(), &Store::channelAccountsChanged, d->delivery.get(), [configure] { configure(false); });
}

quint16 AppContext::gatewayPort() const
{
    return d->gateway ? d->gateway->server()->port() : 0;
}

} // namespace wasel::app
