#include "Links.h"

#include <QRegularExpression>

namespace wasel::ui {

QList<TextLink> findLinks(const QString &text)
{
    static const QRegularExpression candidate(QStringLiteral(R"((?:https?://|mailto:|www\.)[^\s<>"'`]+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QList<TextLink> links;
    // Most messages have no link: the delegate asks for every row it sizes and paints, so skip the
    // regular expression unless one could start here.
    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1String("mailto:"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("www."), Qt::CaseInsensitive))
        return links;
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // A link starts a word: "xhttp://" is not one.
        if (m.capturedStart() > 0 && text.at(m.capturedStart() - 1).isLetterOrNumber())
            continue;
        QString raw = m.captured();
        // Sentence punctuation after a link is not part of it; a ")" is only when the link opened one.
        while (!raw.isEmpty()) {
            const QChar last = raw.back();
            if (QStringLiteral(".,;:!?،؛").contains(last) || (last == u')' && raw.count(u'(') < raw.count(u')'))) {
                raw.chop(1);
                continue;
            }
            break;
        }
        QString address = raw;
        if (address.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            address.prepend(QLatin1String("https://"));
        const QUrl url(address, QUrl::StrictMode);
        if (!isSafeLink(url))
            continue;
        links.append({int(m.capturedStart()), int(raw.size()), url});
    }
    return links;
}

bool isSafeLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme == QLatin1String("mailto"))
        return url.path().contains(u'@') && !url.path().contains(u'/');
    return false;
}

} // namespace wasel::ui
