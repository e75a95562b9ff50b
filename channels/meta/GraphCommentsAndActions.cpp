// The parts of GraphSendConnector that are not Send API messages to a conversation: answers to
// comments (public under the post, or one private message per comment) and sender actions.

#include "GraphError.h"
#include "GraphMessage.h"
#include "GraphSendConnector.h"

#include <nlohmann/json.hpp>

namespace wasel::channels {

using models::ChannelKind;
using Json = nlohmann::json;

namespace {

constexpr auto PrivateReplyWindow = std::chrono::days(7);
// typing_on shows for about 20 seconds and mark_seen covers everything before it: the same action
// to the same customer more often than this tells them nothing new.
constexpr auto ActionInterval = std::chrono::seconds(3);

QByteArray actionName(SenderAction action)
{
    switch (action) {
    case SenderAction::MarkSeen:
        return "mark_seen";
    case SenderAction::TypingOn:
        return "typing_on";
    case SenderAction::TypingOff:
        return "typing_off";
    }
    return {};
}

} // namespace

void GraphSendConnector::replyToComment(const models::OutboundWork &work, const QString &token,
                                        std::function<void(const SendResult &)> done)
{
    const models::Message &message = work.message;
    const QString commentId = message.replyToExternalId;
    if (commentId.isEmpty())
        return done(SendResult::fail(tr("There is no comment to answer in this conversation.")));
    const QString account = work.accountExternalId;
    auto finish = [this, account, done](const HttpResponse &r) {
        done(settle(account, r.isSuccess() ? SendResult::sent(graphMessageId(r.body)) : verdict(r), r));
    };

    if (graph::isPrivateReply(message)) {
        // Private Replies: one message per comment, within 7 days of it; after that only the
        // customer writing back opens a conversation.
        if (work.earlierPrivateReplies > 0)
            return done(SendResult::fail(tr("This comment already had its private reply, and Meta allows only one. "
                                            "Answer publicly, or wait until the customer writes to you.")));
        if (work.replyToCreatedAt.isValid()
            && work.replyToCreatedAt.addSecs(std::chrono::seconds(PrivateReplyWindow).count())
                < QDateTime::currentDateTimeUtc())
            return done(SendResult::fail(tr("The comment is more than 7 days old: Meta allows no private reply any "
                                            "more. Answer publicly instead.")));
        const graph::Plan plan = graph::plan(message, capabilities().maxTextLength);
        if (!plan.error.isEmpty())
            return done(SendResult::fail(plan.error));
        if (plan.parts.size() != 1 || !plan.parts.first().uploadPath.isEmpty())
            return done(SendResult::fail(tr("A private reply is a single message: at most %1 characters, or one "
                                            "attachment by web address, or the cards.")
                                             .arg(capabilities().maxTextLength)));
        const Json body = {{"recipient", {{"comment_id", commentId.toStdString()}}},
                           {"message", plan.parts.first().message}};
        return post(account, QStringLiteral("/me/messages"), {}, token, "application/json",
                    QByteArray::fromStdString(body.dump()), finish);
    }

    if (graph::hasMoreThanText(message))
        return done(SendResult::fail(tr("A public reply under a post can only be text; send pictures, cards and "
                                        "quick replies as a private reply.")));
    if (message.body.trimmed().isEmpty())
        return done(SendResult::fail(tr("An empty message cannot be sent.")));
    // Instagram: POST /{ig-comment-id}/replies?message=…; a Facebook Page: POST /{comment-id}/comments.
    if (m_kind == ChannelKind::Instagram) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("message"), QString::fromLatin1(QUrl::toPercentEncoding(message.body)));
        return post(account, QStringLiteral("/%1/replies").arg(commentId), query, token,
                    "application/x-www-form-urlencoded", QByteArray(), finish);
    }
    const QByteArray form = "message=" + QUrl::toPercentEncoding(message.body);
    post(account, QStringLiteral("/%1/comments").arg(commentId), {}, token, "application/x-www-form-urlencoded", form,
         finish);
}

void GraphSendConnector::senderAction(const QString &accountExternalId, const QString &recipientExternalId,
                                      SenderAction action, const QString &newestInboundExternalId)
{
    Q_UNUSED(newestInboundExternalId) // Messenger marks the whole chat seen

    const Capabilities caps = capabilities();
    if ((action == SenderAction::MarkSeen && !caps.markSeen)
        || (action != SenderAction::MarkSeen && !caps.typingIndicator))
        return;
    const QString token = m_tokens ? m_tokens(accountExternalId) : QString();
    if (token.isEmpty() || recipientExternalId.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.value(accountExternalId) > now) {
        qCDebug(lcMeta) << "no" << actionName(action) << "while account" << accountExternalId
                        << "waits out Meta's rate limit";
        return;
    }
    const QString key = accountExternalId + u'/' + recipientExternalId + u'/' + QLatin1String(actionName(action));
    if (const QDateTime last = m_lastAction.value(key); last.isValid() && last.secsTo(now) < ActionInterval.count())
        return;
    if (m_actions.take(now))
        return; // over the overall limit: a sender action is worth less than a message
    if (m_lastAction.size() > 1000) // forget customers who are long gone
        m_lastAction.removeIf(
            [&now](const auto &entry) { return entry.value().secsTo(now) >= ActionInterval.count(); });
    m_lastAction.insert(key, now);
    const Json body = {{"recipient", {{"id", recipientExternalId.toStdString()}}},
                       {"sender_action", actionName(action).toStdString()}};
    post(accountExternalId, QStringLiteral("/me/messages"), {}, token, "application/json",
         QByteArray::fromStdString(body.dump()), [action, accountExternalId](const HttpResponse &r) {
             if (!r.isSuccess())
                 qCWarning(lcMeta).noquote()
                     << actionName(action) << "for account" << accountExternalId << "failed:" << verdict(r).error;
         });
}

} // namespace wasel::channels
