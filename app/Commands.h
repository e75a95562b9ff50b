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

} // namespace wasel::app
