#pragma once

// Links in message text. Message text is plain text; only addresses that are obviously links and use
// a safe scheme (http, https, mailto) become clickable. Nothing else — javascript:, file:, custom
// app schemes — is ever opened from what a customer wrote.

#include <QList>
#include <QString>
#include <QUrl>

namespace wasel::ui {

struct TextLink {
    int start = 0;
    int length = 0;
    QUrl url;
};

// The links of `text`, in order: http:// and https:// addresses, mailto: addresses and bare
// www. addresses (opened as https). Trailing punctuation (".", ",", ")" …) is not part of a link.
QList<TextLink> findLinks(const QString &text);

// Whether a URL may be opened: http or https with a host, or mailto with an address.
bool isSafeLink(const QUrl &url);

} // namespace wasel::ui
