// SecretStore against a real Secret Service (gnome-keyring in a private D-Bus session, started by
// with-keyring.sh), and against no keychain at all, where it must refuse rather than fall back.

#include "SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using wasel::app::SecretStore;

namespace {

struct Outcome {
    QString value;
    QString error;
    bool finished = false;
};

// Waits for one asynchronous keychain call; fails the test rather than hanging.
template<typename Start> Outcome wait(Start start)
{
    Outcome outcome;
    QEventLoop loop;
    start(outcome, loop);
    if (!outcome.finished) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return outcome;
}

Outcome readSecret(SecretStore &store, const QString &name)
{
    return wait([&](Outcome &o, QEventLoop &loop) {
        store.read(name, [&o, &loop](const QString &value, const QString &error) {
            o = {value, error, true};
            loop.quit();
        });
    });
}

Outcome writeSecret(SecretStore &store, const QString &name, const QString &value)
{
    return wait([&](Outcome &o, QEventLoop &loop) {
        store.write(name, value, [&o, &loop](const QString &error) {
            o = {QString(), error, true};
            loop.quit();
        });
    });
}

[[maybe_unused]] Outcome removeSecret(SecretStore &store, const QString &name)
{
    return wait([&](Outcome &o, QEventLoop &loop) {
        store.remove(name, [&o, &loop](const QString &error) {
            o = {QString(), error, true};
            loop.quit();
        });
    });
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentNames();
#ifdef WASEL_KEYCHAIN_ABSENT
    void refusesWithoutKeychain();
#else
    void roundTripsArabicAndThai();
    void overwriteAndRemove();
    void missingSecretIsEmptyNotAnError();
#endif

private:
    // A service of its own per run, so runs never see each other's entries.
    SecretStore m_store{QStringLiteral("WaselTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
};

void TestSecretStore::environmentNames()
{
    QCOMPARE(SecretStore::environmentName(QLatin1String(wasel::app::secret::MetaAppSecret)),
             QStringLiteral("WASEL_META_APP_SECRET"));
    QCOMPARE(SecretStore::environmentName(QLatin1String(wasel::app::secret::MetaVerifyToken)),
             QStringLiteral("WASEL_META_VERIFY_TOKEN"));
    QCOMPARE(SecretStore::environmentName(QLatin1String(wasel::app::secret::TwilioAuthToken)),
             QStringLiteral("WASEL_TWILIO_AUTH_TOKEN"));
    QCOMPARE(SecretStore::environmentName(QLatin1String(wasel::app::secret::SendGridToken)),
             QStringLiteral("WASEL_SENDGRID_TOKEN"));
    QCOMPARE(SecretStore::environmentName(QLatin1String(wasel::app::secret::ManyChatSecret)),
             QStringLiteral("WASEL_MANYCHAT_SECRET"));
    qputenv("WASEL_META_APP_SECRET", "from-env");
    QCOMPARE(SecretStore::fromEnvironment(QStringLiteral("meta/app_secret")), QStringLiteral("from-env"));
    qunsetenv("WASEL_META_APP_SECRET");
    QVERIFY(SecretStore::fromEnvironment(QStringLiteral("meta/app_secret")).isEmpty());
}

#ifdef WASEL_KEYCHAIN_ABSENT

void TestSecretStore::refusesWithoutKeychain()
{
    // No Secret Service on this bus: the write must fail with a readable reason...
    const Outcome written = writeSecret(m_store, QStringLiteral("meta/app_secret"), QStringLiteral("s3cret-value"));
    QVERIFY(written.finished);
    QVERIFY2(!written.error.isEmpty(), "writing without a keychain must be refused");
    qInfo() << "reported:" << written.error;

    // ...and the secret must not have been written anywhere else (QtKeychain's insecure fallback
    // would put it in a settings file under HOME / XDG_CONFIG_HOME, which the runner points at a temp dir).
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY(!home.isEmpty());
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cret-value"), qPrintable(file.fileName()));
    }
    const Outcome read = readSecret(m_store, QStringLiteral("meta/app_secret"));
    QVERIFY(read.finished);
    QVERIFY(read.value.isEmpty());
    QVERIFY(!read.error.isEmpty());
}

#else

void TestSecretStore::roundTripsArabicAndThai()
{
    const QString value = QStringLiteral("مفتاح-سري-ลับมาก-🔑");
    const Outcome written = writeSecret(m_store, QStringLiteral("meta/app_secret"), value);
    QVERIFY(written.finished);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    const Outcome read = readSecret(m_store, QStringLiteral("meta/app_secret"));
    QVERIFY(read.finished);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.value, value);
    // A second store instance (as after a restart) sees the same secret.
    SecretStore again(m_store.service());
    QCOMPARE(readSecret(again, QStringLiteral("meta/app_secret")).value, value);
    QVERIFY(removeSecret(m_store, QStringLiteral("meta/app_secret")).error.isEmpty());
}

void TestSecretStore::overwriteAndRemove()
{
    QVERIFY(writeSecret(m_store, QStringLiteral("twilio/auth_token"), QStringLiteral("first")).error.isEmpty());
    QVERIFY(writeSecret(m_store, QStringLiteral("twilio/auth_token"), QStringLiteral("second")).error.isEmpty());
    QCOMPARE(readSecret(m_store, QStringLiteral("twilio/auth_token")).value, QStringLiteral("second"));
    const Outcome removed = removeSecret(m_store, QStringLiteral("twilio/auth_token"));
    QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
    const Outcome read = readSecret(m_store, QStringLiteral("twilio/auth_token"));
    QVERIFY(read.finished);
    QVERIFY(read.error.isEmpty());
    QVERIFY(read.value.isEmpty());
}

void TestSecretStore::missingSecretIsEmptyNotAnError()
{
    const Outcome read = readSecret(m_store, QStringLiteral("manychat/never-stored"));
    QVERIFY(read.finished);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.value.isEmpty());
    // Removing what is not there is not an error either.
    QVERIFY(removeSecret(m_store, QStringLiteral("manychat/never-stored")).error.isEmpty());
}

#endif

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
