#include "Router.h"

#include "domain/TextSearch.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QTimeZone>
#include <QUuid>

namespace wasel::app {

using Json = nlohmann::json;

std::optional<Intent> intentFromString(const QString &name)
{
    for (Intent i : {Intent::PriceInquiry, Intent::PurchaseIntent, Intent::OrderStatus, Intent::Complaint,
                     Intent::PositiveFeedback, Intent::HumanRequested, Intent::Greeting, Intent::Other}) {
        if (toString(i) == name)
            return i;
    }
    return std::nullopt;
}

QString priorityName(models::Priority priority)
{
    switch (priority) {
    case models::Priority::Low:
        return QStringLiteral("low");
    case models::Priority::Normal:
        return QStringLiteral("normal");
    case models::Priority::High:
        return QStringLiteral("high");
    case models::Priority::Urgent:
        return QStringLiteral("urgent");
    case models::Priority::None:
        break;
    }
    return {};
}

namespace {

std::optional<models::Priority> priorityFromString(const QString &name)
{
    if (name == QLatin1String("low"))
        return models::Priority::Low;
    if (name == QLatin1String("normal"))
        return models::Priority::Normal;
    if (name == QLatin1String("high"))
        return models::Priority::High;
    if (name == QLatin1String("urgent"))
        return models::Priority::Urgent;
    return std::nullopt;
}

QString str(const Json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()).trimmed() : QString();
}

// A JSON array of strings (or a single string) as a list; false if it is something else.
bool strings(const Json &parent, const char *key, QStringList *out)
{
    if (!parent.contains(key))
        return true;
    const Json &v = parent[key];
    if (v.is_string()) {
        out->append(str(v));
        return true;
    }
    if (!v.is_array())
        return false;
    for (const Json &item : v) {
        if (!item.is_string())
            return false;
        out->append(str(item));
    }
    return true;
}

Json parseJson(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

} // namespace

bool BusinessHours::contains(const QDateTime &utc) const
{
    const QTimeZone zone(timezone.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
    const int day = local.date().dayOfWeek() % 7; // Qt: Monday 1 … Sunday 7 → Sunday 0
    if (!days.contains(day))
        return false;
    const QTime t = local.time();
    return open <= close ? (t >= open && t < close) : (t >= open || t < close); // overnight hours
}

std::optional<BusinessHours> BusinessHours::fromJson(const QString &json, QString *error)
{
    const Json j = parseJson(json);
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return std::nullopt;
    };
    if (!j.is_object())
        return fail(QStringLiteral("business hours: expected a JSON object"));
    BusinessHours h;
    if (j.contains("timezone")) {
        h.timezone = str(j["timezone"]);
        if (!QTimeZone(h.timezone.toUtf8()).isValid())
            return fail(QStringLiteral("business hours: unknown time zone \"%1\"").arg(h.timezone));
    }
    if (j.contains("days")) {
        if (!j["days"].is_array())
            return fail(QStringLiteral("business hours: days must be a list of 0 (Sunday) … 6 (Saturday)"));
        h.days.clear();
        for (const Json &d : j["days"]) {
            if (!d.is_number_integer() || d.get<int>() < 0 || d.get<int>() > 6)
                return fail(QStringLiteral("business hours: days must be a list of 0 (Sunday) … 6 (Saturday)"));
            h.days.append(d.get<int>());
        }
    }
    for (const char *key : {"open", "close"}) {
        if (!j.contains(key))
            continue;
        const QTime t = QTime::fromString(str(j[key]), QStringLiteral("HH:mm"));
        if (!t.isValid())
            return fail(QStringLiteral("business hours: %1 must be HH:mm").arg(QLatin1String(key)));
        (qstrcmp(key, "open") == 0 ? h.open : h.close) = t;
    }
    return h;
}

QString BusinessHours::toJson() const
{
    Json days_ = Json::array();
    for (int d : days)
        days_.push_back(d);
    const Json j = {{"timezone", timezone.toStdString()},
                    {"days", days_},
                    {"open", open.toString(QStringLiteral("HH:mm")).toStdString()},
                    {"close", close.toString(QStringLiteral("HH:mm")).toStdString()}};
    return QString::fromStdString(j.dump());
}

std::optional<RoutingRule> RoutingRule::fromJson(const QString &name, const QString &json, QString *error)
{
    auto fail = [error, &name](const QString &m) {
        if (error)
            *error = QStringLiteral("rule \"%1\": %2").arg(name, m);
        return std::nullopt;
    };
    const Json j = parseJson(json);
    if (!j.is_object())
        return fail(QStringLiteral("not a JSON object"));
    RoutingRule rule;
    rule.name = name;
    const Json when = j.value("when", Json::object());
    const Json then = j.value("then", Json::object());
    if (!when.is_object() || !then.is_object())
        return fail(QStringLiteral("\"when\" and \"then\" must be objects"));

    QStringList channels, intents;
    if (!strings(when, "channels", &channels) || !strings(when, "intents", &intents)
        || !strings(when, "keywords", &rule.keywords) || !strings(when, "labels", &rule.labels))
        return fail(QStringLiteral("conditions must be lists of text"));
    for (const QString &c : channels) {
        const auto kind = models::channelKindFromString(c);
        if (!kind)
            return fail(QStringLiteral("unknown channel \"%1\"").arg(c));
        rule.channels.append(*kind);
    }
    for (const QString &i : intents) {
        const auto intent = intentFromString(i);
        if (!intent)
            return fail(QStringLiteral("unknown intent \"%1\"").arg(i));
        rule.intents.append(*intent);
    }
    rule.hours = str(when.value("hours", Json()));
    if (!rule.hours.isEmpty() && rule.hours != QLatin1String("inside") && rule.hours != QLatin1String("outside"))
        return fail(QStringLiteral("hours must be \"inside\" or \"outside\""));

    rule.assign = str(then.value("assign", Json()));
    if (then.contains("priority")) {
        rule.priority = priorityFromString(str(then["priority"]));
        if (!rule.priority)
            return fail(QStringLiteral("priority must be low, normal, high or urgent"));
    }
    rule.label = str(then.value("label", Json()));
    if (then.contains("ai_mode")) {
        rule.aiMode = models::aiModeFromString(str(then["ai_mode"]));
        if (!rule.aiMode)
            return fail(QStringLiteral("ai_mode must be auto, draft or off"));
    }
    rule.canned = str(then.value("canned", Json()));
    rule.handover = then.value("handover", false) == true;
    rule.stop = j.value("stop", false) == true;
    return rule;
}

QString RoutingRule::toJson() const
{
    auto list = [](const QStringList &items) {
        Json a = Json::array();
        for (const QString &item : items)
            a.push_back(item.toStdString());
        return a;
    };
    Json when = Json::object();
    if (!channels.isEmpty()) {
        QStringList names;
        for (models::ChannelKind c : channels)
            names.append(models::toString(c));
        when["channels"] = list(names);
    }
    if (!intents.isEmpty()) {
        QStringList names;
        for (Intent i : intents)
            names.append(toString(i));
        when["intents"] = list(names);
    }
    if (!keywords.isEmpty())
        when["keywords"] = list(keywords);
    if (!labels.isEmpty())
        when["labels"] = list(labels);
    if (!hours.isEmpty())
        when["hours"] = hours.toStdString();
    Json then = Json::object();
    if (!assign.isEmpty())
        then["assign"] = assign.toStdString();
    if (priority)
        then["priority"] = priorityName(*priority).toStdString();
    if (!label.isEmpty())
        then["label"] = label.toStdString();
    if (aiMode)
        then["ai_mode"] = models::toString(*aiMode).toStdString();
    if (!canned.isEmpty())
        then["canned"] = canned.toStdString();
    if (handover)
        then["handover"] = true;
    Json j = {{"when", when}, {"then", then}};
    if (stop)
        j["stop"] = true;
    return QString::fromStdString(j.dump());
}

Router::Router(models::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    reload();
    connect(m_store, &models::Store::routingRulesChanged, this, [this] { reload(); });
    connect(m_store, &models::Store::settingChanged, this, [this](const QString &key) {
        if (key == QLatin1String("business_hours"))
            reload();
    });
}

QStringList Router::reload()
{
    QStringList problems;
    m_rules.clear();
    for (const models::RoutingRuleRecord &record : m_store->routingRules()) {
        if (!record.enabled)
            continue;
        QString error;
        if (auto rule = RoutingRule::fromJson(record.name, record.definitionJson, &error))
            m_rules.append(*rule);
        else
            problems.append(error);
    }
    m_hours.reset();
    const QString hours = m_store->setting(QStringLiteral("business_hours"));
    if (!hours.isEmpty()) {
        QString error;
        m_hours = BusinessHours::fromJson(hours, &error);
        if (!m_hours)
            problems.append(error);
    }
    return problems;
}

bool Router::matches(const RoutingRule &rule, const RoutingContext &c) const
{
    if (!rule.channels.isEmpty() && !rule.channels.contains(c.channel))
        return false;
    if (!rule.intents.isEmpty() && !rule.intents.contains(c.triage.intent))
        return false;
    if (!rule.labels.isEmpty() && std::none_of(rule.labels.begin(), rule.labels.end(), [&c](const QString &l) {
            return c.labels.contains(l);
        }))
        return false;
    if (!rule.keywords.isEmpty()) {
        // Same preparation as search: harakat, letter variants and case do not matter.
        const QString text = u' ' + models::search::indexText(c.text) + u' ';
        QString compact = models::search::normalize(c.text);
        compact.remove(u' ');
        const bool any = std::any_of(rule.keywords.begin(), rule.keywords.end(), [&](const QString &k) {
            // Thai has no spaces: a Thai keyword is found anywhere; others as whole words.
            const bool thai = std::any_of(k.begin(), k.end(),
                                          [](QChar ch) { return ch.unicode() >= 0x0E00 && ch.unicode() <= 0x0E7F; });
            if (thai)
                return compact.contains(models::search::normalize(k).remove(u' '));
            const QString word = models::search::indexText(k);
            return !word.isEmpty() && text.contains(u' ' + word + u' ');
        });
        if (!any)
            return false;
    }
    if (!rule.hours.isEmpty()) {
        const bool inside = m_hours ? m_hours->contains(c.now) : true;
        if ((rule.hours == QLatin1String("inside")) != inside)
            return false;
    }
    return true;
}

QStringList Router::evaluate(const RoutingContext &context) const
{
    QStringList fired;
    for (const RoutingRule &rule : m_rules) {
        if (!matches(rule, context))
            continue;
        fired.append(rule.name);
        if (rule.stop)
            break;
    }
    return fired;
}

void Router::apply(qint64 conversationId, const RoutingRule &rule)
{
    if (!rule.assign.isEmpty())
        m_store->setAssignee(conversationId, rule.assign);
    if (rule.priority)
        m_store->setPriority(conversationId, *rule.priority);
    if (!rule.label.isEmpty())
        m_store->addLabel(conversationId, rule.label);
    if (rule.aiMode)
        m_store->setAiMode(conversationId, *rule.aiMode);
    if (!rule.canned.isEmpty()) {
        const auto canned = m_store->cannedResponses();
        const auto it = std::find_if(canned.begin(), canned.end(),
                                     [&rule](const models::CannedResponse &r) { return r.shortcut == rule.canned; });
        if (it != canned.end())
            m_store->enqueueOutbound(conversationId, it->body, models::SenderKind::System, rule.name,
                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    if (rule.handover) {
        const QString reason = tr("routing rule \"%1\"").arg(rule.name);
        if (m_handover)
            return m_handover(conversationId, reason);
        m_store->setNeedsHuman(conversationId, true);
        m_store->addNote(conversationId, rule.name, tr("Routing rule \"%1\" asked for a person.").arg(rule.name));
        Q_EMIT handoverRequested(conversationId, reason);
    }
}

void Router::onMessage(qint64 conversationId, qint64 messageId)
{
    if (m_rules.isEmpty())
        return;
    const auto message = m_store->message(messageId);
    if (!message || message->direction != models::Direction::In || message->sender != models::SenderKind::Customer)
        return;
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation)
        return;
    const RoutingContext context{conversation->channel, message->body, triage(message->body), conversation->labels,
                                 QDateTime::currentDateTimeUtc()};
    for (const RoutingRule &rule : m_rules) {
        if (!matches(rule, context))
            continue;
        apply(conversationId, rule);
        if (rule.stop)
            break;
    }
}

} // namespace wasel::app
