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

Q_SIGNALS:
    void queryChanged(const models::ConversationQuery &query);

private:
    void addSection(const QString &title);
    void addView(const QString &title, const models::ConversationQuery &query, const QIcon &icon = QIcon());
    void recount();

    models::Store *m_store;
    QString m_agent;
    QList<models::ConversationQuery> m_queries; // by the item's QueryIndex role
    QTimer m_recount;
};

} // namespace wasel::ui
