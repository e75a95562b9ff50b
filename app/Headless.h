#pragma once

// `wasel --headless` (the always-on gateway: webhook server, store, outbox and automation, no
// window; secrets from the environment) and `wasel replay` (apply stored events again).

#include "CommandLine.h"

#include <QIODevice>

namespace wasel::app {

// Runs until SIGTERM or SIGINT; prints "wasel: listening on http://ADDRESS:PORT" once ready.
int runHeadless(const CommandLine &cl, QIODevice &out, QIODevice &err);

// Applies the events left pending (and, with --failed, the failed ones). Exit status 1 when an
// event still fails, with its reason printed.
int runReplay(const CommandLine &cl, QIODevice &out, QIODevice &err);

} // namespace wasel::app
