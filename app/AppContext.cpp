#include "AppContext.h"

#include "DemoSeeder.h"
#include "InboxActions.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "wasel.app")

namespace wasel::app {

using namespace wasel::models;

struct AppContext::Private {
    std::unique_ptr<QTemporaryDir> demoDir;
    std::unique_ptr<Store> store;
    std::unique_ptr<InboxActions> actions;
    QString dataDir;
    QString workspaceName;
    bool demo = false;
    QJsonArray simulator;
    QTimer snoozeTimer;
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
            if (agent.isEmpty())
                agent = seeded.agentName;
        }
    }
    if (agent.isEmpty())
        agent = qEnvironmentVariable("USER", QStringLiteral("me"));
    d->actions = std::make_unique<InboxActions>(d->store.get(), agent);

    // Snoozed conversations come back on time; a minute's resolution is what people expect of it.
    d->snoozeTimer.setInterval(std::chrono::seconds(30));
    connect(&d->snoozeTimer, &QTimer::timeout, this,
            [this] { d->store->wakeSnoozed(QDateTime::currentDateTimeUtc()); });
    d->snoozeTimer.start();
    d->store->wakeSnoozed(QDateTime::currentDateTimeUtc());
    qCInfo(lcApp).noquote() << "workspace" << d->dataDir << "open, agent" << agent;
    return true;
}

Store *AppContext::store() const
{
    return d->store.get();
}

InboxActions *AppContext::actions() const
{
    return d->actions.get();
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
    // Wired to the webhook gateway's simulator (channels/common) once the gateway runs in the app.
}

} // namespace wasel::app
