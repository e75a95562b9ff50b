#include "Assistant.h"

#include "OfflineResponder.h"
#include "ai/ChatClient.h"
#include "store/Store.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAssistant, "wasel.assistant")

namespace wasel::app {

using models::AiMode;
using models::Direction;
using models::Message;
using models::SenderKind;

namespace {

constexpr int HistoryMessages = 12;
// The endpoint's reply when it cannot answer well from what it was given (the prompt asks for it):
// its low confidence is a handover, not a guess sent to the customer.
constexpr QStringView HandoverMarker = u"[HANDOVER]";

QString languageName(const QString &code)
{
    if (code == QLatin1String("ar"))
        return QStringLiteral("Iraqi Arabic (Baghdadi dialect, Arabic script)");
    if (code == QLatin1String("th"))
        return QStringLiteral("Thai (polite, with ค่ะ/ครับ)");
    return QStringLiteral("English");
}

// The reply's language: the merchant's choice, or the customer's own.
QString replyLanguage(const AssistantSettings &s, const QString &customerLanguage)
{
    return s.dialect == QLatin1String("match") || s.dialect.isEmpty() ? customerLanguage : s.dialect;
}

} // namespace

struct Assistant::Endpoint {
    QNetworkAccessManager network;
    std::unique_ptr<channels::ChatClient> client;
};

Assistant::Assistant(models::Store *store, const AssistantSettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_endpoint(std::make_unique<Endpoint>())
{
    setSettings(settings);
}

Assistant::~Assistant() = default;

void Assistant::setSettings(const AssistantSettings &settings)
{
    m_settings = settings;
    m_endpoint->client.reset();
    if (m_settings.usesEndpoint()) {
        channels::ChatClient::Settings s;
        s.baseUrl = m_settings.baseUrl;
        s.model = m_settings.model;
        s.apiKey = m_settings.apiKey;
        m_endpoint->client = std::make_unique<channels::ChatClient>(&m_endpoint->network, s);
    }
}

void Assistant::discardDraft(qint64 conversationId)
{
    m_drafts.remove(conversationId);
}

int Assistant::aiRepliesSinceHuman(qint64 conversationId) const
{
    int count = 0;
    const QList<Message> recent = m_store->messages(conversationId, 0, 30);
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        if (it->direction == Direction::Out && it->sender == SenderKind::Agent)
            break;
        if (it->direction == Direction::Out && it->sender == SenderKind::Ai)
            ++count;
    }
    return count;
}

void Assistant::onMessage(qint64 conversationId, qint64 messageId)
{
    const auto message = m_store->message(messageId);
    if (!message || message->direction != Direction::In || message->sender != SenderKind::Customer)
        return;
    const QString text = message->body.trimmed();
    if (text.isEmpty())
        return;
    if (message->createdAt.secsTo(QDateTime::currentDateTimeUtc()) > qint64(m_settings.maxMessageAgeMinutes) * 60)
        return; // history arriving late is not a question waiting for an answer

    const Triage t = triage(text);
    if (t.intent != Intent::Other)
        m_store->addLabel(conversationId, toString(t.intent));

    const auto conversation = m_store->conversation(conversationId);
    if (!conversation || conversation->aiMode == AiMode::Off || conversation->needsHuman
        || m_busy.contains(conversationId))
        return;

    if (t.handover) {
        const AssistantReply r = offlineReply(*m_store, t, text, replyLanguage(m_settings, t.language));
        return handOver(conversationId, t, r.text, r.reason);
    }
    if (aiRepliesSinceHuman(conversationId) >= m_settings.maxAiRepliesWithoutHuman) {
        const AssistantReply r = offlineReply(*m_store, {t.language, Intent::HumanRequested, {}, true}, text,
                                              replyLanguage(m_settings, t.language));
        return handOver(conversationId, t, r.text,
                        QStringLiteral("%1 AI replies without a person").arg(m_settings.maxAiRepliesWithoutHuman));
    }
    if (m_endpoint->client) {
        // A price or an order needs a product the shop has listed: without one the AI would guess.
        const bool aboutProducts = t.intent == Intent::PriceInquiry || t.intent == Intent::PurchaseIntent;
        if (aboutProducts && m_store->findKnowledge(text, knowledgeQuestionWords(), 1).isEmpty()) {
            const AssistantReply r = offlineReply(*m_store, t, text, replyLanguage(m_settings, t.language));
            if (r.handover)
                return handOver(conversationId, t, r.text, r.reason);
        }
        return askEndpoint(conversationId, t, text);
    }

    const AssistantReply r = offlineReply(*m_store, t, text, replyLanguage(m_settings, t.language));
    if (r.handover)
        return handOver(conversationId, t, r.text, r.reason);
    deliver(conversationId, r.text);
}

void Assistant::deliver(qint64 conversationId, const QString &text)
{
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation || text.trimmed().isEmpty())
        return;
    if (conversation->aiMode == AiMode::Draft) {
        m_drafts.insert(conversationId, text);
        Q_EMIT draftReady(conversationId, text);
        return;
    }
    if (conversation->aiMode != AiMode::Auto || conversation->needsHuman)
        return; // staff took over while the reply was being written
    const qint64 id = m_store->enqueueOutbound(conversationId, text, SenderKind::Ai, m_settings.aiName,
                                               QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (id)
        Q_EMIT replied(conversationId, id);
}

QString Assistant::summary(qint64 conversationId, const Triage &t, const QString &reason) const
{
    QStringList asked;
    const QList<Message> recent = m_store->messages(conversationId, 0, 10);
    for (const Message &m : recent)
        if (m.direction == Direction::In && !m.body.trimmed().isEmpty())
            asked.append(QStringLiteral("• ") + m.body.trimmed().left(160));
    while (asked.size() > 3)
        asked.removeFirst();
    const auto conversation = m_store->conversation(conversationId);
    return tr("AI handed over: %1.\nCustomer: %2 (%3), writes in %4; last intent: %5.\nRecent messages:\n%6")
        .arg(reason, conversation ? conversation->customerName : QString(),
             conversation ? models::channelDisplayName(conversation->channel) : QString(), t.language,
             intentLabel(t.intent), asked.join(u'\n'));
}

void Assistant::handOverToPerson(qint64 conversationId, const QString &reason)
{
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation || conversation->needsHuman)
        return;
    QString lastText;
    const QList<Message> recent = m_store->messages(conversationId, 0, 10);
    for (const Message &m : recent)
        if (m.direction == Direction::In && !m.body.trimmed().isEmpty())
            lastText = m.body;
    handOver(conversationId, triage(lastText), QString(), reason);
}

void Assistant::handOver(qint64 conversationId, const Triage &t, const QString &replyText, const QString &reason)
{
    qCInfo(lcAssistant) << "handing conversation" << conversationId << "to a person:" << reason;
    const auto conversation = m_store->conversation(conversationId);
    // Tell the customer a person is coming (only where the AI may speak on its own).
    if (conversation && conversation->aiMode == AiMode::Auto && !replyText.isEmpty())
        m_store->enqueueOutbound(conversationId, replyText, SenderKind::Ai, m_settings.aiName,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_store->setNeedsHuman(conversationId, true);
    m_store->addNote(conversationId, m_settings.aiName, summary(conversationId, t, reason));
    m_drafts.remove(conversationId);
    Q_EMIT handoverRequested(conversationId, reason);
}

QString Assistant::systemPrompt(qint64 conversationId, const QString &customerText, const QString &language) const
{
    QStringList lines;
    lines << QStringLiteral("You answer customers of a small shop in its chat inbox, on behalf of the shop.");
    if (!m_settings.businessDescription.isEmpty())
        lines << QStringLiteral("About the shop: ") + m_settings.businessDescription;
    lines << QStringLiteral("Tone: ") + m_settings.tone + QStringLiteral(". Keep replies under 60 words.");
    lines << QStringLiteral("Reply in ") + languageName(language) + u'.';
    lines << QStringLiteral("Only state prices, stock and policies listed below; never guess or invent them.");
    lines << QStringLiteral("If you cannot answer well from what is below, if the customer is upset, or if they want a "
                            "person, reply with exactly %1 and nothing else: a team member will take over.")
                 .arg(HandoverMarker);
    const QList<models::KnowledgeItem> items = m_store->findKnowledge(customerText, knowledgeQuestionWords(), 5);
    if (!items.isEmpty()) {
        lines << QStringLiteral("Knowledge base:");
        for (const models::KnowledgeItem &item : items) {
            if (item.kind == models::KnowledgeItem::Kind::Faq) {
                lines << QStringLiteral("- FAQ: %1 — %2").arg(item.name, item.description);
                continue;
            }
            QString line = QStringLiteral("- Product: ") + item.name;
            if (item.price)
                line += QStringLiteral("; price ") + formatPrice(*item.price, item.currency, QStringLiteral("en"));
            if (item.stock)
                line += *item.stock > 0 ? QStringLiteral("; in stock (%1)").arg(*item.stock)
                                        : QStringLiteral("; out of stock");
            if (!item.description.isEmpty())
                line += QStringLiteral("; ") + item.description;
            lines << line;
        }
    }
    if (const auto conversation = m_store->conversation(conversationId)) {
        lines << QStringLiteral("Customer: %1%2, writing on %3.")
                     .arg(conversation->customerName,
                          conversation->customerUsername.isEmpty()
                              ? QString()
                              : QStringLiteral(" (@%1)").arg(conversation->customerUsername),
                          models::channelDisplayName(conversation->channel));
        if (!conversation->labels.isEmpty())
            lines << QStringLiteral("Customer labels: ") + conversation->labels.join(QStringLiteral(", "));
    }
    return lines.join(u'\n');
}

void Assistant::askEndpoint(qint64 conversationId, const Triage &t, const QString &customerText)
{
    const QString language = replyLanguage(m_settings, t.language);
    channels::ChatRequest request;
    request.messages.append({QStringLiteral("system"), systemPrompt(conversationId, customerText, language)});
    for (const Message &m : m_store->messages(conversationId, 0, HistoryMessages)) {
        if (m.body.trimmed().isEmpty() || m.sender == SenderKind::System)
            continue;
        request.messages.append(
            {m.direction == Direction::In ? QStringLiteral("user") : QStringLiteral("assistant"), m.body});
    }
    m_busy.insert(conversationId);
    // Only where the customer will get the reply straight away is "typing…" true.
    const auto conversation = m_store->conversation(conversationId);
    const bool visible = conversation && conversation->aiMode == AiMode::Auto;
    if (visible)
        Q_EMIT writing(conversationId, true);
    auto soFar = std::make_shared<QString>();
    m_endpoint->client->complete(
        request,
        [this, conversationId, soFar](const QString &fragment) {
            *soFar += fragment;
            // "[HANDOVER]" (or the start of it) is the model asking for a person, not words for
            // anyone to read as they stream in.
            const QString text = soFar->trimmed();
            if (!text.isEmpty() && !HandoverMarker.startsWith(text) && !text.contains(HandoverMarker))
                Q_EMIT replyProgress(conversationId, *soFar);
        },
        [this, conversationId, t, visible](const channels::ChatResult &result) {
            m_busy.remove(conversationId);
            // "typing…" ends once the outcome is stored: the reply growing in the thread then becomes
            // the stored message in place instead of going and coming back.
            const auto typingEnds = qScopeGuard([&] {
                if (visible)
                    Q_EMIT writing(conversationId, false);
            });
            if (!result.ok) {
                qCWarning(lcAssistant) << "AI endpoint failed:" << result.error;
                Q_EMIT failed(conversationId, result.error);
                const AssistantReply r = offlineReply(*m_store, {t.language, Intent::HumanRequested, {}, true}, {},
                                                      replyLanguage(m_settings, t.language));
                return handOver(conversationId, t, r.text, tr("the AI service failed: %1").arg(result.error));
            }
            const QString content = result.content.trimmed();
            if (content.contains(HandoverMarker)) {
                const AssistantReply r = offlineReply(*m_store, {t.language, Intent::HumanRequested, {}, true}, {},
                                                      replyLanguage(m_settings, t.language));
                return handOver(conversationId, t, r.text, tr("the AI was not confident it could answer"));
            }
            deliver(conversationId, content);
        });
}

} // namespace wasel::app
