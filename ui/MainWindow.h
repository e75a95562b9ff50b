#pragma once

// The inbox window: views on the side, the conversations of the selected view, and the selected
// conversation's thread with the composer. Reads item models and calls app/ services only.

#include <QMainWindow>

class QLabel;
class QListView;

namespace wasel::app {
class AppContext;
}

namespace wasel::models {
class ConversationListModel;
}

namespace wasel::ui {

class AssistantPage;
class CannedResponsesDialog;
class ChannelsPage;
class InboxWatcher;
class SearchPopup;
class TrayIcon;
struct AttentionState;
class Sidebar;
class ThreadView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(app::AppContext *context, QWidget *parent = nullptr);

    // For tests and keyboard users.
    QListView *conversationView() const { return m_list; }
    ThreadView *thread() const { return m_thread; }
    Sidebar *sidebar() const { return m_sidebar; }
    void selectConversation(int row);
    void nextConversation(int step);
    // The channels page, in a window of its own (Ctrl+Shift+K).
    void openChannels();
    ChannelsPage *channelsPage() const { return m_channels; }
    void openAssistant();
    AssistantPage *assistantPage() const { return m_assistant; }

    // Search, canned responses, settings, tray and notifications (MainWindowDesktop.cpp).
    // Shows a conversation (selected in the list when the current view has it), scrolled to and
    // highlighting `messageId` when set.
    void openConversation(qint64 conversationId, qint64 messageId = 0);
    void openQuickSwitcher(); // Ctrl+K
    void openSearch(); // Ctrl+F
    void openCannedResponses();
    SearchPopup *searchPopup() const { return m_search; }
    InboxWatcher *inboxWatcher() const { return m_watcher; }
    TrayIcon *trayIcon() const { return m_tray; }
    CannedResponsesDialog *cannedDialog() const { return m_cannedDialog; }
    AttentionState attention() const;

private:
    void showNotice(const QString &text);
    void installShortcuts();
    void installDesktop();
    void applySettings();

    app::AppContext *m_context;
    models::ConversationListModel *m_model;
    Sidebar *m_sidebar;
    QLabel *m_listTitle;
    QListView *m_list;
    ThreadView *m_thread;
    ChannelsPage *m_channels = nullptr;
    AssistantPage *m_assistant = nullptr;
    SearchPopup *m_search = nullptr;
    InboxWatcher *m_watcher = nullptr;
    TrayIcon *m_tray = nullptr;
    CannedResponsesDialog *m_cannedDialog = nullptr;
};

} // namespace wasel::ui
