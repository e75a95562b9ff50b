#pragma once

// ManyChat's External Request / Dynamic Block in auto mode: when the AI's answer to a ManyChat
// message is queued before ManyChat stops waiting, it goes back in the same HTTP response as a
// Dynamic Block v2 body (and is marked sent, route "dynamic_block"), not through sendContent.
// Otherwise ManyChat gets an empty block and the outbox sends the answer later as usual.

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

namespace wasel::models {
class Store;
}
namespace wasel::channels {
class WebhookServer;
}

namespace wasel::app {

class ManyChatReplies : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<bool(const QByteArray &dynamicBlock)>;
    using ChannelTypeLookup = std::function<QString(const QString &pageId)>;

    // automationOn: rules and the AI run at all; answersLater: an AI reply may still come after the
    // message was handled (an endpoint is asked; the offline responder answers at once or never).
    ManyChatReplies(models::Store *store, std::function<bool()> automationOn, std::function<bool()> answersLater,
                    QObject *parent = nullptr);

    // Installs itself as the server's inline reply handler. `deadline`: how long ManyChat is kept
    // waiting (its External Request gives up after about 10 seconds).
    void install(channels::WebhookServer *server, std::chrono::milliseconds deadline);
    void setChannelTypes(ChannelTypeLookup lookup) { m_channelTypes = std::move(lookup); }

    static constexpr auto Route = "dynamic_block";

private:
    void handle(qint64 conversationId, qint64 messageId, Answer answer);
    // Answers with the AI reply queued after `afterMessageId`, if there is one; true when done.
    bool tryAnswer(qint64 conversationId, qint64 afterMessageId, const Answer &answer);

    struct Waiting {
        qint64 afterMessageId = 0;
        Answer answer;
    };
    models::Store *m_store;
    std::function<bool()> m_automationOn;
    std::function<bool()> m_answersLater;
    ChannelTypeLookup m_channelTypes;
    QHash<qint64, Waiting> m_waiting; // by conversation
};

} // namespace wasel::app
