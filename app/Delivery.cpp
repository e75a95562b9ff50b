#include "Delivery.h"

#include "ManyChatService.h"

#include "common/Outbox.h"
#include "manychat/ManyChatConnector.h"
#include "meta/GraphSendConnector.h"
#include "store/Store.h"
#include "twilio/TwilioSendConnector.h"
#include "whatsapp/CloudSendConnector.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcDelivery, "wasel.delivery")

namespace wasel::app {

using models::ChannelKind;

struct Delivery::Private {
    models::Store *store = nullptr;
    QNetworkAccessManager network;
    std::unique_ptr<channels::Outbox> outbox;
    std::unique_ptr<channels::ManyChatClient> manychat;
    std::unique_ptr<ManyChatService> manychatService;
    std::vector<std::unique_ptr<channels::Connector>> connectors;
    QHash<QString, ChannelConfig> accounts; // "kind/external id"
    QHash<QString, QString> secrets; // same key
    QUrl publicBaseUrl;

    static QString key(ChannelKind kind, const QString &id) { return models::toString(kind) + u'/' + id; }
    QString secret(ChannelKind kind, const QString &id) const { return secrets.value(key(kind, id)); }
    // The account's API base override, for the first account of a kind that has one.
    QUrl apiBase(ChannelKind kind) const
    {
        for (const ChannelConfig &c : accounts)
            if (c.kind == kind && c.apiBase.isValid() && !c.apiBase.isEmpty())
                return c.apiBase;
        return {};
    }
    // ManyChat failed for `work`: Meta's Send API to the customer's linked Messenger or Instagram
    // identity, on the Meta account of the same page when there is one.
    bool fallback(const models::OutboundWork &work, std::function<void(const channels::SendResult &)> done) const;
    channels::Connector *find(ChannelKind kind) const
    {
        for (const auto &c : connectors)
            if (c->kind() == kind)
                return c.get();
        return nullptr;
    }
};

bool Delivery::Private::fallback(const models::OutboundWork &work,
                                 std::function<void(const channels::SendResult &)> done) const
{
    const auto conversation = store->conversation(work.item.conversationId);
    if (!conversation)
        return false;
    for (const models::Identity &identity : store->identities(conversation->customerId)) {
        if (identity.channel != ChannelKind::Messenger && identity.channel != ChannelKind::Instagram)
            continue;
        channels::Connector *graph = find(identity.channel);
        if (!graph)
            continue;
        // PSIDs and IGSIDs belong to one page: the Meta account of ManyChat's page, else the only one.
        QString account;
        int candidates = 0;
        for (const ChannelConfig &c : accounts) {
            if (c.kind != identity.channel || secret(c.kind, c.externalId).isEmpty())
                continue;
            ++candidates;
            if (c.externalId == work.accountExternalId
                || c.ids.value(QStringLiteral("page_id")) == work.accountExternalId || account.isEmpty())
                account = c.externalId;
        }
        if (account.isEmpty())
            continue;
        qCInfo(lcDelivery) << "ManyChat failed for message" << work.item.messageId << "- sending through"
                           << models::toString(identity.channel) << "account" << account << "of" << candidates;
        models::OutboundWork copy = work;
        copy.item.channel = identity.channel;
        copy.message.channel = identity.channel;
        copy.accountExternalId = account;
        copy.recipientExternalId = identity.externalId;
        graph->send(copy, false, std::move(done));
        return true;
    }
    return false;
}

QString secretFromEnvironment(const ChannelConfig &account)
{
    return account.tokenEnv.isEmpty() ? QString() : qEnvironmentVariable(account.tokenEnv.toLocal8Bit().constData());
}

Delivery::Delivery(models::Store *store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->store = store;
    d->outbox = std::make_unique<channels::Outbox>(store);
    connect(d->outbox.get(), &channels::Outbox::settled, this, &Delivery::settled);
    // Limits from API_CONTRACTS.md: Meta 300 calls/s per page (text), ManyChat ~10/s, Twilio and
    // WhatsApp Cloud conservatively so a burst never trips the provider.
    d->outbox->setRateLimit(ChannelKind::Messenger, 250, 50);
    d->outbox->setRateLimit(ChannelKind::Instagram, 250, 50);
    d->outbox->setRateLimit(ChannelKind::WhatsApp, 60, 20);
    d->outbox->setRateLimit(ChannelKind::TwilioWhatsApp, 30, 10);
    d->outbox->setRateLimit(ChannelKind::ManyChat, 10, 5);
    // Meta's Send API allows 10 calls/s per page for audio and video.
    d->outbox->setMediaRateLimit(ChannelKind::Messenger, 8, 4);
    d->outbox->setMediaRateLimit(ChannelKind::Instagram, 8, 4);
    d->manychatService = std::make_unique<ManyChatService>(store);
}

Delivery::~Delivery() = default;

void Delivery::setPublicBaseUrl(const QUrl &url)
{
    d->publicBaseUrl = url;
}

void Delivery::configure(const ChannelsConfig &channels, SecretLookup secrets)
{
    d->accounts.clear();
    d->secrets.clear();
    for (const ChannelConfig &account : channels.channels) {
        const QString k = Private::key(account.kind, account.externalId);
        d->accounts.insert(k, account);
        d->secrets.insert(k, secrets ? secrets(account) : QString());
        d->store->ensureChannelAccount(account.kind, account.externalId, account.name);
    }
    auto endpoint = [this](ChannelKind kind, channels::ApiEndpoint e) {
        if (const QUrl base = d->apiBase(kind); base.isValid() && !base.isEmpty())
            e.baseUrl = base;
        return e;
    };
    QSet<ChannelKind> kinds;
    for (const ChannelConfig &account : channels.channels)
        kinds.insert(account.kind);
    for (ChannelKind kind : std::as_const(kinds)) {
        if (d->find(kind))
            continue;
        std::unique_ptr<channels::Connector> connector;
        switch (kind) {
        case ChannelKind::Messenger:
        case ChannelKind::Instagram:
            connector = std::make_unique<channels::GraphSendConnector>(
                kind, &d->network, [this, kind](const QString &id) { return d->secret(kind, id); },
                endpoint(kind, channels::GraphSendConnector::defaultEndpoint()));
            break;
        case ChannelKind::WhatsApp:
            connector = std::make_unique<channels::CloudSendConnector>(
                &d->network, [this](const QString &id) { return d->secret(ChannelKind::WhatsApp, id); },
                endpoint(kind, channels::CloudSendConnector::defaultEndpoint()));
            break;
        case ChannelKind::TwilioWhatsApp:
            connector = std::make_unique<channels::TwilioSendConnector>(
                &d->network,
                [this](const QString &from) {
                    const ChannelConfig account = d->accounts.value(Private::key(ChannelKind::TwilioWhatsApp, from));
                    const QString sid = account.ids.value(QStringLiteral("account_sid"));
                    const QString keySid = account.ids.value(QStringLiteral("api_key_sid"));
                    return channels::TwilioCredentials{sid, keySid.isEmpty() ? sid : keySid,
                                                       d->secret(ChannelKind::TwilioWhatsApp, from)};
                },
                d->publicBaseUrl, endpoint(kind, channels::TwilioSendConnector::defaultEndpoint()));
            break;
        case ChannelKind::ManyChat:
            d->manychat = std::make_unique<channels::ManyChatClient>(
                &d->network, endpoint(kind, channels::ManyChatClient::defaultEndpoint()));
            // Every call, for the customer panel's ManyChat log.
            connect(d->manychat.get(), &channels::ManyChatClient::called, this,
                    [this](const QString &subscriber, const QString &path, bool ok, const QString &summary) {
                        if (!subscriber.isEmpty())
                            d->store->addManyChatLog(subscriber, path, ok, summary);
                    });
            connector = std::make_unique<channels::ManyChatConnector>(
                d->manychat.get(), [this](const QString &page) { return d->secret(ChannelKind::ManyChat, page); },
                [this](const QString &page) { return manyChatChannelType(page); },
                [this](const models::OutboundWork &work, const QString &reason,
                       std::function<void(const channels::SendResult &)> done) {
                    Q_UNUSED(reason)
                    return d->fallback(work, std::move(done));
                });
            break;
        case ChannelKind::Email:
        case ChannelKind::Widget:
            qCInfo(lcDelivery) << models::toString(kind)
                               << "accounts are listed; their sending arrives with their channel";
            break;
        }
        if (connector) {
            d->outbox->addConnector(connector.get());
            d->connectors.push_back(std::move(connector));
        }
    }
    QStringList pages;
    for (const ChannelConfig &account : channels.channels)
        if (account.kind == ChannelKind::ManyChat)
            pages.append(account.externalId);
    d->manychatService->attach(
        d->manychat.get(), [this](const QString &page) { return d->secret(ChannelKind::ManyChat, page); }, pages);
}

ManyChatService *Delivery::manyChat() const
{
    return d->manychatService.get();
}

QString Delivery::manyChatChannelType(const QString &pageId) const
{
    const QString type =
        d->accounts.value(Private::key(ChannelKind::ManyChat, pageId)).ids.value(QStringLiteral("subscriber_channel"));
    return type == QLatin1String("messenger") ? QString() : type;
}

void Delivery::start()
{
    d->outbox->start();
}

QStringList Delivery::connectedKinds() const
{
    QStringList kinds;
    for (const auto &c : d->connectors)
        kinds.append(models::toString(c->kind()));
    return kinds;
}

namespace {

void senderAction(models::Store *store, const std::vector<std::unique_ptr<channels::Connector>> &connectors,
                  qint64 conversationId, channels::SenderAction action)
{
    const auto address = store->conversationAddress(conversationId);
    if (!address)
        return;
    // WhatsApp marks a message read by its id (and with it everything before): the customer's newest.
    QString newestInbound;
    if (action == channels::SenderAction::MarkSeen) {
        const QList<models::Message> recent = store->messages(conversationId, 0, 20);
        for (auto it = recent.crbegin(); it != recent.crend() && newestInbound.isEmpty(); ++it)
            if (it->direction == models::Direction::In && !it->externalId.isEmpty())
                newestInbound = it->externalId;
    }
    for (const auto &c : connectors)
        if (c->kind() == address->channel)
            return c->senderAction(address->accountExternalId, address->recipientExternalId, action, newestInbound);
}

} // namespace

void Delivery::markSeen(qint64 conversationId)
{
    // A comment thread has no chat to mark as seen.
    if (const auto c = d->store->conversation(conversationId); c && c->threadKey.isEmpty())
        senderAction(d->store, d->connectors, conversationId, channels::SenderAction::MarkSeen);
}

void Delivery::setTyping(qint64 conversationId, bool on)
{
    if (const auto c = d->store->conversation(conversationId); c && c->threadKey.isEmpty())
        senderAction(d->store, d->connectors, conversationId,
                     on ? channels::SenderAction::TypingOn : channels::SenderAction::TypingOff);
}

void Delivery::testConnection(const QString &kind, const QString &accountExternalId,
                              std::function<void(const channels::ConnectionTestResult &)> done)
{
    const auto k = models::channelKindFromString(kind);
    channels::Connector *connector = k ? d->find(*k) : nullptr;
    if (!connector)
        return done({false, tr("This channel is not set up for sending yet.")});
    connector->testConnection(accountExternalId, std::move(done));
}

} // namespace wasel::app
