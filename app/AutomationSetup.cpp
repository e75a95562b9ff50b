#include "AutomationSetup.h"

#include "store/Store.h"

#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace wasel::app {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

AutomationSetup::AutomationSetup(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QList<AutomationSetup::Rule> AutomationSetup::rules() const
{
    QList<Rule> out;
    for (const models::RoutingRuleRecord &record : m_store->routingRules()) {
        Rule r;
        r.id = record.id;
        r.enabled = record.enabled;
        QString problem;
        if (auto rule = RoutingRule::fromJson(record.name, record.definitionJson, &problem)) {
            r.rule = *rule;
        } else {
            r.rule.name = record.name;
            r.problem = problem;
        }
        out.append(r);
    }
    return out;
}

QString AutomationSetup::validate(qint64 id, const RoutingRule &rule) const
{
    const QString name = rule.name.trimmed();
    if (name.isEmpty())
        return tr("The rule needs a name.");
    for (const models::RoutingRuleRecord &other : m_store->routingRules())
        if (other.id != id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("Another rule is already called \"%1\".").arg(name);
    if (!rule.hasAction())
        return tr("The rule does nothing: choose at least one action.");
    for (const QString &keyword : rule.keywords)
        if (keyword.trimmed().isEmpty())
            return tr("A keyword is empty; separate keywords with commas.");
    if (!rule.canned.isEmpty() && !cannedShortcuts().contains(rule.canned))
        return tr("There is no canned reply \"%1\".").arg(rule.canned);
    QString problem;
    if (!RoutingRule::fromJson(name, rule.toJson(), &problem))
        return problem; // what the router would refuse
    return {};
}

qint64 AutomationSetup::saveRule(qint64 id, const RoutingRule &rule, bool enabled, QString *error)
{
    if (const QString problem = validate(id, rule); !problem.isEmpty()) {
        fail(error, problem);
        return 0;
    }
    models::RoutingRuleRecord record;
    record.id = id;
    record.name = rule.name.trimmed();
    record.enabled = enabled;
    record.definitionJson = rule.toJson();
    const qint64 saved = m_store->saveRoutingRule(record);
    if (!saved)
        fail(error, tr("The rule cannot be saved: %1").arg(m_store->lastError().message));
    return saved;
}

bool AutomationSetup::removeRule(qint64 id, QString *error)
{
    return m_store->removeRoutingRule(id)
        || fail(error, tr("The rule cannot be removed: %1").arg(m_store->lastError().message));
}

bool AutomationSetup::moveRule(qint64 id, int position, QString *error)
{
    return m_store->moveRoutingRule(id, position)
        || fail(error, tr("The rules cannot be reordered: %1").arg(m_store->lastError().message));
}

BusinessHours AutomationSetup::businessHours(QString *problem) const
{
    const QString json = m_store->setting(QStringLiteral("business_hours"));
    if (json.isEmpty())
        return {};
    QString error;
    const auto hours = BusinessHours::fromJson(json, &error);
    if (!hours && problem)
        *problem = error;
    return hours.value_or(BusinessHours{});
}

bool AutomationSetup::saveBusinessHours(const BusinessHours &hours, QString *error)
{
    QString problem;
    if (!BusinessHours::fromJson(hours.toJson(), &problem))
        return fail(error, problem);
    if (hours.open == hours.close)
        return fail(error, tr("Opening and closing time are the same."));
    return m_store->setSetting(QStringLiteral("business_hours"), hours.toJson())
        || fail(error, tr("The business hours cannot be saved: %1").arg(m_store->lastError().message));
}

QStringList AutomationSetup::cannedShortcuts() const
{
    QStringList out;
    for (const models::CannedResponse &r : m_store->cannedResponses())
        out.append(r.shortcut);
    return out;
}

QList<models::KnowledgeItem> AutomationSetup::knowledge() const
{
    return m_store->knowledgeItems();
}

qint64 AutomationSetup::saveKnowledge(const models::KnowledgeItem &item, QString *error)
{
    if (item.name.trimmed().isEmpty()) {
        fail(error,
             item.kind == models::KnowledgeItem::Kind::Faq ? tr("The question is missing.")
                                                           : tr("The product needs a name."));
        return 0;
    }
    if (item.price && (!std::isfinite(*item.price) || *item.price < 0)) {
        fail(error, tr("The price must be a number of zero or more."));
        return 0;
    }
    if (item.stock && *item.stock < 0) {
        fail(error, tr("The stock cannot be negative."));
        return 0;
    }
    if (item.kind == models::KnowledgeItem::Kind::Faq && item.description.trimmed().isEmpty()) {
        fail(error, tr("The answer is missing: the AI would have nothing to say."));
        return 0;
    }
    const qint64 id = m_store->saveKnowledgeItem(item);
    if (!id)
        fail(error, tr("It cannot be saved: %1").arg(m_store->lastError().message));
    return id;
}

bool AutomationSetup::removeKnowledge(qint64 id, QString *error)
{
    return m_store->removeKnowledgeItem(id)
        || fail(error, tr("It cannot be removed: %1").arg(m_store->lastError().message));
}

CsvImportResult AutomationSetup::importCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportResult r;
        r.errors.append(tr("%1 cannot be opened: %2").arg(path, file.errorString()));
        return r;
    }
    return importKnowledgeCsv(*m_store, file);
}

bool AutomationSetup::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path); // a half-written spreadsheet never replaces a good one
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    QString problem;
    if (!exportKnowledgeCsv(*m_store, file, &problem)) {
        file.cancelWriting();
        return fail(error, problem);
    }
    return file.commit() || fail(error, tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

} // namespace wasel::app
