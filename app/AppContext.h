#pragma once

// The composition root: builds the store, services and (in demo and headless modes) the webhook
// gateway, and hands them to whoever runs the app. Only this class knows concrete types; its header
// names no channels/ type so that ui/ never sees them.

#include "domain/Types.h"

#include <QObject>
#include <QString>

#include <memory>

namespace wasel::models {
class Store;
}

namespace wasel::app {

class AssistantActivity;
class AssistantSetup;
class AutomationSetup;
class BackfillService;
class ChannelSetup;
class InboxActions;
class ManyChatService;

struct AppOptions {
    QString dataDir; // workspace folder; empty with demo = a throwaway temporary folder
    bool demo = false; // seed a demo workspace and run the live simulator
    QString language; // ar, th, en
    QString agentName; // the staff member using this desk; defaults to the workspace's
};

class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    // Opens the workspace (and seeds it in demo mode). Returns false and fills *error on failure.
    bool start(const AppOptions &options, QString *error);

    models::Store *store() const;
    // The channels page's service (created on first use).
    ChannelSetup *channelSetup();
    // The assistant page's service (created on first use); a save applies to the running gateway.
    AssistantSetup *assistantSetup();
    // What the AI is writing, drafting or failing at, per conversation (always there; idle until a
    // gateway runs).
    AssistantActivity *assistantActivity() const;
    // The routing-rules and knowledge-base pages' service (created on first use).
    AutomationSetup *automationSetup();
    InboxActions *actions() const;
    // Messenger/Instagram history (a real workspace only; nullptr in the demo).
    BackfillService *backfill() const;
    // ManyChat beside the conversation (the customer panel's ManyChatPanel); nullptr in the demo.
    ManyChatService *manyChat() const;
    // The AI mode an account's new conversations start in (its channels page setting; auto if none).
    models::AiMode accountAiMode(models::ChannelKind kind, const QString &externalId) const;
    QString workspaceName() const;
    QString dataDir() const;
    bool isDemo() const;

    // Demo mode: starts posting simulated customer messages through the app's own webhook server.
    void startLiveDemo();
    // A real workspace: reads the webhook secrets from the keychain (asynchronously), then starts the
    // gateway on address:port (127.0.0.1:8787 unless --listen says otherwise). Twilio's public URL is
    // the workspace setting "webhook_public_url". Problems are reported through notice().
    void startGateway(const QString &address, quint16 port);
    // The port the gateway listens on, 0 while it is not running.
    quint16 gatewayPort() const;

Q_SIGNALS:
    // Something the user should know that is not tied to one action (e.g. the demo server could not
    // start). Plain sentence, translated by the sender.
    void notice(const QString &message);
    // The gateway is listening (port), or could not start (0).
    void gatewayStarted(quint16 port);

private:
    void startDelivery();
    void applyAssistantSettings();
    void applyAccountAiModes(); // the channels page's "AI in new conversations" of each account

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wasel::app
