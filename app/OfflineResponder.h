#pragma once

// The built-in assistant that works with no AI service and no network: it greets, answers product
// and FAQ questions from the knowledge base by full-text match, and hands the conversation to a
// person whenever it cannot answer well. Replies are written in the customer's language (Iraqi
// Arabic, Thai or English).

#include "Triage.h"

#include <QList>
#include <QString>

namespace wasel::models {
class Store;
}

namespace wasel::app {

struct AssistantReply {
    bool handover = false; // a person should take over; `text` tells the customer so
    QString text; // what to send to the customer (empty: nothing to send)
    QString reason; // why it handed over, for the private note
    QList<qint64> knowledgeIds; // items the answer used
};

// language: the reply's language (ar, th, en); usually the customer's.
AssistantReply offlineReply(const models::Store &store, const Triage &triage, const QString &customerText,
                            const QString &language);

// Words that say what is asked rather than about which product ("how much", "شكد", "ราคา"): left
// out of a knowledge-base search.
const QStringList &knowledgeQuestionWords();

// Formats a price the way shops in Iraq and Thailand write it: "25,000 IQD" / "25,000 دينار" / "450 บาท".
QString formatPrice(double price, const QString &currency, const QString &language);

} // namespace wasel::app
