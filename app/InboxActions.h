#pragma once

// What staff do to conversations, as one service the UI calls. Every action is stored first and
// shows up everywhere through the store's change signals; failures come back as `failed` with a
// sentence the UI can show (STYLE.md §7: no dialogs below ui/).

#include "TemplateCatalog.h"
#include "domain/Types.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace wasel::models {
class Store;
struct OutboundContent;
} // namespace wasel::models

namespace wasel::app {

class InboxActions : public QObject
{
    Q_OBJECT

public:
    InboxActions(models::Store *store, QString agentName, QObject *parent = nullptr);

    QString agentName() const { return m_agentName; }

    // How a reply in a comment thread goes: under the post for everyone, or as one private message
    // to the commenter (Meta's Private Replies). Ignored in direct conversations.
    enum class CommentReply {
        Public,
        Private
    };
    // Queues a reaction to a customer's message (WhatsApp Cloud API; an empty emoji takes it back);
    // returns the new message id or 0 with failed() saying why.
    qint64 sendReaction(qint64 messageId, const QString &emoji);
    // Whether staff can react to this message: a customer's WhatsApp Cloud API message with an id.
    bool canReactTo(qint64 messageId) const;
    static QStringList reactionChoices();

    // Queues a staff reply in the outbox; returns the new message id or 0.
    // Files staged with stageAttachment go with it (the text may then be empty). A reply that was
    // the AI's draft is stored as such (still staff's reply: they chose to send it).
    qint64 sendReply(qint64 conversationId, const QString &text, CommentReply how = CommentReply::Public,
                     const QList<models::Attachment> &attachments = {},
                     models::AiDraft aiDraft = models::AiDraft::None);

    // ---- Attachments from the composer (InboxAttachments.cpp) ----
    // Where staged files are copied to (DATA_DIR/media); without one nothing can be attached.
    void setMediaDir(const QString &dir) { m_mediaDir = dir; }
    // Checks `path` against the conversation's channel (can it send files from this computer, is
    // it small enough for its kind) and copies it into the media folder; the copy is what is sent,
    // so the original may move. nullopt and `failed` with the reason otherwise.
    std::optional<models::Attachment> stageAttachment(qint64 conversationId, const QString &path);
    // A staged copy that will not be sent (its chip was removed): deleted. Only staged copies are.
    void discardStaged(const models::Attachment &attachment);
    // Why files cannot be attached in this conversation; empty when they can.
    QString attachmentsUnavailable(qint64 conversationId) const;
    qint64 addNote(qint64 conversationId, const QString &text);

    bool setStatus(qint64 conversationId, models::ConversationStatus status);
    bool snooze(qint64 conversationId, const QDateTime &until);
    bool assignTo(qint64 conversationId, const QString &assignee);
    bool assignToMe(qint64 conversationId) { return assignTo(conversationId, m_agentName); }
    bool setPriority(qint64 conversationId, models::Priority priority);
    bool addLabel(qint64 conversationId, const QString &label);
    bool removeLabel(qint64 conversationId, const QString &label);
    bool markRead(qint64 conversationId);
    bool markUnread(qint64 conversationId);
    // The workspace's staff, to assign conversations to: the names kept in the setting "team/agents",
    // this desk's agent and everyone a conversation is assigned to, sorted. addTeammate keeps a new one.
    QStringList teammates() const;
    bool addTeammate(const QString &name);
    // A field staff keep about the conversation's customer; an empty value removes it.
    bool setCustomerField(qint64 customerId, const QString &key, const QString &value);
    // A message that failed to send: queued again, or deleted (only what never left).
    bool retrySend(qint64 messageId);
    bool deleteUnsent(qint64 messageId);
    // Staff take the conversation from the AI (mode off) or give it back (mode auto).
    bool takeOver(qint64 conversationId);
    bool handBackToAi(qint64 conversationId);

    // ---- WhatsApp templates: outside the 24-hour window only an approved one may go ----
    // The cache of approved templates (AppContext sets it; without one no conversation has any).
    void setTemplateCatalog(TemplateCatalog *catalog);
    // The approved templates of the conversation's WhatsApp Business Account as cached, those in the
    // customer's language (that of their newest message) first. Empty outside WhatsApp.
    QList<MessageTemplate> templatesFor(qint64 conversationId) const;
    // Asks Meta for them again when the cache is a day old (force: now, the composer's Refresh);
    // templatesRefreshed follows. Not done by templatesFor, so that a failed refresh does not loop.
    void refreshTemplates(qint64 conversationId, bool force = false);
    // Queues an approved template with its variables' values through the outbox, as sendReply queues
    // text; the message's text is the filled-in body, so the thread shows what the customer got.
    // Returns the new message id or 0.
    qint64 sendTemplate(qint64 conversationId, const QString &name, const QString &language,
                        const QStringList &variables);
    // ---- Twilio Content templates (ContentSid + ContentVariables), entered by their SID: the
    // contracts do not document Twilio's Content API listing, so nothing is fetched ----
    // True for a Twilio WhatsApp conversation.
    bool usesContentTemplates(qint64 conversationId) const;
    // The SIDs sent from this conversation's sender before, newest first (workspace setting
    // "twilio_templates/<sender>", at most ten).
    QStringList recentContentTemplates(qint64 conversationId) const;
    // Queues content template `sid` (HX + 32 hex digits) with values for {{1}}, {{2}} …; returns
    // the new message id or 0 (failed says why).
    qint64 sendContentTemplate(qint64 conversationId, const QString &sid, const QStringList &values);
    static bool isContentSid(const QString &sid);

Q_SIGNALS:
    void failed(const QString &message);
    // A conversation was snoozed (stored): the app arms its wake-up for `until`.
    void snoozed(qint64 conversationId, const QDateTime &until);
    // Staff opened a conversation whose customer messages were unread (the channel may show "seen").
    void customerMessagesSeen(qint64 conversationId);
    // A refresh of a Business Account's templates ended: fresh ones are in the cache (ok), or the
    // old cache stays and error says why.
    void templatesRefreshed(bool ok, const QString &error);

private:
    bool check(bool ok);
    qint64 queue(qint64 conversationId, const models::OutboundContent &content);
    QString m_mediaDir;
    QString wabaOf(qint64 conversationId) const;

    models::Store *m_store;
    QString m_agentName;
    TemplateCatalog *m_templates = nullptr;
};

} // namespace wasel::app
