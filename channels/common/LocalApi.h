#pragma once

// The local API for scripts and integrations, on the webhook server's port (issue 4):
//   GET  /api/conversations?status=&channel=      the conversation list, newest activity first
//   GET  /api/conversations/{id}/messages         a conversation's messages, oldest first
//   POST /api/conversations/{id}/messages         {"text": …}: queued through the outbox
// Every request needs "Authorization: Bearer <token>"; with no token configured the API is off and
// answers 401 saying so. `wasel send` is its command-line client.

#include "store/Store.h"

#include <QByteArray>

#include <functional>

class QHttpServer;

namespace wasel::channels {

// Adds the routes to `http`. `token` is asked on every request, so a changed token applies at once.
void installLocalApi(QHttpServer &http, models::Store &store, std::function<QByteArray()> token);

} // namespace wasel::channels
