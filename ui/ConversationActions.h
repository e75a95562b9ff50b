#pragma once

// The conversation's actions beyond the header's one-click buttons: assign to anyone on the team
// (or a new name), open / pending / resolved, snooze until a preset or a picked date and time,
// priority, and labels (those in use offered, a new one typed). Each goes through app::InboxActions,
// so the list, the header, the sidebar counts and the customer panel all follow the store.

#include <QDateTime>
#include <QDialog>
#include <QWidget>

class QDateTimeEdit;
class QMenu;
class QToolButton;

namespace wasel::models {
class Store;
}

namespace wasel::app {
class InboxActions;
}

namespace wasel::ui {

// Picks the moment a snoozed conversation comes back: a date and time in the future, local time.
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SnoozeDialog(QWidget *parent = nullptr);
    QDateTime until() const; // UTC
    void setUntil(const QDateTime &when);
    QDateTimeEdit *editor() const { return m_edit; }

private:
    QDateTimeEdit *m_edit;
};

class ConversationActions : public QWidget
{
    Q_OBJECT

public:
    ConversationActions(models::Store *store, app::InboxActions *actions, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    // The header's Snooze button shows this menu: presets, then "Pick a date and time…".
    QMenu *snoozeMenu() const { return m_snoozeMenu; }

    // Keyboard entry points (the window's shortcut table) and what the menus call.
    void snoozeCustom(); // the date-and-time dialog
    void assignToSomeoneNew(); // asks for a name, keeps it as a teammate, assigns
    void addNewLabel(); // asks for a label, adds it
    void openAssignMenu();
    void openLabelMenu();
    void openStatusMenu();
    void openPriorityMenu();

private:
    void refresh();
    void fillAssignMenu();
    void fillLabelMenu();
    static void popUnder(QToolButton *button);

    models::Store *m_store;
    app::InboxActions *m_actions;
    qint64 m_conversationId = 0;
    QToolButton *m_assign;
    QToolButton *m_status;
    QToolButton *m_priority;
    QToolButton *m_labels;
    QMenu *m_assignMenu;
    QMenu *m_statusMenu;
    QMenu *m_priorityMenu;
    QMenu *m_labelMenu;
    QMenu *m_snoozeMenu;
};

} // namespace wasel::ui
