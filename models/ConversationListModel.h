#pragma once

// The conversation list: every conversation that matches a query, most recent activity first.
//
// Rows arrive in pages through canFetchMore()/fetchMore() (keyset paging on the store's activity
// index, so page 50 costs what page 1 costs). When the store reports a change, the row is updated
// in place, moved to its new position, inserted or removed, without a reset.

#include "Roles.h"
#include "store/Store.h"

#include <QAbstractListModel>

namespace wasel::models {

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ConversationListModel(Store *store, QObject *parent = nullptr);

    // Replaces the filter and reloads from the first page. query.after and query.limit are managed
    // by the model.
    void setQuery(const ConversationQuery &query);
    ConversationQuery query() const { return m_query; }

    void setPageSize(int rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Row of a conversation, or -1 when it is not loaded.
    int rowOf(qint64 conversationId) const;
    qint64 conversationIdAt(int row) const;

private:
    void onConversationChanged(qint64 conversationId);
    int sortedPosition(const Conversation &c) const;

    Store *m_store;
    ConversationQuery m_query;
    QList<Conversation> m_rows;
    int m_pageSize = 100;
    bool m_atEnd = false;
    // Set while the model is emitting a reset or a page insert: handlers of those signals (views,
    // QAbstractItemModelTester) may call fetchMore(), which must not start a second page mid-insert.
    bool m_busy = false;
};

QString initialsOf(const QString &name);

} // namespace wasel::models
