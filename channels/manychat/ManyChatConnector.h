#pragma once

// Replies to ManyChat subscribers through sendContent, so the merchant's ManyChat flows see the
// same conversation. A message tag is added only when Meta's window requires one (HUMAN_AGENT for a
// person, between 24 hours and 7 days); ManyChat itself rejects most other tags.

#include "ManyChatClient.h"
#include "common/Connector.h"

namespace wasel::channels {

class ManyChatConnector : public Connector
{
    Q_OBJECT

public:
    // The API key ("<page_id>:<secret>") for a ManyChat page id; empty when not connected.
    using KeyLookup = std::function<QString(const QString &pageId)>;
    // "instagram" or "whatsapp" for pages whose subscribers live there; empty for Messenger.
    using ChannelTypeLookup = std::function<QString(const QString &pageId)>;

    ManyChatConnector(ManyChatClient *client, KeyLookup keys, ChannelTypeLookup channelTypes = {},
                      QObject *parent = nullptr);

    models::ChannelKind kind() const override { return models::ChannelKind::ManyChat; }
    Capabilities capabilities() const override;
    void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) override;
    void testConnection(const QString &pageId, std::function<void(const ConnectionTestResult &)> done) override;

private:
    ManyChatClient *m_client;
    KeyLookup m_keys;
    ChannelTypeLookup m_channelTypes;
};

} // namespace wasel::channels
