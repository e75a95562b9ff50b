// The one-colour glyphs of the toolbar, sidebar and composer (theme::glyph): drawn in the palette's
// text colour when they are painted, so they keep WCAG's 3:1 contrast for graphics on a light and on a
// dark theme, follow a theme change without being made again, and stay sharp on high-DPI screens.

#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QtTest>

#include <cmath>

using namespace wasel;

namespace {

const QStringList Glyphs{QStringLiteral("ai"),     QStringLiteral("assign"), QStringLiteral("attach"),
                         QStringLiteral("note"),   QStringLiteral("person"), QStringLiteral("resolve"),
                         QStringLiteral("search"), QStringLiteral("send"),   QStringLiteral("snooze")};

QPalette themePalette(bool dark)
{
    QPalette p;
    const QColor window = dark ? QColor(0x20, 0x22, 0x25) : QColor(0xef, 0xef, 0xef);
    const QColor text = dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x00, 0x00, 0x00);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::WindowText, dark ? QColor(0x70, 0x72, 0x75) : QColor(0xa0, 0xa0, 0xa0));
    return p;
}

double luminance(QColor c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The icon painted at 24 × 24 on the window colour; the pixel that differs most from it.
QColor strongestPixel(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    QImage image(24, 24, QImage::Format_ARGB32);
    image.fill(window);
    QPainter painter(&image);
    icon.paint(&painter, image.rect(), Qt::AlignCenter, mode);
    painter.end();
    QColor strongest = window;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); contrast(c, window) > contrast(strongest, window))
                strongest = c;
    return strongest;
}

} // namespace

class TestGlyphs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void readableOnLightAndDark_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        for (const QString &name : Glyphs) {
            QTest::addRow("%s light", qPrintable(name)) << name << false;
            QTest::addRow("%s dark", qPrintable(name)) << name << true;
        }
    }

    void readableOnLightAndDark()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        QApplication::setPalette(themePalette(dark));
        const QColor window = QApplication::palette().color(QPalette::Window);
        const QColor drawn = strongestPixel(ui::theme::glyph(name));
        QVERIFY2(
            contrast(drawn, window) >= 3.0,
            qPrintable(QStringLiteral("%1 on %2: %3:1").arg(drawn.name(), window.name()).arg(contrast(drawn, window))));
        QCOMPARE(drawn.lightness() > window.lightness(), dark);
    }

    // Made once, as the widgets do, and painted after the theme changed.
    void followsAThemeChange()
    {
        QApplication::setPalette(themePalette(false));
        const QIcon send = ui::theme::glyph(QStringLiteral("send"));
        QVERIFY(strongestPixel(send).lightness() < 128);
        QApplication::setPalette(themePalette(true));
        QVERIFY(strongestPixel(send).lightness() > 128);
    }

    void disabledIsDrawnInTheDisabledTextColour()
    {
        QApplication::setPalette(themePalette(false));
        const QIcon send = ui::theme::glyph(QStringLiteral("send"));
        QVERIFY(strongestPixel(send, QIcon::Disabled).lightness() > strongestPixel(send).lightness() + 40);
    }

    // Send points the way the text runs; a clock or a tick is not mirrored.
    void sendPointsTheWayTextRuns()
    {
        auto image = [](const QString &name) { return ui::theme::glyph(name).pixmap(QSize(24, 24)).toImage(); };
        const QImage sendLtr = image(QStringLiteral("send"));
        const QImage snoozeLtr = image(QStringLiteral("snooze"));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QImage sendRtl = image(QStringLiteral("send"));
        const QImage snoozeRtl = image(QStringLiteral("snooze"));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(sendRtl != sendLtr);
        QCOMPARE(sendRtl, sendLtr.mirrored(true, false));
        QCOMPARE(snoozeRtl, snoozeLtr);
    }

    void sharpOnHighDpi()
    {
        const QPixmap pixmap = ui::theme::glyph(QStringLiteral("resolve")).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }
};

QTEST_MAIN(TestGlyphs)
#include "tst_glyphs.moc"
