#include "TextSearch.h"

#include <QTextBoundaryFinder>

namespace wasel::models::search {

namespace {

bool isArabicMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse;
}

// Letters Iraqi and other Arabic writers use interchangeably when typing fast: hamza-carrying alefs,
// alef maksura for yeh, teh marbuta for heh, and the Persian keh/yeh that some keyboards produce.
char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627; // ا
    case 0x0649: // ى
    case 0x06CC: // ی
        return 0x064A; // ي
    case 0x0629: // ة
        return 0x0647; // ه
    case 0x06A9: // ک
        return 0x0643; // ك
    default:
        return c;
    }
}

// A precomposed Latin letter with a diacritic (U+00C0–U+024F, U+1E00–U+1EFF) as its base letter:
// the first character of its canonical decomposition. One character for one, so a snippet can map
// what matched back to the original text.
QChar foldLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (!((u >= 0x00C0 && u <= 0x024F) || (u >= 0x1E00 && u <= 0x1EFF)) || c.decompositionTag() != QChar::Canonical)
        return c;
    const QString parts = c.decomposition();
    return parts.isEmpty() ? c : foldLatinLetter(parts.front()); // ệ → ẹ → e
}

} // namespace

QString normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isArabicMark(c.unicode()))
            out.append(foldLatinLetter(QChar(foldArabicLetter(c.unicode()))));
    }
    return out.toCaseFolded();
}

QStringList words(QStringView text)
{
    const QString normalized = normalize(text);
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, normalized);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QStringView piece = QStringView(normalized).mid(start, end - start);
        // A "word" segment holds at least one letter or digit; the rest is spacing and punctuation.
        bool hasWordChar = false;
        for (QChar c : piece) {
            if (c.isLetterOrNumber()) {
                hasWordChar = true;
                break;
            }
        }
        if (hasWordChar) {
            QString word;
            for (QChar c : piece) {
                if (isWordChar(c))
                    word.append(c);
            }
            result.append(word);
        }
        start = end;
    }
    return result;
}

QString stem(QStringView word)
{
    static const QStringView prefixes[] = {u"وال", u"بال", u"فال", u"كال", u"لل", u"ال"};
    for (QStringView prefix : prefixes) {
        if (word.size() >= prefix.size() + 2 && word.startsWith(prefix))
            return word.mid(prefix.size()).toString();
    }
    return word.toString();
}

QString indexText(QStringView text)
{
    QStringList out;
    for (const QString &word : words(text)) {
        out.append(word);
        if (const QString s = stem(word); s != word)
            out.append(s);
    }
    return out.join(u' ');
}

namespace {

QString quoted(QString term)
{
    term.replace(u'"', QStringLiteral("\"\""));
    return u'"' + term + u'"';
}

} // namespace

QString anyWordExpression(QStringView text, const QStringList &ignore, const QString &columns)
{
    QStringList terms;
    for (const QString &word : words(text)) {
        const QString s = stem(word);
        if (s.isEmpty() || ignore.contains(s) || ignore.contains(word) || terms.contains(quoted(s)))
            continue;
        terms.append(quoted(s));
    }
    if (terms.isEmpty())
        return {};
    const QString any = terms.join(QStringLiteral(" OR "));
    return columns.isEmpty() ? any : columns + QStringLiteral(" : (") + any + u')';
}

QStringList queryStems(QStringView userInput)
{
    constexpr qsizetype MaxWords = 32; // a pasted paragraph is found by its first words
    QStringList stems;
    for (const QString &word : words(userInput).mid(0, MaxWords))
        stems.append(stem(word));
    return stems;
}

QString prefixExpression(const QStringList &stems)
{
    QStringList parts;
    parts.reserve(stems.size());
    for (qsizetype i = 0; i < stems.size(); ++i) {
        QString expr = quoted(stems.at(i));
        if (i == stems.size() - 1)
            expr += u'*';
        parts.append(expr);
    }
    return parts.join(u' ');
}

QString matchExpression(const QStringList &stems, const QStringList &lastWordAs)
{
    if (stems.isEmpty() || lastWordAs.isEmpty())
        return {};
    QStringList parts;
    parts.reserve(stems.size());
    for (qsizetype i = 0; i < stems.size() - 1; ++i)
        parts.append(quoted(stems.at(i)));
    QStringList any;
    any.reserve(lastWordAs.size());
    for (const QString &term : lastWordAs)
        any.append(quoted(term));
    parts.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    return parts.join(QStringLiteral(" AND ")); // FTS5 takes no implicit AND before a parenthesis
}

QString asciiDigits(QStringView text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    return digits;
}

} // namespace wasel::models::search
