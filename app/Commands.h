#pragma once

// The command-line tools that are not the desktop app or the server: each reads the workspace,
// writes its output, and returns the process exit status. Kept out of main.cpp so tests can run
// them directly.

#include "CommandLine.h"

#include <QIODevice>

namespace wasel::app {

// wasel kb import|export --data-dir DIR FILE
int runKnowledgeCommand(const CommandLine &cl, QIODevice &out, QIODevice &err);
// wasel triage [--data-dir DIR] TEXT… : one JSON object per text.
int runTriageCommand(const CommandLine &cl, QIODevice &out, QIODevice &err);
// wasel send --conversation ID TEXT… : POSTs to the local API of the Wasel listening on --listen,
// with WASEL_API_TOKEN; prints the queued message's id and status.
int runSendCommand(const CommandLine &cl, QIODevice &out, QIODevice &err);

} // namespace wasel::app
