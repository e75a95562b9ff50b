#pragma once

// The AI that answers until a human takes over. For every new customer message it
//   1. triages it (language, intent → a conversation label),
//   2. stops if the conversation's AI mode is off or a person already has it,
//   3. hands over — needs-human, a private note with a short summary, handoverRequested() —
//      when the customer asks for a person or complains, when nothing in the knowledge base
//      answers, or after too many AI replies without a person,
//   4. otherwise writes a reply: with the configured OpenAI-compatible endpoint (the prompt
//      carries the merchant's instructions, matching knowledge-base entries, the recent
//      conversation and the customer's name), or with the built-in offline responder;
//      auto mode queues it in the outbox as an AI message, draft mode offers it to staff.

#include "Triage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace wasel::models {
class Store;
}

namespace wasel::app {

struct AssistantSettings {
    // OpenAI-compatible endpoint; empty base URL or model = the offline responder.
    QUrl baseUrl;
    QString model;
    QString apiKey;
    // The merchant's instructions.
    QString businessDescription; // what the shop sells, where it delivers, how it takes payment
    QString tone = QStringLiteral("friendly, short, helpful");
    QString dialect = QStringLiteral("match"); // match, ar (Iraqi Arabic), th, en
    QString aiName = QStringLiteral("Wasel AI"); // shown as the sender of AI messages
    int maxAiRepliesWithoutHuman = 6; // then a person takes over
    // Messages older than this when they reach the store (backfill, replay) get no AI answer.
    int maxMessageAgeMinutes = 15;

    bool usesEndpoint() const { return baseUrl.isValid() && !baseUrl.host().isEmpty() && !model.isEmpty(); }
};

class Assistant : public QObject
{
    Q_OBJECT

public:
    explicit Assistant(models::Store *store, const AssistantSettings &settings = {}, QObject *parent = nullptr);
    ~Assistant() override;

    const AssistantSettings &settings() const { return m_settings; }
    void setSettings(const AssistantSettings &settings);

    // Handles one stored message. The gateway calls it after the routing rules, once the message is
    // committed; it is not tied to the store's signals, so history, seeds and replays never wake it.
    void onMessage(qint64 conversationId, qint64 messageId);
    // The draft waiting for staff in a draft-mode conversation (empty when none).
    QString draft(qint64 conversationId) const { return m_drafts.value(conversationId); }
    void discardDraft(qint64 conversationId);
    // Hands a conversation to a person for a reason found elsewhere (a routing rule): needs-human,
    // the summary note, handoverRequested(). The customer is told nothing (the rule may reply).
    void handOverToPerson(qint64 conversationId, const QString &reason);

    // The system prompt for a conversation, as sent to the endpoint (exposed for tests and for
    // staff who want to see what the AI is told).
    QString systemPrompt(qint64 conversationId, const QString &customerText, const QString &language) const;

Q_SIGNALS:
    void handoverRequested(qint64 conversationId, const QString &reason);
    void draftReady(qint64 conversationId, const QString &text);
    // Streaming progress of an AI reply (draft mode shows it in the composer as it grows).
    void replyProgress(qint64 conversationId, const QString &textSoFar);
    void replied(qint64 conversationId, qint64 messageId);
    // An AI reply the customer will see is being written (true) or is done (false).
    void writing(qint64 conversationId, bool on);
    // The endpoint failed; staff see why, and the conversation is handed over.
    void failed(qint64 conversationId, const QString &error);

private:
    void handOver(qint64 conversationId, const Triage &triage, const QString &replyText, const QString &reason);
    void deliver(qint64 conversationId, const QString &text);
    void askEndpoint(qint64 conversationId, const Triage &triage, const QString &customerText);
    QString summary(qint64 conversationId, const Triage &triage, const QString &reason) const;
    int aiRepliesSinceHuman(qint64 conversationId) const;

    models::Store *m_store;
    AssistantSettings m_settings;
    QHash<qint64, QString> m_drafts;
    QSet<qint64> m_busy; // conversations with a reply being written
    struct Endpoint;
    std::unique_ptr<Endpoint> m_endpoint;
};

} // namespace wasel::app
