#pragma once

// ManyChat beside the conversation (issue 9): the customer's ManyChat subscriber — linked to their
// Messenger or Instagram identity — with its name, tags and custom fields from getInfo, edited from
// Wasel (addTagByName, removeTagByName, setCustomFieldByName), and the log of every ManyChat call
// made for them. When the merchant turns it on, a customer message's intent (Triage) becomes a
// ManyChat tag of the same name (price_inquiry, purchase_intent, …).
//
// Works through Delivery's ManyChat client once a ManyChat account is configured; before that
// every call fails with a sentence saying so. ui/ uses this header: it names no channels/ type
// beyond a forward declaration.

#include "store/Store.h"

#include <QObject>

#include <functional>
#include <optional>

namespace wasel::channels {
class ManyChatClient;
}

namespace wasel::app {

class ManyChatService : public QObject
{
    Q_OBJECT

public:
    struct Field {
        QString name;
        QString value; // as JSON text: 0.75, "Basra", true; empty when unset
    };
    struct Subscriber {
        QString id;
        QString name;
        QStringList tags;
        QList<Field> fields;
        QDateTime fetchedAt; // invalid: never fetched
        QString liveChatUrl;
    };

    explicit ManyChatService(models::Store *store, QObject *parent = nullptr);
    ~ManyChatService() override;

    using KeyLookup = std::function<QString(const QString &pageId)>;
    // Delivery hands over its client, the key of each ManyChat page and the configured page ids;
    // nullptr detaches (no ManyChat account any more).
    void attach(channels::ManyChatClient *client, KeyLookup keys, const QStringList &pageIds);
    bool isAvailable() const;

    // The customer's ManyChat subscriber with what the last getInfo brought; nullopt when not linked.
    std::optional<Subscriber> subscriber(qint64 customerId) const;
    QList<models::ManyChatLogEntry> log(qint64 customerId, int limit = 100) const;

    // Links a subscriber id (digits) to the customer, merging the customer Wasel had for it (an
    // External Request), then refreshes. False with *error when the id or the merge is refused.
    bool link(qint64 customerId, const QString &subscriberId, QString *error);
    void refresh(qint64 customerId);
    void addTag(qint64 customerId, const QString &tag);
    void removeTag(qint64 customerId, const QString &tag);
    // valueText as typed: a number, true/false, YYYY-MM-DD or text (sent as a JSON string).
    void setField(qint64 customerId, const QString &field, const QString &valueText);

    // Workspace setting manychat/intent_tags ("on"): intents become ManyChat tags.
    bool intentTags() const;
    void setIntentTags(bool on);
    // A customer message was stored: its intent becomes a tag when intentTags() is on and the
    // customer has a ManyChat subscriber that lacks it.
    void onCustomerMessage(qint64 conversationId, qint64 messageId);

    // A JSON value for setCustomFieldByName from what staff typed (ManyChat's value typing).
    static QByteArray fieldValue(const QString &valueText);

Q_SIGNALS:
    void changed(qint64 customerId); // subscriber info or log
    void failed(qint64 customerId, const QString &error);

private:
    struct Target {
        QString subscriberId;
        QString key;
    };
    std::optional<Target> target(qint64 customerId, QString *error) const;
    void edit(qint64 customerId, const QString &what, std::function<void(const Target &)> call);
    void onResult(qint64 customerId, bool refreshAfter, bool ok, const QString &error);

    models::Store *m_store;
    channels::ManyChatClient *m_client = nullptr;
    KeyLookup m_keys;
    QStringList m_pages;
};

} // namespace wasel::app
