#include "MessageListModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

namespace wasel::models {

MessageListModel::MessageListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::messageInserted, this, &MessageListModel::onMessageInserted);
    connect(m_store, &Store::messageChanged, this, &MessageListModel::onMessageChanged);
    connect(m_store, &Store::messageRemoved, this, &MessageListModel::onMessageRemoved);
}

void MessageListModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_highlighted = 0;
    m_pending.reset(); // it was the other conversation's
    m_pendingStored = false;
    m_rows = conversationId ? m_store->messages(conversationId, 0, m_pageSize) : QList<Message>();
    m_atStart = m_rows.size() < m_pageSize;
    m_busy = true;
    endResetModel();
    m_busy = false;
}

void MessageListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_pending ? 1 : 0);
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_viewFetches && hasOlder();
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadOlder();
}

bool MessageListModel::hasOlder() const
{
    return m_conversationId != 0 && !m_atStart && !m_busy;
}

void MessageListModel::loadOlder()
{
    if (!hasOlder())
        return;
    const qint64 oldest = m_rows.isEmpty() ? 0 : m_rows.first().id;
    const QList<Message> older = m_store->messages(m_conversationId, oldest, m_pageSize);
    m_atStart = older.size() < m_pageSize;
    if (older.isEmpty())
        return;
    m_busy = true;
    beginInsertRows(QModelIndex(), 0, int(older.size() - 1));
    m_rows = older + m_rows;
    endInsertRows();
    m_busy = false;
    // The previously first message may no longer start a day now that it has a predecessor.
    const QModelIndex formerFirst = index(int(older.size()), 0);
    Q_EMIT dataChanged(formerFirst, formerFirst, {MessageRole::StartsNewDay});
}

int MessageListModel::rowOf(qint64 messageId) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).id == messageId)
            return i;
    }
    return -1;
}

int MessageListModel::loadThrough(qint64 messageId)
{
    const auto target = m_store->message(messageId);
    if (!target || target->conversationId != m_conversationId)
        return -1;
    int row = rowOf(messageId);
    while (row < 0 && hasOlder()) {
        loadOlder();
        row = rowOf(messageId);
    }
    return row;
}

void MessageListModel::setHighlightedMessage(qint64 messageId)
{
    const int before = m_highlighted ? rowOf(m_highlighted) : -1;
    m_highlighted = messageId;
    const int after = messageId ? rowOf(messageId) : -1;
    for (int row : {before, after}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {MessageRole::Highlighted});
    }
}

void MessageListModel::onMessageInserted(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId || rowOf(messageId) >= 0)
        return;
    const auto message = m_store->message(messageId);
    if (!message)
        return;
    // Rows are in the order things were said (the store's order); a backfilled older message goes
    // where its time belongs.
    const auto after = [&message](const Message &row) {
        return std::pair(row.createdAt, row.id) > std::pair(message->createdAt, message->id);
    };
    int row = int(m_rows.size());
    while (row > 0 && after(m_rows.at(row - 1)))
        --row;
    if (row == 0 && !m_atStart)
        return; // older than everything loaded: it arrives with fetchMore()
    if (m_pending && row == m_rows.size() && message->direction == Direction::Out
        && message->sender == SenderKind::Ai) {
        // The reply the AI was writing is stored: the row that showed it becomes the message, in
        // place, so the thread neither jumps nor flickers.
        m_pending.reset();
        m_pendingStored = true;
        m_rows.append(*message);
        const QModelIndex replaced = index(row, 0);
        Q_EMIT dataChanged(replaced, replaced);
        return;
    }
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, *message);
    endInsertRows();
    if (row + 1 < rowCount()) {
        const QModelIndex next = index(row + 1, 0);
        Q_EMIT dataChanged(next, next, {MessageRole::StartsNewDay});
    }
}

void MessageListModel::onMessageChanged(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId)
        return;
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    const auto message = m_store->message(messageId);
    if (!message)
        return;
    m_rows[row] = *message;
    const QModelIndex changed = index(row, 0);
    Q_EMIT dataChanged(changed, changed);
}

void MessageListModel::onMessageRemoved(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId)
        return;
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    // The message after it may now start a new day.
    if (row < rowCount()) {
        const QModelIndex next = index(row, 0);
        Q_EMIT dataChanged(next, next, {MessageRole::StartsNewDay});
    }
}

bool MessageListModel::startsNewDay(int row) const
{
    if (row == 0)
        return true;
    return messageAt(row - 1).createdAt.toLocalTime().date() != messageAt(row).createdAt.toLocalTime().date();
}

void MessageListModel::setPendingReply(const QString &text, const QString &senderName)
{
    if (text.isEmpty() || !m_conversationId)
        return clearPendingReply();
    if (m_pendingStored)
        return;
    const int row = int(m_rows.size());
    if (m_pending) {
        if (m_pending->body == text && m_pending->senderName == senderName)
            return;
        m_pending->body = text;
        m_pending->senderName = senderName;
        const QModelIndex grown = index(row, 0);
        Q_EMIT dataChanged(grown, grown,
                           {Qt::DisplayRole, MessageRole::Text, MessageRole::TextDirection, MessageRole::SenderName});
        return;
    }
    Message m;
    m.conversationId = m_conversationId;
    m.direction = Direction::Out;
    m.sender = SenderKind::Ai;
    m.senderName = senderName;
    m.body = text;
    m.status = MessageStatus::Queued;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.updatedAt = m.createdAt;
    beginInsertRows(QModelIndex(), row, row);
    m_pending = m;
    endInsertRows();
}

void MessageListModel::clearPendingReply()
{
    m_pendingStored = false;
    if (!m_pending)
        return;
    const int row = int(m_rows.size());
    beginRemoveRows(QModelIndex(), row, row);
    m_pending.reset();
    endRemoveRows();
}

namespace {

QVariantList attachmentList(const QList<Attachment> &attachments)
{
    QVariantList list;
    for (const Attachment &a : attachments) {
        list.append(QVariantMap{
            {QStringLiteral("kind"), toString(a.kind)},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("localPath"), a.localPath},
            {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("fileName"), a.fileName},
            {QStringLiteral("size"), a.size},
        });
    }
    return list;
}

} // namespace

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = messageAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole::Text:
        return m.body;
    case MessageRole::Id:
        return m.id;
    case MessageRole::ConversationId:
        return m.conversationId;
    case MessageRole::Direction:
        return int(m.direction);
    case MessageRole::Sender:
        return int(m.sender);
    case MessageRole::SenderName:
        return m.senderName;
    case MessageRole::Kind:
        return int(m.kind);
    case MessageRole::TextDirection:
        return int(m.body.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    case MessageRole::Payload:
        return QJsonDocument::fromJson(m.payloadJson.toUtf8()).object().toVariantMap();
    case MessageRole::Attachments:
        return attachmentList(m.attachments);
    case MessageRole::ExternalId:
        return m.externalId;
    case MessageRole::ReplyToExternalId:
        return m.replyToExternalId;
    case MessageRole::Status:
        return int(m.status);
    case MessageRole::StatusReason:
        return m.statusReason;
    case MessageRole::CreatedAt:
        return m.createdAt;
    case MessageRole::StartsNewDay:
        return startsNewDay(index.row());
    case MessageRole::Unsent:
        return m.unsentAt.isValid();
    case MessageRole::Edited:
        return m.editedAt.isValid();
    case MessageRole::Reaction:
        return m.reaction;
    case MessageRole::Highlighted:
        return m_highlighted != 0 && m.id == m_highlighted;
    case MessageRole::AiDraft:
        return int(m.aiDraft);
    case MessageRole::Pending:
        return index.row() >= m_rows.size();
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {MessageRole::Id, "messageId"},
        {MessageRole::ConversationId, "conversationId"},
        {MessageRole::Direction, "direction"},
        {MessageRole::Sender, "sender"},
        {MessageRole::SenderName, "senderName"},
        {MessageRole::Kind, "kind"},
        {MessageRole::Text, "text"},
        {MessageRole::TextDirection, "textDirection"},
        {MessageRole::Payload, "payload"},
        {MessageRole::Attachments, "attachments"},
        {MessageRole::ExternalId, "externalId"},
        {MessageRole::ReplyToExternalId, "replyToExternalId"},
        {MessageRole::Status, "status"},
        {MessageRole::StatusReason, "statusReason"},
        {MessageRole::CreatedAt, "createdAt"},
        {MessageRole::StartsNewDay, "startsNewDay"},
        {MessageRole::Unsent, "unsent"},
        {MessageRole::Edited, "edited"},
        {MessageRole::Reaction, "reaction"},
        {MessageRole::Highlighted, "highlighted"},
        {MessageRole::AiDraft, "aiDraft"},
        {MessageRole::Pending, "pending"},
    };
}

} // namespace wasel::models
