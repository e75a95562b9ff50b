#pragma once

// Routing rules: ordered, edited by staff, run on every new customer message before the AI.
// A rule's definition (stored as JSON):
//   {"when": {"channels": ["instagram", …], "intents": ["complaint", …], "keywords": ["refund", "ارجاع"],
//             "labels": ["vip"], "hours": "inside" | "outside"},
//    "then": {"assign": "Noor", "priority": "low|normal|high|urgent", "label": "urgent",
//             "ai_mode": "auto|draft|off", "canned": "<shortcut>", "handover": true},
//    "stop": true}
// Every condition given must hold (keywords: any one of them); a rule with no condition always
// fires. "stop" ends the run after this rule. Business hours are a workspace setting:
//   {"timezone": "Asia/Baghdad", "days": [0, 1, 2, 3, 4, 6], "open": "10:00", "close": "22:00"}
// (days: 0 = Sunday … 6 = Saturday).

#include "Triage.h"
#include "domain/Types.h"

#include <QDateTime>
#include <QObject>
#include <QTime>

#include <functional>
#include <optional>

namespace wasel::models {
class Store;
}

namespace wasel::app {

struct BusinessHours {
    QString timezone = QStringLiteral("UTC");
    QList<int> days{0, 1, 2, 3, 4, 5, 6};
    QTime open{0, 0};
    QTime close{23, 59, 59};

    bool contains(const QDateTime &utc) const;
    static std::optional<BusinessHours> fromJson(const QString &json, QString *error);
    QString toJson() const;
};

struct RoutingRule {
    QString name;
    // conditions
    QList<models::ChannelKind> channels;
    QList<Intent> intents;
    QStringList keywords;
    QStringList labels;
    QString hours; // "", inside, outside
    // actions
    QString assign;
    std::optional<models::Priority> priority;
    QString label;
    std::optional<models::AiMode> aiMode;
    QString canned;
    bool handover = false;
    bool stop = false;

    static std::optional<RoutingRule> fromJson(const QString &name, const QString &json, QString *error);
    // The definition as stored (the name is kept beside it); fromJson(toJson()) gives the rule back.
    QString toJson() const;
    // Whether it does anything when it fires.
    bool hasAction() const
    {
        return !assign.isEmpty() || priority || !label.isEmpty() || aiMode || !canned.isEmpty() || handover;
    }
};

std::optional<Intent> intentFromString(const QString &name);
QString priorityName(models::Priority priority); // low, normal, high, urgent (none: "")

struct RoutingContext {
    models::ChannelKind channel = models::ChannelKind::Messenger;
    QString text;
    Triage triage;
    QStringList labels;
    QDateTime now;
};

class Router : public QObject
{
    Q_OBJECT

public:
    explicit Router(models::Store *store, QObject *parent = nullptr);

    // Loads the enabled rules and business hours from the store; returns the problems found
    // ("rule "VIP": unknown intent "vipp""). Rules with problems are skipped, the rest run.
    QStringList reload();
    // The names of the rules that fire for a context, in order (stop honoured). No side effects.
    QStringList evaluate(const RoutingContext &context) const;
    // Runs the rules for one stored customer message and applies their actions.
    void onMessage(qint64 conversationId, qint64 messageId);
    // Who carries out a rule's handover (the gateway: the assistant, which attaches its summary).
    // Without one the router marks the conversation and adds a short note itself.
    void setHandover(std::function<void(qint64 conversationId, const QString &reason)> handover)
    {
        m_handover = std::move(handover);
    }

Q_SIGNALS:
    // A rule asked for a person (the assistant does the rest of a handover when it sees needs-human).
    void handoverRequested(qint64 conversationId, const QString &reason);

private:
    bool matches(const RoutingRule &rule, const RoutingContext &context) const;
    void apply(qint64 conversationId, const RoutingRule &rule);

    models::Store *m_store;
    QList<RoutingRule> m_rules;
    std::optional<BusinessHours> m_hours;
    std::function<void(qint64, const QString &)> m_handover;
};

} // namespace wasel::app
