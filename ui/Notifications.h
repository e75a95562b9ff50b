#pragma once

// Which inbox events become desktop notifications: a new message from a customer, and a conversation
// the AI handed over to a person. The decision is a pure function so it can be tested alone; the
// watcher turns the store's change signals into events and keeps the unread count for the tray.

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QTimer;

namespace wasel::models {
class Store;
}

namespace wasel::ui {

struct InboxEvent {
    enum class Kind {
        CustomerMessage, // a live message from a customer (not backfilled history)
        Handover, // the AI asked for a person
    };
    Kind kind = Kind::CustomerMessage;
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title; // the customer's name
    QString body; // the message (plain text, shortened) or what happened
};

// Where the person is when the event happens.
struct AttentionState {
    bool notificationsEnabled = true; // the setting
    bool windowActive = false; // the inbox window has the focus
    qint64 openConversation = 0; // the conversation the thread shows
};

// Every event notifies, unless notifications are off, or it is about the conversation being looked
// at in the active window (it is on screen already).
bool shouldNotify(const InboxEvent &event, const AttentionState &state);

// The setting (workspace setting "desktop_notifications": "off" turns them off).
bool notificationsEnabled(const models::Store *store);
void setNotificationsEnabled(models::Store *store, bool enabled);

class InboxWatcher : public QObject
{
    Q_OBJECT

public:
    // `attention` says where the person is at the time of each event.
    InboxWatcher(models::Store *store, std::function<AttentionState()> attention, QObject *parent = nullptr);

    // Conversations with unread customer messages (the tray's count).
    int unreadCount() const { return m_unread; }
    // Recounts now (changes are counted a moment later, once per burst of webhooks).
    void recount();

    // A customer message older than this when it arrives is history (backfill, replay): no notification.
    static constexpr qint64 LiveWindowSeconds = 15 * 60;

Q_SIGNALS:
    void notify(const wasel::ui::InboxEvent &event); // only events that passed shouldNotify
    void unreadCountChanged(int count);

private:
    void onMessageInserted(qint64 conversationId, qint64 messageId);
    void onConversationChanged(qint64 conversationId);
    void offer(const InboxEvent &event);

    models::Store *m_store;
    std::function<AttentionState()> m_attention;
    QSet<qint64> m_needsHuman; // conversations already handed over (one notification each time)
    QTimer *m_recount;
    int m_unread = -1;
};

} // namespace wasel::ui

Q_DECLARE_METATYPE(wasel::ui::InboxEvent)
