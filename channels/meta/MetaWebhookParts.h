#pragma once

// The parts of MetaWebhook.cpp's single pass over a body, one file per part: messaging and standby
// items (MetaMessaging.cpp) and changes, i.e. comments and WhatsApp (MetaChanges.cpp). Internal to
// channels/meta.

#include "common/WireJson.h"
#include "domain/InboundEvent.h"

#include <QList>
#include <QString>

namespace wasel::channels::meta::detail {

// The array member `key`, or an empty array.
const wire::Json &arrayOf(const wire::Json &object, const char *key);
QString rawJson(const wire::Json &value);

// One `messaging[]` or `standby[]` item; standby items are another app's thread (handover protocol).
void parseMessagingItem(const wire::Json &item, models::ChannelKind channel, const QString &entryId, bool standby,
                        QList<models::InboundEvent> &out);
// The id of what a messaging item carries and what happened to it, so a redelivery gets the same
// key and a later change to the same message (unsent, reacted to again) does not.
QString messagingItemId(const wire::Json &item);

// A `comments` / `live_comments` (Instagram) or `feed` (Facebook Page) change about a comment.
void parseComment(const wire::Json &value, models::ChannelKind channel, const QString &entryId,
                  const QDateTime &entryTime, QList<models::InboundEvent> &out);
QString commentId(const wire::Json &value);
bool isCommentChange(const QString &field, const wire::Json &value);

// A WhatsApp Cloud API `messages` change: messages and statuses.
void parseWhatsApp(const wire::Json &value, QList<models::InboundEvent> &out);

} // namespace wasel::channels::meta::detail
