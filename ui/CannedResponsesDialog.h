#pragma once

// Adds, edits and removes the canned responses staff insert with "/shortcut" in the composer.

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wasel::models {
class Store;
}

namespace wasel::ui {

class CannedResponsesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CannedResponsesDialog(models::Store *store, QWidget *parent = nullptr);

    void reload();
    // What the form holds: saved as a new response, or over the selected one.
    bool save();
    bool removeSelected();
    void startNew();

private:
    void showSelected();
    void setError(const QString &error);
    bool refuse(const QString &error); // shows it; false

    models::Store *m_store;
    QListWidget *m_list;
    QLineEdit *m_shortcut;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
    qint64 m_editing = 0; // 0: a new one
};

} // namespace wasel::ui
