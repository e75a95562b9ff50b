// The status bar's backfill progress, offscreen in WASEL_TEST_LANG (en, ar): a run against a
// loopback Graph API shows the account, "1 of 2" and Cancel — mirrored in Arabic — and Cancel
// stops the run and says so. Saved as a PNG to look at.

#include "BackfillBar.h"
#include "BackfillService.h"
#include "ChannelsConfig.h"
#include "FakeHttpServer.h"
#include "Translations.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace wasel;

class TestBackfillBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressAndCancel()
    {
        const QString lang = qEnvironmentVariable("WASEL_TEST_LANG", QStringLiteral("en"));
        QVERIFY(translations::install(*qApp, lang));
        if (lang == QLatin1String("ar"))
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);

        tests::FakeHttpServer graph;
        QVERIFY(graph.listen());
        const QByteArray now = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toLatin1();
        graph.script = {
            tests::ScriptedResponse::json(
                200,
                "{\"data\":[{\"id\":\"t_1\",\"updated_time\":\"" + now
                    + "\",\"participants\":{\"data\":[{\"id\":\"201\",\"name\":\"Layla\"}]}},"
                      "{\"id\":\"t_2\",\"updated_time\":\""
                    + now + "\",\"participants\":{\"data\":[{\"id\":\"202\",\"name\":\"Noor\"}]}}]}"),
            tests::ScriptedResponse::json(200, "{\"data\":[]}"),
            tests::ScriptedResponse::silence(), // t_2: still waiting when the picture is taken
        };
        models::Store store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        QNetworkAccessManager network;
        app::BackfillService backfill(&store, &network);
        app::ChannelConfig page;
        page.name = QStringLiteral("متجر ليلى");
        page.externalId = QStringLiteral("111");
        page.apiBase = graph.url();
        backfill.configure({{page}}, [](const app::ChannelConfig &) { return QStringLiteral("TOKEN"); });

        QMainWindow window;
        window.setCentralWidget(new QWidget(&window));
        auto *bar = new ui::BackfillBar(&backfill, &window);
        window.statusBar()->addPermanentWidget(bar);
        window.resize(900, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!bar->isVisible());

        QVERIFY(backfill.backfill(models::ChannelKind::Messenger, page.externalId));
        QTRY_COMPARE(graph.requests.size(), 3);
        QTRY_COMPARE(bar->bar()->value(), 1);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->bar()->maximum(), 2);
        QVERIFY(bar->label()->text().contains(page.name));
        QVERIFY(bar->cancelButton()->isVisible());
        if (lang != QLatin1String("en"))
            QVERIFY2(bar->cancelButton()->text() != QLatin1String("Cancel"), "Cancel is translated");
        const int labelX = bar->label()->mapTo(&window, QPoint(0, 0)).x();
        const int cancelX = bar->cancelButton()->mapTo(&window, QPoint(0, 0)).x();
        if (lang == QLatin1String("ar"))
            QVERIFY2(cancelX < labelX, "Cancel is left of the text in Arabic");
        else
            QVERIFY(cancelX > labelX);

        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QStringLiteral("backfill-%1.png").arg(lang));
        QVERIFY(window.grab().save(path));
        qInfo().noquote() << "screenshot:" << path;

        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QVERIFY(!backfill.isRunning());
        QVERIFY(!bar->cancelButton()->isVisible());
        QVERIFY(bar->label()->text().contains(page.name));
        QTRY_VERIFY(bar->label()->width() >= bar->label()->sizeHint().width()); // the reason is not cut off
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("backfill-cancelled-%1.png").arg(lang))));
    }
};

QTEST_MAIN(TestBackfillBar)
#include "tst_backfillbar.moc"
