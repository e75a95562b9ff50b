#pragma once

// What one outbound message becomes on Meta's Send API (API_CONTRACTS.md §2.1): a list of
// "message" objects sent one after the other — each attachment, the text split at the channel's
// limit, then the product cards (generic template) — with the quick replies on the last piece of
// text. Everything Meta would refuse with a 400 (too many quick replies, a title too long, a
// button without its URL) is found here first and said in words staff understand.

#include "domain/Types.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcMeta)

namespace wasel::channels::graph {

using Json = nlohmann::json;

struct Part {
    Json message; // the Send API "message" object
    // A local file: uploaded first (Attachment Upload API), then sent by its attachment_id.
    QString uploadPath;
    QString uploadType; // image, video, audio, file
    QString mimeType;
    QString fileName;
};

struct Plan {
    QList<Part> parts;
    QString error; // set: nothing may be sent
    bool media = false; // audio or video: Meta's slower rate limit applies
};

// Meta's limits (Send API reference, "Quick replies", "Generic template").
constexpr int MaxQuickReplies = 13;
constexpr int MaxQuickReplyTitle = 20;
constexpr int MaxCards = 10;
constexpr int MaxCardText = 80; // title and subtitle
constexpr int MaxButtons = 3;
constexpr int MaxButtonTitle = 20;
constexpr qint64 MaxUploadBytes = 25 * 1024 * 1024;

// The message's parts; `textLimit` is the channel's characters per message.
Plan plan(const models::Message &message, int textLimit);

// Splits text into pieces of at most `limit` characters, at spaces or line breaks when there are
// any, never inside a surrogate pair or a grapheme cluster.
QStringList splitText(const QString &text, int limit);

// "image", "video", "audio" or "file" for an attachment's kind.
QString attachmentType(models::MessageKind kind);

// How staff chose to answer a comment: payloadJson {"reply": "private"} sends a private message
// (Private Replies); anything else a public reply under the post.
bool isPrivateReply(const models::Message &message);
// Attachments, quick replies or cards: what a public comment reply cannot carry.
bool hasMoreThanText(const models::Message &message);

} // namespace wasel::channels::graph
