#include "ConversationListModel.h"

#include "domain/ReplyWindow.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wasel::models {

namespace {

// Activity order: newer first, ties broken by the higher id.
bool before(const Conversation &a, const Conversation &b)
{
    if (a.lastActivityAt != b.lastActivityAt)
        return a.lastActivityAt > b.lastActivityAt;
    return a.id > b.id;
}

} // namespace

QString initialsOf(const QString &name)
{
    const QStringList parts = name.simplified().split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const QString &part : parts) {
        // Take a whole grapheme's first code point; skip parts that start with a digit or symbol.
        const QChar first = part.at(0);
        if (!first.isLetter())
            continue;
        initials += first.isHighSurrogate() && part.size() > 1 ? part.left(2) : QString(first);
        if (initials.size() >= 2)
            break;
    }
    if (initials.isEmpty() && !name.isEmpty())
        initials = name.left(1);
    return initials.toUpper();
}

ConversationListModel::ConversationListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::conversationChanged, this, &ConversationListModel::onConversationChanged);
    connect(m_store, &Store::messageChanged, this,
            [this](qint64 conversationId, qint64) { onConversationChanged(conversationId); });
}

void ConversationListModel::setQuery(const ConversationQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.after.reset();
    m_rows.clear();
    m_atEnd = false;
    m_busy = true;
    endResetModel();
    m_busy = false;
}

void ConversationListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ConversationQuery page = m_query;
    page.limit = m_pageSize;
    if (!m_rows.isEmpty())
        page.after = std::make_pair(m_rows.last().lastActivityAt, m_rows.last().id);
    QList<Conversation> rows = m_store->conversations(page);
    m_atEnd = rows.size() < m_pageSize;
    // A row that arrived through a change signal while paging is already here.
    rows.removeIf([this](const Conversation &c) { return rowOf(c.id) >= 0; });
    if (rows.isEmpty())
        return;
    m_busy = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    m_busy = false;
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conversationId)
            return i;
    }
    return -1;
}

qint64 ConversationListModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConversationListModel::sortedPosition(const Conversation &c) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), c, before);
    return int(it - m_rows.cbegin());
}

void ConversationListModel::onConversationChanged(qint64 conversationId)
{
    const int row = rowOf(conversationId);
    const auto current = m_store->conversation(conversationId);
    const bool matches = current && m_store->conversationMatches(conversationId, m_query);

    if (row >= 0 && !matches) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (!matches)
        return;

    if (row < 0) {
        const int to = sortedPosition(*current);
        // Past the loaded pages it will come with a later fetchMore().
        if (to == m_rows.size() && !m_atEnd)
            return;
        beginInsertRows(QModelIndex(), to, to);
        m_rows.insert(to, *current);
        endInsertRows();
        return;
    }

    m_rows[row] = *current;
    Conversation moving = m_rows.takeAt(row);
    const int to = sortedPosition(moving);
    m_rows.insert(row, moving);
    if (to != row) {
        // beginMoveRows wants the destination as a row index before the move.
        const int destination = to > row ? to + 1 : to;
        if (beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)) {
            m_rows.move(row, to);
            endMoveRows();
        }
    }
    const QModelIndex changed = index(to, 0);
    Q_EMIT dataChanged(changed, changed);
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ConversationRole::CustomerName:
        return c.customerName;
    case Qt::ToolTipRole:
        return c.lastMessagePreview;
    case ConversationRole::Id:
        return c.id;
    case ConversationRole::CustomerId:
        return c.customerId;
    case ConversationRole::CustomerInitials:
        return initialsOf(c.customerName);
    case ConversationRole::AvatarUrl:
        return c.avatarUrl;
    case ConversationRole::AvatarPath:
        return c.avatarPath;
    case ConversationRole::CustomerUsername:
        return c.customerUsername;
    case ConversationRole::Channel:
        return int(c.channel);
    case ConversationRole::ChannelName:
        return toString(c.channel);
    case ConversationRole::ThreadKey:
        return c.threadKey;
    case ConversationRole::LastMessagePreview:
        return c.lastMessagePreview;
    case ConversationRole::LastMessageDirection:
        return int(c.lastMessageDirection);
    case ConversationRole::LastMessageKind:
        return int(c.lastMessageKind);
    case ConversationRole::LastMessageUnsent:
        return c.lastMessageUnsent;
    case ConversationRole::LastMessageSender:
        return int(c.lastMessageSender);
    case ConversationRole::LastMessageAiDraft:
        return c.lastMessageAiDraft;
    case ConversationRole::LastActivityAt:
        return c.lastActivityAt;
    case ConversationRole::LastCustomerMessageAt:
        return c.lastCustomerMessageAt;
    case ConversationRole::ReplyWindowState:
        return int(replyWindow(c.channel, c.lastCustomerMessageAt, QDateTime::currentDateTimeUtc()).state);
    case ConversationRole::ReplyWindowClosesAt:
        return replyWindow(c.channel, c.lastCustomerMessageAt, QDateTime::currentDateTimeUtc()).closesAt;
    case ConversationRole::UnreadCount:
        return c.unreadCount;
    case ConversationRole::Status:
        return int(c.status);
    case ConversationRole::SnoozedUntil:
        return c.snoozedUntil;
    case ConversationRole::Assignee:
        return c.assignee;
    case ConversationRole::Priority:
        return int(c.priority);
    case ConversationRole::AiMode:
        return int(c.aiMode);
    case ConversationRole::NeedsHuman:
        return c.needsHuman;
    case ConversationRole::Labels:
        return c.labels;
    case ConversationRole::Context:
        return QJsonDocument::fromJson(c.contextJson.toUtf8()).object().toVariantMap();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {ConversationRole::Id, "conversationId"},
        {ConversationRole::CustomerId, "customerId"},
        {ConversationRole::CustomerName, "customerName"},
        {ConversationRole::CustomerInitials, "customerInitials"},
        {ConversationRole::AvatarUrl, "avatarUrl"},
        {ConversationRole::Channel, "channel"},
        {ConversationRole::ChannelName, "channelName"},
        {ConversationRole::ThreadKey, "threadKey"},
        {ConversationRole::LastMessagePreview, "lastMessagePreview"},
        {ConversationRole::LastMessageDirection, "lastMessageDirection"},
        {ConversationRole::LastMessageKind, "lastMessageKind"},
        {ConversationRole::LastMessageUnsent, "lastMessageUnsent"},
        {ConversationRole::LastMessageSender, "lastMessageSender"},
        {ConversationRole::LastMessageAiDraft, "lastMessageAiDraft"},
        {ConversationRole::LastActivityAt, "lastActivityAt"},
        {ConversationRole::LastCustomerMessageAt, "lastCustomerMessageAt"},
        {ConversationRole::ReplyWindowState, "replyWindowState"},
        {ConversationRole::ReplyWindowClosesAt, "replyWindowClosesAt"},
        {ConversationRole::UnreadCount, "unreadCount"},
        {ConversationRole::Status, "status"},
        {ConversationRole::SnoozedUntil, "snoozedUntil"},
        {ConversationRole::Assignee, "assignee"},
        {ConversationRole::Priority, "priority"},
        {ConversationRole::AiMode, "aiMode"},
        {ConversationRole::NeedsHuman, "needsHuman"},
        {ConversationRole::Labels, "labels"},
        {ConversationRole::Context, "context"},
        {ConversationRole::AvatarPath, "avatarPath"},
        {ConversationRole::CustomerUsername, "customerUsername"},
    };
}

} // namespace wasel::models
