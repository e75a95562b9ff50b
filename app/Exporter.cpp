#include "Exporter.h"

#include "store/Store.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wasel::app {

using namespace wasel::models;

namespace {

QString csvField(const QString &value)
{
    // RFC 4180: quote fields with separators, quotes or line breaks; double the quotes.
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

struct CustomerInfo {
    qint64 id = 0;
    QString name;
    QList<Identity> identities;
};

} // namespace

ExportResult exportMessages(const Store &store, ExportFormat format, QIODevice &out)
{
    ExportResult result;
    // All conversations, in a stable order (by id), through the store's paged query.
    QList<Conversation> conversations;
    ConversationQuery page;
    page.limit = 500;
    for (;;) {
        const QList<Conversation> rows = store.conversations(page);
        conversations += rows;
        if (rows.size() < page.limit)
            break;
        page.after = std::make_pair(rows.last().lastActivityAt, rows.last().id);
    }
    std::sort(conversations.begin(), conversations.end(),
              [](const Conversation &a, const Conversation &b) { return a.id < b.id; });

    if (format == ExportFormat::Csv) {
        out.write("conversation,channel,customer_id,customer_name,customer_identities,direction,sender,ai_draft,"
                  "kind,text,external_id,status,created_at\r\n");
    }

    QHash<qint64, CustomerInfo> customers;
    for (const Conversation &c : conversations) {
        if (!customers.contains(c.customerId)) {
            const auto customer = store.customer(c.customerId);
            customers.insert(
                c.customerId,
                {c.customerId, customer ? customer->displayName : QString(), store.identities(c.customerId)});
        }
        const CustomerInfo &customer = customers[c.customerId];

        // Messages page backwards from the newest; gather the conversation, then write it in order.
        QList<Message> messages;
        qint64 before = 0;
        for (;;) {
            const QList<Message> older = store.messages(c.id, before, 500);
            messages = older + messages;
            if (older.size() < 500)
                break;
            before = older.first().id;
        }

        for (const Message &m : messages) {
            const QString createdAt = m.createdAt.toUTC().toString(Qt::ISODateWithMs);
            QByteArray line;
            if (format == ExportFormat::JsonLines) {
                QJsonArray identities;
                for (const Identity &i : customer.identities)
                    identities.append(QJsonObject{{QStringLiteral("channel"), toString(i.channel)},
                                                  {QStringLiteral("external_id"), i.externalId}});
                const QJsonObject row{
                    {QStringLiteral("conversation"), c.id},
                    {QStringLiteral("channel"), toString(c.channel)},
                    {QStringLiteral("customer"),
                     QJsonObject{{QStringLiteral("id"), customer.id},
                                 {QStringLiteral("name"), customer.name},
                                 {QStringLiteral("identities"), identities}}},
                    {QStringLiteral("direction"), toString(m.direction)},
                    {QStringLiteral("sender"), toString(m.sender)},
                    {QStringLiteral("ai_draft"), m.aiDraft == AiDraft::None ? QJsonValue() : toString(m.aiDraft)},
                    {QStringLiteral("kind"), toString(m.kind)},
                    {QStringLiteral("text"), m.body},
                    {QStringLiteral("external_id"), m.externalId.isEmpty() ? QJsonValue() : QJsonValue(m.externalId)},
                    {QStringLiteral("status"), toString(m.status)},
                    {QStringLiteral("created_at"), createdAt},
                };
                line = QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
            } else {
                QStringList identities;
                for (const Identity &i : customer.identities)
                    identities.append(toString(i.channel) + u':' + i.externalId);
                const QStringList fields{
                    QString::number(c.id),
                    toString(c.channel),
                    QString::number(customer.id),
                    customer.name,
                    identities.join(u' '),
                    toString(m.direction),
                    toString(m.sender),
                    toString(m.aiDraft),
                    toString(m.kind),
                    m.body,
                    m.externalId,
                    toString(m.status),
                    createdAt,
                };
                QStringList escaped;
                for (const QString &f : fields)
                    escaped.append(csvField(f));
                line = escaped.join(u',').toUtf8() + "\r\n";
            }
            if (out.write(line) != line.size()) {
                result.error = QStringLiteral("cannot write the export: %1").arg(out.errorString());
                return result;
            }
            ++result.messages;
        }
    }
    result.ok = true;
    return result;
}

} // namespace wasel::app
