#include "TrayIcon.h"

#include "Theme.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace wasel::ui {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // e.g. GNOME without the AppIndicator extension, or offscreen: the window is all there is
    m_tray = new QSystemTrayIcon(badgeIcon(0), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Show Wasel"), this, [this] { Q_EMIT openRequested(0); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(toolTip());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested(0);
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastConversation); });
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::setUnreadCount(int count)
{
    m_count = std::max(0, count);
    if (!m_tray)
        return;
    m_tray->setIcon(badgeIcon(m_count));
    m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    if (m_count == 0)
        return tr("Wasel — no unread conversations");
    return tr("Wasel — %n unread conversation(s)", nullptr, m_count);
}

QIcon TrayIcon::badgeIcon(int count)
{
    const QIcon base(QStringLiteral(":/icons/wasel.svg"));
    if (count <= 0)
        return base;
    const QString label = count > 99 ? QStringLiteral("99+") : QString::number(count);
    const QPalette pal = QApplication::palette();
    QIcon icon;
    // Drawn at every size a tray asks for, in device pixels, from the SVG: no scaled-up bitmaps.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap = base.pixmap(QSize(size, size));
        if (pixmap.isNull())
            continue;
        pixmap = pixmap.scaled(size, size); // a raster of exactly this size, whatever the screen
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * (label.size() > 1 ? 0.62 : 0.5);
        const QRectF badge(size - d, 0, d, size * 0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::dangerColor(pal));
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(size * (label.size() > 2 ? 0.26 : 0.34))));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, label);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::show(const InboxEvent &event)
{
    m_lastConversation = event.conversationId;
    if (!m_tray)
        return;
    // Some notification servers read a subset of HTML in the body: what a customer wrote stays text.
    m_tray->showMessage(event.title.toHtmlEscaped(), event.body.toHtmlEscaped(), badgeIcon(0), 10000);
}

} // namespace wasel::ui
