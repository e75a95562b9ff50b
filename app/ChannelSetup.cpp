#include "ChannelSetup.h"

#include "ChannelsConfig.h"
#include "Delivery.h"
#include "SecretStore.h"
#include "common/Connector.h"
#include "common/Outbox.h"
#include "email/MailboxSignIn.h"
#include "email/SendGridApi.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
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

// The last connection test of an account, kept as a workspace setting so the page still shows it
// (and the token's expiry) after a restart:
// {"ok", "summary", "at", "credentials_refused", "expires_at": ISO | "never"}.
QString lastTestKey(qint64 id)
{
    return QStringLiteral("channel_test/%1").arg(id);
}

QString lastTestJson(const channels::ConnectionTestResult &result)
{
    Json test = {{"ok", result.ok},
                 {"summary", result.summary.toStdString()},
                 {"at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
                 {"credentials_refused", result.credentialsRefused}};
    if (const auto &expiry = result.tokenExpiresAt)
        test["expires_at"] = expiry->isValid() ? expiry->toUTC().toString(Qt::ISODate).toStdString() : "never";
    return QString::fromStdString(test.dump());
}

void readLastTest(const QString &json, ChannelState &state)
{
    const Json test = Json::parse(json.toStdString(), nullptr, false);
    if (!test.is_object())
        return;
    state.lastTestOk = test.value("ok", false);
    state.lastTest = QString::fromStdString(test.value("summary", std::string()));
    state.credentialsRefused = test.value("credentials_refused", false);
    state.lastTestAt = QDateTime::fromString(QString::fromStdString(test.value("at", std::string())), Qt::ISODate);
    if (const auto at = test.find("expires_at"); at != test.end() && at->is_string()) {
        const QString value = QString::fromStdString(at->get<std::string>());
        state.tokenExpiresAt =
            value == QLatin1String("never") ? QDateTime() : QDateTime::fromString(value, Qt::ISODate);
    }
}

QString externalIdOf(const ChannelDraft &draft)
{
    QString id = draft.ids.value(ChannelsConfig::requiredIds(draft.kind).value(0)).trimmed();
    if (draft.kind == ChannelKind::TwilioWhatsApp && id.startsWith(QLatin1String("whatsapp:")))
        id = id.mid(9);
    return id;
}

} // namespace

bool ChannelState::reconnectNeeded(const QDateTime &now) const
{
    return credentialsRefused || (tokenExpiresAt && tokenExpiresAt->isValid() && *tokenExpiresAt <= now);
}

ChannelSetup::ChannelSetup(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(std::make_unique<SecretStore>())
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    connect(m_store, &models::Store::channelAccountsChanged, this, &ChannelSetup::changed);
}

ChannelSetup::~ChannelSetup() = default;

QString AccountType::displayName() const
{
    if (kind == ChannelKind::Email)
        return provider == ChannelsConfig::Imap ? ChannelSetup::tr("IMAP/SMTP mailbox")
                                                : ChannelSetup::tr("SendGrid mailbox");
    return models::channelDisplayName(kind);
}

QList<AccountType> ChannelSetup::accountTypes()
{
    return {{ChannelKind::Messenger, {}},
            {ChannelKind::Instagram, {}},
            {ChannelKind::WhatsApp, {}},
            {ChannelKind::TwilioWhatsApp, {}},
            {ChannelKind::Email, ChannelsConfig::SendGrid},
            {ChannelKind::Email, ChannelsConfig::Imap},
            {ChannelKind::Widget, {}},
            {ChannelKind::ManyChat, {}}};
}

AccountType ChannelSetup::accountType(const ChannelDraft &draft)
{
    if (draft.kind != ChannelKind::Email)
        return {draft.kind, {}};
    const QString provider = draft.ids.value(QStringLiteral("provider"));
    return {draft.kind, provider.isEmpty() ? ChannelsConfig::SendGrid : provider};
}

QStringList ChannelSetup::fields(const AccountType &type)
{
    return ChannelsConfig::requiredIds(type.kind, type.provider)
        + ChannelsConfig::optionalIds(type.kind, type.provider);
}

bool ChannelSetup::isRequired(const AccountType &type, const QString &field)
{
    return ChannelsConfig::requiredIds(type.kind, type.provider).contains(field);
}

bool ChannelSetup::needsToken(const AccountType &type)
{
    // A SendGrid mailbox receives without a key, but the page asks for it: it is what sends the
    // replies and what Test connection checks.
    return type.kind == ChannelKind::Email || ChannelsConfig::needsToken(type.kind, type.provider);
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
    if (draft.id == 0 && needsToken(accountType(draft)) && draft.token.trimmed().isEmpty())
        return tokenMissing(accountType(draft));
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
        if (!draft.token.isEmpty()) // a new token: whatever the provider refused before is history
            m_store->setSetting(channels::Outbox::credentialsRefusedKey(account.kind, account.externalId), QString());
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
    m_store->setSetting(lastTestKey(id), QString());
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
        readLastTest(m_store->setting(lastTestKey(a.id)), state);
        // A send refused for the token also means "reconnect needed", until a new token is saved or a
        // test passes (both clear the mark).
        if (!m_store->setting(channels::Outbox::credentialsRefusedKey(a.kind, a.externalId)).isEmpty())
            state.credentialsRefused = true;
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
        if (needsToken(accountType(state.draft)))
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
    auto finish = [this, id, done](const channels::ConnectionTestResult &result) {
        m_store->setSetting(lastTestKey(id), lastTestJson(result));
        if (const auto state = account(id); state && result.ok) // the new token works
            m_store->setSetting(channels::Outbox::credentialsRefusedKey(state->draft.kind, state->externalId),
                                QString());
        done(result.ok, result.summary);
        Q_EMIT changed();
    };
    const AccountType type = accountType(state->draft);
    if (!needsToken(type))
        return finish({false, tr("Nothing to test yet: this channel's sending arrives with its own update.")});
    m_secrets->read(tokenSecretName(state->draft.kind, state->externalId),
                    [this, type, state = *state, finish](const QString &token, const QString &error) {
                        if (!error.isEmpty())
                            return finish({false, error});
                        if (token.isEmpty())
                            return finish({false, tokenMissing(type)});
                        QString problem;
                        const auto config = ChannelsConfig::parse(channelsFileOf(state.draft), &problem);
                        if (!config)
                            return finish({false, problem});
                        if (type.kind == ChannelKind::Email)
                            return testMailbox(config->channels.first(), token, finish);
                        m_testing = std::make_unique<Delivery>(m_store);
                        m_testing->configure(*config, [token](const ChannelConfig &) { return token; });
                        m_testing->testConnection(models::toString(state.draft.kind), state.externalId, finish);
                    });
}

QString ChannelSetup::tokenMissing(const AccountType &type)
{
    if (type.kind == ChannelKind::Email)
        return type.provider == ChannelsConfig::Imap ? tr("The password is missing.") : tr("The API key is missing.");
    return tr("The access token is missing.");
}

void ChannelSetup::testMailbox(const ChannelConfig &account, const QString &secret,
                               std::function<void(const channels::ConnectionTestResult &)> done)
{
    if (account.ids.value(QStringLiteral("provider")) != ChannelsConfig::Imap) {
        channels::ApiEndpoint endpoint = channels::SendGridApi::defaultEndpoint();
        if (!account.apiBase.isEmpty())
            endpoint.baseUrl = account.apiBase;
        return channels::SendGridApi::testKey(m_network.get(), endpoint, secret, std::move(done));
    }
    auto server = [&account](const QString &prefix) {
        channels::MailServer s;
        s.host = account.ids.value(prefix + QLatin1String("_host"));
        s.port = quint16(account.ids.value(prefix + QLatin1String("_port")).toUInt());
        // ChannelsConfig has checked the name; an empty one means the default.
        s.security = channels::MailServer::securityFromString(account.ids.value(prefix + QLatin1String("_security")))
                         .value_or(channels::MailServer::Security::Tls);
        return s;
    };
    channels::MailServer smtp = server(QStringLiteral("smtp"));
    if (account.ids.value(QStringLiteral("smtp_security")).isEmpty())
        smtp.security = channels::MailServer::Security::StartTls; // port 587, the usual submission port
    const QString user = account.ids.value(QStringLiteral("username"), account.ids.value(QStringLiteral("address")));
    m_mailCheck = std::make_unique<channels::MailboxSignIn>(server(QStringLiteral("imap")), smtp, user, secret);
    m_mailCheck->run(std::move(done));
}

} // namespace wasel::app
