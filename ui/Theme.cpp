#include "Theme.h"

#include "domain/ReplyWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QIconEngine>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

#include <array>

namespace wasel::ui {

// Translation context for the free functions below (lupdate reads Theme::tr).
struct Theme {
    Q_DECLARE_TR_FUNCTIONS(wasel::ui::Theme)
};

namespace theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor avatarColor(qint64 seed)
{
    static const std::array<QColor, 10> colors{
        QColor(0x5B, 0x8D, 0xEF), QColor(0xE0, 0x7A, 0x5F), QColor(0x3D, 0xA5, 0x8A), QColor(0x9B, 0x6B, 0xD6),
        QColor(0xD9, 0x8C, 0x2B), QColor(0x4A, 0xA3, 0xC8), QColor(0xC8, 0x5A, 0x8C), QColor(0x6D, 0x9B, 0x3A),
        QColor(0x8A, 0x7A, 0x6A), QColor(0x50, 0x6F, 0xB8)};
    return colors[std::size_t(std::abs(seed * 2654435761LL) % qint64(colors.size()))];
}

QColor channelColor(models::ChannelKind kind)
{
    switch (kind) {
    case models::ChannelKind::Messenger:
        return QColor(0x00, 0x84, 0xFF);
    case models::ChannelKind::Instagram:
        return QColor(0xD6, 0x29, 0x76);
    case models::ChannelKind::WhatsApp:
        return QColor(0x25, 0xD3, 0x66);
    case models::ChannelKind::TwilioWhatsApp:
        return QColor(0x12, 0x8C, 0x7E);
    case models::ChannelKind::Email:
        return QColor(0x6B, 0x72, 0x80);
    case models::ChannelKind::Widget:
        return QColor(0xF5, 0x9E, 0x0B);
    case models::ChannelKind::ManyChat:
        return QColor(0x2F, 0x6B, 0xFF);
    }
    return Qt::gray;
}

QIcon channelIcon(models::ChannelKind kind)
{
    return QIcon(QStringLiteral(":/icons/channel-%1.svg").arg(models::toString(kind)));
}

QPixmap glyphPixmap(const QString &name, const QSize &size, qreal scale, const QColor &color, bool mirrored)
{
    const QString cacheKey = QStringLiteral("wasel-glyph/%1/%2x%3@%4/%5%6")
                                 .arg(name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(scale)
                                 .arg(color.rgba(), 0, 16)
                                 .arg(mirrored ? QStringLiteral("/rtl") : QString());
    QPixmap tinted;
    if (QPixmapCache::find(cacheKey, &tinted))
        return tinted;
    tinted = QIcon(QStringLiteral(":/icons/%1.svg").arg(name)).pixmap(size, 1.0); // its alpha is the shape
    if (tinted.isNull())
        return tinted;
    QPainter painter(&tinted);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(0, 0), tinted.size()), color);
    painter.end();
    if (mirrored)
        tinted = QPixmap::fromImage(tinted.toImage().mirrored(true, false));
    tinted.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, tinted);
    return tinted;
}

namespace {

// A glyph as an icon: glyphPixmap in glyphColor, read when it is drawn, so a widget made once follows
// the palette; "send" points the way text runs, so it is mirrored in right-to-left layouts.
class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(const QString &name)
        : m_name(name)
        , m_directional(name == QLatin1String("send"))
        , m_exists(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(name)))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` in device pixels, as QIcon::pixmap(size, devicePixelRatio) asks for it.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return glyphPixmap(
            m_name, size, scale,
            glyphColor(QGuiApplication::palette(), mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active),
            m_directional && QGuiApplication::layoutDirection() == Qt::RightToLeft);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new GlyphEngine(m_name); }
    QString key() const override { return QStringLiteral("wasel-glyph"); }
    bool isNull() override { return !m_exists; } // asked by widgets as they lay out and paint

private:
    QString m_name;
    bool m_directional;
    bool m_exists;
};

} // namespace

QIcon glyph(const QString &name)
{
    return QIcon(new GlyphEngine(name));
}

QColor glyphColor(const QPalette &palette, QPalette::ColorGroup group)
{
    return mix(palette.color(group, QPalette::WindowText), palette.color(group, QPalette::Window), 0.35);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor aiAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xB3, 0x9D, 0xFF) : QColor(0x6D, 0x4A, 0xD6);
}

QColor dangerColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xC6, 0x28, 0x28);
}

int drawChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill, const QColor &textColor)
{
    QFont font = painter ? painter->font() : QFont();
    const QFontMetrics fm(font);
    const int width = fm.horizontalAdvance(text) + fm.height();
    if (!painter)
        return width;
    const QRect chip(rect.x(), rect.y() + (rect.height() - fm.height() - 2) / 2, width, fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    painter->setPen(textColor);
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

QString shortTime(const QDateTime &when)
{
    // The locale's short format, without seconds (some locales' short format carries them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(when.toLocalTime().time(), format);
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = when.secsTo(now);
    const QLocale locale;
    if (secs < 60)
        return Theme::tr("now");
    if (secs < 3600)
        return Theme::tr("%1 min").arg(locale.toString(secs / 60));
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return shortTime(when);
    if (day.addDays(1) == today)
        return Theme::tr("Yesterday");
    if (day.daysTo(today) < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QStringLiteral("d MMM"));
}

QString replyWindowText(int state, const QDateTime &closesAt, const QDateTime &now)
{
    using State = models::ReplyWindow::State;
    const QLocale locale;
    const qint64 secs = closesAt.isValid() ? now.secsTo(closesAt) : 0;
    auto span = [&locale](qint64 s) {
        if (s >= 2 * 86400)
            return Theme::tr("%1 days").arg(locale.toString(s / 86400));
        if (s >= 3600)
            return Theme::tr("%1 h").arg(locale.toString(s / 3600));
        return Theme::tr("%1 min").arg(locale.toString(std::max<qint64>(1, s / 60)));
    };
    switch (State(state)) {
    case State::Unlimited:
        return {};
    case State::Open:
        return Theme::tr("%1 left").arg(span(secs));
    case State::HumanAgent:
        return Theme::tr("%1 left (human agent)").arg(span(secs));
    case State::Closed:
        return Theme::tr("window closed");
    }
    return {};
}

} // namespace theme
} // namespace wasel::ui
