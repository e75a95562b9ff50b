#pragma once

// Replies to ManyChat subscribers through sendContent, so the merchant's ManyChat flows see the
// same conversation. A message tag is added only when Meta's window requires one (HUMAN_AGENT for a
// person, between 24 hours and 7 days); ManyChat itself rejects most other tags.
//
// When ManyChat fails or times out for a message, a fallback (given by the composition root) may
// send it through Meta's Send API to the customer's linked Messenger or Instagram identity; the
// result's route says which way it went.

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
    // Sends `work` another way after ManyChat failed with `reason`; false when there is none (no
    // linked Meta identity, or its channel is not connected), and then done is not called.
    using Fallback = std::function<bool(const models::OutboundWork &work, const QString &reason,
                                        std::function<void(const SendResult &)> done)>;

    ManyChatConnector(ManyChatClient *client, KeyLookup keys, ChannelTypeLookup channelTypes = {},
                      Fallback fallback = {}, QObject *parent = nullptr);

    models::ChannelKind kind() const override { return models::ChannelKind::ManyChat; }
    Capabilities capabilities() const override;
    void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) override;
    void testConnection(const QString &pageId, std::function<void(const ConnectionTestResult &)> done) override;

    static constexpr auto Route = "manychat";

private:
    // ManyChat failed: the fallback if there is one, else the failure as it is.
    void failOver(const models::OutboundWork &work, const SendResult &failure,
                  std::function<void(const SendResult &)> done);

    ManyChatClient *m_client;
    KeyLookup m_keys;
    ChannelTypeLookup m_channelTypes;
    Fallback m_fallback;
};

} // namespace wasel::channels
