#pragma once

// The command line of the one `wasel` binary (QCommandLineParser):
//   wasel [--demo] [--data-dir DIR] [--lang ar|th|en]           the desktop app
//   wasel --headless --data-dir DIR [--listen ADDR:PORT]        webhook server, store, outbox only
//   wasel export --data-dir DIR --format jsonl|csv [--output FILE]
//   wasel replay --data-dir DIR [--failed]
//   wasel kb import|export --data-dir DIR FILE                   the knowledge base as CSV
//   wasel triage [--data-dir DIR] TEXT…                           language, intent, handover, rules
//   wasel send --conversation ID [--listen ADDR:PORT] TEXT…      through a running server's local API
// Parsing is separate from running so it can be tested without starting anything.

#include <QString>
#include <QStringList>

namespace wasel::app {

struct CommandLine {
    enum class Mode {
        Desktop,
        Headless,
        Export,
        Replay,
        KbImport,
        KbExport,
        Triage,
        Send,
        Help,
        Version
    };

    Mode mode = Mode::Desktop;
    QString dataDir;
    bool demo = false;
    QString language; // empty = the system's
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8787;
    QString exportFormat; // jsonl or csv
    QString outputFile; // empty = standard output
    bool failedOnly = false;
    int quitAfterMs = 0; // desktop: quit after this long (screenshots, smoke runs)
    QString screenshot; // desktop: save a picture of the window to this file, then quit
    QString benchReport; // desktop: write the inbox benchmark's timestamps to this file, then quit
    qint64 benchOpen = 0; // desktop, with benchReport: the conversation to open after the first paint
    QString channelsFile; // headless: the channel accounts this gateway serves (--channels)
    QString file; // kb import / export: the CSV file
    QStringList texts; // triage: the messages to look at; send: the words of the message
    qint64 conversationId = 0; // send

    QString error; // non-empty: print it with the usage and exit with status 2
    QString helpText;
};

CommandLine parseCommandLine(const QStringList &arguments);

} // namespace wasel::app
