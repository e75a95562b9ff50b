#include "Notifications.h"

#include "store/Store.h"

#include <QTimer>

namespace wasel::ui {

namespace {

const QString SettingKey = QStringLiteral("desktop_notifications");
constexpr int BodyLength = 140;

QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > BodyLength ? line.left(BodyLength - 1) + QChar(0x2026) : line;
}

} // namespace

bool shouldNotify(const InboxEvent &event, const AttentionState &state)
{
    if (!state.notificationsEnabled || event.conversationId == 0)
        return false;
    return !(state.windowActive && state.openConversation == event.conversationId);
}

bool notificationsEnabled(const models::Store *store)
{
    return store->setting(SettingKey, QStringLiteral("on")) != QLatin1String("off");
}

void setNotificationsEnabled(models::Store *store, bool enabled)
{
    store->setSetting(SettingKey, enabled ? QStringLiteral("on") : QStringLiteral("off"));
}

InboxWatcher::InboxWatcher(models::Store *store, std::function<AttentionState()> attention, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_attention(std::move(attention))
    , m_recount(new QTimer(this))
{
    models::ConversationQuery handedOver;
    handedOver.needsHuman = true;
    for (const qint64 id : m_store->conversationIds(handedOver))
        m_needsHuman.insert(id);
    m_recount->setSingleShot(true);
    m_recount->setInterval(250);
    connect(m_recount, &QTimer::timeout, this, &InboxWatcher::recount);
    connect(m_store, &models::Store::messageInserted, this, &InboxWatcher::onMessageInserted);
    connect(m_store, &models::Store::conversationChanged, this, &InboxWatcher::onConversationChanged);
    recount();
}

void InboxWatcher::recount()
{
    m_recount->stop();
    models::ConversationQuery unread;
    unread.unreadOnly = true;
    const int count = m_store->conversationCount(unread);
    if (count == m_unread)
        return;
    m_unread = count;
    Q_EMIT unreadCountChanged(count);
}

void InboxWatcher::onMessageInserted(qint64 conversationId, qint64 messageId)
{
    m_recount->start();
    const auto message = m_store->message(messageId);
    if (!message || message->direction != models::Direction::In || message->sender != models::SenderKind::Customer)
        return;
    if (message->createdAt.secsTo(QDateTime::currentDateTimeUtc()) > LiveWindowSeconds)
        return; // history fetched now, long answered elsewhere
    const auto conversation = m_store->conversation(conversationId);
    InboxEvent event;
    event.kind = InboxEvent::Kind::CustomerMessage;
    event.conversationId = conversationId;
    event.messageId = messageId;
    event.title =
        conversation && !conversation->customerName.isEmpty() ? conversation->customerName : tr("New message");
    event.body = message->body.trimmed().isEmpty() ? tr("Sent an attachment") : shortened(message->body);
    offer(event);
}

void InboxWatcher::onConversationChanged(qint64 conversationId)
{
    m_recount->start();
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation || !conversation->needsHuman) {
        m_needsHuman.remove(conversationId);
        return;
    }
    if (m_needsHuman.contains(conversationId))
        return;
    m_needsHuman.insert(conversationId);
    InboxEvent event;
    event.kind = InboxEvent::Kind::Handover;
    event.conversationId = conversationId;
    event.title = conversation->customerName.isEmpty() ? tr("A customer") : conversation->customerName;
    event.body = tr("The AI asked for a person to answer.");
    offer(event);
}

void InboxWatcher::offer(const InboxEvent &event)
{
    if (shouldNotify(event, m_attention ? m_attention() : AttentionState{}))
        Q_EMIT notify(event);
}

} // namespace wasel::ui
