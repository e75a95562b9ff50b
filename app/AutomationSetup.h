#pragma once

// What the routing-rules and knowledge-base pages need: the ordered rules (each checked as the
// router will read it), the business hours, the canned replies a rule may send, and the products
// and FAQs with their CSV import and export. Every change is stored at once; the router and the
// assistant pick it up through the store's signals. Problems come back as one sentence.

#include "KnowledgeCsv.h"
#include "Router.h"
#include "domain/Types.h"

#include <QObject>

namespace wasel::models {
class Store;
}

namespace wasel::app {

class AutomationSetup : public QObject
{
    Q_OBJECT

public:
    explicit AutomationSetup(models::Store *store, QObject *parent = nullptr);

    models::Store *store() const { return m_store; }

    // ---- Routing rules ----
    struct Rule {
        qint64 id = 0;
        bool enabled = true;
        RoutingRule rule; // as far as it could be read
        QString problem; // why the stored definition cannot run (it is skipped), empty when fine
    };
    QList<Rule> rules() const; // in order
    // Empty when the rule can be saved as id (0 = a new one, added at the end).
    QString validate(qint64 id, const RoutingRule &rule) const;
    // Returns the rule's id, or 0 with *error set.
    qint64 saveRule(qint64 id, const RoutingRule &rule, bool enabled, QString *error);
    bool removeRule(qint64 id, QString *error);
    bool moveRule(qint64 id, int position, QString *error);
    BusinessHours businessHours(QString *problem = nullptr) const;
    bool saveBusinessHours(const BusinessHours &hours, QString *error);
    QStringList cannedShortcuts() const;

    // ---- Knowledge base ----
    QList<models::KnowledgeItem> knowledge() const;
    qint64 saveKnowledge(const models::KnowledgeItem &item, QString *error);
    bool removeKnowledge(qint64 id, QString *error);
    // A file that cannot be opened is one error; bad rows are named, the good ones saved.
    CsvImportResult importCsv(const QString &path);
    bool exportCsv(const QString &path, QString *error) const;

private:
    models::Store *m_store;
};

} // namespace wasel::app
