#include "ChannelSetup.h"

#include "ChannelsConfig.h"
#include "Delivery.h"
#include "SecretStore.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QRandomGenerator>
#include <QUrl>

namespace wasel::app {

using Json = nlohmann::json;
using models::ChannelKind;

namespace {

// The settings column: {"ids": {…}, "api_base": "…", "enabled": bool}. Never a secret.
QString settingsOf(const ChannelDraft &draft)
{
    Json ids = Json::object();
    for (auto it = draft.ids.cbegin(); it != draft.ids.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            ids[it.key().toStdString()] = it.value().trimmed().toStdString();
    Json settings = {{"ids", ids}, {"enabled", draft.enabled}};
    if (!draft.apiBase.trimmed().isEmpty())
        settings["api_base"] = draft.apiBase.trimmed().toStdString();
    return QString::fromStdString(settings.dump());
}

ChannelDraft draftOf(const models::ChannelAccount &account)
{
    ChannelDraft draft;
    draft.id = account.id;
    draft.kind = account.kind;
    draft.name = account.name;
    const Json settings = Json::parse(account.settingsJson.toStdString(), nullptr, false);
    if (settings.is_object()) {
        if (const auto ids = settings.find("ids"); ids != settings.end() && ids->is_object())
            for (const auto &[key, value] : ids->items())
                if (value.is_string())
                    draft.ids.insert(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
        if (const auto base = settings.find("api_base"); base != settings.end() && base->is_string())
            draft.apiBase = QString::fromStdString(base->get<std::string>());
        if (const auto enabled = settings.find("enabled"); enabled != settings.end() && enabled->is_boolean())
            draft.enabled = enabled->get<bool>();
    }
    // Accounts the gateway met before anyone set them up know only their external id.
    const QString first = ChannelsConfig::requiredIds(account.kind).value(0);
    if (!first.isEmpty() && draft.ids.value(first).isEmpty())
        draft.ids.insert(first, account.externalId);
    return draft;
}

// The draft as one entry of a channels file, so it is checked by the same rules as headless.
QByteArray channelsFileOf(const ChannelDraft &draft)
{
    Json entry = {{"kind", models::toString(draft.kind).toStdString()},
                  {"name", draft.name.trimmed().toStdString()},
                  {"token_env", "WASEL_KEYCHAIN"}};
    for (auto it = draft.ids.cbegin(); it != draft.ids.cend(); ++it)
        entry[it.key().toStdString()] = it.value().trimmed().toStdString();
    if (!draft.apiBase.trimmed().isEmpty())
        entry["api_base"] = draft.apiBase.trimmed().toStdString();
    return QByteArray::fromStdString(Json{{"channels", Json::array({entry})}}.dump());
}

QString externalIdOf(const ChannelDraft &draft)
{
    QString id = draft.ids.value(ChannelsConfig::requiredIds(draft.kind).value(0)).trimmed();
    if (draft.kind == ChannelKind::TwilioWhatsApp && id.startsWith(QLatin1String("whatsapp:")))
        id = id.mid(9);
    return id;
}

} // namespace

ChannelSetup::ChannelSetup(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(std::make_unique<SecretStore>())
{
    connect(m_store, &models::Store::channelAccountsChanged, this, &ChannelSetup::changed);
}

ChannelSetup::~ChannelSetup() = default;

QList<ChannelKind> ChannelSetup::kinds()
{
    return {ChannelKind::Messenger, ChannelKind::Instagram, ChannelKind::WhatsApp, ChannelKind::TwilioWhatsApp,
            ChannelKind::Email,     ChannelKind::Widget,    ChannelKind::ManyChat};
}

QStringList ChannelSetup::fields(ChannelKind kind)
{
    return ChannelsConfig::requiredIds(kind) + ChannelsConfig::optionalIds(kind);
}

bool ChannelSetup::isRequired(ChannelKind kind, const QString &field)
{
    return ChannelsConfig::requiredIds(kind).contains(field);
}

bool ChannelSetup::needsToken(ChannelKind kind)
{
    return ChannelsConfig::needsToken(kind);
}

QString ChannelSetup::tokenSecretName(ChannelKind kind, const QString &externalId)
{
    return QStringLiteral("account/%1/%2/token").arg(models::toString(kind), externalId);
}

QString ChannelSetup::webhookRoute(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Messenger:
    case ChannelKind::Instagram:
    case ChannelKind::WhatsApp:
        return QStringLiteral("/webhooks/meta");
    case ChannelKind::TwilioWhatsApp:
        return QStringLiteral("/webhooks/twilio");
    case ChannelKind::Email:
        return QStringLiteral("/webhooks/sendgrid");
    case ChannelKind::ManyChat:
        return QStringLiteral("/webhooks/manychat");
    case ChannelKind::Widget:
        break;
    }
    return {};
}

QString ChannelSetup::webhookUrl(ChannelKind kind) const
{
    const QString route = webhookRoute(kind);
    if (route.isEmpty())
        return {};
    QString base = m_store->setting(QStringLiteral("webhook_public_url"), QStringLiteral("http://127.0.0.1:8787"));
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + route;
}

QString ChannelSetup::validate(const ChannelDraft &draft) const
{
    QString error;
    if (!ChannelsConfig::parse(channelsFileOf(draft), &error)) {
        // "channels[0] (whatsapp): waba_id is missing" → "waba_id is missing"
        const qsizetype colon = error.indexOf(QLatin1String("): "));
        return colon >= 0 ? error.mid(colon + 3) : error;
    }
    if (draft.id == 0 && needsToken(draft.kind) && draft.token.trimmed().isEmpty())
        return tr("The access token is missing.");
    if (draft.token.contains(u'\n') || draft.token.trimmed() != draft.token)
        return tr("The access token has spaces or line breaks around it; paste it again.");
    return {};
}

void ChannelSetup::save(const ChannelDraft &draft, std::function<void(qint64, const QString &)> done)
{
    if (const QString problem = validate(draft); !problem.isEmpty())
        return done(0, problem);
    auto store = [this, draft, done] {
        models::ChannelAccount account;
        account.id = draft.id;
        account.kind = draft.kind;
        account.externalId = externalIdOf(draft);
        account.name = draft.name.trimmed().isEmpty() ? account.externalId : draft.name.trimmed();
        account.settingsJson = settingsOf(draft);
        const qint64 id = m_store->saveChannelAccount(account);
        if (!id)
            return done(0, tr("This account cannot be saved: %1").arg(m_store->lastError().message));
        done(id, QString());
    };
    if (draft.token.isEmpty())
        return store();
    // The token first: an account whose token could not be kept is not saved at all.
    m_secrets->write(tokenSecretName(draft.kind, externalIdOf(draft)), draft.token,
                     [store, done](const QString &error) {
                         if (!error.isEmpty())
                             return done(0, error);
                         store();
                     });
}

bool ChannelSetup::setEnabled(qint64 id, bool enabled, QString *error)
{
    auto state = account(id);
    if (!state) {
        *error = tr("This account no longer exists.");
        return false;
    }
    ChannelDraft draft = state->draft;
    draft.enabled = enabled;
    models::ChannelAccount row{id, draft.kind, state->externalId, draft.name, settingsOf(draft)};
    if (!m_store->saveChannelAccount(row)) {
        *error = m_store->lastError().message;
        return false;
    }
    return true;
}

bool ChannelSetup::remove(qint64 id, QString *error)
{
    const auto state = account(id);
    if (!state || !m_store->removeChannelAccount(id)) {
        *error = state ? tr("This account has conversations, which would be lost: disable it instead.")
                       : tr("This account no longer exists.");
        return false;
    }
    m_secrets->remove(tokenSecretName(state->draft.kind, state->externalId), [](const QString &) {});
    m_lastTests.remove(id);
    return true;
}

QList<ChannelState> ChannelSetup::accounts() const
{
    const models::Store::WebhookStats stats = m_store->webhookStats();
    auto provider = [](ChannelKind kind) {
        const QString route = webhookRoute(kind);
        return route.mid(route.lastIndexOf(u'/') + 1); // meta, twilio, sendgrid, manychat
    };
    // The newest failure per account (the outbox lists oldest first).
    QHash<qint64, QString> lastErrors;
    for (const models::OutboxItem &item : m_store->outbox(QStringLiteral("failed"))) {
        if (const auto conversation = m_store->conversation(item.conversationId))
            lastErrors.insert(conversation->accountId, item.lastError);
    }
    QList<ChannelState> result;
    for (const models::ChannelAccount &a : m_store->channelAccounts()) {
        ChannelState state;
        state.draft = draftOf(a);
        state.externalId = a.externalId;
        state.lastWebhookAt = stats.lastEventAt.value(provider(a.kind));
        state.lastError = lastErrors.value(a.id);
        const auto test = m_lastTests.value(a.id);
        state.lastTestOk = test.first;
        state.lastTest = test.second;
        result.append(state);
    }
    return result;
}

std::optional<ChannelState> ChannelSetup::account(qint64 id) const
{
    for (const ChannelState &state : accounts())
        if (state.draft.id == id)
            return state;
    return std::nullopt;
}

void ChannelSetup::verifyToken(std::function<void(const QString &, const QString &)> done)
{
    if (!m_verifyToken.isEmpty())
        return done(m_verifyToken, QString());
    const QString name = QLatin1String(secret::MetaVerifyToken);
    m_secrets->read(name, [this, name, done](const QString &token, const QString &error) {
        if (!m_verifyToken.isEmpty()) // another caller made it meanwhile
            return done(m_verifyToken, QString());
        if (!error.isEmpty() || !token.isEmpty()) {
            m_verifyToken = token;
            return done(token, error);
        }
        QString made = QStringLiteral("wasel-");
        for (int i = 0; i < 4; ++i)
            made += QString::number(QRandomGenerator::system()->generate(), 36);
        m_verifyToken = made;
        m_secrets->write(name, made, [this, made, done](const QString &writeError) {
            if (!writeError.isEmpty()) {
                m_verifyToken.clear();
                return done(QString(), writeError);
            }
            done(made, QString());
            Q_EMIT webhookSecretsChanged();
        });
    });
}

void ChannelSetup::readSendingSetup(
    std::function<void(const ChannelsConfig &, const QHash<QString, QString> &, const QStringList &)> done)
{
    auto config = std::make_shared<ChannelsConfig>();
    auto tokens = std::make_shared<QHash<QString, QString>>();
    auto problems = std::make_shared<QStringList>();
    QList<ChannelState> wanted;
    for (const ChannelState &state : accounts()) {
        if (!state.draft.enabled)
            continue;
        QString problem;
        const auto parsed = ChannelsConfig::parse(channelsFileOf(state.draft), &problem);
        if (!parsed) {
            problems->append(QStringLiteral("%1: %2").arg(state.draft.name, problem));
            continue;
        }
        config->channels += parsed->channels;
        if (needsToken(state.draft.kind))
            wanted.append(state);
    }
    if (wanted.isEmpty())
        return done(*config, *tokens, *problems);
    auto remaining = std::make_shared<int>(int(wanted.size()));
    for (const ChannelState &state : std::as_const(wanted)) {
        const QString key = models::toString(state.draft.kind) + u'/' + state.externalId;
        m_secrets->read(tokenSecretName(state.draft.kind, state.externalId),
                        [=](const QString &token, const QString &error) {
                            if (!error.isEmpty() && !problems->contains(error))
                                problems->append(error);
                            tokens->insert(key, token);
                            if (--*remaining == 0)
                                done(*config, *tokens, *problems);
                        });
    }
}

void ChannelSetup::testConnection(qint64 id, std::function<void(bool, const QString &)> done)
{
    const auto state = account(id);
    if (!state)
        return done(false, tr("This account no longer exists."));
    auto finish = [this, id, done](bool ok, const QString &summary) {
        m_lastTests.insert(id, {ok, summary});
        done(ok, summary);
        Q_EMIT changed();
    };
    if (!needsToken(state->draft.kind))
        return finish(false, tr("Nothing to test yet: this channel's sending arrives with its own update."));
    m_secrets->read(tokenSecretName(state->draft.kind, state->externalId),
                    [this, state = *state, finish](const QString &token, const QString &error) {
                        if (!error.isEmpty())
                            return finish(false, error);
                        if (token.isEmpty())
                            return finish(false, tr("No access token is stored for this account."));
                        QString problem;
                        const auto config = ChannelsConfig::parse(channelsFileOf(state.draft), &problem);
                        if (!config)
                            return finish(false, problem);
                        m_testing = std::make_unique<Delivery>(m_store);
                        m_testing->configure(*config, [token](const ChannelConfig &) { return token; });
                        m_testing->testConnection(models::toString(state.draft.kind), state.externalId, finish);
                    });
}

} // namespace wasel::app
