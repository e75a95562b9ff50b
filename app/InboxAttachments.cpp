// InboxActions' attachments: a file staff attach in the composer is checked against the channel,
// copied into the workspace's media folder (what is sent is that copy, so the original may move or
// change) and sent with the reply through the outbox, where each connector uploads it its own
// way (Meta's attachment upload, the Cloud API's media upload). Twilio fetches media from a
// public URL, so it cannot send a file from this computer: the composer says so instead.

#include "InboxActions.h"
#include "domain/MediaLimits.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

namespace wasel::app {

using namespace wasel::models;

namespace {

constexpr auto StagedPrefix = QLatin1String("outgoing-");

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'g', 3);
}

} // namespace

QString InboxActions::attachmentsUnavailable(qint64 conversationId) const
{
    const auto address = m_store->conversationAddress(conversationId);
    if (!address)
        return tr("Choose a conversation first.");
    const auto conversation = m_store->conversation(conversationId);
    if (conversation && !conversation->threadKey.isEmpty()
        && (address->channel == ChannelKind::Messenger || address->channel == ChannelKind::Instagram))
        return tr("Files cannot go under a post; open the customer's chat to send one.");
    if (address->channel == ChannelKind::TwilioWhatsApp)
        return tr("Twilio fetches files from a public web address, so a file on this computer cannot be sent "
                  "through it: paste a link to the file instead.");
    if (maxAttachmentBytes(address->channel, MessageKind::File) == 0)
        return tr("Files cannot be sent on this channel yet.");
    if (m_mediaDir.isEmpty())
        return tr("This workspace has no media folder.");
    return {};
}

std::optional<Attachment> InboxActions::stageAttachment(qint64 conversationId, const QString &path)
{
    if (const QString why = attachmentsUnavailable(conversationId); !why.isEmpty()) {
        Q_EMIT failed(why);
        return std::nullopt;
    }
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        Q_EMIT failed(tr("%1 cannot be read.").arg(file.fileName().isEmpty() ? path : file.fileName()));
        return std::nullopt;
    }
    const auto address = m_store->conversationAddress(conversationId);
    const QString mime = QMimeDatabase().mimeTypeForFile(file).name();
    const MessageKind kind = attachmentKindOf(mime);
    const qint64 limit = maxAttachmentBytes(address->channel, kind);
    if (file.size() > limit) {
        Q_EMIT failed(
            tr("%1 is %2 MB; %3 takes at most %4 MB for this kind of file.")
                .arg(file.fileName(), megabytes(file.size()), channelDisplayName(address->channel), megabytes(limit)));
        return std::nullopt;
    }
    if (file.size() == 0) {
        Q_EMIT failed(tr("%1 is empty.").arg(file.fileName()));
        return std::nullopt;
    }
    if (!QDir().mkpath(m_mediaDir)) {
        Q_EMIT failed(tr("The media folder %1 cannot be created.").arg(m_mediaDir));
        return std::nullopt;
    }
    const QString suffix = file.suffix().isEmpty() ? QString() : u'.' + file.suffix().toLower();
    const QString copy = QDir(m_mediaDir).filePath(StagedPrefix + QUuid::createUuid().toString(QUuid::Id128) + suffix);
    if (!QFile::copy(path, copy)) {
        Q_EMIT failed(tr("%1 cannot be copied into the workspace.").arg(file.fileName()));
        return std::nullopt;
    }
    Attachment a;
    a.kind = kind;
    a.localPath = copy;
    a.mimeType = mime;
    a.fileName = file.fileName();
    a.size = file.size();
    return a;
}

void InboxActions::discardStaged(const Attachment &attachment)
{
    const QFileInfo file(attachment.localPath);
    // Only a copy this class made, inside the media folder: never a file staff picked.
    if (m_mediaDir.isEmpty() || !file.fileName().startsWith(StagedPrefix)
        || QDir(file.absolutePath()).canonicalPath() != QDir(m_mediaDir).canonicalPath())
        return;
    QFile::remove(file.absoluteFilePath());
}

} // namespace wasel::app
