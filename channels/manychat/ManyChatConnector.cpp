#include "ManyChatConnector.h"

#include "domain/ReplyWindow.h"
#include "meta/GraphSendConnector.h"

#include <nlohmann/json.hpp>

namespace wasel::channels {

using models::ChannelKind;

namespace {

constexpr int TextLimit = 2000;

} // namespace

ManyChatConnector::ManyChatConnector(ManyChatClient *client, KeyLookup keys, ChannelTypeLookup channelTypes,
                                     QObject *parent)
    : Connector(parent)
    , m_client(client)
    , m_keys(std::move(keys))
    , m_channelTypes(std::move(channelTypes))
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
    const QString key = m_keys ? m_keys(work.accountExternalId) : QString();
    if (key.isEmpty())
        return done(SendResult::fail(tr("ManyChat page %1 is not connected: add its API key on the Channels page.")
                                         .arg(work.accountExternalId)));
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
    const QStringList pieces = GraphSendConnector::splitText(work.message.body, TextLimit);
    if (pieces.isEmpty())
        return done(SendResult::fail(tr("An empty message cannot be sent.")));
    if (pieces.size() > 10)
        return done(SendResult::fail(tr("This message is too long for ManyChat (more than 10 parts).")));
    const QString type = m_channelTypes ? m_channelTypes(work.accountExternalId) : QString();
    m_client->sendContent(key, work.recipientExternalId, ManyChatClient::textContent(pieces, type), tag,
                          [done = std::move(done)](const ManyChatResult &r) {
                              if (r.ok)
                                  return done(SendResult::sent(QString()));
                              done(r.retryable ? SendResult::retry(r.error, r.retryAfter) : SendResult::fail(r.error));
                          });
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
