#pragma once

// The selected conversation: a header with who it is and what can be done to it, the messages
// (newest at the bottom, older ones loaded when scrolled to the top; in auto mode the AI's reply
// grows at the bottom as it is written), and the composer. New messages keep the view at the bottom
// unless staff scrolled up to read.

#include "Avatar.h"
#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace wasel::models {
class Store;
class MessageListModel;
} // namespace wasel::models

namespace wasel::app {
class AssistantActivity;
class InboxActions;
} // namespace wasel::app

namespace wasel::ui {

class Composer;
class ConversationActions;

class ThreadView : public QWidget
{
    Q_OBJECT

public:
    ThreadView(models::Store *store, app::InboxActions *actions, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    // Scrolls to a message of this conversation and highlights it, loading older pages as needed
    // (a search result). Returns false when the message is not in this conversation.
    bool showMessage(qint64 messageId);
    models::MessageListModel *messageModel() const { return m_model; }
    qint64 conversationId() const { return m_conversationId; }
    Composer *composer() const { return m_composer; }
    ConversationActions *conversationActions() const { return m_more; }
    QToolButton *snoozeButton() const { return m_snooze; }
    QListView *messageView() const { return m_messages; }
    // Puts a bar of another feature (the AI's activity) right above the composer.
    void addAboveComposer(QWidget *bar);
    // Shows the reply the AI is writing in an auto-mode conversation as a bubble at the end of the
    // thread, growing as it streams, until it is stored (or the AI fails or hands over).
    void followAssistant(app::AssistantActivity *activity);

    // Keyboard actions the window binds.
    void resolveOrReopen();
    void assignToMe();
    void toggleAi();
    void markUnread();
    // The newest message of this conversation that failed to send, 0 if none; and what staff do with it.
    qint64 failedMessage() const { return m_failedId; }
    void retryFailed();
    void deleteFailed();

private:
    void refreshHeader();
    // The post or story the conversation is about, as one line with a link; empty when none.
    static QString contextLine(const models::Conversation &conversation);
    void refreshFailure(); // the bar above the composer that shows a failed send
    void scrollToBottomSoon();
    bool isAtBottom() const;
    void refreshPendingReply();
    // Outside a WhatsApp window: the composer offers the conversation's approved templates.
    void offerTemplates(bool templatesOnly);

    models::Store *m_store;
    app::InboxActions *m_actions;
    app::AssistantActivity *m_activity = nullptr;
    bool m_followBottom = true; // the view was at the bottom when rows started to be inserted
    qint64 m_conversationId = 0;
    models::MessageListModel *m_model;
    QLabel *m_avatar; // the customer's picture, else initials
    AvatarCache m_avatars;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_context = nullptr; // the post of a comment thread, the story a chat started from
    QToolButton *m_assign;
    QToolButton *m_resolve;
    QToolButton *m_snooze;
    QToolButton *m_ai;
    QToolButton *m_unread;
    ConversationActions *m_more;
    QListView *m_messages;
    Composer *m_composer;
    QWidget *m_failureBar;
    QLabel *m_failureText;
    qint64 m_failedId = 0;
    qint64 m_templatesOf = 0; // the conversation whose templates the composer holds
    QWidget *m_empty;
};

} // namespace wasel::ui
