#pragma once

// A downloaded photo as the thread shows it: scaled once to fit a square, at the screen's pixel
// density, and kept by path, so painting never decodes. Downloaded media never change under the
// same name (MediaService names each file by attachment and source), so an entry never goes stale;
// an unreadable file is remembered as null and not read again on every repaint.

#include <QHash>
#include <QPixmap>
#include <QString>

namespace wasel::ui {

class ThumbnailCache
{
public:
    static constexpr int MaxSide = 220; // logical pixels

    // The image at `path`, at most MaxSide wide and high; null when it cannot be read.
    QPixmap get(const QString &path, qreal devicePixelRatio);

private:
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace wasel::ui
