// Messenger and Instagram profiles against a loopback Graph API that asserts each request: fetched
// once for a new person, kept (the picture on disk, inside the workspace), asked for again only
// after a week, and every kind of failure recorded without losing what was stored.

#include "ChannelsConfig.h"
#include "ConversationListModel.h"
#include "FakeHttpServer.h"
#include "ProfileService.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

namespace {

QByteArray png(const QColor &color, int side = 64)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

tests::ScriptedResponse image(const QByteArray &bytes)
{
    return {200, bytes, {{"Content-Type", "image/png"}}, false};
}

} // namespace

Q_DECLARE_METATYPE(wasel::tests::ScriptedResponse)

class TestProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<tests::FakeHttpServer> m_graph;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::ProfileService> m_profiles;
    QDateTime m_now;
    int m_db = 0;

    QString avatarDir() const { return m_dir.filePath(QStringLiteral("avatars")); }

    // A customer message on the shop's page (Messenger 111) or Instagram account (1784).
    qint64 customerWrites(ChannelKind kind, const QString &who)
    {
        auto e = tests::customerText(kind, who, QStringLiteral("hi"), QStringLiteral("m-%1").arg(++m_db));
        e.accountExternalId = kind == ChannelKind::Instagram ? QStringLiteral("1784") : QStringLiteral("111");
        const auto r = m_store->apply(e);
        return r.conversationId;
    }

    models::Identity identityOf(qint64 conversationId) const
    {
        return m_store->identities(m_store->conversation(conversationId)->customerId).first();
    }

    // Asks for the conversation's profile and waits until that fetch settled.
    QList<QVariant> fetch(qint64 conversationId)
    {
        QSignalSpy settled(m_profiles.get(), &app::ProfileService::profileSettled);
        m_profiles->onCustomerMessage(conversationId);
        if (settled.isEmpty() && !settled.wait(10000))
            return {};
        return settled.first();
    }

    void configure(const QString &token)
    {
        app::ChannelsConfig channels;
        for (const auto &[kind, id] : {std::pair{ChannelKind::Messenger, QStringLiteral("111")},
                                       std::pair{ChannelKind::Instagram, QStringLiteral("1784")}}) {
            app::ChannelConfig account;
            account.kind = kind;
            account.externalId = id;
            account.apiBase = m_graph->url();
            channels.channels.append(account);
        }
        m_profiles->configure(channels, [token](const app::ChannelConfig &) { return token; });
    }

    QByteArray pictureUrl(const QByteArray &name) const { return m_graph->url().toString().toUtf8() + "/pic/" + name; }

    tests::ScriptedResponse messengerProfile(const QByteArray &first, const QByteArray &picture) const
    {
        return tests::ScriptedResponse::json(200,
                                             "{\"first_name\":\"" + first
                                                 + "\",\"last_name\":\"Ali\","
                                                   "\"profile_pic\":\""
                                                 + pictureUrl(picture) + "\",\"id\":\"1\"}");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_graph = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_graph->listen());
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_db))));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        m_profiles = std::make_unique<app::ProfileService>(m_store.get(), m_network.get(), avatarDir(),
                                                           [this] { return m_now; });
        configure(QStringLiteral("EAAPAGE"));
    }

    void cleanup()
    {
        m_profiles.reset();
        m_network.reset();
        m_store.reset();
        m_graph.reset();
    }

    void messengerProfileIsFetchedOnceAndRefreshedWeekly()
    {
        m_graph->script = {messengerProfile("Noor", "red.png"), image(png(Qt::red))};
        const qint64 conversation = customerWrites(ChannelKind::Messenger, QStringLiteral("5551"));
        models::ConversationListModel list(m_store.get());
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.fetchMore({});
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0).data(models::ConversationRole::AvatarPath).toString(), QString());

        const QList<QVariant> settled = fetch(conversation);
        QCOMPARE(settled.value(1).toBool(), true);
        QCOMPARE(settled.value(2).toString(), QString());

        QCOMPARE(m_graph->requests.size(), 2);
        const tests::RecordedRequest &profile = m_graph->requests.at(0);
        QCOMPARE(profile.method, QByteArray("GET"));
        QCOMPARE(profile.target, QByteArray("/v21.0/5551?fields=first_name,last_name,profile_pic"));
        QCOMPARE(profile.header("authorization"), QByteArray("Bearer EAAPAGE"));
        const tests::RecordedRequest &picture = m_graph->requests.at(1);
        QCOMPARE(picture.target, QByteArray("/pic/red.png"));
        QVERIFY2(picture.header("authorization").isEmpty(), "the page token must not go to the picture's host");

        // Stored: the name on the identity and the customer, the picture inside the workspace.
        const models::Identity identity = identityOf(conversation);
        QCOMPARE(identity.displayName, QStringLiteral("Noor Ali"));
        QCOMPARE(identity.profileFetchedAt, m_now);
        QCOMPARE(identity.profileRetryAt, m_now.addDays(7));
        QVERIFY(identity.profileError.isEmpty());
        const auto c = m_store->conversation(conversation);
        QCOMPARE(c->customerName, QStringLiteral("Noor Ali"));
        QVERIFY2(c->avatarPath.startsWith(QDir(avatarDir()).absolutePath() + u'/'), qPrintable(c->avatarPath));
        const QImage stored(c->avatarPath);
        QCOMPARE(stored.size(), QSize(64, 64));
        QVERIFY(qRed(stored.pixel(32, 32)) > 200 && qBlue(stored.pixel(32, 32)) < 60);
        // … and shown through the list model's role, updated in place.
        QCOMPARE(list.index(0).data(models::ConversationRole::AvatarPath).toString(), c->avatarPath);
        QCOMPARE(list.index(0).data(models::ConversationRole::CustomerName).toString(), QStringLiteral("Noor Ali"));
        QCOMPARE(m_store->searchCustomers(QStringLiteral("Noor")).size(), 1);

        // Within the week: no second request, on any later message.
        m_now = m_now.addDays(6);
        m_profiles->onCustomerMessage(customerWrites(ChannelKind::Messenger, QStringLiteral("5551")));
        m_profiles->sweep();
        QCOMPARE(m_profiles->queued(), 0);
        QCOMPARE(m_graph->requests.size(), 2);

        // A week later the next message refreshes it: new name, new picture, the old file removed.
        m_now = m_now.addDays(1).addSecs(60);
        m_graph->script = {messengerProfile("Nour", "blue.png"), image(png(Qt::blue, 400))};
        QCOMPARE(fetch(conversation).value(1).toBool(), true);
        QCOMPARE(m_graph->requests.size(), 4);
        const auto refreshed = m_store->conversation(conversation);
        QCOMPARE(refreshed->customerName, QStringLiteral("Nour Ali"));
        QVERIFY(refreshed->avatarPath != c->avatarPath);
        QVERIFY(!QFileInfo::exists(c->avatarPath));
        QCOMPARE(QImage(refreshed->avatarPath).size(), QSize(160, 160)); // scaled once, when stored
        QCOMPARE(list.index(0).data(models::ConversationRole::AvatarPath).toString(), refreshed->avatarPath);
    }

    void instagramProfileHasTheUsername()
    {
        m_graph->script = {tests::ScriptedResponse::json(200,
                                                         "{\"name\":\"สมหญิง\",\"username\":\"somying.shop\","
                                                         "\"profile_pic\":\""
                                                             + pictureUrl("ig.png") + "\"}"),
                           image(png(Qt::green))};
        const qint64 conversation = customerWrites(ChannelKind::Instagram, QStringLiteral("17841"));
        QCOMPARE(fetch(conversation).value(1).toBool(), true);
        QCOMPARE(m_graph->requests.first().target, QByteArray("/v21.0/17841?fields=name,username,profile_pic"));
        QCOMPARE(m_graph->requests.first().header("authorization"), QByteArray("Bearer EAAPAGE"));
        QCOMPARE(identityOf(conversation).username, QStringLiteral("somying.shop"));
        models::ConversationListModel list(m_store.get());
        list.fetchMore({});
        QCOMPARE(list.index(0).data(models::ConversationRole::CustomerUsername).toString(),
                 QStringLiteral("somying.shop"));
        QCOMPARE(list.index(0).data(models::ConversationRole::CustomerName).toString(), QStringLiteral("สมหญิง"));
    }

    void aNameStaffGaveIsKept()
    {
        m_graph->script = {messengerProfile("Noor", "red.png"), image(png(Qt::red))};
        const qint64 conversation = customerWrites(ChannelKind::Messenger, QStringLiteral("5552"));
        // A name that came neither from the channel nor as the raw id: someone typed it.
        QSqlQuery rename(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(rename.exec(QStringLiteral("UPDATE customers SET display_name = 'Noor (wholesale)'")));
        QCOMPARE(fetch(conversation).value(1).toBool(), true);
        QCOMPARE(m_store->conversation(conversation)->customerName, QStringLiteral("Noor (wholesale)"));
        QCOMPARE(identityOf(conversation).displayName, QStringLiteral("Noor Ali"));
        QVERIFY(!m_store->conversation(conversation)->avatarPath.isEmpty());
    }

    void failuresAreRecordedAndKeepWhatWasStored_data()
    {
        QTest::addColumn<tests::ScriptedResponse>("profile");
        QTest::addColumn<bool>("pictureFails"); // the profile answers, its picture is not an image
        QTest::addColumn<QString>("reason");
        QTest::addRow("expired token 190")
            << tests::ScriptedResponse::json(400,
                                             "{\"error\":{\"message\":\"Invalid OAuth access token.\","
                                             "\"type\":\"OAuthException\",\"code\":190}}")
            << false << QStringLiteral("token");
        QTest::addRow("no such user 100")
            << tests::ScriptedResponse::json(404,
                                             "{\"error\":{\"message\":\"Unsupported get request.\","
                                             "\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33}}")
            << false << QStringLiteral("Unsupported get request");
        QTest::addRow("garbage") << tests::ScriptedResponse::json(200, "<html>oops") << false
                                 << QStringLiteral("could not be read");
        QTest::addRow("timeout") << tests::ScriptedResponse::silence() << false << QStringLiteral("in time");
        QTest::addRow("rate limited") << tests::ScriptedResponse{
            400,
            "{\"error\":{\"message\":\"(#4) Application request limit reached\","
            "\"code\":4}}",
            {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
            false} << false << QStringLiteral("rate limit");
        QTest::addRow("server error") << tests::ScriptedResponse::json(503, "") << false << QStringLiteral("temporary");
        QTest::addRow("picture is not an image") << tests::ScriptedResponse() << true << QStringLiteral("not an image");
    }

    void failuresAreRecordedAndKeepWhatWasStored()
    {
        QFETCH(tests::ScriptedResponse, profile);
        QFETCH(bool, pictureFails);
        QFETCH(QString, reason);
        m_graph->script = {messengerProfile("Noor", "red.png"), image(png(Qt::red))};
        const qint64 conversation = customerWrites(ChannelKind::Messenger, QStringLiteral("5553"));
        QCOMPARE(fetch(conversation).value(1).toBool(), true);
        const auto before = m_store->conversation(conversation);

        m_now = m_now.addDays(8);
        m_profiles->setTimeout(std::chrono::milliseconds(300));
        if (pictureFails)
            m_graph->script = {messengerProfile("Nour", "broken.png"), image("this is not a picture")};
        else
            m_graph->script = {profile};
        const QList<QVariant> settled = fetch(conversation);
        QCOMPARE(settled.value(1).toBool(), pictureFails); // a profile without its picture is still stored
        QVERIFY2(settled.value(2).toString().contains(reason), qPrintable(settled.value(2).toString()));

        const models::Identity identity = identityOf(conversation);
        QVERIFY2(identity.profileError.contains(reason), qPrintable(identity.profileError));
        QVERIFY(identity.profileRetryAt > m_now); // not asked again in a loop …
        const auto after = m_store->conversation(conversation);
        QCOMPARE(after->customerName, pictureFails ? QStringLiteral("Nour Ali") : before->customerName);
        QCOMPARE(after->avatarPath, before->avatarPath); // … and the old picture stays
        QVERIFY(QFileInfo::exists(after->avatarPath));

        const qsizetype requests = m_graph->requests.size();
        m_profiles->onCustomerMessage(customerWrites(ChannelKind::Messenger, QStringLiteral("5553")));
        QCOMPARE(m_profiles->queued(), 0);
        QCOMPARE(m_graph->requests.size(), requests);
        // Once the retry time has come, the next message asks again.
        m_now = identity.profileRetryAt.addSecs(1);
        m_graph->script = {messengerProfile("Noor", "red.png"), image(png(Qt::red))};
        QCOMPARE(fetch(conversation).value(1).toBool(), true);
        QVERIFY(identityOf(conversation).profileError.isEmpty());
    }

    void withoutATokenNothingIsAsked()
    {
        configure(QString());
        const qint64 conversation = customerWrites(ChannelKind::Messenger, QStringLiteral("5554"));
        const QList<QVariant> settled = fetch(conversation);
        QCOMPARE(settled.value(1).toBool(), false);
        QVERIFY2(settled.value(2).toString().contains(QStringLiteral("access token")),
                 qPrintable(settled.value(2).toString()));
        QVERIFY(m_graph->requests.isEmpty());
        QVERIFY(identityOf(conversation).profileRetryAt > m_now);
        QCOMPARE(m_store->conversation(conversation)->customerName, QStringLiteral("5554"));
    }

    void anIdThatIsNotAGraphIdIsNotSent()
    {
        const qint64 conversation = customerWrites(ChannelKind::Messenger, QStringLiteral("../me/accounts?x="));
        QCOMPARE(fetch(conversation).value(1).toBool(), false);
        QVERIFY(m_graph->requests.isEmpty());
    }

    void otherChannelsAreNotAsked()
    {
        const qint64 conversation = customerWrites(ChannelKind::WhatsApp, QStringLiteral("9647701234567"));
        m_profiles->onCustomerMessage(conversation);
        m_profiles->sweep();
        QCOMPARE(m_profiles->queued(), 0);
        QVERIFY(m_graph->requests.isEmpty());
    }

    void theSweepIsBoundedAndAtMostTwoAtATime()
    {
        for (int i = 0; i < 6; ++i)
            customerWrites(ChannelKind::Messenger, QStringLiteral("600%1").arg(i));
        for (int i = 0; i < 6; ++i)
            m_graph->script.push_back(tests::ScriptedResponse::silence());
        m_profiles->setTimeout(std::chrono::milliseconds(200));
        QSignalSpy settled(m_profiles.get(), &app::ProfileService::profileSettled);
        m_profiles->sweep(5);
        QCOMPARE(m_profiles->queued(), 5);
        QCOMPARE(m_profiles->inFlight(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 5, 15000);
        QCOMPARE(m_graph->requests.size(), 5);
        QCOMPARE(m_profiles->inFlight(), 0);
        // The sixth was left for another time; the five failed ones wait for their retry time.
        QCOMPARE(m_store->profilesDue(m_now).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
