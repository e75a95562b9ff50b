#pragma once

// Words the inbox generator writes messages from, and the search queries the benchmark times.
//
// Each language has a few hundred words a shop's chat really uses (greetings, products, colours,
// sizes, prices, delivery, payment, places), so a query for a common word matches tens of
// thousands of messages and one for a rare word a few hundred, as in a real inbox. Thai words are
// written without spaces between them, as Thai is; the store segments them for the index.

#include <QString>
#include <QStringList>

namespace wasel::bench {

enum class Language {
    Arabic,
    Thai,
    English
};

// Message words, most common first (the generator draws them with a skew towards the front).
const QStringList &wordsOf(Language language);
// Customer first and last names.
const QStringList &firstNamesOf(Language language);
const QStringList &lastNamesOf(Language language);
// What the benchmark searches for: at least 30 queries per language — single words from common to
// rare, two-word queries and prefixes typed halfway.
QStringList queriesOf(Language language);

QString languageCode(Language language);

} // namespace wasel::bench
