#include "MainWindow.h"

#include "AppContext.h"
#include "AssistantPage.h"
#include "BackfillBar.h"
#include "ChannelsPage.h"
#include "Composer.h"
#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "InboxActions.h"
#include "Roles.h"
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
#include <QTimer>
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
{
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
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({210, 360, 700});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_sidebar, &Sidebar::queryChanged, this, [this](const models::ConversationQuery &query) {
        m_model->setQuery(query);
        m_listTitle->setText(m_sidebar->currentTitle());
        selectConversation(0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_thread->setConversation(current.isValid() ? current.data(models::ConversationRole::Id).toLongLong() : 0);
    });
    connect(m_context, &app::AppContext::notice, this, &MainWindow::showNotice);
    connect(m_context->actions(), &app::InboxActions::failed, this, &MainWindow::showNotice);

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

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::installShortcuts()
{
    auto bind = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { nextConversation(1); });
    bind(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { nextConversation(-1); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { m_thread->resolveOrReopen(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { m_thread->assignToMe(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        m_thread->composer()->setNoteMode(!m_thread->composer()->isNoteMode());
        m_thread->composer()->focusEditor();
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_thread->composer()->focusEditor(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] { openChannels(); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { openAssistant(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_sidebar->setFocus(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_list->setFocus(); });
}

} // namespace wasel::ui
