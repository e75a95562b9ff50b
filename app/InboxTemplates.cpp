// InboxActions' WhatsApp templates: what the composer offers once the 24-hour window has closed
// (API_CONTRACTS.md §2.2), and sending one through the outbox like any reply.

#include "InboxActions.h"
#include "Triage.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wasel::app {

using namespace wasel::models;

namespace {

// The language of what the customer wrote last: the templates in it are the ones staff want.
QString customerLanguage(const Store &store, qint64 conversationId)
{
    const QList<Message> recent = store.messages(conversationId, 0, 20);
    for (auto it = recent.crbegin(); it != recent.crend(); ++it)
        if (it->direction == Direction::In && !it->body.trimmed().isEmpty())
            return detectLanguage(it->body);
    return {};
}

} // namespace

void InboxActions::setTemplateCatalog(TemplateCatalog *catalog)
{
    if (m_templates)
        disconnect(m_templates, nullptr, this, nullptr);
    m_templates = catalog;
    if (m_templates)
        connect(m_templates, &TemplateCatalog::refreshed, this,
                [this](const QString &, bool ok, const QString &error) { Q_EMIT templatesRefreshed(ok, error); });
}

QString InboxActions::wabaOf(qint64 conversationId) const
{
    const auto address = m_store->conversationAddress(conversationId);
    if (!m_templates || !address || address->channel != ChannelKind::WhatsApp)
        return {};
    return m_templates->wabaOf(address->accountExternalId);
}

QList<MessageTemplate> InboxActions::templatesFor(qint64 conversationId) const
{
    const QString waba = wabaOf(conversationId);
    if (waba.isEmpty())
        return {};
    return m_templates->templates(waba, customerLanguage(*m_store, conversationId));
}

void InboxActions::refreshTemplates(qint64 conversationId, bool force)
{
    if (const QString waba = wabaOf(conversationId); !waba.isEmpty())
        m_templates->refresh(waba, force);
}

qint64 InboxActions::sendTemplate(qint64 conversationId, const QString &name, const QString &language,
                                  const QStringList &variables)
{
    const QString waba = wabaOf(conversationId);
    const QList<MessageTemplate> known = waba.isEmpty() ? QList<MessageTemplate>() : m_templates->templates(waba);
    const auto chosen = std::find_if(known.cbegin(), known.cend(), [&](const MessageTemplate &t) {
        return t.name == name && t.language == language;
    });
    if (chosen == known.cend()) {
        Q_EMIT failed(tr("The template %1 (%2) is not among this number's approved templates.").arg(name, language));
        return 0;
    }
    const QJsonObject payload{{QStringLiteral("template"),
                               QJsonObject{{QStringLiteral("name"), name},
                                           {QStringLiteral("language"), language},
                                           {QStringLiteral("variables"), QJsonArray::fromStringList(variables)}}}};
    return queue(conversationId,
                 OutboundContent{chosen->filled(variables),
                                 QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                                 {},
                                 {}});
}

} // namespace wasel::app
