#pragma once

// Text preparation for the full-text index (STACK.md §5).
//
// SQLite's unicode61 tokenizer splits words at combining marks (Arabic harakat, Thai vowel and tone
// marks) and cannot segment Thai, which has no spaces. So the app prepares text itself: it removes
// Arabic diacritics and tatweel, lower-cases, and segments words with QTextBoundaryFinder (which
// uses libthai's dictionary for Thai), then joins the words with spaces. The index is declared with
// tokenize="unicode61 categories 'L* N* Co Mn Mc'" so the spaces are the only separators left.
// Queries go through the same preparation, so both sides agree.

#include <QString>
#include <QStringList>

namespace wasel::models::search {

// Arabic harakat U+064B–U+065F, superscript alef U+0670 and tatweel U+0640 removed; Arabic letter
// variants folded (أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك); accented Latin letters to their base letter
// (é → e, as the index's tokenizer folds them, so what is typed and the words listed for completing
// it agree); case folded.
QString normalize(QStringView text);

// A normalized word without the Arabic definite article and the conjunction or preposition glued
// to it (ال، وال، بال، فال، كال، لل): "الجنطه" → "جنطه". Other words are returned unchanged.
QString stem(QStringView word);

// The words of normalize(text), in order, punctuation and spaces dropped.
QStringList words(QStringView text);

// What goes into the index column: words(text) joined by single spaces, each Arabic word with an
// article also indexed as its stem, so "جنطه" finds "الجنطة" and the other way round.
QString indexText(QStringView text);

// The stems (stem(word) of words()) of what a person typed into a search, at most its first 32
// words: what Store::searchMessages and Store::searchCustomers look for.
QStringList queryStems(QStringView userInput);

// An FTS5 MATCH expression for query stems: every word must occur, each quoted so FTS5 syntax
// characters in user input are inert; the last word also matches as a prefix while typing. Empty
// when there is no stem.
QString prefixExpression(const QStringList &stems);

// The same for the stems of what was typed (stem(words(input))) with the last one matching any of
// `lastWordAs` — whole indexed words it begins, found beforehand (Store::searchMessages) — instead
// of as an FTS5 prefix query, which merges the full list of messages of every word the prefix
// begins before yielding the first match. Empty when there is no stem or `lastWordAs` is empty.
QString matchExpression(const QStringList &stems, const QStringList &lastWordAs);

// The decimal digits of `text` as ASCII, whatever their script (Arabic-Indic "٠٧٧٠" → "0770"),
// everything else dropped: phone numbers as the index holds and a person types them.
QString asciiDigits(QStringView text);

// An FTS5 expression matching any of the words (stems) of `text` except `ignore`d ones, optionally
// limited to some columns ("{name tags}"). For finding what a customer's message is about.
QString anyWordExpression(QStringView text, const QStringList &ignore = {}, const QString &columns = {});

} // namespace wasel::models::search
