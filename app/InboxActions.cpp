#include "InboxActions.h"

#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace wasel::app {

using namespace wasel::models;

namespace {
// Staff names, one a line: the people conversations can be assigned to besides those already assigned.
constexpr char TeamSetting[] = "team/agents";
} // namespace

InboxActions::InboxActions(Store *store, QString agentName, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_agentName(std::move(agentName))
{
}

bool InboxActions::check(bool ok)
{
    if (!ok)
        Q_EMIT failed(m_store->lastError().message);
    return ok;
}

bool InboxActions::canReactTo(qint64 messageId) const
{
    const auto message = m_store->message(messageId);
    return message && message->direction == models::Direction::In && !message->externalId.isEmpty()
        && message->channel == models::ChannelKind::WhatsApp;
}

QStringList InboxActions::reactionChoices()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🙏")};
}

qint64 InboxActions::sendReaction(qint64 messageId, const QString &emoji)
{
    const auto message = m_store->message(messageId);
    if (!message) {
        Q_EMIT failed(tr("That message is no longer there."));
        return 0;
    }
    if (!canReactTo(messageId)) {
        // Twilio has no reactions, and Meta's Send API for Messenger and Instagram is not wired for them.
        Q_EMIT failed(tr("Reactions can be sent to a customer's WhatsApp message (Cloud API) only."));
        return 0;
    }
    OutboundContent content{
        emoji.trimmed(),
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("reaction"), true}}).toJson(QJsonDocument::Compact)),
        message->externalId,
        {}};
    return queue(message->conversationId, content);
}

qint64 InboxActions::sendReply(qint64 conversationId, const QString &text, CommentReply how,
                               const QList<Attachment> &attachments, AiDraft aiDraft)
{
    OutboundContent content{text, {}, {}, attachments, aiDraft};
    if (const auto conversation = m_store->conversation(conversationId);
        conversation && !conversation->threadKey.isEmpty())
        content.payloadJson =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reply"),
                                                         how == CommentReply::Private ? QStringLiteral("private")
                                                                                      : QStringLiteral("public")}})
                                  .toJson(QJsonDocument::Compact));
    return queue(conversationId, content);
}

qint64 InboxActions::queue(qint64 conversationId, const OutboundContent &content)
{
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 id = m_store->enqueueOutbound(conversationId, content, SenderKind::Agent, m_agentName, clientId);
    check(id != 0);
    return id;
}

qint64 InboxActions::addNote(qint64 conversationId, const QString &text)
{
    const qint64 id = m_store->addNote(conversationId, m_agentName, text);
    check(id != 0);
    return id;
}

bool InboxActions::setStatus(qint64 conversationId, ConversationStatus status)
{
    return check(m_store->setStatus(conversationId, status));
}

bool InboxActions::snooze(qint64 conversationId, const QDateTime &until)
{
    if (!until.isValid() || until <= QDateTime::currentDateTimeUtc()) {
        Q_EMIT failed(tr("A conversation can only be snoozed until a time that is still to come."));
        return false;
    }
    if (!check(m_store->setStatus(conversationId, ConversationStatus::Snoozed, until)))
        return false;
    Q_EMIT snoozed(conversationId, until);
    return true;
}

QStringList InboxActions::teammates() const
{
    QStringList names = m_store->setting(QString::fromLatin1(TeamSetting)).split(u'\n', Qt::SkipEmptyParts);
    names << m_agentName;
    names << m_store->assignees();
    for (QString &name : names)
        name = name.trimmed();
    names.removeAll(QString());
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

bool InboxActions::addTeammate(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 80) {
        Q_EMIT failed(tr("A teammate's name must have between 1 and 80 characters."));
        return false;
    }
    QStringList kept = m_store->setting(QString::fromLatin1(TeamSetting)).split(u'\n', Qt::SkipEmptyParts);
    if (kept.contains(trimmed))
        return true;
    kept << trimmed;
    return check(m_store->setSetting(QString::fromLatin1(TeamSetting), kept.join(u'\n')));
}

bool InboxActions::setCustomerField(qint64 customerId, const QString &key, const QString &value)
{
    return check(m_store->setCustomerField(customerId, key, value));
}

bool InboxActions::assignTo(qint64 conversationId, const QString &assignee)
{
    return check(m_store->setAssignee(conversationId, assignee));
}

bool InboxActions::setPriority(qint64 conversationId, Priority priority)
{
    return check(m_store->setPriority(conversationId, priority));
}

bool InboxActions::addLabel(qint64 conversationId, const QString &label)
{
    return check(m_store->addLabel(conversationId, label));
}

bool InboxActions::removeLabel(qint64 conversationId, const QString &label)
{
    return check(m_store->removeLabel(conversationId, label));
}

bool InboxActions::markRead(qint64 conversationId)
{
    const auto conversation = m_store->conversation(conversationId);
    const bool unread = conversation && conversation->unreadCount > 0;
    // Opening a conversation that is already read changes nothing: no write, no disk sync, no
    // change signal making every list and count refresh.
    if (conversation && !unread)
        return true;
    if (!check(m_store->markRead(conversationId)))
        return false;
    if (unread)
        Q_EMIT customerMessagesSeen(conversationId);
    return true;
}

bool InboxActions::retrySend(qint64 messageId)
{
    return check(m_store->retryFailedMessage(messageId));
}

bool InboxActions::deleteUnsent(qint64 messageId)
{
    return check(m_store->deleteUnsentMessage(messageId));
}

bool InboxActions::markUnread(qint64 conversationId)
{
    return check(m_store->markUnread(conversationId));
}

bool InboxActions::takeOver(qint64 conversationId)
{
    return check(m_store->setAiMode(conversationId, AiMode::Off) && m_store->setNeedsHuman(conversationId, false)
                 && m_store->setAssignee(conversationId, m_agentName));
}

bool InboxActions::handBackToAi(qint64 conversationId)
{
    return check(m_store->setAiMode(conversationId, AiMode::Auto) && m_store->setNeedsHuman(conversationId, false));
}

} // namespace wasel::app
