#include "ConversationActions.h"

#include "InboxActions.h"
#include "store/Store.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wasel::ui {

using models::ConversationStatus;
using models::Priority;

namespace {

QToolButton *menuButton(const QString &name, QMenu *menu, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setAutoRaise(true);
    b->setMenu(menu);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QString statusName(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return ConversationActions::tr("Open");
    case ConversationStatus::Pending:
        return ConversationActions::tr("Pending");
    case ConversationStatus::Snoozed:
        return ConversationActions::tr("Snoozed");
    case ConversationStatus::Resolved:
        return ConversationActions::tr("Resolved");
    }
    return {};
}

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::None:
        return ConversationActions::tr("No priority");
    case Priority::Low:
        return ConversationActions::tr("Low");
    case Priority::Normal:
        return ConversationActions::tr("Normal");
    case Priority::High:
        return ConversationActions::tr("High");
    case Priority::Urgent:
        return ConversationActions::tr("Urgent");
    }
    return {};
}

} // namespace

SnoozeDialog::SnoozeDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze until"));
    auto *label = new QLabel(tr("The conversation comes back to the inbox at:"), this);
    m_edit->setObjectName(QStringLiteral("snoozeUntil"));
    m_edit->setAccessibleName(tr("Snooze until"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    const QDateTime now = QDateTime::currentDateTime();
    m_edit->setMinimumDateTime(now.addSecs(60));
    // Tomorrow at nine: the usual "not now".
    setUntil(QDateTime(now.date().addDays(1), QTime(9, 0)));
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QDateTime SnoozeDialog::until() const
{
    return m_edit->dateTime().toUTC();
}

void SnoozeDialog::setUntil(const QDateTime &when)
{
    m_edit->setDateTime(when.toLocalTime());
}

ConversationActions::ConversationActions(models::Store *store, app::InboxActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(actions)
    , m_assignMenu(new QMenu(this))
    , m_statusMenu(new QMenu(this))
    , m_priorityMenu(new QMenu(this))
    , m_labelMenu(new QMenu(this))
    , m_snoozeMenu(new QMenu(this))
{
    m_assign = menuButton(QStringLiteral("assignButton"), m_assignMenu, this);
    m_status = menuButton(QStringLiteral("statusButton"), m_statusMenu, this);
    m_priority = menuButton(QStringLiteral("priorityButton"), m_priorityMenu, this);
    m_labels = menuButton(QStringLiteral("labelsButton"), m_labelMenu, this);
    m_assign->setToolTip(tr("Assign to a teammate (Ctrl+Shift+O)"));
    m_status->setToolTip(tr("Open, pending or resolved"));
    m_priority->setToolTip(tr("Priority"));
    m_labels->setToolTip(tr("Add or remove labels (Ctrl+Shift+L)"));
    m_assignMenu->setObjectName(QStringLiteral("assignMenu"));
    m_labelMenu->setObjectName(QStringLiteral("labelMenu"));
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_priorityMenu->setObjectName(QStringLiteral("priorityMenu"));
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 10, 6);
    layout->setSpacing(2);
    for (QToolButton *b : {m_assign, m_status, m_priority, m_labels})
        layout->addWidget(b);
    layout->addStretch(1);

    connect(m_assignMenu, &QMenu::aboutToShow, this, &ConversationActions::fillAssignMenu);
    connect(m_labelMenu, &QMenu::aboutToShow, this, &ConversationActions::fillLabelMenu);
    for (ConversationStatus status :
         {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Resolved})
        m_statusMenu->addAction(statusName(status), this, [this, status] {
            if (m_conversationId)
                m_actions->setStatus(m_conversationId, status);
        });
    for (Priority priority : {Priority::None, Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        m_priorityMenu->addAction(priorityName(priority), this, [this, priority] {
            if (m_conversationId)
                m_actions->setPriority(m_conversationId, priority);
        });
    const QList<std::pair<QString, int>> presets{{tr("For 1 hour"), 60},
                                                 {tr("For 3 hours"), 180},
                                                 {tr("Until tomorrow"), 24 * 60},
                                                 {tr("For a week"), 7 * 24 * 60}};
    for (const auto &[label, minutes] : presets) {
        m_snoozeMenu->addAction(label, this, [this, minutes = minutes] {
            if (m_conversationId)
                m_actions->snooze(m_conversationId, QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60));
        });
    }
    m_snoozeMenu->addSeparator();
    m_snoozeMenu->addAction(tr("Pick a date and time…"), this, &ConversationActions::snoozeCustom);

    connect(m_store, &models::Store::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refresh();
    });
    setConversation(0);
}

void ConversationActions::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    refresh();
}

void ConversationActions::refresh()
{
    const auto c = m_conversationId ? m_store->conversation(m_conversationId) : std::nullopt;
    setEnabled(c.has_value());
    const QString assignee = c ? c->assignee : QString();
    m_assign->setText(assignee.isEmpty() ? tr("Assign to…") : tr("Assigned to %1").arg(assignee));
    m_status->setText(c ? tr("Status: %1").arg(statusName(c->status)) : tr("Status"));
    m_priority->setText(c ? tr("Priority: %1").arg(priorityName(c->priority)) : tr("Priority"));
    const int labels = c ? int(c->labels.size()) : 0;
    m_labels->setText(labels ? tr("Labels (%1)").arg(labels) : tr("Labels"));
    for (QToolButton *b : {m_assign, m_status, m_priority, m_labels})
        b->setAccessibleName(b->text());
}

void ConversationActions::fillAssignMenu()
{
    m_assignMenu->clear();
    const auto c = m_store->conversation(m_conversationId);
    if (!c)
        return;
    const QString me = m_actions->agentName();
    for (const QString &name : m_actions->teammates()) {
        QAction *a = m_assignMenu->addAction(name == me ? tr("%1 (me)").arg(name) : name, this,
                                             [this, name] { m_actions->assignTo(m_conversationId, name); });
        a->setCheckable(true);
        a->setChecked(name == c->assignee);
    }
    m_assignMenu->addSeparator();
    m_assignMenu->addAction(tr("Someone else…"), this, &ConversationActions::assignToSomeoneNew);
    if (!c->assignee.isEmpty())
        m_assignMenu->addAction(tr("Unassign"), this, [this] { m_actions->assignTo(m_conversationId, QString()); });
}

void ConversationActions::fillLabelMenu()
{
    m_labelMenu->clear();
    const auto c = m_store->conversation(m_conversationId);
    if (!c)
        return;
    for (const QString &label : m_store->labels()) {
        QAction *a = m_labelMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(c->labels.contains(label));
        connect(a, &QAction::toggled, this, [this, label](bool on) {
            if (on)
                m_actions->addLabel(m_conversationId, label);
            else
                m_actions->removeLabel(m_conversationId, label);
        });
    }
    m_labelMenu->addSeparator();
    m_labelMenu->addAction(tr("New label…"), this, &ConversationActions::addNewLabel);
}

void ConversationActions::snoozeCustom()
{
    if (!m_conversationId)
        return;
    SnoozeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_actions->snooze(m_conversationId, dialog.until());
}

void ConversationActions::assignToSomeoneNew()
{
    if (!m_conversationId)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("assignDialog"));
    dialog.setWindowTitle(tr("Assign to someone else"));
    dialog.setLabelText(tr("Teammate's name:"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().simplified();
    if (m_actions->addTeammate(name))
        m_actions->assignTo(m_conversationId, name);
}

void ConversationActions::addNewLabel()
{
    if (!m_conversationId)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("labelDialog"));
    dialog.setWindowTitle(tr("New label"));
    dialog.setLabelText(tr("Label:"));
    if (dialog.exec() == QDialog::Accepted)
        m_actions->addLabel(m_conversationId, dialog.textValue().simplified());
}

void ConversationActions::popUnder(QToolButton *button)
{
    if (button->isEnabled())
        button->showMenu();
}

void ConversationActions::openAssignMenu()
{
    popUnder(m_assign);
}

void ConversationActions::openLabelMenu()
{
    popUnder(m_labels);
}

void ConversationActions::openStatusMenu()
{
    popUnder(m_status);
}

void ConversationActions::openPriorityMenu()
{
    popUnder(m_priority);
}

} // namespace wasel::ui
