#include "DemoSeeder.h"
#include "TemplateCatalog.h"

#include "domain/InboundEvent.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "wasel.app.demo")

namespace wasel::app {

using namespace wasel::models;

namespace {

struct Account {
    ChannelKind channel = ChannelKind::Messenger;
    QString externalId;
    QString name;
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString compactJson(const QJsonValue &value)
{
    return value.isObject() && !value.toObject().isEmpty()
        ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
        : QString();
}

} // namespace

DemoSeedResult seedDemo(Store &store, const QByteArray &json)
{
    DemoSeedResult result;
    QByteArray data = json;
    if (data.isEmpty()) {
        QFile file(QStringLiteral(":/demo/demo.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("the demo data is missing from this build (:/demo/demo.json)");
            return result;
        }
        data = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        result.error = QStringLiteral("the demo data is not valid JSON: %1").arg(parseError.errorString());
        return result;
    }
    if (store.conversationCount({}) > 0) {
        result.error = QStringLiteral("the workspace already has conversations; the demo only seeds an empty one");
        return result;
    }

    const QJsonObject root = doc.object();
    const QJsonObject workspace = root.value(QLatin1String("workspace")).toObject();
    result.workspaceName = str(workspace, "name");
    result.agentName = str(workspace, "agent");
    result.simulator = root.value(QLatin1String("simulator")).toArray();
    result.accounts = root.value(QLatin1String("accounts")).toArray();

    QHash<QString, Account> accounts;
    for (const QJsonValue &v : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto channel = channelKindFromString(str(o, "channel"));
        if (!channel) {
            result.error =
                QStringLiteral("demo account %1 has an unknown channel '%2'").arg(str(o, "key"), str(o, "channel"));
            return result;
        }
        accounts.insert(str(o, "key"), Account{*channel, str(o, "external_id"), str(o, "name")});
        // A WhatsApp number's approved templates, cached as TemplateCatalog would after a fetch, so
        // the template composer can be tried outside the 24-hour window.
        if (const QString waba = str(o, "waba_id"); !waba.isEmpty() && o.value(QLatin1String("templates")).isArray()) {
            const QJsonObject cache{
                {QStringLiteral("fetched_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("templates"), o.value(QLatin1String("templates"))}};
            if (!store.setSetting(TemplateCatalog::cacheKey(waba),
                                  QString::fromUtf8(QJsonDocument(cache).toJson(QJsonDocument::Compact)))) {
                result.error = QStringLiteral("cannot store the demo templates: %1").arg(store.lastError().message);
                return result;
            }
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("canned_responses")).toArray()) {
        const QJsonObject o = v.toObject();
        store.addCannedResponse({0, str(o, "shortcut"), str(o, "title"), str(o, "body")});
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, qint64> customersByRef;
    const QJsonArray conversations = root.value(QLatin1String("conversations")).toArray();
    for (qsizetype ci = 0; ci < conversations.size(); ++ci) {
        const QJsonObject c = conversations.at(ci).toObject();
        const auto account = accounts.constFind(str(c, "account"));
        if (account == accounts.cend()) {
            result.error =
                QStringLiteral("demo conversation %1 names an unknown account '%2'").arg(ci).arg(str(c, "account"));
            return result;
        }
        const QJsonObject customer = c.value(QLatin1String("customer")).toObject();
        const QString ref = str(customer, "ref");
        const QString customerExternalId = str(customer, "external_id");
        // The same person on another channel: link the identity before the first message lands.
        if (!ref.isEmpty() && customersByRef.contains(ref))
            store.addIdentity(customersByRef.value(ref), account->channel, customerExternalId, str(customer, "name"));

        qint64 conversationId = 0;
        const QJsonArray messages = c.value(QLatin1String("messages")).toArray();
        for (qsizetype mi = 0; mi < messages.size(); ++mi) {
            const QJsonObject m = messages.at(mi).toObject();
            InboundEvent e;
            e.channel = account->channel;
            e.accountExternalId = account->externalId;
            e.accountName = account->name;
            e.customerExternalId = customerExternalId;
            e.customerName = str(customer, "name");
            e.customerAvatarUrl = str(customer, "avatar_url");
            e.threadKey = str(c, "thread_key");
            e.contextJson = compactJson(c.value(QLatin1String("context")));
            e.sender = senderKindFromString(str(m, "sender")).value_or(SenderKind::Customer);
            e.direction = e.sender == SenderKind::Customer ? Direction::In : Direction::Out;
            e.senderName = str(m, "sender_name");
            e.kind = messageKindFromString(str(m, "kind")).value_or(MessageKind::Text);
            e.text = str(m, "text");
            e.payloadJson = compactJson(m.value(QLatin1String("payload")));
            e.externalMessageId = QStringLiteral("demo.%1.%2").arg(ci).arg(mi);
            e.timestamp = now.addSecs(-qint64(m.value(QLatin1String("minutes_ago")).toDouble() * 60));
            e.status = messageStatusFromString(str(m, "status")).value_or(MessageStatus::Received);
            e.statusReason = str(m, "status_reason");
            // A staff reply means someone read what came before it (as InboxActions does when staff
            // send), so "unread" counts only the customer's messages after the last staff reply.
            if (e.sender == SenderKind::Agent && conversationId)
                store.markRead(conversationId);
            for (const QJsonValue &av : m.value(QLatin1String("attachments")).toArray()) {
                const QJsonObject a = av.toObject();
                Attachment attachment;
                attachment.kind = messageKindFromString(str(a, "kind")).value_or(MessageKind::File);
                attachment.url = str(a, "url");
                attachment.mimeType = str(a, "mime_type");
                attachment.fileName = str(a, "file_name");
                e.attachments.append(attachment);
            }
            const Store::ApplyResult applied = store.apply(e);
            if (!applied.ok) {
                result.error =
                    QStringLiteral("demo conversation %1, message %2: %3").arg(ci).arg(mi).arg(applied.error);
                return result;
            }
            conversationId = applied.conversationId;
            ++result.messages;
            // What happened to the message afterwards: the customer's reaction, or taking it back.
            if (const QString emoji = str(m, "reaction"); !emoji.isEmpty()) {
                InboundEvent reaction = e;
                reaction.type = InboundEvent::Type::Reaction;
                reaction.replyToExternalId = e.externalMessageId;
                reaction.externalMessageId += QLatin1String(".reaction");
                reaction.text = emoji;
                store.apply(reaction);
            }
            if (m.value(QLatin1String("unsent")).toBool()) {
                InboundEvent unsent = e;
                unsent.type = InboundEvent::Type::Unsent;
                store.apply(unsent);
            }
        }
        if (!conversationId)
            continue;
        ++result.conversations;
        if (!ref.isEmpty() && !customersByRef.contains(ref)) {
            if (const auto conv = store.conversation(conversationId))
                customersByRef.insert(ref, conv->customerId);
        }

        const auto status = conversationStatusFromString(str(c, "status")).value_or(ConversationStatus::Open);
        const int snoozeMinutes = c.value(QLatin1String("snooze_minutes")).toInt(60);
        store.setStatus(conversationId, status,
                        status == ConversationStatus::Snoozed ? now.addSecs(qint64(std::max(1, snoozeMinutes)) * 60)
                                                              : QDateTime());
        const QString assignee = str(c, "assignee");
        store.setAssignee(conversationId, assignee);
        const QString priority = str(c, "priority");
        const Priority p = priority == QLatin1String("urgent") ? Priority::Urgent
            : priority == QLatin1String("high")                ? Priority::High
            : priority == QLatin1String("normal")              ? Priority::Normal
            : priority == QLatin1String("low")                 ? Priority::Low
                                                               : Priority::None;
        store.setPriority(conversationId, p);
        const AiMode mode = aiModeFromString(str(c, "ai_mode")).value_or(AiMode::Auto);
        store.setAiMode(conversationId, mode);
        // The AI handed over and nobody has picked it up yet.
        if (mode == AiMode::Off && assignee.isEmpty() && status == ConversationStatus::Open)
            store.setNeedsHuman(conversationId, true);
        for (const QJsonValue &label : c.value(QLatin1String("labels")).toArray())
            store.addLabel(conversationId, label.toString());
        for (const QJsonValue &nv : c.value(QLatin1String("notes")).toArray()) {
            const QJsonObject n = nv.toObject();
            store.addNote(conversationId, str(n, "author"), str(n, "body"));
        }
        if (!c.value(QLatin1String("unread")).toBool())
            store.markRead(conversationId);
    }
    qCInfo(lcDemo) << "seeded the demo workspace:" << result.conversations << "conversations," << result.messages
                   << "messages";
    result.ok = true;
    return result;
}

} // namespace wasel::app
