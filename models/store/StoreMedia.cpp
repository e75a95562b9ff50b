// Customer media waiting to be downloaded, and the downloaded copies recorded on their attachments.

#include "Store.h"
#include "StorePrivate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wasel::models {

using namespace sql;

namespace {

QString targetSelect()
{
    return QStringLiteral(R"(SELECT at.id, m.id, m.conversation_id, m.channel, ca.external_id, at.kind, m.payload,
            at.url, at.mime_type, m.created_at
        FROM attachments at
        JOIN messages m ON m.id = at.message_id
        JOIN conversations c ON c.id = m.conversation_id
        JOIN channel_accounts ca ON ca.id = c.account_id
        WHERE at.local_path = '' AND m.direction = 'in' AND m.channel IN ('whatsapp', 'twilio_whatsapp')
          AND at.kind <> 'location')"); // a place is a geo: link, nothing to download
}

MediaTarget readTarget(const QSqlQuery &q)
{
    MediaTarget t;
    t.attachmentId = q.value(0).toLongLong();
    t.messageId = q.value(1).toLongLong();
    t.conversationId = q.value(2).toLongLong();
    t.channel = channelKindFromString(q.value(3).toString()).value_or(ChannelKind::WhatsApp);
    t.accountExternalId = q.value(4).toString();
    t.kind = messageKindFromString(q.value(5).toString()).value_or(MessageKind::File);
    // The Cloud API parser keeps the media id in the message's payload: {"media_id": "…"}.
    const QJsonObject payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    t.mediaId = payload.value(QLatin1String("media_id")).toString();
    t.url = q.value(7).toString();
    t.mimeType = q.value(8).toString();
    t.createdAt = toDateTime(q.value(9));
    return t;
}

} // namespace

QList<MediaTarget> Store::mediaToDownload(qint64 messageId) const
{
    QList<MediaTarget> result;
    QSqlQuery q = exec(d->db, targetSelect() + QStringLiteral(" AND m.id = ? ORDER BY at.id"), {messageId});
    while (q.next())
        result.append(readTarget(q));
    return result;
}

QList<MediaTarget> Store::mediaDue(const QDateTime &since, int limit) const
{
    QList<MediaTarget> result;
    QSqlQuery q =
        exec(d->db, targetSelect() + QStringLiteral(" AND m.created_at >= ? ORDER BY m.id DESC, at.id LIMIT ?"),
             {fromDateTime(since), limit});
    while (q.next())
        result.append(readTarget(q));
    return result;
}

bool Store::saveAttachmentFile(qint64 attachmentId, const QString &localPath, const QString &mimeType, qint64 size)
{
    QSqlQuery found = exec(d->db,
                           QStringLiteral("SELECT m.conversation_id, m.id FROM attachments at"
                                          " JOIN messages m ON m.id = at.message_id WHERE at.id = ?"),
                           {attachmentId});
    if (!found.next())
        return d->fail(QStringLiteral("no attachment %1").arg(attachmentId));
    const qint64 conversationId = found.value(0).toLongLong();
    const qint64 messageId = found.value(1).toLongLong();
    found.finish();
    // The webhook's MIME type stays when the download's answer named none.
    if (!ok(exec(d->db,
                 QStringLiteral("UPDATE attachments SET local_path = ?, size = ?,"
                                " mime_type = CASE WHEN ? = '' THEN mime_type ELSE ? END WHERE id = ?"),
                 {localPath, size, mimeType, mimeType, attachmentId})))
        return d->fail(QStringLiteral("cannot record the downloaded file of attachment %1").arg(attachmentId));
    d->notify(&Store::messageChanged, conversationId, messageId);
    return true;
}

} // namespace wasel::models
