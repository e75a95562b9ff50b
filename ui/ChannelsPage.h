#pragma once

// The channels page: every connected account on the left with its state, the selected one's form
// on the right — its ids and access token (the token goes to the keychain, nowhere else), the
// webhook URL to paste into the provider's console with a copy button, Meta's verify token, and
// Test connection, which makes one real, harmless API call and says what happened.

#include "ChannelSetup.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wasel::ui {

class ChannelsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelsPage(app::ChannelSetup *setup, QWidget *parent = nullptr);

    // Starts a new account of this type in the form.
    void addAccount(const app::AccountType &type);
    // Shows an existing account in the form.
    void showAccount(qint64 id);

    // The field's human name ("Page ID" for page_id).
    static QString fieldLabel(const QString &field);
    // The token's expiry or "reconnect needed", in words; empty when nothing is known.
    static QString tokenExpiryText(const app::ChannelState &state);

private:
    void reloadList();
    void buildForm(const app::AccountType &type);
    static QString tokenLabel(const app::AccountType &type);
    app::ChannelDraft currentDraft() const;
    void save();
    void testConnection();
    void toggleEnabled();
    void removeAccount();
    void setStatus(const QString &text, bool error);

    app::ChannelSetup *m_setup;
    QListWidget *m_list;
    QPushButton *m_add;
    QLabel *m_title;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QComboBox *> m_choices; // *_security, ai_mode
    QLineEdit *m_apiBase;
    QLineEdit *m_token;
    QLineEdit *m_webhookUrl;
    QPushButton *m_copyUrl;
    QLabel *m_hint;
    QLabel *m_state;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_enable;
    QPushButton *m_remove;
    app::AccountType m_type;
    qint64 m_id = 0; // 0 = a new account
    bool m_enabled = true;
};

} // namespace wasel::ui
