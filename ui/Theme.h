#pragma once

// Colours and small painting helpers shared by the delegates. Everything derives from the current
// palette, so light and dark system themes both work; only the channel and avatar accents are fixed.

#include "domain/Types.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QString>

class QPainter;
class QRect;

namespace wasel::ui::theme {

bool isDark(const QPalette &palette);
// a mixed with b: 0 = a, 1 = b.
QColor mix(const QColor &a, const QColor &b, qreal amount);
// A calm colour for an avatar, stable for one customer.
QColor avatarColor(qint64 seed);
QColor channelColor(models::ChannelKind kind);
QIcon channelIcon(models::ChannelKind kind);
// One of the one-colour glyphs of resources/icons (":/icons/NAME.svg"), drawn in the palette's text
// colour of the moment, softened like secondary text, so it reads on light and dark themes alike
// and follows a theme change; disabled, in the disabled text colour. "send" points the way text
// runs, so it is mirrored in right-to-left layouts.
QIcon glyph(const QString &name);
QColor glyphColor(const QPalette &palette, QPalette::ColorGroup group = QPalette::Active);
// A glyph in `color`, `size` in device pixels at `scale` (a delegate's own colour: a file chip's link
// blue); cached.
QPixmap glyphPixmap(const QString &name, const QSize &size, qreal scale, const QColor &color, bool mirrored = false);
QColor mutedText(const QPalette &palette);
QColor aiAccent(const QPalette &palette);
QColor dangerColor(const QPalette &palette);

// A rounded "chip" with text; returns its width. Draws nothing when painter is null (measuring).
int drawChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill, const QColor &textColor);

// "14:05" in the locale's short format, without seconds.
QString shortTime(const QDateTime &when);
// "now", "5 min", "14:05", "Yesterday", "Mon", "12 Nov" in the current locale.
QString relativeTime(const QDateTime &when, const QDateTime &now);
// "23 h left", "5 days left (human agent)", "closed" for a reply window.
QString replyWindowText(int state, const QDateTime &closesAt, const QDateTime &now);

} // namespace wasel::ui::theme
