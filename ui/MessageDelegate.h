#pragma once

// Paints one message of a thread as a bubble: the customer's on the leading side, staff and AI
// replies on the trailing side, system notes centred; day separators; sender line for AI and
// staff (in the AI's colour, saying so, for staff replies that were the AI's draft); the AI's reply
// still being written with a dashed edge and "writing…" for its time; attachments as chips,
// downloaded photos as thumbnails; time and delivery ticks; a failed message's reason. Text is
// always plain text (never interpreted as HTML) and laid out in its own direction, so an Arabic
// message reads right-to-left in an English window and the other way round.

#include "Links.h"
#include "Thumbnail.h"

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace wasel::ui {

class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What is under a point of a message (item coordinates as in option.rect): a link of its text
    // (safe schemes only) or one of its attachments (index into the Attachments role).
    struct Hit {
        QUrl link;
        int attachment = -1;
    };
    Hit hitAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // The line above a reply's text saying who wrote it: the AI, a person, a person from the AI's draft.
    static QString senderLine(const QModelIndex &index);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // Open or Save as… for an attachment, at a global position (where its menu goes).
    void attachmentActivated(const QModelIndex &index, int attachment, const QPoint &globalPos);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    QAbstractItemView *m_view;
    mutable ThumbnailCache m_thumbnails; // downloaded photos, decoded once
};

} // namespace wasel::ui
