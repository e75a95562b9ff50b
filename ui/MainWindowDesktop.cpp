// The main window's search (Ctrl+K, Ctrl+F), canned responses, settings menu, tray icon and desktop
// notifications: kept apart from MainWindow.cpp's layout and inbox shortcuts.

#include "AppContext.h"
#include "CannedResponsesDialog.h"
#include "Composer.h"
#include "ConversationListModel.h"
#include "MainWindow.h"
#include "Notifications.h"
#include "SearchPopup.h"
#include "ThreadView.h"
#include "TrayIcon.h"
#include "store/Store.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace wasel::ui {

namespace {

const QString SendKeySetting = QStringLiteral("send_key"); // "enter" or "ctrl_enter" (the default)

// Ctrl+K is also "delete to the end of the line" in Qt's text fields on X11, which would claim it
// while staff type; the finder's keys win anywhere in this window.
class FinderKeys : public QObject
{
public:
    explicit FinderKeys(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType()
            || static_cast<QWidget *>(watched)->window() != m_window)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool finder =
            key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_K || key->key() == Qt::Key_F);
        return finder; // not accepted by the field: the window's shortcut runs
    }

private:
    QWidget *m_window;
};

} // namespace

void MainWindow::installDesktop()
{
    models::Store *store = m_context->store();
    m_search = new SearchPopup(store, this);
    connect(m_search, &SearchPopup::chosen, this, &MainWindow::openConversation);
    // Ctrl+K and Ctrl+F are rows of the shortcut table (installShortcuts); the filter keeps text
    // fields from taking them first.
    qApp->installEventFilter(new FinderKeys(this));

    // Settings: the send key, notifications, canned responses.
    auto *settings = new QToolButton(this);
    settings->setObjectName(QStringLiteral("settingsButton"));
    settings->setText(tr("Settings"));
    settings->setAutoRaise(true);
    settings->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(settings);
    auto *keys = new QActionGroup(menu);
    QAction *ctrlEnter = menu->addAction(tr("Send with Ctrl+Enter (Enter makes a new line)"));
    ctrlEnter->setObjectName(QStringLiteral("sendWithCtrlEnter"));
    QAction *enter = menu->addAction(tr("Send with Enter (Shift+Enter makes a new line)"));
    enter->setObjectName(QStringLiteral("sendWithEnter"));
    for (QAction *a : {ctrlEnter, enter}) {
        a->setCheckable(true);
        keys->addAction(a);
    }
    connect(ctrlEnter, &QAction::triggered, this,
            [store] { store->setSetting(SendKeySetting, QStringLiteral("ctrl_enter")); });
    connect(enter, &QAction::triggered, this, [store] { store->setSetting(SendKeySetting, QStringLiteral("enter")); });
    menu->addSeparator();
    QAction *notify = menu->addAction(tr("Desktop notifications"));
    notify->setObjectName(QStringLiteral("notificationsToggle"));
    notify->setCheckable(true);
    connect(notify, &QAction::triggered, this, [store](bool on) { setNotificationsEnabled(store, on); });
    menu->addSeparator();
    QAction *canned = menu->addAction(tr("Canned responses…"));
    canned->setObjectName(QStringLiteral("cannedResponsesAction"));
    connect(canned, &QAction::triggered, this, &MainWindow::openCannedResponses);
    settings->setMenu(menu);
    statusBar()->addWidget(settings);

    m_watcher = new InboxWatcher(
        store, [this] { return attention(); }, this);
    m_tray = new TrayIcon(this);
    m_tray->setUnreadCount(m_watcher->unreadCount());
    connect(m_watcher, &InboxWatcher::unreadCountChanged, m_tray, &TrayIcon::setUnreadCount);
    connect(m_watcher, &InboxWatcher::notify, this, [this](const InboxEvent &event) {
        m_tray->show(event);
        if (!m_tray->isAvailable())
            QApplication::alert(this); // no tray to notify through: at least the taskbar entry asks for attention
    });
    connect(m_tray, &TrayIcon::openRequested, this, [this](qint64 conversation) {
        if (conversation)
            openConversation(conversation);
        else {
            showNormal();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);

    connect(store, &models::Store::settingChanged, this, [this](const QString &key) {
        if (key == SendKeySetting || key == QLatin1String("desktop_notifications"))
            applySettings();
    });
    connect(store, &models::Store::cannedResponsesChanged, this,
            [this] { m_thread->composer()->setCannedResponses(m_context->store()->cannedResponses()); });
    m_thread->composer()->setCannedResponses(store->cannedResponses());
    applySettings();
}

void MainWindow::applySettings()
{
    models::Store *store = m_context->store();
    const bool enter = store->setting(SendKeySetting) == QLatin1String("enter");
    m_thread->composer()->setSendKey(enter ? Composer::SendKey::Enter : Composer::SendKey::CtrlEnter);
    const bool notify = notificationsEnabled(store);
    if (auto *button = findChild<QToolButton *>(QStringLiteral("settingsButton"))) {
        for (QAction *a : button->menu()->actions()) {
            if (a->objectName() == QLatin1String("sendWithEnter"))
                a->setChecked(enter);
            else if (a->objectName() == QLatin1String("sendWithCtrlEnter"))
                a->setChecked(!enter);
            else if (a->objectName() == QLatin1String("notificationsToggle"))
                a->setChecked(notify);
        }
    }
}

AttentionState MainWindow::attention() const
{
    return {notificationsEnabled(m_context->store()), isActiveWindow() && !isMinimized(), m_thread->conversationId()};
}

void MainWindow::openConversation(qint64 conversationId, qint64 messageId)
{
    if (!conversationId)
        return;
    const int row = m_model->rowOf(conversationId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->scrollTo(m_model->index(row, 0));
    } else {
        // Not in the view the list shows (another status or channel): the thread shows it anyway,
        // the list keeps its place.
        m_list->selectionModel()->clearCurrentIndex();
        showConversation(conversationId);
    }
    if (m_thread->conversationId() != conversationId)
        showConversation(conversationId);
    if (messageId)
        m_thread->showMessage(messageId);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::openQuickSwitcher()
{
    m_search->open(SearchPopup::Mode::Switcher, this);
}

void MainWindow::openSearch()
{
    m_search->open(SearchPopup::Mode::Messages, this);
}

void MainWindow::openCannedResponses()
{
    if (!m_cannedDialog)
        m_cannedDialog = new CannedResponsesDialog(m_context->store(), this);
    m_cannedDialog->reload();
    m_cannedDialog->show();
    m_cannedDialog->raise();
    m_cannedDialog->activateWindow();
}

} // namespace wasel::ui
