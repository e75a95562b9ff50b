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

namespace {

QString recentKey(const QString &sender)
{
    return QStringLiteral("twilio_templates/") + sender;
}

} // namespace

bool InboxActions::usesContentTemplates(qint64 conversationId) const
{
    const auto address = m_store->conversationAddress(conversationId);
    return address && address->channel == ChannelKind::TwilioWhatsApp;
}

QStringList InboxActions::recentContentTemplates(qint64 conversationId) const
{
    const auto address = m_store->conversationAddress(conversationId);
    if (!address || address->channel != ChannelKind::TwilioWhatsApp)
        return {};
    QStringList sids;
    const QJsonArray stored =
        QJsonDocument::fromJson(m_store->setting(recentKey(address->accountExternalId)).toUtf8()).array();
    for (const QJsonValue &v : stored)
        if (isContentSid(v.toString()))
            sids.append(v.toString());
    return sids;
}

bool InboxActions::isContentSid(const QString &sid)
{
    if (sid.size() != 34 || !sid.startsWith(QLatin1String("HX")))
        return false;
    return std::all_of(sid.cbegin() + 2, sid.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

qint64 InboxActions::sendContentTemplate(qint64 conversationId, const QString &sid, const QStringList &values)
{
    const auto address = m_store->conversationAddress(conversationId);
    if (!address || address->channel != ChannelKind::TwilioWhatsApp) {
        Q_EMIT failed(tr("Content templates are sent through Twilio; this is not a Twilio WhatsApp conversation."));
        return 0;
    }
    const QString trimmed = sid.trimmed();
    if (!isContentSid(trimmed)) {
        Q_EMIT failed(tr("\"%1\" is not a content template SID: it starts with HX and has 32 more letters and "
                         "digits (Twilio Console, Content Template Builder).")
                          .arg(trimmed));
        return 0;
    }
    // ContentVariables: {"1": "…", "2": "…"}, the placeholders' numbers as keys.
    QJsonObject variables;
    QStringList shown;
    for (qsizetype i = 0; i < values.size(); ++i) {
        variables.insert(QString::number(i + 1), values.at(i));
        shown.append(QStringLiteral("{{%1}} %2").arg(i + 1).arg(values.at(i)));
    }
    QJsonObject tpl{{QStringLiteral("content_sid"), trimmed}};
    if (!variables.isEmpty())
        tpl.insert(QStringLiteral("variables"), variables);
    const QString text = shown.isEmpty() ? tr("Template %1").arg(trimmed)
                                         : tr("Template %1: %2").arg(trimmed, shown.join(QStringLiteral(" · ")));
    const qint64 id =
        queue(conversationId,
              OutboundContent{
                  text,
                  QString::fromUtf8(
                      QJsonDocument(QJsonObject{{QStringLiteral("template"), tpl}}).toJson(QJsonDocument::Compact)),
                  {},
                  {}});
    if (id) {
        QStringList recent = recentContentTemplates(conversationId);
        recent.removeAll(trimmed);
        recent.prepend(trimmed);
        m_store->setSetting(
            recentKey(address->accountExternalId),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(recent.mid(0, 10))).toJson(QJsonDocument::Compact)));
    }
    return id;
}

} // namespace wasel::app
