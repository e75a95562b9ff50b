#pragma once

// The right-hand panel about the selected conversation's customer: name and picture, their
// identities on every channel, the conversation's labels, the private notes on all their
// conversations, fields staff keep about them (editable), and their other conversations (activate
// one to open it). Other features add sections of their own with addSection(); such a section
// learns the customer from customerChanged().

#include "Avatar.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace wasel::models {
class Store;
}

namespace wasel::app {
class InboxActions;
}

namespace wasel::ui {

class CustomerPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerPanel(models::Store *store, app::InboxActions *actions, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    qint64 customerId() const { return m_customerId; }

    // A section below the built-in ones, with a heading. The panel owns it from now on; connect its
    // setCustomer(qint64) slot to customerChanged.
    void addSection(const QString &title, QWidget *section);

    // For tests and keyboard users.
    QTableWidget *fieldsTable() const { return m_fields; }
    QListWidget *otherConversations() const { return m_others; }
    QListWidget *notesList() const { return m_notes; }
    QListWidget *identitiesList() const { return m_identities; }
    void focusFirst(); // keyboard users arrive here (Ctrl+4)
    // Adds the field typed in the "new field" row (Enter in either box, or the Add button).
    void addTypedField();
    // Adds the note typed in the panel's note box to the shown conversation.
    void addTypedNote();

Q_SIGNALS:
    // The customer shown changed (0: none).
    void customerChanged(qint64 customerId);
    // Staff activated one of the customer's other conversations.
    void conversationActivated(qint64 conversationId);

private:
    void refresh();
    void refreshFields();
    QLabel *heading(const QString &text);
    void onFieldEdited(QTableWidgetItem *item);

    models::Store *m_store;
    app::InboxActions *m_actions;
    qint64 m_conversationId = 0;
    qint64 m_customerId = 0;
    QList<qint64> m_customerConversations;
    QTimer m_refresh;
    QSet<qint64> m_unknown; // changed conversations not known to be this customer's
    QTimer m_checkUnknown;
    AvatarCache m_avatars;
    QVBoxLayout *m_sections;
    QLabel *m_avatar;
    QLabel *m_name;
    QListWidget *m_identities;
    QLabel *m_labels;
    QListWidget *m_notes;
    QLineEdit *m_noteEdit;
    QTableWidget *m_fields;
    QLineEdit *m_newKey;
    QLineEdit *m_newValue;
    QListWidget *m_others;
    QLabel *m_empty;
    QWidget *m_content;
    QWidget *m_scroll;
};

} // namespace wasel::ui
