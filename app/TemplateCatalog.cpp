#include "TemplateCatalog.h"

#include "store/Store.h"
#include "whatsapp/CloudSendConnector.h"
#include "whatsapp/MediaClient.h"
#include "whatsapp/TemplateClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

namespace wasel::app {

using channels::SendResult;

struct TemplateCatalog::Private {
    models::Store *store = nullptr;
    QNetworkAccessManager *network = nullptr;
    Clock clock;
    channels::ApiEndpoint graph = channels::CloudSendConnector::defaultEndpoint();
    struct Account {
        QString token;
        QUrl apiBase;
    };
    QHash<QString, Account> accounts; // by waba id
    QHash<QString, QString> wabaOfNumber;
    QSet<QString> inFlight;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
    QJsonObject cache(const QString &wabaId) const
    {
        return QJsonDocument::fromJson(store->setting(cacheKey(wabaId)).toUtf8()).object();
    }
};

QString MessageTemplate::filled(const QStringList &values) const
{
    QString text = body;
    for (qsizetype i = 0; i < variables.size() && i < values.size(); ++i)
        if (!values.at(i).isEmpty())
            text.replace(QStringLiteral("{{%1}}").arg(variables.at(i)), values.at(i));
    return text;
}

TemplateCatalog::TemplateCatalog(models::Store *store, QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->store = store;
    d->network = network;
    d->clock = std::move(clock);
}

TemplateCatalog::~TemplateCatalog() = default;

QString TemplateCatalog::cacheKey(const QString &wabaId)
{
    return QStringLiteral("whatsapp_templates/") + wabaId;
}

void TemplateCatalog::configure(const ChannelsConfig &channels, SecretLookup secrets)
{
    d->accounts.clear();
    d->wabaOfNumber.clear();
    for (const ChannelConfig &account : channels.channels) {
        const QString waba = account.ids.value(QStringLiteral("waba_id"));
        if (account.kind != models::ChannelKind::WhatsApp || waba.isEmpty())
            continue;
        d->wabaOfNumber.insert(account.externalId, waba);
        const QString token = secrets ? secrets(account) : QString();
        if (!token.isEmpty() || !d->accounts.contains(waba))
            d->accounts.insert(waba, {token, account.apiBase});
    }
}

void TemplateCatalog::setApiVersion(const QString &version)
{
    d->graph.version = version;
}

QString TemplateCatalog::wabaOf(const QString &phoneNumberId) const
{
    return d->wabaOfNumber.value(phoneNumberId);
}

QDateTime TemplateCatalog::fetchedAt(const QString &wabaId) const
{
    return QDateTime::fromString(d->cache(wabaId).value(QLatin1String("fetched_at")).toString(), Qt::ISODate);
}

QList<MessageTemplate> TemplateCatalog::templates(const QString &wabaId, const QString &language) const
{
    QList<MessageTemplate> matching, others;
    for (const QJsonValue &v : d->cache(wabaId).value(QLatin1String("templates")).toArray()) {
        const QJsonObject o = v.toObject();
        MessageTemplate t;
        t.name = o.value(QLatin1String("name")).toString();
        t.language = o.value(QLatin1String("language")).toString();
        t.category = o.value(QLatin1String("category")).toString();
        t.body = o.value(QLatin1String("body")).toString();
        for (const QJsonValue &name : o.value(QLatin1String("variables")).toArray())
            t.variables.append(name.toString());
        if (t.name.isEmpty())
            continue;
        const bool same = !language.isEmpty()
            && (t.language == language || t.language.startsWith(language + u'_')
                || language.startsWith(t.language + u'_'));
        (same ? matching : others).append(t);
    }
    return matching + others;
}

void TemplateCatalog::refreshAll(bool force)
{
    for (auto it = d->accounts.cbegin(); it != d->accounts.cend(); ++it)
        refresh(it.key(), force);
}

void TemplateCatalog::refresh(const QString &wabaId, bool force)
{
    if (d->inFlight.contains(wabaId))
        return;
    const QDateTime fetched = fetchedAt(wabaId);
    if (!force && fetched.isValid() && fetched.secsTo(d->now()) < std::chrono::seconds(FreshFor).count())
        return;
    const Private::Account account = d->accounts.value(wabaId);
    if (account.token.isEmpty()) // not connected (or the demo): asking Meta could only fail
        return Q_EMIT refreshed(wabaId, false,
                                tr("no access token is stored for WhatsApp Business Account %1").arg(wabaId));
    channels::ApiEndpoint e = d->graph;
    if (account.apiBase.isValid() && !account.apiBase.isEmpty())
        e.baseUrl = account.apiBase;
    d->inFlight.insert(wabaId);
    QPointer<TemplateCatalog> guard(this);
    channels::TemplateClient(d->network, e)
        .list(wabaId, account.token,
              [this, guard, wabaId](const SendResult &status, const QList<channels::WhatsAppTemplate> &list) {
                  if (!guard)
                      return;
                  d->inFlight.remove(wabaId);
                  if (status.outcome != SendResult::Outcome::Sent) {
                      qCWarning(lcWhatsAppMedia).noquote()
                          << "templates of WhatsApp Business Account" << wabaId << "not refreshed:" << status.error;
                      return Q_EMIT refreshed(wabaId, false, status.error);
                  }
                  QJsonArray templates;
                  for (const channels::WhatsAppTemplate &t : list)
                      templates.append(
                          QJsonObject{{QStringLiteral("name"), t.name},
                                      {QStringLiteral("language"), t.language},
                                      {QStringLiteral("category"), t.category},
                                      {QStringLiteral("body"), t.body},
                                      {QStringLiteral("variables"), QJsonArray::fromStringList(t.variables)}});
                  const QJsonObject cache{{QStringLiteral("fetched_at"), d->now().toString(Qt::ISODate)},
                                          {QStringLiteral("templates"), templates}};
                  if (!d->store->setSetting(cacheKey(wabaId),
                                            QString::fromUtf8(QJsonDocument(cache).toJson(QJsonDocument::Compact))))
                      return Q_EMIT refreshed(wabaId, false, d->store->lastError().message);
                  Q_EMIT refreshed(wabaId, true, QString());
              });
}

} // namespace wasel::app
