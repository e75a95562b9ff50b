#pragma once

// The routing rules page: the ordered list of rules that run on every new customer message before
// the AI (add, edit, remove, move up and down, switch off), each with its conditions — channel,
// intent, keywords, customer label, business hours — and actions — assign to a person, set the
// priority, add a label, set the AI mode, send a canned reply, hand over to a person — and the
// shop's business hours the hours condition reads.

#include "AutomationSetup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace wasel::ui {

class RoutingRulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingRulesPage(app::AutomationSetup *setup, QWidget *parent = nullptr);

    // Shows what is stored; the rule being edited stays selected.
    void reload();
    qint64 currentRule() const { return m_currentId; }
    QString status() const;

private:
    void showRule(const app::AutomationSetup::Rule &rule);
    app::RoutingRule formRule() const;
    void newRule();
    void save();
    void remove();
    void move(int step);
    void saveHours();
    void loadHours();
    void setStatus(const QString &text, bool error);

    app::AutomationSetup *m_setup;
    qint64 m_currentId = 0;
    QListWidget *m_list;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QListWidget *m_channels;
    QListWidget *m_intents;
    QLineEdit *m_keywords;
    QLineEdit *m_labels;
    QComboBox *m_hours;
    QLineEdit *m_assign;
    QComboBox *m_priority;
    QLineEdit *m_label;
    QComboBox *m_aiMode;
    QComboBox *m_canned;
    QCheckBox *m_handover;
    QCheckBox *m_stop;
    QLabel *m_status;
    QLineEdit *m_timezone;
    QList<QCheckBox *> m_days; // 0 = Sunday … 6 = Saturday
    QTimeEdit *m_open;
    QTimeEdit *m_close;
};

} // namespace wasel::ui
