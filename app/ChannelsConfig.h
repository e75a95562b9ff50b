#pragma once

// The channels file of `wasel --headless --channels FILE`: which accounts this gateway serves and
// where each one's token is (an environment variable, never the file itself).
//
//   {"channels": [
//     {"kind": "messenger", "name": "Shop page", "page_id": "1234", "token_env": "WASEL_PAGE_TOKEN",
//      "ai_mode": "auto"},
//     {"kind": "whatsapp", "name": "Shop WhatsApp", "phone_number_id": "1098", "waba_id": "2211",
//      "token_env": "WASEL_WA_TOKEN", "api_base": "https://graph.facebook.com"}]}
//
// Ids per kind: messenger page_id; instagram ig_id; whatsapp phone_number_id, waba_id;
// twilio_whatsapp account_sid, from; manychat page_id; email address; widget project_id.
// An email account names its provider: "sendgrid" (the default: Inbound Parse in, the API key in
// token_env optional) or "imap" (imap_host, smtp_host, optional imap_port / smtp_port,
// imap_security / smtp_security tls|starttls|none, username; the password in token_env).

#include "domain/Types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace wasel::app {

struct ChannelConfig {
    models::ChannelKind kind = models::ChannelKind::Messenger;
    QString name;
    QString externalId; // the id webhooks name the account by (page id, IG id, phone number id, sender …)
    QHash<QString, QString> ids; // every id field of the entry, by its name
    QUrl apiBase; // empty: the provider's default
    QString tokenEnv; // environment variable holding the token; empty for kinds that need none
    std::optional<models::AiMode> aiMode; // the default for new conversations of this account
};

struct ChannelsConfig {
    QList<ChannelConfig> channels;

    // Parses and validates the whole file; on any problem returns nullopt and a message that names
    // the entry and field ("channels[1] (whatsapp): waba_id is missing").
    static std::optional<ChannelsConfig> parse(const QByteArray &json, QString *error);
    static std::optional<ChannelsConfig> load(const QString &path, QString *error);

    // Environment variables named by token_env that are not set, as "channels[i] (kind): VAR".
    QStringList missingTokens() const;

    // The id fields of a kind (for email, of its provider: empty = sendgrid), required ones first
    // (the first is the account's external id), then optional ones; and whether the kind needs a
    // token to send.
    static QStringList requiredIds(models::ChannelKind kind, const QString &provider = {});
    static QStringList optionalIds(models::ChannelKind kind, const QString &provider = {});
    static bool needsToken(models::ChannelKind kind, const QString &provider = {});

    // Email providers, and how a mail server is reached safely.
    static inline const QString SendGrid = QStringLiteral("sendgrid");
    static inline const QString Imap = QStringLiteral("imap");
    static QStringList mailSecurities()
    {
        return {QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none")};
    }
};

} // namespace wasel::app
