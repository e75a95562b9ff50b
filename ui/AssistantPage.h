#pragma once

// The assistant page: how the AI answers customers — the shop's description, tone, dialect, the
// AI's name and how many replies it may give before a person must answer — and, optionally, the
// OpenAI-compatible endpoint it writes with (address, model, API key; the key goes to the keychain,
// nowhere else). With no endpoint the built-in offline responder answers. Test asks the endpoint
// for one short reply and says what happened.

#include "AssistantSetup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace wasel::ui {

class AssistantPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantPage(app::AssistantSetup *setup, QWidget *parent = nullptr);

    // Shows what is stored (the key itself is never shown).
    void reload();

private:
    app::AssistantDraft currentDraft() const;
    void save();
    void test();
    void setStatus(const QString &text, bool error);

    app::AssistantSetup *m_setup;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_key;
    QCheckBox *m_removeKey;
    QPlainTextEdit *m_business;
    QLineEdit *m_tone;
    QComboBox *m_dialect;
    QLineEdit *m_name;
    QSpinBox *m_maxReplies;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_test;
};

} // namespace wasel::ui
