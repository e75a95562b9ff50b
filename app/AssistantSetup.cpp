#include "AssistantSetup.h"

#include "SecretStore.h"
#include "ai/ChatClient.h"
#include "store/Store.h"

#include <QNetworkAccessManager>

namespace wasel::app {

namespace {

// Workspace setting keys. Never the key itself.
const QString BaseUrl = QStringLiteral("ai_base_url");
const QString Model = QStringLiteral("ai_model");
const QString Business = QStringLiteral("ai_business_description");
const QString Tone = QStringLiteral("ai_tone");
const QString Dialect = QStringLiteral("ai_dialect");
const QString Name = QStringLiteral("ai_name");
const QString MaxReplies = QStringLiteral("ai_max_replies");

constexpr int MaxRepliesCeiling = 50;

} // namespace

struct AssistantSetup::Test {
    QNetworkAccessManager network;
    std::unique_ptr<channels::ChatClient> client;
};

AssistantSetup::AssistantSetup(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(std::make_unique<SecretStore>())
{
}

AssistantSetup::~AssistantSetup() = default;

QStringList AssistantSetup::dialects()
{
    return {QStringLiteral("match"), QStringLiteral("ar"), QStringLiteral("th"), QStringLiteral("en")};
}

AssistantSettings AssistantSetup::storedSettings(const models::Store &store)
{
    AssistantSettings s;
    s.baseUrl = QUrl(store.setting(BaseUrl), QUrl::StrictMode);
    s.model = store.setting(Model);
    s.businessDescription = store.setting(Business);
    s.tone = store.setting(Tone, s.tone);
    const QString dialect = store.setting(Dialect, s.dialect);
    if (dialects().contains(dialect))
        s.dialect = dialect;
    s.aiName = store.setting(Name, s.aiName);
    bool number = false;
    const int replies = store.setting(MaxReplies).toInt(&number);
    if (number && replies >= 0 && replies <= MaxRepliesCeiling)
        s.maxAiRepliesWithoutHuman = replies;
    return s;
}

QString AssistantSetup::validate(const AssistantDraft &draft)
{
    const AssistantSettings &s = draft.settings;
    const bool anyEndpoint = !s.baseUrl.isEmpty() || !s.model.trimmed().isEmpty();
    if (anyEndpoint) {
        if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty()
            || (s.baseUrl.scheme() != QLatin1String("https") && s.baseUrl.scheme() != QLatin1String("http")))
            return tr("The endpoint address must be an http(s) address such as https://api.openai.com.");
        if (s.model.trimmed().isEmpty())
            return tr("The model is missing (for example gpt-4o-mini).");
        // A key in the clear over the network is refused; a local server (Ollama, llama.cpp) is fine.
        const bool local = s.baseUrl.host() == QLatin1String("localhost") || s.baseUrl.host().startsWith(u"127.");
        if (s.baseUrl.scheme() == QLatin1String("http") && !local)
            return tr("Use https for an endpoint on another computer: the key would travel unencrypted.");
    }
    if (s.apiKey.contains(u'\n') || s.apiKey.trimmed() != s.apiKey)
        return tr("The API key has spaces or line breaks around it; paste it again.");
    if (s.aiName.trimmed().isEmpty())
        return tr("The AI needs a name customers and staff will see.");
    if (s.maxAiRepliesWithoutHuman < 0 || s.maxAiRepliesWithoutHuman > MaxRepliesCeiling)
        return tr("The number of AI replies before a person answers must be between 0 and %1.").arg(MaxRepliesCeiling);
    if (!dialects().contains(s.dialect))
        return tr("Unknown dialect.");
    return {};
}

void AssistantSetup::save(const AssistantDraft &draft, std::function<void(const QString &)> done)
{
    if (const QString problem = validate(draft); !problem.isEmpty())
        return done(problem);
    auto store = [this, draft, done] {
        const AssistantSettings &s = draft.settings;
        const QList<std::pair<QString, QString>> values{
            {BaseUrl, s.baseUrl.isEmpty() ? QString() : s.baseUrl.toString()},
            {Model, s.model.trimmed()},
            {Business, s.businessDescription.trimmed()},
            {Tone, s.tone.trimmed()},
            {Dialect, s.dialect},
            {Name, s.aiName.trimmed()},
            {MaxReplies, QString::number(s.maxAiRepliesWithoutHuman)},
        };
        for (const auto &[key, value] : values) {
            if (!m_store->setSetting(key, value))
                return done(tr("The assistant's settings cannot be saved: %1").arg(m_store->lastError().message));
        }
        done(QString());
        Q_EMIT changed();
    };
    const QString name = QLatin1String(secret::AiKey);
    if (draft.removeKey)
        return m_secrets->remove(name,
                                 [store, done](const QString &error) { error.isEmpty() ? store() : done(error); });
    if (draft.settings.apiKey.isEmpty())
        return store();
    // The key first: settings that point at an endpoint whose key could not be kept are not saved.
    m_secrets->write(name, draft.settings.apiKey,
                     [store, done](const QString &error) { error.isEmpty() ? store() : done(error); });
}

void AssistantSetup::load(std::function<void(const AssistantSettings &, const QString &)> done)
{
    AssistantSettings settings = storedSettings(*m_store);
    if (!settings.usesEndpoint())
        return done(settings, QString()); // the offline responder needs no key: don't ask the keychain
    m_secrets->read(QLatin1String(secret::AiKey), [settings, done](const QString &key, const QString &error) mutable {
        settings.apiKey = key;
        done(settings, error);
    });
}

void AssistantSetup::test(std::function<void(bool, const QString &)> done)
{
    load([this, done](const AssistantSettings &settings, const QString &error) {
        if (!error.isEmpty())
            return done(false, error);
        if (!settings.usesEndpoint())
            return done(true,
                        tr("No endpoint is set: the built-in offline responder answers from the knowledge base."));
        channels::ChatClient::Settings s;
        s.baseUrl = settings.baseUrl;
        s.model = settings.model;
        s.apiKey = settings.apiKey;
        s.maxRetries = 0; // a test says what happened now; the assistant itself retries
        m_test = std::make_unique<Test>();
        m_test->client = std::make_unique<channels::ChatClient>(&m_test->network, s);
        channels::ChatRequest request;
        request.messages = {{QStringLiteral("user"), QStringLiteral("Reply with the single word: ready")}};
        request.maxTokens = 5;
        request.stream = false;
        m_test->client->complete(request, nullptr, [done, model = s.model](const channels::ChatResult &r) {
            if (!r.ok)
                return done(false, r.error);
            done(true, tr("%1 answered: %2").arg(model, r.content.trimmed().left(80)));
        });
    });
}

} // namespace wasel::app
