#include "CommandLine.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace wasel::app {

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Wasel: one inbox for Instagram, Messenger, WhatsApp, email, web chat and ManyChat.\n\n"
                       "Commands:\n"
                       "  (none)   run the desktop app\n"
                       "  export   write every message as JSON Lines or CSV\n"
                       "  replay   parse and apply stored webhook events again\n"
                       "  kb import|export FILE   the knowledge base (products, FAQs) as CSV\n"
                       "  triage TEXT...          language, intent, handover and routing rules of each text\n"
                       "  send --conversation ID TEXT...   queue a reply through a running Wasel's local API\n"
                       "                          (WASEL_API_TOKEN; --listen if not 127.0.0.1:8787)"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Workspace folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open a throwaway demo workspace with a live simulator."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: ar, th or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("No window: webhook server, store and outbox only."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Webhook server address (default 127.0.0.1:8787)."),
                                    QStringLiteral("ADDR:PORT"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("export: jsonl or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("export: write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption failed(QStringLiteral("failed"),
                                    QStringLiteral("replay: also the events that failed before."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("Quit after MS milliseconds."),
                                       QStringLiteral("MS"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to FILE once it is shown, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption channels(QStringLiteral("channels"),
                                      QStringLiteral("headless: the channels file (accounts and token variables)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption conversation(QStringLiteral("conversation"),
                                          QStringLiteral("send: the conversation to answer."), QStringLiteral("ID"));
    // The inbox benchmark's probes (tests/bench/inbox), not for people: hidden from --help.
    QCommandLineOption benchReport(QStringLiteral("bench-report"),
                                   QStringLiteral("Write start-up and paint timestamps to FILE, then quit."),
                                   QStringLiteral("FILE"));
    benchReport.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchOpen(QStringLiteral("bench-open"),
                                 QStringLiteral("With --bench-report: open conversation ID after the first paint."),
                                 QStringLiteral("ID"));
    benchOpen.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, dataDir, demo, lang, headless, listen, format, output, failed, quitAfter,
                       screenshot, channels, conversation, benchReport, benchOpen});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("export, replay, kb or triage (optional), and its arguments."),
                                 QStringLiteral("[command] [arguments...]"));
    cl.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    if (parser.isSet(help)) {
        cl.mode = CommandLine::Mode::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.mode = CommandLine::Mode::Version;
        return cl;
    }

    cl.dataDir = parser.value(dataDir);
    cl.demo = parser.isSet(demo);
    cl.language = parser.value(lang);
    cl.exportFormat = parser.value(format);
    cl.outputFile = parser.value(output);
    cl.failedOnly = parser.isSet(failed);
    cl.screenshot = parser.value(screenshot);
    cl.channelsFile = parser.value(channels);
    cl.benchReport = parser.value(benchReport);
    if (parser.isSet(benchOpen)) {
        bool ok = false;
        cl.benchOpen = parser.value(benchOpen).toLongLong(&ok);
        if (!ok || cl.benchOpen <= 0 || cl.benchReport.isEmpty())
            cl.error = QStringLiteral("--bench-open takes a conversation id and needs --bench-report FILE");
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        cl.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || cl.quitAfterMs <= 0)
            cl.error = QStringLiteral("--quit-after takes a number of milliseconds");
    }
    if (!cl.language.isEmpty() && cl.language != QLatin1String("ar") && cl.language != QLatin1String("th")
        && cl.language != QLatin1String("en"))
        cl.error = QStringLiteral("--lang takes ar, th or en");

    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (!ok || port > 65535 || QHostAddress(host).isNull())
            cl.error = QStringLiteral("--listen takes ADDRESS:PORT, for example 127.0.0.1:8787");
        cl.listenAddress = host;
        cl.listenPort = quint16(port);
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QStringList rest = positional.mid(1);
    if (!rest.isEmpty() && command != QLatin1String("kb") && command != QLatin1String("triage")
        && command != QLatin1String("send")) {
        cl.error = QStringLiteral("unexpected arguments: %1").arg(rest.join(u' '));
    } else if (command == QLatin1String("export")) {
        cl.mode = CommandLine::Mode::Export;
        if (cl.dataDir.isEmpty())
            cl.error = QStringLiteral("export needs --data-dir DIR");
        else if (cl.exportFormat != QLatin1String("jsonl") && cl.exportFormat != QLatin1String("csv"))
            cl.error = QStringLiteral("export needs --format jsonl or --format csv");
    } else if (command == QLatin1String("replay")) {
        cl.mode = CommandLine::Mode::Replay;
        if (cl.dataDir.isEmpty())
            cl.error = QStringLiteral("replay needs --data-dir DIR");
    } else if (command == QLatin1String("kb")) {
        const QString action = rest.value(0);
        cl.mode = action == QLatin1String("export") ? CommandLine::Mode::KbExport : CommandLine::Mode::KbImport;
        cl.file = rest.value(1);
        if (action != QLatin1String("import") && action != QLatin1String("export"))
            cl.error = QStringLiteral("kb takes import or export, then a CSV file");
        else if (rest.size() != 2 || cl.file.isEmpty())
            cl.error = QStringLiteral("kb %1 needs exactly one FILE").arg(action);
        else if (cl.dataDir.isEmpty())
            cl.error = QStringLiteral("kb %1 needs --data-dir DIR").arg(action);
    } else if (command == QLatin1String("triage")) {
        cl.mode = CommandLine::Mode::Triage;
        cl.texts = rest;
        if (cl.texts.isEmpty())
            cl.error = QStringLiteral("triage needs at least one TEXT");
    } else if (command == QLatin1String("send")) {
        cl.mode = CommandLine::Mode::Send;
        cl.texts = rest;
        bool ok = false;
        cl.conversationId = parser.value(conversation).toLongLong(&ok);
        if (!ok || cl.conversationId <= 0)
            cl.error = QStringLiteral("send needs --conversation ID (a number)");
        else if (rest.join(u' ').trimmed().isEmpty())
            cl.error = QStringLiteral("send needs the TEXT of the message");
    } else if (!command.isEmpty()) {
        cl.error = QStringLiteral("unknown command '%1' (expected export, replay, kb, triage or send)").arg(command);
    } else if (parser.isSet(headless)) {
        cl.mode = CommandLine::Mode::Headless;
        if (cl.dataDir.isEmpty())
            cl.error = QStringLiteral("--headless needs --data-dir DIR");
    }
    return cl;
}

} // namespace wasel::app
