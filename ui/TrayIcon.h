#pragma once

// The system tray icon (when the desktop has a tray): the app icon with the number of conversations
// that have unread messages, a tooltip that says it, the desktop notifications, and a click that
// brings the window back (or opens the notified conversation).

#include "Notifications.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;
class QMenu;

namespace wasel::ui {

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setUnreadCount(int count);
    int unreadCount() const { return m_count; }
    QString toolTip() const;
    // The app icon with a badge for `count` (none for 0; "99+" above 99), sharp at any scale.
    static QIcon badgeIcon(int count);
    // Shows the event as a desktop notification; a click on it opens its conversation.
    void show(const InboxEvent &event);
    qint64 lastNotified() const { return m_lastConversation; }

Q_SIGNALS:
    void openRequested(qint64 conversationId); // 0: just bring the window back
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    int m_count = 0;
    qint64 m_lastConversation = 0;
};

} // namespace wasel::ui
