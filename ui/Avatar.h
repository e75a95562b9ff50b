#pragma once

// A customer's picture as the list and the thread header draw it: the downloaded file, cropped to a
// square and clipped to a circle, at the screen's pixel density. Decoding happens here, once per
// picture and size; callers keep the result (AvatarCache) so painting never decodes.

#include <QHash>
#include <QPixmap>
#include <QString>

namespace wasel::ui {

// The picture at `path` as a circle `side` logical pixels wide; null when it cannot be read.
QPixmap circularAvatar(const QString &path, int side, qreal devicePixelRatio);

// The circle with the customer's initials on their colour, for when there is no picture.
QPixmap initialsAvatar(const QString &initials, qint64 colorSeed, int side, qreal devicePixelRatio, const QFont &font);

// Pictures already made, by path, size and density. A picture's file name changes when the picture
// does (ProfileService), so an entry never goes stale; unreadable files are remembered as null, so
// they are not read again on every repaint either.
class AvatarCache
{
public:
    QPixmap get(const QString &path, int side, qreal devicePixelRatio);

private:
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace wasel::ui
