// WhatsApp templates listed from the Business Account against a loopback Graph API that asserts each
// request (fields, limit, the after cursor, the token), cached in the workspace settings, approved
// ones only, refreshed when a day old or on demand, and kept when a refresh fails.

#include "ChannelsConfig.h"
#include "FakeHttpServer.h"
#include "TemplateCatalog.h"
#include "store/Store.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace wasel;
using tests::ScriptedResponse;

namespace {

const QString Waba = QStringLiteral("102290129340398");

QByteArray page1(const QString &nextUrl)
{
    return QStringLiteral(R"({"data":[
        {"name":"order_update","language":"en_US","status":"APPROVED","category":"UTILITY","id":"1",
         "components":[{"type":"HEADER","format":"TEXT","text":"Order"},
                       {"type":"BODY","text":"Hello {{1}}, order {{2}} ships {{3}}. Thanks {{1}}!"}]},
        {"name":"new_offer","language":"ar","status":"PENDING","category":"MARKETING","id":"2",
         "components":[{"type":"BODY","text":"عرض {{1}}"}]},
        {"name":"broken"}],
      "paging":{"cursors":{"before":"B1","after":"QVFIU+1"},"next":"%1"}})")
        .arg(nextUrl)
        .toUtf8();
}

const QByteArray Page2 = R"({"data":[
    {"name":"order_update","language":"ar","status":"APPROVED","category":"UTILITY","id":"3",
     "components":[{"type":"BODY","text":"مرحبا {{1}}، طلبك {{2}} في الطريق"}]},
    {"name":"welcome","language":"th","status":"APPROVED","category":"MARKETING","id":"4",
     "components":[{"type":"BODY","text":"สวัสดีค่ะ"}]}],
  "paging":{"cursors":{"before":"B2","after":"C2"}}})";

} // namespace

class TestWhatsAppTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<tests::FakeHttpServer> m_graph;
    std::unique_ptr<models::Store> m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<app::TemplateCatalog> m_catalog;
    QDateTime m_now;
    int m_db = 0;

    bool refresh(bool force, QString *error = nullptr)
    {
        QSignalSpy done(m_catalog.get(), &app::TemplateCatalog::refreshed);
        m_catalog->refresh(Waba, force);
        if (done.isEmpty() && !done.wait(10000))
            return false;
        if (error)
            *error = done.first().at(2).toString();
        return done.first().at(1).toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_graph = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_graph->listen());
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_db))));
        m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        m_catalog = std::make_unique<app::TemplateCatalog>(m_store.get(), &m_network, [this] { return m_now; });
        app::ChannelsConfig channels;
        app::ChannelConfig number;
        number.kind = models::ChannelKind::WhatsApp;
        number.externalId = QStringLiteral("106540352242922");
        number.ids = {{QStringLiteral("phone_number_id"), number.externalId}, {QStringLiteral("waba_id"), Waba}};
        number.apiBase = m_graph->url();
        channels.channels = {number};
        m_catalog->configure(channels, [](const app::ChannelConfig &) { return QStringLiteral("WA_TOKEN"); });
    }

    void everyPageIsAskedForAndOnlyApprovedOnesAreCached()
    {
        m_graph->script.push_back(ScriptedResponse::json(200, page1(QStringLiteral("https://graph.example/next"))));
        m_graph->script.push_back(ScriptedResponse::json(200, Page2));
        QString error;
        QVERIFY2(refresh(false, &error), qPrintable(error));

        QCOMPARE(m_graph->requests.size(), 2);
        for (const auto &r : m_graph->requests) {
            QCOMPARE(r.method, QByteArray("GET"));
            QCOMPARE(r.path(), QByteArray("/v21.0/") + Waba.toLatin1() + "/message_templates");
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer WA_TOKEN"));
        }
        const QUrlQuery first(
            QString::fromLatin1(m_graph->requests[0].target.mid(m_graph->requests[0].target.indexOf('?') + 1)));
        QCOMPARE(first.queryItemValue(QStringLiteral("fields")),
                 QStringLiteral("name,language,status,category,components"));
        QCOMPARE(first.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QVERIFY(!first.hasQueryItem(QStringLiteral("after")));
        // The cursor, not paging.next: the token goes only to the configured API host.
        QVERIFY2(m_graph->requests[1].target.endsWith("&after=QVFIU%2B1"), m_graph->requests[1].target.constData());

        const auto all = m_catalog->templates(Waba);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].name, QStringLiteral("order_update"));
        QCOMPARE(all[0].language, QStringLiteral("en_US"));
        QCOMPARE(all[0].body, QStringLiteral("Hello {{1}}, order {{2}} ships {{3}}. Thanks {{1}}!"));
        QCOMPARE(all[0].variables, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(all[2].variables, QStringList());

        // The conversation's language first; "en" also finds "en_US".
        const auto arabic = m_catalog->templates(Waba, QStringLiteral("ar"));
        QCOMPARE(arabic.first().language, QStringLiteral("ar"));
        QCOMPARE(arabic.size(), 3);
        QCOMPARE(m_catalog->templates(Waba, QStringLiteral("en")).first().language, QStringLiteral("en_US"));
        QCOMPARE(m_catalog->fetchedAt(Waba), m_now);
        QCOMPARE(m_catalog->wabaOf(QStringLiteral("106540352242922")), Waba);
        QVERIFY(m_store->setting(app::TemplateCatalog::cacheKey(Waba)).contains(QLatin1String("\"fetched_at\"")));
    }

    void aFreshCacheIsNotAskedAgainUntilADayPassesOrOnDemand()
    {
        m_graph->script.push_back(ScriptedResponse::json(200, Page2));
        QVERIFY(refresh(false));
        QCOMPARE(m_graph->requests.size(), 1);

        m_now = m_now.addSecs(23 * 3600);
        QSignalSpy done(m_catalog.get(), &app::TemplateCatalog::refreshed);
        m_catalog->refresh(Waba);
        QCOMPARE(done.size(), 0);
        QCOMPARE(m_graph->requests.size(), 1);

        m_graph->script.push_back(ScriptedResponse::json(200, Page2));
        QVERIFY(refresh(true));
        QCOMPARE(m_graph->requests.size(), 2);

        m_now = m_now.addSecs(25 * 3600);
        m_graph->script.push_back(ScriptedResponse::json(200, Page2));
        QVERIFY(refresh(false));
        QCOMPARE(m_graph->requests.size(), 3);
    }

    void aFailedRefreshKeepsTheCache()
    {
        m_graph->script.push_back(ScriptedResponse::json(200, Page2));
        QVERIFY(refresh(false));
        const QString cached = m_store->setting(app::TemplateCatalog::cacheKey(Waba));
        m_graph->script.push_back(ScriptedResponse::json(
            400, R"({"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190}})"));
        QString error;
        QVERIFY(!refresh(true, &error));
        QVERIFY2(error.contains(QLatin1String("reconnect")), qPrintable(error));
        QCOMPARE(m_store->setting(app::TemplateCatalog::cacheKey(Waba)), cached);
        QCOMPARE(m_catalog->templates(Waba).size(), 2);
    }

    void garbageAndUnknownAccountsAskNothingAndCrashNothing()
    {
        m_store->setSetting(app::TemplateCatalog::cacheKey(Waba), QStringLiteral("{not json"));
        QCOMPARE(m_catalog->templates(Waba).size(), 0);
        QVERIFY(!m_catalog->fetchedAt(Waba).isValid());
        QSignalSpy done(m_catalog.get(), &app::TemplateCatalog::refreshed);
        m_catalog->refresh(QStringLiteral("../../me"), true);
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(1).toBool());
        QCOMPARE(m_graph->requests.size(), 0);

        m_graph->script.push_back(ScriptedResponse::json(200, "[1,2,3]"));
        QVERIFY(refresh(true));
        QCOMPARE(m_catalog->templates(Waba).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppTemplates)
#include "tst_whatsapptemplates.moc"
