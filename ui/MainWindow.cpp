#include "MainWindow.h"

#include "AiActivityBar.h"
#include "AppContext.h"
#include "AssistantActivity.h"
#include "AssistantPage.h"
#include "AutomationSetup.h"
#include "BackfillBar.h"
#include "ChannelsPage.h"
#include "Composer.h"
#include "ConversationActions.h"
#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "CustomerPanel.h"
#include "InboxActions.h"
#include "KnowledgePage.h"
#include "ManyChatPanel.h"
#include "Roles.h"
#include "RoutingRulesPage.h"
#include "Sidebar.h"
#include "Theme.h"
#include "ThreadView.h"
#include "store/Store.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wasel::ui {

MainWindow::MainWindow(app::AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_model(new models::ConversationListModel(context->store(), this))
    , m_sidebar(new Sidebar(context->store(), context->actions()->agentName(), this))
    , m_listTitle(new QLabel(this))
    , m_list(new QListView(this))
    , m_thread(new ThreadView(context->store(), context->actions(), this))
    , m_panel(new CustomerPanel(context->store(), context->actions(), this))
    , m_aiBar(new AiActivityBar(context->store(), context->assistantActivity(), m_thread->composer(), this))
{
    m_thread->addAboveComposer(m_aiBar);
    m_thread->followAssistant(context->assistantActivity());
    setWindowTitle(tr("Wasel — %1").arg(context->workspaceName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wasel.svg")));

    m_list->setModel(m_model);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setMinimumWidth(300);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    QFont titleFont = m_listTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_listTitle->setFont(titleFont);
    m_listTitle->setContentsMargins(14, 12, 14, 8);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(listPane);
    splitter->addWidget(m_thread);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    splitter->setStretchFactor(3, 0);
    splitter->setSizes({200, 330, 500, 270});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_sidebar, &Sidebar::queryChanged, this, [this](const models::ConversationQuery &query) {
        m_model->setQuery(query);
        m_listTitle->setText(m_sidebar->currentTitle());
        selectConversation(0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showConversation(current.isValid() ? current.data(models::ConversationRole::Id).toLongLong() : 0);
    });
    connect(m_panel, &CustomerPanel::conversationActivated, this, [this](qint64 id) { openConversation(id); });
    if (app::ManyChatService *manyChat = context->manyChat()) {
        // Only where ManyChat is wired for delivery (not the demo): its subscriber, tags, fields, log.
        auto *section = new ManyChatPanel(manyChat);
        connect(m_panel, &CustomerPanel::customerChanged, section, &ManyChatPanel::setCustomer);
        m_panel->addSection(tr("ManyChat"), section);
    }
    connect(m_context, &app::AppContext::notice, this, &MainWindow::showNotice);
    connect(m_context->actions(), &app::InboxActions::failed, this, &MainWindow::showNotice);
    connect(m_context->assistantActivity(), &app::AssistantActivity::failed, this,
            [this](qint64, const QString &error) { showNotice(tr("The AI could not answer: %1").arg(error)); });

    m_model->setQuery(m_sidebar->currentQuery());
    m_listTitle->setText(m_sidebar->currentTitle());
    auto *channels = new QPushButton(tr("Channels"), this);
    channels->setObjectName(QStringLiteral("channelsButton"));
    channels->setFlat(true);
    channels->setToolTip(tr("Connect and check your accounts (Ctrl+Shift+K)"));
    connect(channels, &QPushButton::clicked, this, &MainWindow::openChannels);
    statusBar()->addWidget(channels);
    auto *assistant = new QPushButton(tr("Assistant"), this);
    assistant->setObjectName(QStringLiteral("assistantButton"));
    assistant->setFlat(true);
    assistant->setToolTip(tr("How the AI answers, and which AI service it uses (Ctrl+Shift+I)"));
    connect(assistant, &QPushButton::clicked, this, &MainWindow::openAssistant);
    statusBar()->addWidget(assistant);
    m_panelButton = new QPushButton(tr("Customer panel"), this);
    m_panelButton->setObjectName(QStringLiteral("customerPanelButton"));
    m_panelButton->setFlat(true);
    m_panelButton->setCheckable(true);
    m_panelButton->setChecked(true);
    m_panelButton->setToolTip(tr("Show or hide the customer panel (Ctrl+Shift+P)"));
    connect(m_panelButton, &QPushButton::clicked, this, [this](bool on) {
        if (on != m_panel->isVisible())
            toggleCustomerPanel();
    });
    statusBar()->addWidget(m_panelButton);
    auto *keys = new QPushButton(tr("Shortcuts"), this);
    keys->setObjectName(QStringLiteral("shortcutsButton"));
    keys->setFlat(true);
    keys->setToolTip(tr("Every keyboard shortcut (Ctrl+/)"));
    connect(keys, &QPushButton::clicked, this, &MainWindow::showShortcuts);
    statusBar()->addWidget(keys);
    auto addPageButton = [this](const QString &text, const char *name, const QString &tip, void (MainWindow::*open)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setFlat(true);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, open);
        statusBar()->addWidget(button);
    };
    addPageButton(tr("Rules"), "rulesButton", tr("Routing rules: who gets which conversation (Ctrl+Shift+G)"),
                  &MainWindow::openRules);
    addPageButton(tr("Knowledge"), "knowledgeButton", tr("Products and answers the AI may use (Ctrl+Shift+B)"),
                  &MainWindow::openKnowledge);
    if (app::BackfillService *backfill = m_context->backfill())
        statusBar()->addPermanentWidget(new BackfillBar(backfill, this));
    if (m_context->isDemo())
        statusBar()->addPermanentWidget(new QLabel(tr("Demo workspace: customers and messages are simulated"), this));
    installShortcuts();
    installDesktop();
    QTimer::singleShot(0, this, [this] { selectConversation(0); });
}

void MainWindow::selectConversation(int row)
{
    while (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount()) {
        if (m_model->rowCount() == 0)
            m_thread->setConversation(0);
        return;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void MainWindow::nextConversation(int step)
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + step : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectConversation(std::clamp(row, 0, std::max(0, m_model->rowCount() - 1)));
}

void MainWindow::openChannels()
{
    if (!m_channels) {
        m_channels = new ChannelsPage(m_context->channelSetup(), this);
        m_channels->setWindowFlag(Qt::Window);
    }
    m_channels->show();
    m_channels->raise();
    m_channels->activateWindow();
}

void MainWindow::openAssistant()
{
    if (!m_assistant) {
        m_assistant = new AssistantPage(m_context->assistantSetup(), this);
        m_assistant->setWindowFlag(Qt::Window);
    }
    m_assistant->reload();
    m_assistant->show();
    m_assistant->raise();
    m_assistant->activateWindow();
}

void MainWindow::openRules()
{
    if (!m_rules) {
        m_rules = new RoutingRulesPage(m_context->automationSetup(), this);
        m_rules->setWindowFlag(Qt::Window);
        m_rules->resize(980, 680);
    }
    m_rules->show();
    m_rules->raise();
    m_rules->activateWindow();
}

void MainWindow::openKnowledge()
{
    if (!m_knowledge) {
        m_knowledge = new KnowledgePage(m_context->automationSetup(), this);
        m_knowledge->setWindowFlag(Qt::Window);
        m_knowledge->resize(900, 640);
    }
    m_knowledge->show();
    m_knowledge->raise();
    m_knowledge->activateWindow();
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showConversation(qint64 conversationId)
{
    m_thread->setConversation(conversationId);
    m_panel->setConversation(conversationId);
    m_aiBar->setConversation(m_thread->conversationId());
}

void MainWindow::resolveAndNext()
{
    const qint64 id = m_thread->conversationId();
    const auto c = id ? m_context->store()->conversation(id) : std::nullopt;
    if (!c)
        return;
    // The one below, else the one above, chosen before the list changes: a view of open
    // conversations drops the resolved row (and the list's own choice would be the row above).
    const int row = m_model->rowOf(id);
    if (row >= 0 && row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    qint64 next = 0;
    if (row >= 0)
        next = row + 1 < m_model->rowCount() ? m_model->conversationIdAt(row + 1)
                                             : (row > 0 ? m_model->conversationIdAt(row - 1) : 0);
    if (c->status != models::ConversationStatus::Resolved
        && !m_context->actions()->setStatus(id, models::ConversationStatus::Resolved))
        return;
    if (next)
        openConversation(next);
    else if (row < 0)
        selectConversation(0);
}

void MainWindow::toggleCustomerPanel()
{
    const bool show = !m_panel->isVisible();
    m_panel->setVisible(show);
    if (m_panelButton)
        m_panelButton->setChecked(show);
}

void MainWindow::showShortcuts()
{
    if (!m_overlay) {
        m_overlay = new ShortcutOverlay(m_shortcuts, this);
        m_overlay->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_overlay->show();
    m_overlay->raise();
    m_overlay->activateWindow();
    m_overlay->table()->setFocus();
}

void MainWindow::installShortcuts()
{
    ConversationActions *more = m_thread->conversationActions();
    const auto key = [](QKeyCombination combination) { return QKeySequence(combination); };
    m_shortcuts = {
        {"nextConversation", key(Qt::ALT | Qt::Key_Down), QT_TRANSLATE_NOOP("Shortcuts", "Next conversation"),
         [this] { nextConversation(1); }},
        {"previousConversation", key(Qt::ALT | Qt::Key_Up), QT_TRANSLATE_NOOP("Shortcuts", "Previous conversation"),
         [this] { nextConversation(-1); }},
        {"resolve", key(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QT_TRANSLATE_NOOP("Shortcuts", "Resolve or reopen"),
         [this] { m_thread->resolveOrReopen(); }},
        {"resolveAndNext", key(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         QT_TRANSLATE_NOOP("Shortcuts", "Resolve and go to the next conversation"), [this] { resolveAndNext(); }},
        {"snooze", key(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QT_TRANSLATE_NOOP("Shortcuts", "Snooze…"),
         [this] {
             if (m_thread->conversationId())
                 m_thread->snoozeButton()->showMenu();
         }},
        {"snoozeCustom", key(Qt::CTRL | Qt::ALT | Qt::Key_S),
         QT_TRANSLATE_NOOP("Shortcuts", "Snooze until a date and time…"), [more] { more->snoozeCustom(); }},
        {"assignToMe", key(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QT_TRANSLATE_NOOP("Shortcuts", "Assign to me"),
         [this] { m_thread->assignToMe(); }},
        {"assignTo", key(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QT_TRANSLATE_NOOP("Shortcuts", "Assign to a teammate…"),
         [more] { more->openAssignMenu(); }},
        {"status", key(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         QT_TRANSLATE_NOOP("Shortcuts", "Set open, pending or resolved…"), [more] { more->openStatusMenu(); }},
        {"priority", key(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QT_TRANSLATE_NOOP("Shortcuts", "Set the priority…"),
         [more] { more->openPriorityMenu(); }},
        {"labels", key(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QT_TRANSLATE_NOOP("Shortcuts", "Add or remove labels…"),
         [more] { more->openLabelMenu(); }},
        {"note", key(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QT_TRANSLATE_NOOP("Shortcuts", "Write a private note"),
         [this] {
             m_thread->composer()->setNoteMode(!m_thread->composer()->isNoteMode());
             m_thread->composer()->focusEditor();
         }},
        {"focusComposer", key(Qt::CTRL | Qt::Key_R), QT_TRANSLATE_NOOP("Shortcuts", "Write a reply"),
         [this] { m_thread->composer()->focusEditor(); }},
        {"takeOver", key(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         QT_TRANSLATE_NOOP("Shortcuts", "Take over from the AI, or hand back to it"), [this] { m_thread->toggleAi(); }},
        {"markUnread", key(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QT_TRANSLATE_NOOP("Shortcuts", "Mark as unread"),
         [this] { m_thread->markUnread(); }},
        {"customerPanel", key(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the customer panel"), [this] { toggleCustomerPanel(); }},
        {"focusViews", key(Qt::CTRL | Qt::Key_1), QT_TRANSLATE_NOOP("Shortcuts", "Go to the views"),
         [this] { m_sidebar->setFocus(); }},
        {"focusList", key(Qt::CTRL | Qt::Key_2), QT_TRANSLATE_NOOP("Shortcuts", "Go to the conversation list"),
         [this] { m_list->setFocus(); }},
        {"focusThread", key(Qt::CTRL | Qt::Key_3), QT_TRANSLATE_NOOP("Shortcuts", "Go to the messages"),
         [this] { m_thread->messageView()->setFocus(); }},
        {"focusPanel", key(Qt::CTRL | Qt::Key_4), QT_TRANSLATE_NOOP("Shortcuts", "Go to the customer panel"),
         [this] {
             if (!m_panel->isVisible())
                 toggleCustomerPanel();
             m_panel->focusFirst();
         }},
        {"channels", key(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QT_TRANSLATE_NOOP("Shortcuts", "Channels"),
         [this] { openChannels(); }},
        {"assistant", key(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QT_TRANSLATE_NOOP("Shortcuts", "Assistant"),
         [this] { openAssistant(); }},
        {"quickSwitcher", key(Qt::CTRL | Qt::Key_K), QT_TRANSLATE_NOOP("Shortcuts", "Go to a customer or conversation"),
         [this] { openQuickSwitcher(); }},
        {"search", key(Qt::CTRL | Qt::Key_F), QT_TRANSLATE_NOOP("Shortcuts", "Search every message"),
         [this] { openSearch(); }},
        {"rules", key(Qt::CTRL | Qt::SHIFT | Qt::Key_G), QT_TRANSLATE_NOOP("Shortcuts", "Routing rules"),
         [this] { openRules(); }},
        {"knowledge", key(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QT_TRANSLATE_NOOP("Shortcuts", "Knowledge base"),
         [this] { openKnowledge(); }},
        {"shortcuts", key(Qt::CTRL | Qt::Key_Slash), QT_TRANSLATE_NOOP("Shortcuts", "Show every keyboard shortcut"),
         [this] { showShortcuts(); }},
    };
    ui::installShortcuts(this, m_shortcuts);
}

} // namespace wasel::ui
