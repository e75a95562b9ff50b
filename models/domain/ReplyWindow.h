#pragma once

// Each channel's rule for when a business may still answer a customer freely.
//
// Meta (Messenger, Instagram) and WhatsApp allow free-form replies for 24 hours after the
// customer's last message. Messenger and Instagram then allow human-agent replies (the HUMAN_AGENT
// tag) for 7 days; WhatsApp allows only approved templates. Email, the website widget and ManyChat
// (which applies Meta's rules itself and reports errors) have no window here.

#include "Types.h"

#include <QDateTime>

namespace wasel::models {

struct ReplyWindow {
    enum class State {
        Unlimited, // the channel has no window
        Open, // free-form replies until `closesAt`
        HumanAgent, // only a human reply with the HUMAN_AGENT tag, until `closesAt`
        Closed, // templates only (WhatsApp) or nothing (Meta)
    };
    State state = State::Unlimited;
    QDateTime closesAt;
};

ReplyWindow replyWindow(ChannelKind channel, const QDateTime &lastCustomerMessageAt, const QDateTime &now);

} // namespace wasel::models
