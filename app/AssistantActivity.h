#pragma once

// What the AI is doing, per conversation, for the desktop's thread view: the reply being written
// (streamed text so far), the draft waiting for staff in draft mode, and the last error of the AI
// service. It outlives the gateway (which AppContext starts asynchronously) so that the UI can hold
// it from the start; AppContext attaches the gateway's assistant when there is one.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace wasel::app {

class Assistant;

class AssistantActivity : public QObject
{
    Q_OBJECT

public:
    explicit AssistantActivity(QObject *parent = nullptr);

    void attach(Assistant *assistant);

    // The reply being written for a conversation (text so far), empty when none.
    QString writing(qint64 conversationId) const { return m_writing.value(conversationId); }
    // The AI's draft waiting for staff (draft mode), empty when none.
    QString draft(qint64 conversationId) const;
    // The name the AI's messages go out under (the Assistant page's), empty without an assistant.
    QString aiName() const;
    // The last failure of the AI service for a conversation, empty when the last reply went well.
    QString error(qint64 conversationId) const { return m_errors.value(conversationId); }
    // Staff sent, or threw away, the draft.
    void discardDraft(qint64 conversationId);
    void dismissError(qint64 conversationId);

Q_SIGNALS:
    // Something shown for this conversation changed (writing, draft or error).
    void changed(qint64 conversationId);
    void draftReady(qint64 conversationId, const QString &text);
    // The AI service failed; the sentence is meant for staff.
    void failed(qint64 conversationId, const QString &error);
    // The AI handed the conversation to a person (it is in Needs a person; the store's needs-human
    // flag says the same): the hook for a desktop notification.
    void handedOver(qint64 conversationId, const QString &reason);

private:
    QPointer<Assistant> m_assistant;
    QHash<qint64, QString> m_writing;
    QHash<qint64, QString> m_errors;
};

} // namespace wasel::app
