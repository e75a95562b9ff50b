#pragma once

// The inbox window: views on the side, the conversations of the selected view, and the selected
// conversation's thread with the composer. Reads item models and calls app/ services only.

#include "Shortcuts.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;

namespace wasel::app {
class AppContext;
}

namespace wasel::models {
class ConversationListModel;
}

namespace wasel::ui {

class AiActivityBar;
class AssistantPage;
class CannedResponsesDialog;
class ChannelsPage;
class CustomerPanel;
class InboxWatcher;
class KnowledgePage;
class RoutingRulesPage;
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
    // Resolves the selected conversation and selects the one after it.
    void resolveAndNext();
    // The customer panel on the right (Ctrl+Shift+P, or the status bar's button).
    CustomerPanel *customerPanel() const { return m_panel; }
    void toggleCustomerPanel();
    // Every keyboard action, as bound and as the overlay (Ctrl+/) lists it.
    const QList<ShortcutAction> &shortcuts() const { return m_shortcuts; }
    void showShortcuts();
    ShortcutOverlay *shortcutOverlay() const { return m_overlay; }
    // The channels page, in a window of its own (Ctrl+Shift+K).
    void openChannels();
    ChannelsPage *channelsPage() const { return m_channels; }
    void openAssistant();
    AssistantPage *assistantPage() const { return m_assistant; }
    AiActivityBar *aiActivityBar() const { return m_aiBar; }
    void openRules();
    void openKnowledge();
    RoutingRulesPage *rulesPage() const { return m_rules; }
    KnowledgePage *knowledgePage() const { return m_knowledge; }

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
    void showConversation(qint64 conversationId);
    void installDesktop();
    void applySettings();

    app::AppContext *m_context;
    models::ConversationListModel *m_model;
    Sidebar *m_sidebar;
    QLabel *m_listTitle;
    QListView *m_list;
    ThreadView *m_thread;
    CustomerPanel *m_panel;
    QPushButton *m_panelButton = nullptr;
    QList<ShortcutAction> m_shortcuts;
    QPointer<ShortcutOverlay> m_overlay;
    ChannelsPage *m_channels = nullptr;
    AssistantPage *m_assistant = nullptr;
    AiActivityBar *m_aiBar;
    RoutingRulesPage *m_rules = nullptr;
    KnowledgePage *m_knowledge = nullptr;
    SearchPopup *m_search = nullptr;
    InboxWatcher *m_watcher = nullptr;
    TrayIcon *m_tray = nullptr;
    CannedResponsesDialog *m_cannedDialog = nullptr;
};

} // namespace wasel::ui
