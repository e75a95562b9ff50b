#include "ChannelsPage.h"

#include "ChannelsConfig.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace wasel::ui {

using models::ChannelKind;

ChannelsPage::ChannelsPage(app::ChannelSetup *setup, QWidget *parent)
    : QWidget(parent)
    , m_setup(setup)
{
    setWindowTitle(tr("Channels"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setMinimumWidth(260);
    left->addWidget(m_list, 1);
    m_add = new QPushButton(tr("Add account"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    auto *kinds = new QMenu(m_add);
    for (const app::AccountType &type : app::ChannelSetup::accountTypes())
        kinds->addAction(type.displayName(), this, [this, type] { addAccount(type); });
    m_add->setMenu(kinds);
    left->addWidget(m_add);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    right->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    right->addLayout(m_form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    right->addWidget(m_hint);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    right->addWidget(m_state);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_enable = new QPushButton(this);
    m_enable->setObjectName(QStringLiteral("enableButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_remove);
    right->addLayout(buttons);
    right->addStretch(1);
    layout->addLayout(right, 1);

    connect(m_save, &QPushButton::clicked, this, &ChannelsPage::save);
    connect(m_test, &QPushButton::clicked, this, &ChannelsPage::testConnection);
    connect(m_enable, &QPushButton::clicked, this, &ChannelsPage::toggleEnabled);
    connect(m_remove, &QPushButton::clicked, this, &ChannelsPage::removeAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showAccount(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_setup, &app::ChannelSetup::changed, this, &ChannelsPage::reloadList);

    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        addAccount({ChannelKind::Instagram, {}});
    resize(920, 600);
}

QString ChannelsPage::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("page_id"), QT_TR_NOOP("Page ID")},
        {QStringLiteral("ig_id"), QT_TR_NOOP("Instagram account ID")},
        {QStringLiteral("phone_number_id"), QT_TR_NOOP("Phone number ID")},
        {QStringLiteral("waba_id"), QT_TR_NOOP("WhatsApp Business account ID")},
        {QStringLiteral("account_sid"), QT_TR_NOOP("Account SID")},
        {QStringLiteral("api_key_sid"), QT_TR_NOOP("API key SID")},
        {QStringLiteral("from"), QT_TR_NOOP("Sender number")},
        {QStringLiteral("address"), QT_TR_NOOP("Email address")},
        {QStringLiteral("project_id"), QT_TR_NOOP("Project ID")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("imap_host"), QT_TR_NOOP("IMAP server")},
        {QStringLiteral("imap_port"), QT_TR_NOOP("IMAP port")},
        {QStringLiteral("imap_security"), QT_TR_NOOP("IMAP security")},
        {QStringLiteral("smtp_host"), QT_TR_NOOP("SMTP server")},
        {QStringLiteral("smtp_port"), QT_TR_NOOP("SMTP port")},
        {QStringLiteral("smtp_security"), QT_TR_NOOP("SMTP security")},
        {QStringLiteral("subscriber_channel"), QT_TR_NOOP("Subscribers on (messenger, instagram, whatsapp)")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

void ChannelsPage::reloadList()
{
    const qint64 selected = m_id;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const app::ChannelState &state : m_setup->accounts()) {
        QString line =
            state.draft.name + QStringLiteral("\n") + app::ChannelSetup::accountType(state.draft).displayName();
        if (!state.draft.enabled)
            line += QStringLiteral(" · ") + tr("disabled");
        else if (state.reconnectNeeded(QDateTime::currentDateTimeUtc()))
            line += QStringLiteral(" · ") + tr("reconnect needed");
        else if (!state.lastTest.isEmpty())
            line += QStringLiteral(" · ") + (state.lastTestOk ? tr("connected") : tr("connection failed"));
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, state.draft.id);
        if (state.draft.id == selected)
            m_list->setCurrentItem(item);
    }
}

void ChannelsPage::buildForm(const app::AccountType &type)
{
    const ChannelKind kind = type.kind;
    m_type = type;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_choices.clear();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("How your staff will recognise it, e.g. Shop Instagram"));
    m_form->addRow(tr("Name"), m_name);
    for (const QString &field : app::ChannelSetup::fields(type)) {
        if (field.endsWith(QLatin1String("_security"))) {
            auto *choice = new QComboBox(this);
            choice->setObjectName(QStringLiteral("field_") + field);
            // The channels file's words, as the stored value; people read the sentence.
            choice->addItem(
                tr("Default (%1)").arg(field.startsWith(QLatin1String("smtp")) ? tr("STARTTLS") : tr("TLS")),
                QString());
            choice->addItem(tr("TLS"), QStringLiteral("tls"));
            choice->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
            choice->addItem(tr("None (only for a server on this computer)"), QStringLiteral("none"));
            m_choices.insert(field, choice);
            m_form->addRow(fieldLabel(field), choice);
            continue;
        }
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + field);
        if (!app::ChannelSetup::isRequired(type, field))
            edit->setPlaceholderText(field == QLatin1String("username")          ? tr("optional: the email address")
                                         : field == QLatin1String("api_key_sid") ? tr("optional: SK…, to sign in with "
                                                                                      "an API key and its secret")
                                                                                 : tr("optional"));
        m_fields.insert(field, edit);
        m_form->addRow(fieldLabel(field), edit);
    }
    // What the AI does in this account's new conversations (the channels file's ai_mode).
    auto *aiMode = new QComboBox(this);
    aiMode->setObjectName(QStringLiteral("field_ai_mode"));
    aiMode->addItem(tr("Answers and sends (auto)"), QString());
    aiMode->addItem(tr("Writes drafts for staff to approve"), QStringLiteral("draft"));
    aiMode->addItem(tr("Off: only people answer"), QStringLiteral("off"));
    aiMode->setAccessibleName(tr("AI in new conversations"));
    m_choices.insert(QStringLiteral("ai_mode"), aiMode);
    m_form->addRow(tr("AI in new conversations"), aiMode);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setVisible(app::ChannelSetup::needsToken(type));
    if (app::ChannelSetup::needsToken(type))
        m_form->addRow(tokenLabel(type), m_token);
    m_apiBase = new QLineEdit(this);
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setPlaceholderText(tr("optional: another API host, for testing"));
    m_form->addRow(tr("API address"), m_apiBase);

    m_webhookUrl = new QLineEdit(this);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrl"));
    m_webhookUrl->setReadOnly(true);
    m_copyUrl = new QPushButton(tr("Copy"), this);
    m_copyUrl->setObjectName(QStringLiteral("copyWebhookUrl"));
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_webhookUrl->text());
        setStatus(tr("Webhook URL copied."), false);
    });
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_webhookUrl, 1);
    urlRow->addWidget(m_copyUrl);
    const bool imap = kind == ChannelKind::Email && type.provider == app::ChannelsConfig::Imap;
    const QString url = imap ? QString() : m_setup->webhookUrl(kind);
    m_webhookUrl->setText(url.isEmpty() ? (imap ? tr("Wasel signs in to the mailbox itself; nothing to paste.")
                                                : tr("The website widget connects by itself; nothing to paste."))
                                        : url);
    m_copyUrl->setEnabled(!url.isEmpty());
    m_form->addRow(tr("Webhook URL"), urlRow);
    // Wasel goes to an IMAP/SMTP mailbox itself: no API host to point elsewhere, no URL to paste.
    m_form->setRowVisible(m_apiBase, !imap);
    m_form->setRowVisible(urlRow, !imap);
    const bool meta = kind == ChannelKind::Messenger || kind == ChannelKind::Instagram || kind == ChannelKind::WhatsApp;
    if (meta) {
        auto *verifyToken = new QLineEdit(this);
        verifyToken->setObjectName(QStringLiteral("verifyToken"));
        verifyToken->setReadOnly(true);
        auto *copyToken = new QPushButton(tr("Copy"), this);
        copyToken->setObjectName(QStringLiteral("copyVerifyToken"));
        copyToken->setEnabled(false);
        connect(copyToken, &QPushButton::clicked, this, [this, verifyToken] {
            QGuiApplication::clipboard()->setText(verifyToken->text());
            setStatus(tr("Verify token copied."), false);
        });
        auto *tokenRow = new QHBoxLayout;
        tokenRow->addWidget(verifyToken, 1);
        tokenRow->addWidget(copyToken);
        m_form->addRow(tr("Verify token"), tokenRow);
        QPointer<QLineEdit> guard(verifyToken);
        m_setup->verifyToken([guard, copyToken](const QString &token, const QString &error) {
            if (!guard)
                return;
            guard->setText(error.isEmpty() ? token : error);
            copyToken->setEnabled(error.isEmpty());
        });
    }
    if (meta)
        m_hint->setText(tr("In Meta's app settings, under Webhooks, paste this URL and the verify token, then "
                           "subscribe to messages."));
    else if (kind == ChannelKind::Email && !imap)
        m_hint->setText(tr("In SendGrid, under Inbound Parse, add this URL with ?token= and the token Wasel's "
                           "gateway uses. The API key needs the Mail Send permission."));
    else if (imap)
        m_hint->setText(tr("Use an app password if your mail provider asks for one (Gmail, Outlook, iCloud)."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
}

QString ChannelsPage::tokenLabel(const app::AccountType &type)
{
    if (type.kind == ChannelKind::TwilioWhatsApp)
        return tr("Auth token or API key secret");
    if (type.kind == ChannelKind::Email)
        return type.provider == app::ChannelsConfig::Imap ? tr("Password") : tr("API key");
    return tr("Access token");
}

void ChannelsPage::addAccount(const app::AccountType &type)
{
    m_id = 0;
    m_enabled = true;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    buildForm(type);
    m_title->setText(tr("New %1 account").arg(type.displayName()));
    m_state->setText(tr("Not saved yet"));
    m_test->setEnabled(false);
    m_enable->setEnabled(false);
    m_enable->setText(tr("Disable"));
    m_remove->setEnabled(false);
    setStatus(QString(), false);
    m_name->setFocus();
}

void ChannelsPage::showAccount(qint64 id)
{
    const auto state = m_setup->account(id);
    if (!state)
        return;
    m_id = id;
    m_enabled = state->draft.enabled;
    buildForm(app::ChannelSetup::accountType(state->draft));
    m_title->setText(state->draft.name);
    m_name->setText(state->draft.name);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(state->draft.ids.value(it.key()));
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(state->draft.ids.value(it.key()))));
    m_apiBase->setText(state->draft.apiBase);
    m_token->setPlaceholderText(tr("kept in the keychain; type a new one to replace it"));
    QStringList lines;
    lines << (state->draft.enabled ? tr("Enabled") : tr("Disabled"));
    lines << (state->lastWebhookAt.isValid()
                  ? tr("Last webhook received %1")
                        .arg(QLocale().toString(state->lastWebhookAt.toLocalTime(), QLocale::ShortFormat))
                  : tr("No webhook received yet"));
    if (!state->lastError.isEmpty())
        lines << tr("Last sending error: %1").arg(state->lastError);
    if (!state->lastTest.isEmpty()) {
        const QString when = QLocale().toString(state->lastTestAt.toLocalTime(), QLocale::ShortFormat);
        lines << (state->lastTestOk ? tr("Connection test (%1): %2") : tr("Connection test failed (%1): %2"))
                     .arg(when, state->lastTest);
    }
    if (const QString expiry = tokenExpiryText(*state); !expiry.isEmpty())
        lines << expiry;
    m_state->setText(lines.join(u'\n'));
    m_test->setEnabled(true);
    m_enable->setEnabled(true);
    m_enable->setText(state->draft.enabled ? tr("Disable") : tr("Enable"));
    m_remove->setEnabled(true);
    setStatus(QString(), false);
}

app::ChannelDraft ChannelsPage::currentDraft() const
{
    app::ChannelDraft draft;
    draft.id = m_id;
    draft.kind = m_type.kind;
    draft.name = m_name->text();
    if (!m_type.provider.isEmpty())
        draft.ids.insert(QStringLiteral("provider"), m_type.provider);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        draft.ids.insert(it.key(), it.value()->text());
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        draft.ids.insert(it.key(), it.value()->currentData().toString());
    draft.apiBase = m_apiBase->text();
    draft.token = m_token->text();
    draft.enabled = m_enabled;
    return draft;
}

void ChannelsPage::save()
{
    const app::ChannelDraft draft = currentDraft();
    if (QString problem = m_setup->validate(draft); !problem.isEmpty()) {
        // "waba_id is missing" names the field as the channels file does; people see its label.
        QHash<QString, QWidget *> inputs;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            inputs.insert(it.key(), it.value());
        for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
            inputs.insert(it.key(), it.value());
        for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
            if (problem.startsWith(it.key() + u' ')) {
                problem.replace(0, it.key().size(), fieldLabel(it.key()));
                it.value()->setFocus();
            }
        }
        return setStatus(problem, true);
    }
    m_save->setEnabled(false);
    setStatus(tr("Saving…"), false);
    m_setup->save(draft, [this](qint64 id, const QString &error) {
        m_save->setEnabled(true);
        if (!error.isEmpty())
            return setStatus(error, true);
        m_id = id;
        reloadList();
        showAccount(id);
        setStatus(tr("Saved. The token is in the keychain."), false);
    });
}

void ChannelsPage::testConnection()
{
    if (!m_id)
        return;
    m_test->setEnabled(false);
    setStatus(tr("Testing the connection…"), false);
    const qint64 id = m_id;
    m_setup->testConnection(id, [this, id](bool ok, const QString &summary) {
        m_test->setEnabled(true);
        if (m_id == id)
            showAccount(id);
        setStatus(ok ? tr("Connected: %1").arg(summary) : tr("The connection failed: %1").arg(summary), !ok);
    });
}

void ChannelsPage::toggleEnabled()
{
    QString error;
    if (!m_id || !m_setup->setEnabled(m_id, !m_enabled, &error))
        return setStatus(error, true);
    showAccount(m_id);
}

void ChannelsPage::removeAccount()
{
    QString error;
    if (!m_id || !m_setup->remove(m_id, &error))
        return setStatus(error, true);
    m_id = 0;
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        addAccount({ChannelKind::Instagram, {}});
}

QString ChannelsPage::tokenExpiryText(const app::ChannelState &state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (state.reconnectNeeded(now))
        return tr("Reconnect needed: the provider no longer accepts this token. Paste a new one and save.");
    if (!state.tokenExpiresAt)
        return {};
    const QDateTime &at = *state.tokenExpiresAt;
    if (!at.isValid())
        return tr("The token does not expire.");
    const QString date = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    const qint64 days = now.daysTo(at);
    return days < 7 ? tr("The token expires soon, on %1: paste a new one before then.").arg(date)
                    : tr("The token expires on %1.").arg(date);
}

void ChannelsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // From the palette, so the error stays readable in a dark theme.
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, theme::dangerColor(pal));
    m_status->setPalette(pal);
}

} // namespace wasel::ui
