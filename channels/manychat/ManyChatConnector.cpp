#include "ManyChatConnector.h"

#include "ManyChatContent.h"

#include "domain/ReplyWindow.h"
#include "meta/GraphSendConnector.h"

#include <nlohmann/json.hpp>

namespace wasel::channels {

using models::ChannelKind;

namespace {

constexpr int TextLimit = 2000;

} // namespace

ManyChatConnector::ManyChatConnector(ManyChatClient *client, KeyLookup keys, ChannelTypeLookup channelTypes,
                                     Fallback fallback, QObject *parent)
    : Connector(parent)
    , m_client(client)
    , m_keys(std::move(keys))
    , m_channelTypes(std::move(channelTypes))
    , m_fallback(std::move(fallback))
{
}

Capabilities ManyChatConnector::capabilities() const
{
    Capabilities c;
    c.maxTextLength = TextLimit;
    c.replyWindow = true;
    return c;
}

void ManyChatConnector::send(const models::OutboundWork &work, bool inDoubt,
                             std::function<void(const SendResult &)> done)
{
    // sendContent returns no message id and has no idempotency key; an interrupted send with a
    // known outcome is settled, otherwise it is sent again.
    if (inDoubt && !work.message.externalId.isEmpty())
        return done(SendResult::sent(work.message.externalId));
    // ManyChat applies Meta's window to Messenger and Instagram subscribers.
    const auto window =
        models::replyWindow(ChannelKind::Messenger, work.lastCustomerMessageAt, QDateTime::currentDateTimeUtc());
    QString tag;
    if (window.state == models::ReplyWindow::State::HumanAgent) {
        if (work.message.sender != models::SenderKind::Agent)
            return done(SendResult::fail(tr("More than 24 hours since the customer wrote: only a person may answer "
                                            "now, not the AI.")));
        tag = QStringLiteral("HUMAN_AGENT");
    } else if (window.state == models::ReplyWindow::State::Closed) {
        return done(SendResult::fail(
            tr("More than 7 days since the customer wrote: Meta allows no reply until they write again.")));
    }
    const QString type = m_channelTypes ? m_channelTypes(work.accountExternalId) : QString();
    const manychat::ContentBuild content = manychat::buildContent(work.message, TextLimit, type);
    if (!content.error.isEmpty())
        return done(SendResult::fail(content.error)); // the message itself cannot go; no other route helps
    const QString key = m_keys ? m_keys(work.accountExternalId) : QString();
    if (key.isEmpty())
        return failOver(work,
                        SendResult::fail(tr("ManyChat page %1 is not connected: add its API key on the Channels page.")
                                             .arg(work.accountExternalId)),
                        std::move(done));
    m_client->sendContent(
        key, work.recipientExternalId, content.content, tag,
        [this, work, done = std::move(done)](const ManyChatResult &r) mutable {
            if (r.ok) {
                SendResult sent = SendResult::sent(QString());
                sent.route = QLatin1String(Route);
                return done(sent);
            }
            failOver(work, r.retryable ? SendResult::retry(r.error, r.retryAfter) : SendResult::fail(r.error),
                     std::move(done));
        });
}

void ManyChatConnector::failOver(const models::OutboundWork &work, const SendResult &failure,
                                 std::function<void(const SendResult &)> done)
{
    if (!m_fallback)
        return done(failure);
    const QString reason = failure.error;
    auto answered = [failure, reason, done](const SendResult &r) {
        if (r.outcome != SendResult::Outcome::Sent) {
            // Both routes failed: ManyChat's reason first, it was the way meant to be used.
            SendResult both = failure;
            both.error = tr("%1 (Meta's Send API also failed: %2)").arg(failure.error, r.error);
            if (r.outcome == SendResult::Outcome::Retry && both.outcome == SendResult::Outcome::Fail)
                both.outcome = SendResult::Outcome::Retry;
            return done(both);
        }
        SendResult sent = r;
        if (sent.route.isEmpty())
            sent.route = QStringLiteral("graph");
        sent.routeNote = reason;
        done(sent);
    };
    if (!m_fallback(work, reason, answered))
        done(failure);
}

void ManyChatConnector::testConnection(const QString &pageId, std::function<void(const ConnectionTestResult &)> done)
{
    const QString key = m_keys ? m_keys(pageId) : QString();
    if (key.isEmpty())
        return done({false, tr("No ManyChat API key is stored for this page.")});
    m_client->getPageInfo(key, [done = std::move(done)](const ManyChatResult &r) {
        if (!r.ok)
            return done({false, r.error});
        const auto data = nlohmann::json::parse(r.data.constData(), r.data.constData() + r.data.size(), nullptr, false);
        const QString name = data.is_object() && data.value("name", nlohmann::json()).is_string()
            ? QString::fromStdString(data["name"].get<std::string>())
            : QString();
        done({true, tr("Connected to ManyChat page %1").arg(name)});
    });
}

} // namespace wasel::channels
