#include "ChannelsConfig.h"

#include <nlohmann/json.hpp>

#include <QFile>

namespace wasel::app {

using Json = nlohmann::json;
using models::ChannelKind;

namespace {

struct KindRule {
    ChannelKind kind;
    QString provider; // email only
    QStringList required; // the first one is the account's external id
    QStringList optional;
    bool needsToken;
};

const QList<KindRule> &rules()
{
    static const QList<KindRule> r{
        {ChannelKind::Messenger, {}, {QStringLiteral("page_id")}, {}, true},
        {ChannelKind::Instagram, {}, {QStringLiteral("ig_id")}, {QStringLiteral("page_id")}, true},
        {ChannelKind::WhatsApp, {}, {QStringLiteral("phone_number_id"), QStringLiteral("waba_id")}, {}, true},
        // api_key_sid (SK…): sign in with an API key instead; the token is then the key's secret.
        {ChannelKind::TwilioWhatsApp,
         {},
         {QStringLiteral("from"), QStringLiteral("account_sid")},
         {QStringLiteral("api_key_sid")},
         true},
        {ChannelKind::ManyChat, {}, {QStringLiteral("page_id")}, {QStringLiteral("subscriber_channel")}, true},
        {ChannelKind::Email, ChannelsConfig::SendGrid, {QStringLiteral("address")}, {}, false},
        {ChannelKind::Email,
         ChannelsConfig::Imap,
         {QStringLiteral("address"), QStringLiteral("imap_host"), QStringLiteral("smtp_host")},
         {QStringLiteral("username"), QStringLiteral("imap_port"), QStringLiteral("imap_security"),
          QStringLiteral("smtp_port"), QStringLiteral("smtp_security")},
         true},
        {ChannelKind::Widget, {}, {QStringLiteral("project_id")}, {}, false},
    };
    return r;
}

QString str(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>()).trimmed();
    if (value.is_number_integer()) // ids pasted without quotes
        return QString::number(value.get<long long>());
    return {};
}

bool validEnvName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

// Empty when the mail server fields of an imap account are usable; else one sentence naming the field.
QString mailServerProblem(const QHash<QString, QString> &ids)
{
    for (const QString &prefix : {QStringLiteral("imap"), QStringLiteral("smtp")}) {
        const QString host = ids.value(prefix + QLatin1String("_host"));
        if (host.contains(u' ') || host.contains(u'/') || host.contains(u':'))
            return QStringLiteral("%1_host must be a host name such as %1.example.com, without a scheme or port")
                .arg(prefix);
        const QString port = ids.value(prefix + QLatin1String("_port"));
        bool number = false;
        if (!port.isEmpty() && (port.toInt(&number) < 1 || !number || port.toInt() > 65535))
            return QStringLiteral("%1_port must be a number from 1 to 65535").arg(prefix);
        const QString security = ids.value(prefix + QLatin1String("_security"));
        if (!security.isEmpty() && !ChannelsConfig::mailSecurities().contains(security))
            return QStringLiteral("%1_security must be tls, starttls or none").arg(prefix);
        // A password sent in the clear is only acceptable to a server on this computer (a bridge).
        if (security == QLatin1String("none") && !isLoopback(host))
            return QStringLiteral("%1_security none is only allowed for a server on this computer (127.0.0.1)")
                .arg(prefix);
    }
    return {};
}

const KindRule &ruleOf(ChannelKind kind, const QString &provider)
{
    const QString wanted = kind == ChannelKind::Email && provider.isEmpty() ? ChannelsConfig::SendGrid : provider;
    const auto it = std::find_if(rules().begin(), rules().end(), [&](const KindRule &r) {
        return r.kind == kind && (r.provider.isEmpty() || r.provider == wanted);
    });
    return it != rules().end() ? *it : ruleOf(kind, QString());
}

} // namespace

QStringList ChannelsConfig::requiredIds(ChannelKind kind, const QString &provider)
{
    return ruleOf(kind, provider).required;
}

QStringList ChannelsConfig::optionalIds(ChannelKind kind, const QString &provider)
{
    return ruleOf(kind, provider).optional;
}

bool ChannelsConfig::needsToken(ChannelKind kind, const QString &provider)
{
    return ruleOf(kind, provider).needsToken;
}

std::optional<ChannelsConfig> ChannelsConfig::parse(const QByteArray &bytes, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Json root;
    try {
        root = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const Json::parse_error &e) {
        return failWith(QStringLiteral("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    if (!root.is_object() || !root.contains("channels") || !root["channels"].is_array())
        return failWith(QStringLiteral("expected an object with a \"channels\" array"));

    ChannelsConfig config;
    QSet<QString> seen;
    int index = 0;
    for (const Json &entry : root["channels"]) {
        const QString where = QStringLiteral("channels[%1]").arg(index++);
        if (!entry.is_object())
            return failWith(QStringLiteral("%1: expected an object").arg(where));
        const QString kindName = str(entry.value("kind", Json()));
        const auto kind = models::channelKindFromString(kindName);
        if (!kind)
            return failWith(QStringLiteral("%1: unknown kind \"%2\" (messenger, instagram, whatsapp, twilio_whatsapp, "
                                           "email, widget, manychat)")
                                .arg(where, kindName));
        const QString at = QStringLiteral("%1 (%2)").arg(where, kindName);
        ChannelConfig c;
        if (*kind == ChannelKind::Email) {
            const QString provider = str(entry.value("provider", Json()));
            if (!provider.isEmpty() && provider != SendGrid && provider != Imap)
                return failWith(QStringLiteral("%1: provider must be sendgrid or imap").arg(at));
            c.ids.insert(QStringLiteral("provider"), provider.isEmpty() ? SendGrid : provider);
        }
        const KindRule *rule = &ruleOf(*kind, c.ids.value(QStringLiteral("provider")));
        c.kind = *kind;
        c.name = str(entry.value("name", Json()));
        for (const QString &field : rule->required) {
            const QString value = str(entry.value(field.toStdString(), Json()));
            if (value.isEmpty())
                return failWith(QStringLiteral("%1: %2 is missing").arg(at, field));
            c.ids.insert(field, value);
        }
        for (const QString &field : rule->optional) {
            const QString value = str(entry.value(field.toStdString(), Json()));
            if (!value.isEmpty())
                c.ids.insert(field, value);
        }
        if (c.kind == ChannelKind::Email) {
            const QString address = c.ids.value(QStringLiteral("address"));
            const qsizetype atSign = address.indexOf(u'@');
            if (atSign < 1 || atSign == address.size() - 1 || address.contains(u' '))
                return failWith(
                    QStringLiteral("%1: address must be an email address such as shop@example.com").arg(at));
        }
        if (rule->provider == Imap)
            if (const QString problem = mailServerProblem(c.ids); !problem.isEmpty())
                return failWith(QStringLiteral("%1: %2").arg(at, problem));
        // Where a ManyChat page's subscribers are (sendContent's content.type); empty = Messenger.
        if (const QString sub = c.ids.value(QStringLiteral("subscriber_channel")); c.kind == ChannelKind::ManyChat
            && !sub.isEmpty()
            && !QStringList{QStringLiteral("messenger"), QStringLiteral("instagram"), QStringLiteral("whatsapp"),
                            QStringLiteral("telegram")}
                    .contains(sub))
            return failWith(
                QStringLiteral("%1: subscriber_channel must be messenger, instagram, whatsapp or telegram").arg(at));
        if (const QString key = c.ids.value(QStringLiteral("api_key_sid"));
            !key.isEmpty() && !key.startsWith(QLatin1String("SK")))
            return failWith(
                QStringLiteral("%1: api_key_sid must be a Twilio API key SID (SK…); leave it out to use the auth "
                               "token")
                    .arg(at));
        c.externalId = c.ids.value(rule->required.first());
        if (c.kind == ChannelKind::TwilioWhatsApp && c.externalId.startsWith(QLatin1String("whatsapp:")))
            c.externalId = c.externalId.mid(9);
        if (c.name.isEmpty())
            c.name = c.externalId;
        if (entry.contains("api_base")) {
            c.apiBase = QUrl(str(entry["api_base"]), QUrl::StrictMode);
            if (!c.apiBase.isValid()
                || (c.apiBase.scheme() != QLatin1String("https") && c.apiBase.scheme() != QLatin1String("http"))
                || c.apiBase.host().isEmpty())
                return failWith(QStringLiteral("%1: api_base must be an http(s) URL").arg(at));
        }
        c.tokenEnv = str(entry.value("token_env", Json()));
        if (rule->needsToken && c.tokenEnv.isEmpty())
            return failWith(
                QStringLiteral("%1: token_env is missing (the name of the environment variable that holds the "
                               "token)")
                    .arg(at));
        if (!c.tokenEnv.isEmpty() && !validEnvName(c.tokenEnv))
            return failWith(
                QStringLiteral("%1: token_env \"%2\" is not a valid environment variable name").arg(at, c.tokenEnv));
        // Empty (the channels page's "auto, the default") is the same as leaving it out.
        if (entry.contains("ai_mode") && !str(entry["ai_mode"]).isEmpty()) {
            c.aiMode = models::aiModeFromString(str(entry["ai_mode"]));
            if (!c.aiMode)
                return failWith(QStringLiteral("%1: ai_mode must be auto, draft or off").arg(at));
        }
        const QString key = kindName + u'/' + c.externalId;
        if (seen.contains(key))
            return failWith(QStringLiteral("%1: %2 %3 is listed twice").arg(at, kindName, c.externalId));
        seen.insert(key);
        config.channels.append(c);
    }
    return config;
}

std::optional<ChannelsConfig> ChannelsConfig::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto config = parse(file.readAll(), &parseError);
    if (!config && error)
        *error = QStringLiteral("%1: %2").arg(path, parseError);
    return config;
}

QStringList ChannelsConfig::missingTokens() const
{
    QStringList missing;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const ChannelConfig &c = channels.at(i);
        if (!c.tokenEnv.isEmpty() && qEnvironmentVariable(c.tokenEnv.toLocal8Bit().constData()).isEmpty())
            missing.append(QStringLiteral("channels[%1] (%2): %3").arg(i).arg(models::toString(c.kind), c.tokenEnv));
    }
    return missing;
}

} // namespace wasel::app
