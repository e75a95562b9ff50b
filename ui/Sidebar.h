#pragma once

// The views down the side of the window, each a saved filter with a live count: All, Mine,
// Unassigned, Needs a person, one per channel in use, Failed, Snoozed, Resolved, then labels.
// Counts refresh (coalesced) whenever a conversation changes.

#include "store/Store.h"

#include <QListWidget>
#include <QTimer>

namespace wasel::ui {

class Sidebar : public QListWidget
{
    Q_OBJECT

public:
    Sidebar(models::Store *store, const QString &agentName, QWidget *parent = nullptr);

    models::ConversationQuery currentQuery() const;
    QString currentTitle() const;
    void refresh(); // rebuilds the label and channel entries, recounts everything
    void recount(); // the counts only, from one grouped query (coalesced after store changes)
    // The count shown beside a view (-1 when there is no such view), and selecting one: by title.
    int countOf(const QString &title) const;
    bool selectView(const QString &title);

Q_SIGNALS:
    void queryChanged(const models::ConversationQuery &query);

private:
    void addSection(const QString &title);
    void addView(const QString &title, const QString &countKey, const models::ConversationQuery &query,
                 const QIcon &icon = QIcon());

    models::Store *m_store;
    QString m_agent;
    QList<models::ConversationQuery> m_queries; // by the item's QueryIndex role
    QStringList m_labels; // the label entries shown
    QTimer m_recount;
};

} // namespace wasel::ui
