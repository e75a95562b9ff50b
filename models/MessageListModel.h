#pragma once

// The messages of one conversation, oldest at the top. The newest page loads first; older pages are
// prepended through loadOlder() (or canFetchMore()/fetchMore()) as the view scrolls up. New and changed messages
// (delivery ticks, failures) update in place. While the AI writes a reply it is shown as one more
// row at the end (Pending role), growing with the text; when the AI's message is stored that row
// becomes it, in place.

#include "Roles.h"
#include "store/Store.h"

#include <QAbstractListModel>

#include <optional>

namespace wasel::models {

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit MessageListModel(Store *store, QObject *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    void setPageSize(int rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Older messages than the loaded ones exist / load the page before them.
    bool hasOlder() const;
    void loadOlder();
    // Qt's item views fetch more whenever the model's last row is visible, which in a chat (newest at
    // the bottom, older pages above) is always: a view that loads older pages itself, when scrolled to
    // the top, turns that off so opening a conversation lays out one page, not two.
    void setViewFetches(bool on) { m_viewFetches = on; }

    int rowOf(qint64 messageId) const;
    // Loads older pages until the message is in the model (a search result deep in a long thread).
    // Returns its row, -1 when it is not in this conversation.
    int loadThrough(qint64 messageId);
    // The message shown highlighted (Highlighted role); 0 = none.
    void setHighlightedMessage(qint64 messageId);
    qint64 highlightedMessage() const { return m_highlighted; }

    // The AI's reply being written in this conversation, text so far (streamed): the last row, not
    // stored (Id 0, Pending true). An empty text removes the row, as clearPendingReply() does; so
    // does another conversation. The AI's next stored message in this conversation takes its place,
    // and the same reply is not shown again (its last progress may come after it was stored) until
    // clearPendingReply() says it is over.
    void setPendingReply(const QString &text, const QString &senderName);
    void clearPendingReply();
    bool hasPendingReply() const { return m_pending.has_value(); }

private:
    void onMessageInserted(qint64 conversationId, qint64 messageId);
    void onMessageChanged(qint64 conversationId, qint64 messageId);
    void onMessageRemoved(qint64 conversationId, qint64 messageId);
    bool startsNewDay(int row) const;
    const Message &messageAt(int row) const { return row < m_rows.size() ? m_rows.at(row) : *m_pending; }

    Store *m_store;
    qint64 m_conversationId = 0;
    QList<Message> m_rows;
    std::optional<Message> m_pending; // the AI's reply being written, shown after m_rows
    bool m_pendingStored = false; // the reply being written was stored and took the pending row's place
    int m_pageSize = 50;
    bool m_atStart = true;
    bool m_viewFetches = true;
    qint64 m_highlighted = 0;
    // Set while the model is emitting a reset or a page insert: handlers of those signals (views,
    // QAbstractItemModelTester) may call fetchMore(), which must not start a second page mid-insert.
    bool m_busy = false;
};

} // namespace wasel::models
