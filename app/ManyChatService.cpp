#include "ManyChatService.h"

#include "Triage.h"
#include "manychat/ManyChatClient.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>

namespace wasel::app {

using Json = nlohmann::json;
using models::ChannelKind;

namespace {

const QString IntentTagsKey = QStringLiteral("manychat/intent_tags");

Json parse(const QString &text)
{
    const std::string s = text.toStdString();
    return Json::parse(s, nullptr, false);
}

QString str(const Json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    return {};
}

} // namespace

ManyChatService::ManyChatService(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &models::Store::manyChatChanged, this, [this](const QString &subscriberId) {
        if (const qint64 customer = m_store->customerOfIdentity(ChannelKind::ManyChat, subscriberId))
            Q_EMIT changed(customer);
    });
}

ManyChatService::~ManyChatService() = default;

void ManyChatService::attach(channels::ManyChatClient *client, KeyLookup keys, const QStringList &pageIds)
{
    m_client = client;
    m_keys = std::move(keys);
    m_pages = pageIds;
}

bool ManyChatService::isAvailable() const
{
    return m_client && !m_pages.isEmpty();
}

std::optional<ManyChatService::Subscriber> ManyChatService::subscriber(qint64 customerId) const
{
    for (const models::Identity &identity : m_store->identities(customerId)) {
        if (identity.channel != ChannelKind::ManyChat)
            continue;
        Subscriber s;
        s.id = identity.externalId;
        s.name = identity.displayName;
        const auto [infoJson, fetchedAt] = m_store->manyChatInfo(s.id);
        s.fetchedAt = fetchedAt;
        const Json info = parse(infoJson);
        if (info.is_object()) {
            if (const QString name = str(info.value("name", Json())); !name.isEmpty())
                s.name = name;
            s.liveChatUrl = str(info.value("live_chat_url", Json()));
            // getInfo: tags [{id, name}]; custom_fields [{name, value, …}] or, as in Full Contact
            // Data, an object of name → value.
            for (const Json &tag : info.value("tags", Json::array()))
                if (const QString name = tag.is_object() ? str(tag.value("name", Json())) : str(tag); !name.isEmpty())
                    s.tags.append(name);
            const Json fields = info.value("custom_fields", Json());
            if (fields.is_array()) {
                for (const Json &f : fields)
                    if (f.is_object() && f.contains("name")) {
                        const Json value = f.value("value", Json());
                        s.fields.append(
                            {str(f["name"]), value.is_null() ? QString() : QString::fromStdString(value.dump())});
                    }
            } else if (fields.is_object()) {
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    s.fields.append({QString::fromStdString(it.key()),
                                     it->is_null() ? QString() : QString::fromStdString(it->dump())});
            }
        }
        return s;
    }
    return std::nullopt;
}

QList<models::ManyChatLogEntry> ManyChatService::log(qint64 customerId, int limit) const
{
    return m_store->manyChatLog(customerId, limit);
}

bool ManyChatService::link(qint64 customerId, const QString &subscriberId, QString *error)
{
    const QString id = subscriberId.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(id).hasMatch()) {
        *error = tr("A ManyChat subscriber id is a number (it ends the address of the chat in ManyChat).");
        return false;
    }
    for (const models::Identity &identity : m_store->identities(customerId)) {
        if (identity.channel == ChannelKind::ManyChat && identity.externalId != id) {
            *error = tr("This customer is already linked to ManyChat subscriber %1.").arg(identity.externalId);
            return false;
        }
    }
    if (!m_store->linkIdentity(customerId, ChannelKind::ManyChat, id)) {
        *error = tr("Cannot link subscriber %1: %2").arg(id, m_store->lastError().message);
        return false;
    }
    Q_EMIT changed(customerId);
    refresh(customerId);
    return true;
}

std::optional<ManyChatService::Target> ManyChatService::target(qint64 customerId, QString *error) const
{
    const auto s = subscriber(customerId);
    if (!s) {
        *error = tr("This customer is not linked to a ManyChat subscriber.");
        return std::nullopt;
    }
    if (!isAvailable()) {
        *error = tr("No ManyChat account is connected: add one on the Channels page.");
        return std::nullopt;
    }
    // The page of the customer's ManyChat conversation, else the only (or first) ManyChat page.
    QString page = m_pages.first();
    if (m_pages.size() > 1) {
        models::ConversationQuery query;
        query.channel = ChannelKind::ManyChat;
        query.limit = 1000;
        for (const models::Conversation &c : m_store->conversations(query))
            if (c.customerId == customerId)
                if (const auto address = m_store->conversationAddress(c.id); address) {
                    page = address->accountExternalId;
                    break;
                }
    }
    const QString key = m_keys ? m_keys(page) : QString();
    if (key.isEmpty()) {
        *error = tr("ManyChat page %1 has no API key: add it on the Channels page.").arg(page);
        return std::nullopt;
    }
    return Target{s->id, key};
}

void ManyChatService::onResult(qint64 customerId, bool refreshAfter, bool ok, const QString &error)
{
    if (!ok)
        Q_EMIT failed(customerId, error);
    if (ok && refreshAfter)
        refresh(customerId);
}

void ManyChatService::edit(qint64 customerId, const QString &what, std::function<void(const Target &)> call)
{
    QString error;
    const auto t = target(customerId, &error);
    if (!t) {
        Q_EMIT failed(customerId, tr("%1: %2").arg(what, error));
        return;
    }
    call(*t);
}

void ManyChatService::refresh(qint64 customerId)
{
    edit(customerId, tr("ManyChat"), [this, customerId](const Target &t) {
        m_client->getSubscriberInfo(t.key, t.subscriberId,
                                    [this, customerId, id = t.subscriberId](const channels::ManyChatResult &r) {
                                        if (r.ok)
                                            m_store->setManyChatInfo(id, QString::fromUtf8(r.data));
                                        onResult(customerId, false, r.ok, r.error);
                                    });
    });
}

void ManyChatService::addTag(qint64 customerId, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return;
    edit(customerId, tr("Adding tag %1").arg(name), [this, customerId, name](const Target &t) {
        m_client->addTagByName(t.key, t.subscriberId, name, [this, customerId](const channels::ManyChatResult &r) {
            onResult(customerId, true, r.ok, r.error);
        });
    });
}

void ManyChatService::removeTag(qint64 customerId, const QString &tag)
{
    edit(customerId, tr("Removing tag %1").arg(tag), [this, customerId, tag](const Target &t) {
        m_client->removeTagByName(t.key, t.subscriberId, tag, [this, customerId](const channels::ManyChatResult &r) {
            onResult(customerId, true, r.ok, r.error);
        });
    });
}

QByteArray ManyChatService::fieldValue(const QString &valueText)
{
    const QString v = valueText.trimmed();
    if (v == QLatin1String("true") || v == QLatin1String("false"))
        return v.toLatin1();
    bool number = false;
    v.toDouble(&number);
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (number && plainNumber.match(v).hasMatch())
        return v.toLatin1();
    return QByteArray::fromStdString(Json(valueText.toStdString()).dump());
}

void ManyChatService::setField(qint64 customerId, const QString &field, const QString &valueText)
{
    const QString name = field.trimmed();
    if (name.isEmpty())
        return Q_EMIT failed(customerId, tr("A custom field needs a name."));
    edit(customerId, tr("Setting %1").arg(name), [this, customerId, name, valueText](const Target &t) {
        m_client->setCustomFieldByName(
            t.key, t.subscriberId, name, fieldValue(valueText),
            [this, customerId](const channels::ManyChatResult &r) { onResult(customerId, true, r.ok, r.error); });
    });
}

bool ManyChatService::intentTags() const
{
    return m_store->setting(IntentTagsKey) == QLatin1String("on");
}

void ManyChatService::setIntentTags(bool on)
{
    m_store->setSetting(IntentTagsKey, on ? QStringLiteral("on") : QStringLiteral("off"));
}

void ManyChatService::onCustomerMessage(qint64 conversationId, qint64 messageId)
{
    if (!intentTags() || !isAvailable())
        return;
    const auto conversation = m_store->conversation(conversationId);
    const auto message = m_store->message(messageId);
    if (!conversation || !message)
        return;
    const Intent intent = triage(message->body).intent;
    if (intent == Intent::Other)
        return;
    const auto s = subscriber(conversation->customerId);
    const QString tag = toString(intent);
    if (!s || s->tags.contains(tag))
        return;
    addTag(conversation->customerId, tag);
}

} // namespace wasel::app
