#include "AssistantActivity.h"

#include "Assistant.h"

namespace wasel::app {

AssistantActivity::AssistantActivity(QObject *parent)
    : QObject(parent)
{
}

void AssistantActivity::attach(Assistant *assistant)
{
    if (m_assistant)
        disconnect(m_assistant, nullptr, this, nullptr);
    m_assistant = assistant;
    if (!assistant)
        return;
    connect(assistant, &Assistant::replyProgress, this, [this](qint64 id, const QString &soFar) {
        m_writing.insert(id, soFar);
        m_errors.remove(id);
        Q_EMIT changed(id);
    });
    auto done = [this](qint64 id) {
        if (m_writing.remove(id))
            Q_EMIT changed(id);
    };
    connect(assistant, &Assistant::replied, this, done);
    connect(assistant, &Assistant::writing, this, [done](qint64 id, bool on) {
        if (!on)
            done(id);
    });
    connect(assistant, &Assistant::draftReady, this, [this](qint64 id, const QString &text) {
        m_writing.remove(id);
        m_errors.remove(id);
        Q_EMIT draftReady(id, text);
        Q_EMIT changed(id);
    });
    connect(assistant, &Assistant::failed, this, [this](qint64 id, const QString &error) {
        m_writing.remove(id);
        m_errors.insert(id, error);
        Q_EMIT failed(id, error);
        Q_EMIT changed(id);
    });
    connect(assistant, &Assistant::handoverRequested, this, [this](qint64 id, const QString &reason) {
        // The AI stopped: neither a reply in progress nor a draft is pending any more.
        m_writing.remove(id);
        Q_EMIT handedOver(id, reason);
        Q_EMIT changed(id);
    });
}

QString AssistantActivity::draft(qint64 conversationId) const
{
    return m_assistant ? m_assistant->draft(conversationId) : QString();
}

QString AssistantActivity::aiName() const
{
    return m_assistant ? m_assistant->settings().aiName : QString();
}

void AssistantActivity::discardDraft(qint64 conversationId)
{
    if (m_assistant && !m_assistant->draft(conversationId).isEmpty()) {
        m_assistant->discardDraft(conversationId);
        Q_EMIT changed(conversationId);
    }
}

void AssistantActivity::dismissError(qint64 conversationId)
{
    if (m_errors.remove(conversationId))
        Q_EMIT changed(conversationId);
}

} // namespace wasel::app
