#include "Gateway.h"

#include "common/Ingest.h"
#include "store/Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGateway, "wasel.gateway")

namespace wasel::app {

Gateway::Gateway(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(std::make_unique<channels::WebhookServer>(*store))
    , m_router(std::make_unique<Router>(store))
    , m_assistant(std::make_unique<Assistant>(store))
    , m_manychat(std::make_unique<ManyChatReplies>(
          store, [this] { return m_automation; }, [this] { return m_assistant->settings().usesEndpoint(); }))
{
    m_manychat->install(m_server.get(), std::chrono::milliseconds(7000));
    connect(m_server.get(), &channels::WebhookServer::ingested, this, &Gateway::onIngested);
    // A rule's handover is the assistant's: the AI stops, and staff get its summary as a note.
    m_router->setHandover([assistant = m_assistant.get()](qint64 conversationId, const QString &reason) {
        assistant->handOverToPerson(conversationId, reason);
    });
}

Gateway::~Gateway() = default;

bool Gateway::start(const channels::WebhookSettings &settings, QString *error)
{
    // Events recorded (and acknowledged) before a crash or kill, but not yet applied.
    const channels::ReplaySummary recovered = channels::ingestStoredEvents(*m_store, {QStringLiteral("pending")});
    if (recovered.applied + recovered.failed > 0)
        qCInfo(lcGateway) << "applied" << recovered.applied << "event(s) left pending," << recovered.failed << "failed";
    onIngested(recovered.changes); // customers who wrote just before the stop still get rules and the AI
    m_server->setSettings(settings);
    return m_server->listen(error);
}

void Gateway::stop()
{
    m_server->close();
}

channels::WebhookServer *Gateway::server() const
{
    return m_server.get();
}

Assistant *Gateway::assistant() const
{
    return m_assistant.get();
}

Router *Gateway::router() const
{
    return m_router.get();
}

ManyChatReplies *Gateway::manyChatReplies() const
{
    return m_manychat.get();
}

void Gateway::setAutomationEnabled(bool enabled)
{
    m_automation = enabled;
}

static QString accountKey(models::ChannelKind kind, const QString &externalId)
{
    return models::toString(kind) + u'/' + externalId;
}

void Gateway::setDefaultAiMode(models::ChannelKind kind, const QString &accountExternalId, models::AiMode mode)
{
    m_defaultAiModes.insert(accountKey(kind, accountExternalId), mode);
}

void Gateway::applyDefaultAiMode(const channels::IngestedChange &change)
{
    const auto mode = m_defaultAiModes.constFind(accountKey(change.event.channel, change.event.accountExternalId));
    if (mode == m_defaultAiModes.constEnd() || *mode == models::AiMode::Auto)
        return; // auto is what a new conversation has
    // Only the customer's first message makes a conversation new; staff may have changed it since.
    for (const models::Message &m : m_store->messages(change.conversationId, 0, 50))
        if (m.direction == models::Direction::In && m.id != change.messageId)
            return;
    m_store->setAiMode(change.conversationId, *mode);
}

void Gateway::onIngested(const QList<channels::IngestedChange> &changes)
{
    for (const channels::IngestedChange &change : changes) {
        const models::InboundEvent &e = change.event;
        if (e.type != models::InboundEvent::Type::Message || e.direction != models::Direction::In
            || e.sender != models::SenderKind::Customer || !change.messageId)
            continue; // receipts, echoes, unsends, reactions, referral lines: nothing to answer
        applyDefaultAiMode(change);
        Q_EMIT customerMessage(change.conversationId, change.messageId);
        // Standby: another app owns the thread (handover protocol); answering would talk over it.
        if (!m_automation || e.standby)
            continue;
        m_router->onMessage(change.conversationId, change.messageId);
        m_assistant->onMessage(change.conversationId, change.messageId);
    }
}

static QByteArray environment(const char *name)
{
    return qgetenv(name).trimmed();
}

channels::WebhookSettings webhookSettingsFromEnvironment()
{
    channels::WebhookSettings settings;
    settings.metaAppSecret = environment("WASEL_META_APP_SECRET");
    settings.metaVerifyToken = environment("WASEL_META_VERIFY_TOKEN");
    settings.twilioAuthToken = environment("WASEL_TWILIO_AUTH_TOKEN");
    settings.publicUrl = QString::fromUtf8(environment("WASEL_PUBLIC_URL"));
    settings.sendgridToken = environment("WASEL_SENDGRID_TOKEN");
    settings.manychatSecret = environment("WASEL_MANYCHAT_SECRET");
    settings.apiToken = environment("WASEL_API_TOKEN");
    bool ok = false;
    const double rate = environment("WASEL_RATE_LIMIT").toDouble(&ok);
    if (ok && rate >= 0) {
        settings.requestsPerSecond = rate;
        settings.burst = rate * 2;
    }
    return settings;
}

AssistantSettings assistantSettingsFromEnvironment()
{
    AssistantSettings settings;
    settings.baseUrl = QUrl(QString::fromUtf8(environment("WASEL_AI_BASE_URL")));
    settings.model = QString::fromUtf8(environment("WASEL_AI_MODEL"));
    settings.apiKey = QString::fromUtf8(environment("WASEL_AI_KEY"));
    return settings;
}

} // namespace wasel::app
