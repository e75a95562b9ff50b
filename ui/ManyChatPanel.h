#pragma once

// The ManyChat part of the customer panel (issue 9): the customer's ManyChat subscriber (or a field
// to link one), its name, tags (add, remove) and custom fields (edit), whether the AI's intents
// become tags, and the "ManyChat log" of the API calls made for this customer, for support.
// Self-contained: the customer panel places it and calls setCustomer().

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace wasel::app {
class ManyChatService;
}

namespace wasel::ui {

class ManyChatPanel : public QWidget
{
    Q_OBJECT

public:
    // service may be null (demo, or no delivery): the panel says ManyChat is not available.
    explicit ManyChatPanel(app::ManyChatService *service, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }

public Q_SLOTS:
    void setCustomer(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload(); // from the service's stored state, without calling ManyChat
    void link();
    void addTag();
    void removeTag();
    void onFieldEdited(int row, int column);
    void showError(const QString &error);

    app::ManyChatService *m_service;
    qint64 m_customerId = 0;
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_error;
    QLineEdit *m_subscriberEdit;
    QPushButton *m_link;
    QPushButton *m_refresh;
    QLabel *m_tagsLabel;
    QListWidget *m_tags;
    QLineEdit *m_tagEdit;
    QPushButton *m_addTag;
    QPushButton *m_removeTag;
    QLabel *m_fieldsLabel;
    QTableWidget *m_fields;
    QCheckBox *m_intentTags;
    QLabel *m_logLabel;
    QTreeWidget *m_log;
};

} // namespace wasel::ui
