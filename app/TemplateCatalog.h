#pragma once

// The approved WhatsApp templates each Business Account (waba_id) has, for the composer to offer
// when the 24-hour window is closed. Fetched from Meta and cached in the workspace settings as
// "whatsapp_templates/<waba id>" = {"fetched_at": ISO 8601, "templates": [{"name", "language",
// "category", "body", "variables": ["1", …]}]}; asked for again when a day old or on demand. A
// failed refresh keeps the cache it had.

#include "ChannelsConfig.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wasel::models {
class Store;
}

namespace wasel::app {

struct MessageTemplate {
    QString name;
    QString language;
    QString category;
    QString body; // with {{1}} … placeholders
    QStringList variables; // the placeholders in order

    // The body as the customer reads it: each {{name}} replaced by its value (values in the order of
    // `variables`); a placeholder without a value stays as it is.
    QString filled(const QStringList &values) const;
};

class TemplateCatalog : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using SecretLookup = std::function<QString(const ChannelConfig &account)>;

    static constexpr auto FreshFor = std::chrono::hours(24);

    TemplateCatalog(models::Store *store, QNetworkAccessManager *network, Clock clock = {}, QObject *parent = nullptr);
    ~TemplateCatalog() override;

    // The WhatsApp numbers' Business Accounts and tokens (any number of the account may ask).
    void configure(const ChannelsConfig &channels, SecretLookup secrets);
    void setApiVersion(const QString &version);

    static QString cacheKey(const QString &wabaId);
    // What the cache holds (no network); `language` first when given ("ar" also matches "ar_IQ").
    QList<MessageTemplate> templates(const QString &wabaId, const QString &language = QString()) const;
    QDateTime fetchedAt(const QString &wabaId) const; // invalid: never fetched
    // The Business Account of a WhatsApp number (phone number id), empty when not configured.
    QString wabaOf(const QString &phoneNumberId) const;

    // Fetches the account's templates unless the cache is fresh (force: always).
    void refresh(const QString &wabaId, bool force = false);
    void refreshAll(bool force = false);

Q_SIGNALS:
    // A refresh ended: the cache was replaced (ok), or kept with the reason.
    void refreshed(const QString &wabaId, bool ok, const QString &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wasel::app
