#include "Avatar.h"

#include "Theme.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace wasel::ui {

namespace {

constexpr qsizetype MaxCached = 500; // a few hundred rows' worth; then start again

QPixmap circle(int side, qreal dpr)
{
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

QPixmap circularAvatar(const QString &path, int side, qreal devicePixelRatio)
{
    if (path.isEmpty() || side <= 0)
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    // Centre square, scaled to the device pixels it will cover.
    const int square = std::min(image.width(), image.height());
    image = image.copy((image.width() - square) / 2, (image.height() - square) / 2, square, square);
    const int pixels = qRound(side * devicePixelRatio);
    image = image.scaled(pixels, pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    QPixmap result = circle(side, devicePixelRatio);
    QPainter p(&result);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath clip;
    clip.addEllipse(QRectF(0, 0, side, side));
    p.setClipPath(clip);
    p.drawImage(QRectF(0, 0, side, side), image);
    return result;
}

QPixmap initialsAvatar(const QString &initials, qint64 colorSeed, int side, qreal devicePixelRatio, const QFont &font)
{
    QPixmap result = circle(side, devicePixelRatio);
    QPainter p(&result);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::avatarColor(colorSeed));
    p.drawEllipse(QRectF(0, 0, side, side));
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, side, side), Qt::AlignCenter, initials);
    return result;
}

QPixmap AvatarCache::get(const QString &path, int side, qreal devicePixelRatio)
{
    if (path.isEmpty())
        return {};
    const QString key = QStringLiteral("%1|%2|%3").arg(path).arg(side).arg(devicePixelRatio);
    if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.cend())
        return *it;
    if (m_pixmaps.size() >= MaxCached)
        m_pixmaps.clear();
    const QPixmap pixmap = circularAvatar(path, side, devicePixelRatio);
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

} // namespace wasel::ui
