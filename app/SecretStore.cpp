#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QtGlobal>

namespace wasel::app {

namespace {

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
        return SecretStore::tr(
            "No keychain is available on this computer, so Wasel cannot keep secrets. "
            "Install and unlock a Secret Service keyring (for example GNOME Keyring) and try again.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::tr("The keychain refused access. Unlock it and try again.");
    case QKeychain::NotImplemented:
        return SecretStore::tr("This keychain does not support storing secrets.");
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::tr("The keychain could not delete the secret: %1").arg(detail);
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::tr("The keychain is not available: %1").arg(detail);
}

// QtKeychain jobs delete themselves after finished(); the callback runs first.
void configure(QKeychain::Job *job, const QString &name)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never write a secret to a plain file
    job->setKey(name);
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::defaultService()
{
    return QStringLiteral("Wasel");
}

void SecretStore::read(const QString &name, std::function<void(const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    configure(job, name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? job->textData() : QString(),
             describe(job->error(), job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &name, const QString &value, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    configure(job, name);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this,
            [job, done = std::move(done)] { done(describe(job->error(), job->errorString())); });
    job->start();
}

void SecretStore::remove(const QString &name, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    configure(job, name);
    connect(job, &QKeychain::Job::finished, this,
            [job, done = std::move(done)] { done(describe(job->error(), job->errorString())); });
    job->start();
}

QString SecretStore::environmentName(const QString &name)
{
    QString upper = name.toUpper();
    upper.replace(u'/', u'_');
    upper.replace(u'-', u'_');
    return QStringLiteral("WASEL_") + upper;
}

QString SecretStore::fromEnvironment(const QString &name)
{
    return qEnvironmentVariable(environmentName(name).toLocal8Bit().constData());
}

} // namespace wasel::app
