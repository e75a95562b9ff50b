#pragma once

// The knowledge base page: the products (name, price, currency, description, stock, tags) and
// frequently asked questions (question, answer, tags) the AI answers from, edited one at a time, and
// imported from or exported to a CSV spreadsheet (the columns of `wasel kb`).

#include "AutomationSetup.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace wasel::ui {

class KnowledgePage : public QWidget
{
    Q_OBJECT

public:
    explicit KnowledgePage(app::AutomationSetup *setup, QWidget *parent = nullptr);

    void reload();
    // What the Import and Export buttons do once a file is chosen.
    void importFrom(const QString &path);
    void exportTo(const QString &path);
    QString status() const;

private:
    void showItem(const models::KnowledgeItem &item);
    void newItem();
    void save();
    void remove();
    void updateKind();
    void setStatus(const QString &text, bool error);

    app::AutomationSetup *m_setup;
    QList<models::KnowledgeItem> m_items; // as shown in the table
    qint64 m_currentId = 0;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QLineEdit *m_stock;
    QLineEdit *m_tags;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace wasel::ui
