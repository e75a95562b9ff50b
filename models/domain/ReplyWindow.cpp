#include "ReplyWindow.h"

namespace wasel::models {

namespace {
constexpr qint64 StandardWindowSecs = 24 * 60 * 60;
constexpr qint64 HumanAgentWindowSecs = 7 * 24 * 60 * 60;
} // namespace

ReplyWindow replyWindow(ChannelKind channel, const QDateTime &lastCustomerMessageAt, const QDateTime &now)
{
    const bool meta = channel == ChannelKind::Messenger || channel == ChannelKind::Instagram;
    const bool whatsApp = channel == ChannelKind::WhatsApp || channel == ChannelKind::TwilioWhatsApp;
    if (!meta && !whatsApp)
        return {};
    if (!lastCustomerMessageAt.isValid())
        return {ReplyWindow::State::Closed, {}};

    const QDateTime standardEnd = lastCustomerMessageAt.addSecs(StandardWindowSecs);
    if (now < standardEnd)
        return {ReplyWindow::State::Open, standardEnd};
    if (meta) {
        const QDateTime humanEnd = lastCustomerMessageAt.addSecs(HumanAgentWindowSecs);
        if (now < humanEnd)
            return {ReplyWindow::State::HumanAgent, humanEnd};
    }
    return {ReplyWindow::State::Closed, {}};
}

} // namespace wasel::models
