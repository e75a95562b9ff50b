#pragma once

// Writes a large, realistic workspace for the inbox benchmark (tests/bench/inbox/run.sh).
//
// The store creates the schema (Store::open runs the migrations); the rows are then written
// straight into its tables with prepared statements in large transactions, which is two orders of
// magnitude faster than Store::apply per message. Every column Store::apply and touchConversation
// maintain is filled the same way (previews, last customer message, unread counts, the full-text
// index through search::indexText), so the app cannot tell the workspace from a real one.
//
// Content is a pure function of the seed: channels (WhatsApp, Instagram, Messenger, Twilio, email,
// widget, ManyChat), customers with Arabic, Thai or English names and one or two identities,
// statuses, assignees, labels, unread counts, failed replies, image attachments, and one
// conversation of exactly `bigConversation` messages. Times are relative to `now`.

#include <QDateTime>
#include <QString>

namespace wasel::bench {

struct GeneratorOptions {
    int conversations = 100000;
    int messages = 1000000; // in total, the big conversation included
    int bigConversation = 10000; // messages of the one long conversation (0 = none)
    quint32 seed = 1;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

struct GeneratorResult {
    bool ok = false;
    QString error;
    qint64 bigConversationId = 0;
    int customers = 0;
    int conversations = 0;
    int messages = 0;
};

// Creates `path` (which must not exist yet) and fills it.
GeneratorResult generateInbox(const QString &path, const GeneratorOptions &options);

} // namespace wasel::bench
