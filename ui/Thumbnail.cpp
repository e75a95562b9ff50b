#include "Thumbnail.h"

#include <QImageReader>

namespace wasel::ui {

namespace {

constexpr qsizetype MaxCached = 200; // a few screens of photos; then start again

} // namespace

QPixmap ThumbnailCache::get(const QString &path, qreal devicePixelRatio)
{
    if (path.isEmpty())
        return {};
    const QString key = path + u'@' + QString::number(devicePixelRatio);
    if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
        return *it;
    if (m_pixmaps.size() >= MaxCached)
        m_pixmaps.clear();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // Decoding at the target size keeps a 12-megapixel photo from costing 48 MB for a moment.
    const QSize full = reader.size();
    const int pixels = qRound(MaxSide * devicePixelRatio);
    if (full.isValid() && (full.width() > pixels || full.height() > pixels))
        reader.setScaledSize(full.scaled(pixels, pixels, Qt::KeepAspectRatio));
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    if (!pixmap.isNull())
        pixmap.setDevicePixelRatio(devicePixelRatio);
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

} // namespace wasel::ui
