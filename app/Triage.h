#pragma once

// What an inbound customer message is about, in Arabic (Iraqi dialect included), Thai and English:
// its language, its intent and whether a person should take over. Rule-based on purpose: it runs
// offline and instantly on every message, and a merchant can read why it decided (the cue).

#include <QString>
#include <QStringList>

namespace wasel::app {

enum class Intent {
    PriceInquiry,
    PurchaseIntent,
    OrderStatus,
    Complaint,
    PositiveFeedback,
    HumanRequested,
    Greeting,
    Other,
};

QString toString(Intent intent); // price_inquiry, purchase_intent, …
QString intentLabel(Intent intent); // for people, translated

struct Triage {
    QString language; // ar, th, en
    Intent intent = Intent::Other;
    QString cue; // the phrase that decided, empty for Other
    bool handover = false; // a person is asked for, or the customer is unhappy
};

// ar when Arabic letters dominate, th for Thai, otherwise en.
QString detectLanguage(QStringView text);
Triage triage(QStringView text);

} // namespace wasel::app
