#pragma once

// Wasel's provider-neutral outbound message → ManyChat's Dynamic Block v2 "content" object
// (API_CONTRACTS.md §4 and manychat/dynamic_block_docs): the same object goes inside sendContent's
// `data` and, whole with "version": "v2", into a Dynamic Block's HTTP response. Pure functions.
//
// Mapping: text pieces → "text" messages (the payload's "buttons" go on the last one); image,
// video, audio and file attachments with a web address → messages of that type; "cards" → one
// "cards" gallery; "quick_replies" → content.quick_replies. A web_url button becomes a "url"
// button; a postback button or quick reply goes to the ManyChat flow its payload names ("flow",
// target = the flow id), because sendContent does not support "node" targets.

#include "domain/Types.h"

#include <QByteArray>
#include <QString>

namespace wasel::channels::manychat {

struct ContentBuild {
    QByteArray content; // {"type"?, "messages": [...], "quick_replies"?: [...]} as JSON
    QString error; // non-empty: nothing can be sent; a sentence for staff
};

// channelType: "instagram", "whatsapp" or "telegram" for pages whose subscribers live there
// (content.type), empty for Messenger.
ContentBuild buildContent(const models::Message &message, int textLimit, const QString &channelType = QString());

// The Dynamic Block v2 response: {"version": "v2", "content": content}.
QByteArray dynamicBlock(const QByteArray &contentJson);
// The answer when there is nothing to say in the same response: a v2 block with no messages.
QByteArray emptyDynamicBlock();

} // namespace wasel::channels::manychat
