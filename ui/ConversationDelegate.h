#pragma once

// Paints one conversation of the list: avatar (the customer's picture, else initials) and the channel's badge, customer
// name, last message, time, unread count, and chips for status, AI mode and the reply window.
// All geometry is computed left-to-right and mirrored with QStyle::visualRect, so the row reads
// correctly in Arabic.

#include "Avatar.h"

#include <QStyledItemDelegate>

namespace wasel::ui {

class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The last message's line as shown, with who wrote it ("You: …", "AI: …").
    static QString preview(const QModelIndex &index);

private:
    mutable AvatarCache m_avatars; // pictures decoded once, not on every repaint
};

} // namespace wasel::ui
