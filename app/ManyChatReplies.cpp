#include "ManyChatReplies.h"

#include "common/WebhookServer.h"
#include "manychat/ManyChatContent.h"
#include "store/Store.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcManyChatReplies, "wasel.manychat")

namespace wasel::app {

namespace {

constexpr int TextLimit = 2000;

} // namespace

ManyChatReplies::ManyChatReplies(models::Store *store, std::function<bool()> automationOn,
                                 std::function<bool()> answersLater, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_automationOn(std::move(automationOn))
    , m_answersLater(std::move(answersLater))
{
    // Direct: runs inside the insert's signal, before the outbox's queued pump can pick the reply up.
    connect(m_store, &models::Store::messageInserted, this, [this](qint64 conversationId, qint64) {
        const auto it = m_waiting.constFind(conversationId);
        if (it == m_waiting.cend())
            return;
        const Waiting w = *it;
        if (tryAnswer(conversationId, w.afterMessageId, w.answer))
            m_waiting.remove(conversationId);
    });
}

void ManyChatReplies::install(channels::WebhookServer *server, std::chrono::milliseconds deadline)
{
    server->setInlineReplyHandler(
        [this, deadline](qint64 conversationId, qint64 messageId, Answer answer) {
            handle(conversationId, messageId, std::move(answer));
            if (m_waiting.contains(conversationId))
                QTimer::singleShot(deadline, this, [this, conversationId, messageId] {
                    const auto it = m_waiting.constFind(conversationId);
                    if (it != m_waiting.cend() && it->afterMessageId == messageId)
                        m_waiting.remove(conversationId); // the server has answered with an empty block
                });
        },
        deadline);
}

void ManyChatReplies::handle(qint64 conversationId, qint64 messageId, Answer answer)
{
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation || conversation->aiMode != models::AiMode::Auto || (m_automationOn && !m_automationOn())) {
        answer({}); // no AI reply will come: don't keep ManyChat waiting
        return;
    }
    if (tryAnswer(conversationId, messageId, answer))
        return;
    if (m_answersLater && !m_answersLater()) {
        answer({}); // nothing queued and nothing being written: the AI handed over or stayed quiet
        return;
    }
    m_waiting.insert(conversationId, {messageId, std::move(answer)});
}

bool ManyChatReplies::tryAnswer(qint64 conversationId, qint64 afterMessageId, const Answer &answer)
{
    for (const models::OutboxItem &item : m_store->outbox(QStringLiteral("queued"))) {
        if (item.conversationId != conversationId || item.messageId <= afterMessageId)
            continue;
        const auto work = m_store->outboundWork(item.id);
        if (!work || work->message.sender != models::SenderKind::Ai)
            continue;
        const QString type = m_channelTypes ? m_channelTypes(work->accountExternalId) : QString();
        const auto content = channels::manychat::buildContent(work->message, TextLimit, type);
        if (!content.error.isEmpty()) {
            answer({}); // the outbox will fail it with the same reason, visibly
            return true;
        }
        // Claimed first (queued → sending), so the outbox does not send it as well; released to the
        // outbox when the answer cannot go out any more.
        if (!m_store->beginOutboxAttempt(item.id))
            continue;
        if (answer(channels::manychat::dynamicBlock(content.content))) {
            m_store->outboxSent(item.id, QString());
            m_store->setMessageRoute(item.messageId, QLatin1String(Route));
        } else {
            qCInfo(lcManyChatReplies) << "ManyChat stopped waiting; message" << item.messageId << "goes by sendContent";
            m_store->outboxRetry(item.id, QDateTime::currentDateTimeUtc(),
                                 tr("ManyChat stopped waiting for the answer; sending it through its API"));
        }
        return true;
    }
    return false;
}

} // namespace wasel::app
