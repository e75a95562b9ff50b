// The thin executable (STYLE.md §1): parse the command line, build the AppContext, run.

#include "AppContext.h"
#include "BenchReport.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Exporter.h"
#include "Headless.h"
#include "MainWindow.h"
#include "Translations.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

using namespace wasel;

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

int runExport(const app::CommandLine &cl)
{
    const QString path = QDir(cl.dataDir).filePath(QStringLiteral("wasel.sqlite"));
    if (!QFile::exists(path)) {
        printErr(QStringLiteral("wasel export: no workspace at %1").arg(cl.dataDir));
        return 1;
    }
    models::Store store;
    if (!store.open(path)) {
        printErr(QStringLiteral("wasel export: %1").arg(store.lastError().message));
        return 1;
    }
    QFile out;
    const bool opened = cl.outputFile.isEmpty()
        ? out.open(stdout, QIODevice::WriteOnly)
        : (out.setFileName(cl.outputFile), out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        printErr(QStringLiteral("wasel export: cannot write %1: %2").arg(cl.outputFile, out.errorString()));
        return 1;
    }
    const auto format = cl.exportFormat == QLatin1String("csv") ? app::ExportFormat::Csv : app::ExportFormat::JsonLines;
    const app::ExportResult result = app::exportMessages(store, format, out);
    if (!result.ok) {
        printErr(QStringLiteral("wasel export: %1").arg(result.error));
        return 1;
    }
    return 0;
}

int runDesktop(QApplication &application, const app::CommandLine &cl)
{
    translations::install(application, cl.language);
    if (cl.language == QLatin1String("ar"))
        QGuiApplication::setLayoutDirection(Qt::RightToLeft); // the whole window mirrors

    const qint64 startedUs = app::BenchReport::nowUs();
    app::AppContext context;
    QString error;
    if (!context.start({cl.dataDir, cl.demo, cl.language, QString()}, &error)) {
        printErr(QStringLiteral("wasel: %1").arg(error));
        return 1;
    }
    ui::MainWindow window(&context);
    if (!cl.benchReport.isEmpty()) {
        auto *report = new app::BenchReport(cl.benchReport, cl.benchOpen, &window);
        report->mark(QStringLiteral("desktop_start"), startedUs);
        report->mark(QStringLiteral("window_built"));
    }
    window.resize(1280, 800);
    window.show();
    if (context.isDemo())
        context.startLiveDemo();
    else
        context.startGateway(cl.listenAddress, cl.listenPort);

    if (!cl.screenshot.isEmpty()) {
        // Let layouts settle and the first paint happen, then save the picture and leave.
        QTimer::singleShot(cl.quitAfterMs > 0 ? cl.quitAfterMs : 800, &window, [&window, &cl] {
            if (!window.grab().save(cl.screenshot))
                printErr(QStringLiteral("wasel: cannot save the screenshot to %1").arg(cl.screenshot));
            QCoreApplication::quit();
        });
    } else if (cl.quitAfterMs > 0) {
        QTimer::singleShot(cl.quitAfterMs, &application, &QCoreApplication::quit);
    }
    return application.exec();
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // glibc gives memory back to the system as soon as 128 KiB are free at the top of the heap. SQLite
    // allocates and frees a small page cache for every statement with an IN list, so under webhook
    // load the heap shrank and grew (brk, page faults, TLB flushes) a thousand times a second: keep
    // up to 16 MiB instead. Measured in tests/bench/ingest: +50 % requests per second.
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const app::CommandLine cl = app::parseCommandLine(arguments);
    if (!cl.error.isEmpty()) {
        printErr(QStringLiteral("wasel: %1\n\n%2").arg(cl.error, cl.helpText));
        return 2;
    }

    QCoreApplication::setApplicationName(QStringLiteral("Wasel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Wasel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WASEL_VERSION));

    switch (cl.mode) {
    case app::CommandLine::Mode::Help:
        std::fputs(qPrintable(cl.helpText), stdout);
        return 0;
    case app::CommandLine::Mode::Version:
        std::fputs("wasel " WASEL_VERSION "\n", stdout);
        return 0;
    case app::CommandLine::Mode::Export: {
        QCoreApplication application(argc, argv);
        return runExport(cl);
    }
    case app::CommandLine::Mode::KbImport:
    case app::CommandLine::Mode::KbExport:
    case app::CommandLine::Mode::Send:
    case app::CommandLine::Mode::Triage: {
        QCoreApplication application(argc, argv);
        QFile out, err;
        out.open(stdout, QIODevice::WriteOnly);
        err.open(stderr, QIODevice::WriteOnly);
        if (cl.mode == app::CommandLine::Mode::Send)
            return app::runSendCommand(cl, out, err);
        return cl.mode == app::CommandLine::Mode::Triage ? app::runTriageCommand(cl, out, err)
                                                         : app::runKnowledgeCommand(cl, out, err);
    }
    case app::CommandLine::Mode::Headless:
    case app::CommandLine::Mode::Replay: {
        QCoreApplication application(argc, argv);
        QFile out, err;
        out.open(stdout, QIODevice::WriteOnly);
        err.open(stderr, QIODevice::WriteOnly);
        return cl.mode == app::CommandLine::Mode::Headless ? app::runHeadless(cl, out, err)
                                                           : app::runReplay(cl, out, err);
    }
    case app::CommandLine::Mode::Desktop:
        break;
    }
    QApplication application(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("wasel"));
    return runDesktop(application, cl);
}
