#pragma once

// The running inbound side of a workspace: the webhook server, and what happens after a customer
// message is stored — routing rules first, then the assistant. Shared by `wasel --headless` and the
// desktop app (AppContext), which differ only in where the secrets come from.

#include "Assistant.h"
#include "ManyChatReplies.h"
#include "Router.h"
#include "common/WebhookServer.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace wasel::models {
class Store;
}

namespace wasel::app {

class Gateway : public QObject
{
    Q_OBJECT

public:
    explicit Gateway(models::Store *store, QObject *parent = nullptr);
    ~Gateway() override;

    // Applies the events a crash left recorded but not applied, then listens. False with *error.
    bool start(const channels::WebhookSettings &settings, QString *error);
    void stop();

    channels::WebhookServer *server() const;
    Assistant *assistant() const;
    Router *router() const;
    ManyChatReplies *manyChatReplies() const;

    // Turns automation (rules and assistant) on or off; the gateway still stores everything.
    void setAutomationEnabled(bool enabled);
    // The AI mode a new conversation of an account starts in (the channels file's "ai_mode");
    // accounts not named start in auto. Routing rules may change it afterwards.
    void setDefaultAiMode(models::ChannelKind kind, const QString &accountExternalId, models::AiMode mode);
    void clearDefaultAiModes() { m_defaultAiModes.clear(); }

Q_SIGNALS:
    void customerMessage(qint64 conversationId, qint64 messageId);

private:
    void onIngested(const QList<channels::IngestedChange> &changes);
    void applyDefaultAiMode(const channels::IngestedChange &change);

    models::Store *m_store;
    std::unique_ptr<channels::WebhookServer> m_server;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Assistant> m_assistant;
    std::unique_ptr<ManyChatReplies> m_manychat;
    bool m_automation = true;
    QHash<QString, models::AiMode> m_defaultAiModes; // by "kind/account external id"
};

// The gateway's secrets and settings from the environment (headless), never from files:
// WASEL_META_APP_SECRET, WASEL_META_VERIFY_TOKEN, WASEL_TWILIO_AUTH_TOKEN, WASEL_PUBLIC_URL,
// WASEL_SENDGRID_TOKEN, WASEL_MANYCHAT_SECRET, and WASEL_RATE_LIMIT (requests per second per
// remote address, 0 = none).
channels::WebhookSettings webhookSettingsFromEnvironment();
// The assistant's endpoint from WASEL_AI_BASE_URL, WASEL_AI_MODEL and WASEL_AI_KEY (else offline).
AssistantSettings assistantSettingsFromEnvironment();

} // namespace wasel::app
