#pragma once

// How large a file each channel takes, by what it is: the composer refuses a bigger one before it
// is queued, the connectors check again before uploading. Meta's Send API: 25 MB for any
// attachment (Messenger, Instagram). WhatsApp Cloud API: 5 MB images, 16 MB video and audio,
// 100 MB documents, 500 KB stickers. Twilio sends what a public URL serves (WhatsApp's limits
// apply there too).

#include "Types.h"

#include <QString>

namespace wasel::models {

// The largest file `kind` (Image, Video, Audio, Sticker, File) may be on `channel`; 0 when the
// channel takes no files.
qint64 maxAttachmentBytes(ChannelKind channel, MessageKind kind);

// What a file is by its MIME type: Image, Video, Audio or File.
MessageKind attachmentKindOf(const QString &mimeType);

} // namespace wasel::models
