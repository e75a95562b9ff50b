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

class AiActivityBar;
class AssistantPage;
class KnowledgePage;
class RoutingRulesPage;
class ChannelsPage;
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
    AiActivityBar *aiActivityBar() const { return m_aiBar; }
    void openRules();
    void openKnowledge();
    RoutingRulesPage *rulesPage() const { return m_rules; }
    KnowledgePage *knowledgePage() const { return m_knowledge; }

private:
    void showNotice(const QString &text);
    void installShortcuts();

    app::AppContext *m_context;
    models::ConversationListModel *m_model;
    Sidebar *m_sidebar;
    QLabel *m_listTitle;
    QListView *m_list;
    ThreadView *m_thread;
    ChannelsPage *m_channels = nullptr;
    AssistantPage *m_assistant = nullptr;
    AiActivityBar *m_aiBar;
    RoutingRulesPage *m_rules = nullptr;
    KnowledgePage *m_knowledge = nullptr;
};

} // namespace wasel::ui
