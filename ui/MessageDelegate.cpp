#include "MessageDelegate.h"

#include "Roles.h"
#include "Theme.h"
#include "domain/Types.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace wasel::ui {

using models::MessageRole;
using models::MessageStatus;
using models::SenderKind;

namespace {

constexpr int Side = 14; // distance of a bubble from the view's edge
constexpr int PadX = 12;
constexpr int PadY = 8;
constexpr int Gap = 6; // between messages
constexpr int Radius = 14;
constexpr int ChipGap = 4; // between a file chip's glyph and its label

QString dayTitle(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day.addDays(1) == today)
        return MessageDelegate::tr("Yesterday");
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

// The model gives an attachment's kind by its storage name ("image", "video" …).
models::MessageKind attachmentKind(const QVariantMap &a)
{
    return models::messageKindFromString(a.value(QStringLiteral("kind")).toString())
        .value_or(models::MessageKind::File);
}

QString attachmentLabel(const QVariantMap &a)
{
    const QString name = a.value(QStringLiteral("fileName")).toString();
    const auto kind = attachmentKind(a);
    QString what;
    switch (kind) {
    case models::MessageKind::Image:
        what = MessageDelegate::tr("Photo");
        break;
    case models::MessageKind::Video:
        what = MessageDelegate::tr("Video");
        break;
    case models::MessageKind::Audio:
        what = MessageDelegate::tr("Voice message");
        break;
    case models::MessageKind::Sticker:
        what = MessageDelegate::tr("Sticker");
        break;
    case models::MessageKind::Share:
        what = MessageDelegate::tr("Link");
        break;
    case models::MessageKind::Location:
        what = MessageDelegate::tr("Location");
        break;
    default:
        what = MessageDelegate::tr("File");
        break;
    }
    return name.isEmpty() ? what : QStringLiteral("%1 · %2").arg(what, name);
}

// The glyph before a chip's label (resources/icons).
QString attachmentGlyph(const QVariantMap &a)
{
    return attachmentKind(a) == models::MessageKind::Location ? QStringLiteral("location") : QStringLiteral("attach");
}

// A photo's size in the bubble: its own, or narrower to fit.
QSize fitted(const QPixmap &thumb, int width)
{
    const QSize size = thumb.deviceIndependentSize().toSize();
    return size.width() <= width ? size : size.scaled(width, size.height(), Qt::KeepAspectRatio);
}

QString kindNote(models::MessageKind kind, const QModelIndex &index)
{
    switch (kind) {
    case models::MessageKind::Referral:
        // Meta's referral source: ADS for an ad, SHORTLINK and others for m.me / ig.me links.
        return index.data(MessageRole::Payload).toMap().value(QStringLiteral("source")).toString()
                == QLatin1String("ADS")
            ? MessageDelegate::tr("Came from an ad")
            : MessageDelegate::tr("Opened the chat from a link");
    case models::MessageKind::StoryReply:
        return MessageDelegate::tr("Replied to your story");
    case models::MessageKind::StoryMention:
        return MessageDelegate::tr("Mentioned you in their story");
    case models::MessageKind::Comment:
        return MessageDelegate::tr("Comment on your post");
    case models::MessageKind::Postback:
        return MessageDelegate::tr("Tapped a button");
    case models::MessageKind::Reaction:
        return MessageDelegate::tr("Reaction");
    case models::MessageKind::Template:
        return MessageDelegate::tr("Template message");
    case models::MessageKind::Contact:
        return MessageDelegate::tr("Shared a contact");
    case models::MessageKind::Unsupported:
        return MessageDelegate::tr("Unsupported message");
    default:
        return {};
    }
}

QString ticks(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Queued:
    case MessageStatus::Sending:
        return QStringLiteral("🕓");
    case MessageStatus::Sent:
        return QStringLiteral("✓");
    case MessageStatus::Delivered:
    case MessageStatus::Read:
        return QStringLiteral("✓✓");
    case MessageStatus::Failed:
        return QStringLiteral("⚠");
    case MessageStatus::Received:
        break;
    }
    return {};
}

// Height of plain text wrapped to `width`, laid out in its own direction.
int textHeight(const QString &text, const QFont &font, int width, Qt::LayoutDirection direction)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return int(std::ceil(height));
}

// A message's text laid out as it is drawn, lines from (0, 0): wrapped to `width`, in its own
// direction, links underlined in the link colour (when painting; pal is null for hit tests).
void prepareText(QTextLayout &layout, Qt::LayoutDirection direction, bool centred, int width,
                 const QList<TextLink> &links, const QPalette *pal)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(direction);
    textOption.setAlignment(centred ? Qt::AlignHCenter
                                    : (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    layout.setTextOption(textOption);
    if (pal) {
        QList<QTextLayout::FormatRange> formats;
        for (const TextLink &link : links) {
            QTextLayout::FormatRange f;
            f.start = link.start;
            f.length = link.length;
            f.format.setForeground(pal->color(QPalette::Link));
            f.format.setFontUnderline(true);
            formats.append(f);
        }
        layout.setFormats(formats);
    }
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

int naturalWidth(const QString &text, const QFont &font)
{
    int widest = 0;
    const QFontMetrics fm(font);
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest + 2;
}

} // namespace

struct MessageDelegate::Layout {
    bool dayHeader = false;
    int headerHeight = 0;
    bool system = false;
    bool outgoing = false;
    QString senderLine; // "AI · Wasel AI", staff name
    QString note; // "Replied to your story" …
    QString text;
    Qt::LayoutDirection textDirection = Qt::LeftToRight;
    QStringList attachments;
    QStringList attachmentGlyphs; // drawn before each chip's label, a line high
    QList<int> attachmentIndex; // each chip's index in the Attachments role
    QList<QPixmap> images; // downloaded photos, shown instead of their chip
    QList<int> imageIndex;
    QList<TextLink> links; // in text
    int textTop = 0; // offsets from the bubble's top
    QList<int> imageTops, chipTops;
    int footerTop = 0;
    QString footer; // time and ticks
    QString reaction; // the customer's emoji, drawn as a badge on the bubble's lower edge
    QString failure; // the reason, for failed messages
    QRect bubble; // logical (left-to-right) coordinates relative to the item's top-left
    int textWidth = 0;
    int height = 0;
    QFont font, small;
};

MessageDelegate::MessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QString MessageDelegate::senderLine(const QModelIndex &index)
{
    const QString name = index.data(MessageRole::SenderName).toString();
    switch (SenderKind(index.data(MessageRole::Sender).toInt())) {
    case SenderKind::Ai:
        return tr("AI · %1").arg(name);
    case SenderKind::Agent:
        switch (models::AiDraft(index.data(MessageRole::AiDraft).toInt())) {
        case models::AiDraft::AsWritten:
            return tr("%1 · sent the AI's draft").arg(name);
        case models::AiDraft::Edited:
            return tr("%1 · edited the AI's draft").arg(name);
        case models::AiDraft::None:
            break;
        }
        return name;
    case SenderKind::Customer:
    case SenderKind::System:
        break;
    }
    return {};
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                int width) const
{
    Layout l;
    l.font = option.font;
    l.small = option.font;
    l.small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics fm(l.font), sfm(l.small);

    l.dayHeader = index.data(MessageRole::StartsNewDay).toBool();
    l.headerHeight = l.dayHeader ? sfm.height() + 20 : 0;
    const auto sender = SenderKind(index.data(MessageRole::Sender).toInt());
    l.system = sender == SenderKind::System;
    l.outgoing = models::Direction(index.data(MessageRole::Direction).toInt()) == models::Direction::Out;
    l.text = index.data(MessageRole::Text).toString();
    l.textDirection = Qt::LayoutDirection(index.data(MessageRole::TextDirection).toInt());
    l.senderLine = senderLine(index);
    const auto kind = models::MessageKind(index.data(MessageRole::Kind).toInt());
    if (index.data(MessageRole::Unsent).toBool()) {
        // What the sender took back is not shown (Meta's policy); that something was there is.
        l.note = kind == models::MessageKind::Comment ? tr("This comment was removed") : tr("This message was unsent");
        l.text.clear();
    } else {
        l.note = kindNote(kind, index);
        // A reaction row whose emoji was taken back (to a message Wasel never saw).
        if (kind == models::MessageKind::Reaction && l.text.isEmpty())
            l.note = tr("Removed a reaction");
        const QVariantList attachments = index.data(MessageRole::Attachments).toList();
        for (int i = 0; i < attachments.size(); ++i) {
            const QVariantMap a = attachments.at(i).toMap();
            const auto attachment = attachmentKind(a);
            const QPixmap thumb = attachment == models::MessageKind::Image || attachment == models::MessageKind::Sticker
                ? m_thumbnails.get(a.value(QStringLiteral("localPath")).toString(),
                                   m_view ? m_view->devicePixelRatioF() : 1)
                : QPixmap();
            if (thumb.isNull()) {
                l.attachments.append(attachmentLabel(a));
                l.attachmentGlyphs.append(attachmentGlyph(a));
                l.attachmentIndex.append(i);
            } else {
                l.images.append(thumb);
                l.imageIndex.append(i);
            }
        }
    }
    l.reaction = index.data(MessageRole::Reaction).toString();
    const auto status = MessageStatus(index.data(MessageRole::Status).toInt());
    QString time = theme::shortTime(index.data(MessageRole::CreatedAt).toDateTime());
    if (index.data(MessageRole::Edited).toBool())
        time = tr("edited · %1").arg(time);
    // Channels with more than one way out (ManyChat) say which one delivered the message.
    const QString route = index.data(MessageRole::Payload).toMap().value(QStringLiteral("route")).toString();
    if (l.outgoing && route == QLatin1String("manychat"))
        time = tr("via ManyChat · %1").arg(time);
    else if (l.outgoing && route == QLatin1String("graph"))
        time = tr("via Meta, ManyChat failed · %1").arg(time);
    else if (l.outgoing && route == QLatin1String("dynamic_block"))
        time = tr("in ManyChat's reply · %1").arg(time);
    l.footer = l.outgoing ? time + QStringLiteral("  ") + ticks(status) : time;
    if (index.data(MessageRole::Pending).toBool())
        l.footer = tr("writing…");
    if (status == MessageStatus::Failed) {
        const QString reason = index.data(MessageRole::StatusReason).toString();
        l.failure = reason.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(reason);
    }

    const int maxBubble = std::max(160, int((width - 2 * Side) * (l.system ? 0.9 : 0.72)));
    const int maxText = maxBubble - 2 * PadX;
    int contentWidth = std::min(maxText, naturalWidth(l.text, l.font));
    for (const QString &s : {l.senderLine, l.note, l.footer})
        contentWidth = std::max(contentWidth, std::min(maxText, sfm.horizontalAdvance(s) + 2));
    for (const QString &a : l.attachments)
        contentWidth = std::max(contentWidth, std::min(maxText, fm.height() + ChipGap + fm.horizontalAdvance(a) + 2));
    for (const QPixmap &t : l.images)
        contentWidth = std::max(contentWidth, std::min(maxText, int(t.deviceIndependentSize().width())));
    l.textWidth = contentWidth;

    l.links = findLinks(l.text);
    int h = PadY;
    if (!l.senderLine.isEmpty())
        h += sfm.height() + 2;
    if (!l.note.isEmpty())
        h += sfm.height() + 2;
    l.textTop = h;
    h += textHeight(l.text, l.font, contentWidth, l.textDirection);
    for (const QPixmap &t : l.images) {
        l.imageTops.append(h + 2);
        h += fitted(t, contentWidth).height() + 4;
    }
    for (qsizetype i = 0; i < l.attachments.size(); ++i) {
        l.chipTops.append(h + 2);
        h += fm.height() + 4;
    }
    l.footerTop = h;
    if (!l.system)
        h += sfm.height() + 2; // footer
    h += PadY;

    const int bubbleWidth = contentWidth + 2 * PadX;
    int x = Side;
    if (l.system)
        x = (width - bubbleWidth) / 2;
    else if (l.outgoing)
        x = width - Side - bubbleWidth;
    l.bubble = QRect(x, l.headerHeight + Gap / 2, bubbleWidth, h);
    l.height = l.headerHeight + h + Gap;
    if (!l.reaction.isEmpty())
        l.height += fm.height() / 2 + 2; // the badge hangs half below the bubble
    if (!l.failure.isEmpty())
        l.height += textHeight(l.failure, l.small, width - 2 * Side, Qt::LeftToRight) + 4;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    return {width, layout(option, index, width).height};
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect r = option.rect;
    const Qt::LayoutDirection dir = option.direction;
    const QPalette &pal = option.palette;
    const Layout l = layout(option, index, r.width());
    auto visual = [&](const QRect &logical) { return QStyle::visualRect(dir, r, logical.translated(r.topLeft())); };

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(l.font), sfm(l.small);

    if (l.dayHeader) {
        const QString title = dayTitle(index.data(MessageRole::CreatedAt).toDateTime().toLocalTime().date());
        p->setFont(l.small);
        const int w = sfm.horizontalAdvance(title) + 24;
        const QRect pill(r.left() + (r.width() - w) / 2, r.top() + 8, w, sfm.height() + 6);
        p->setPen(Qt::NoPen);
        p->setBrush(theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.07));
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->setPen(theme::mutedText(pal));
        p->drawText(pill, Qt::AlignCenter, title);
    }

    const auto sender = SenderKind(index.data(MessageRole::Sender).toInt());
    QColor fill, text = pal.color(QPalette::Text);
    if (l.system) {
        fill = theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.05);
    } else if (!l.outgoing) {
        fill = theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), theme::isDark(pal) ? 0.12 : 0.07);
    } else if (sender == SenderKind::Ai) {
        fill = theme::mix(pal.color(QPalette::Base), theme::aiAccent(pal), 0.18);
    } else {
        fill = theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.22);
    }
    const bool failed = !l.failure.isEmpty();
    const bool pending = index.data(MessageRole::Pending).toBool();
    // Written with the AI: its own replies, and staff's replies that were its draft.
    const bool byAi =
        sender == SenderKind::Ai || models::AiDraft(index.data(MessageRole::AiDraft).toInt()) != models::AiDraft::None;
    const QRect bubble = visual(l.bubble);
    QPen edge(Qt::NoPen);
    if (failed)
        edge = QPen(theme::dangerColor(pal), 1.2);
    else if (pending) // the AI's reply still being written
        edge = QPen(theme::aiAccent(pal), 1.2, Qt::DashLine);
    p->setPen(edge);
    p->setBrush(fill);
    p->drawRoundedRect(bubble, Radius, Radius);
    if (index.data(MessageRole::Highlighted).toBool()) {
        // The message a search opened: a ring in the selection colour around its bubble.
        p->setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(bubble.adjusted(-3, -3, 3, 3), Radius + 3, Radius + 3);
    }

    int y = bubble.top() + PadY;
    const int contentLeft = bubble.left() + PadX;
    const int contentWidth = bubble.width() - 2 * PadX;
    p->setFont(l.small);
    if (!l.senderLine.isEmpty()) {
        p->setPen(byAi ? theme::aiAccent(pal) : pal.color(QPalette::Highlight));
        p->drawText(QRect(contentLeft, y, contentWidth, sfm.height()), QStyle::visualAlignment(dir, Qt::AlignLeft),
                    sfm.elidedText(l.senderLine, Qt::ElideRight, contentWidth));
        y += sfm.height() + 2;
    }
    if (!l.note.isEmpty()) {
        p->setPen(theme::mutedText(pal));
        QFont note = l.small;
        // Arabic and Thai have no italics: a slanted copy of their letters only looks broken.
        note.setItalic(
            std::all_of(l.note.cbegin(), l.note.cend(), [](QChar c) { return !c.isLetter() || c.unicode() < 0x0590; }));
        p->setFont(note);
        p->drawText(QRect(contentLeft, y, contentWidth, sfm.height()), QStyle::visualAlignment(dir, Qt::AlignLeft),
                    l.note);
        p->setFont(l.small);
        y += sfm.height() + 2;
    }

    // The message text, in its own direction, as plain text; its links underlined.
    if (!l.text.isEmpty()) {
        QTextLayout layout(l.text, l.font);
        prepareText(layout, l.textDirection, l.system, contentWidth, l.links, &pal);
        p->setPen(text);
        layout.draw(p, QPointF(contentLeft, bubble.top() + l.textTop));
    }

    for (qsizetype i = 0; i < l.images.size(); ++i) {
        const QSize size = fitted(l.images.at(i), contentWidth);
        const int top = bubble.top() + l.imageTops.at(i);
        p->drawPixmap(
            QStyle::alignedRect(dir, Qt::AlignLeft, size, QRect(contentLeft, top, contentWidth, size.height())),
            l.images.at(i));
    }
    p->setFont(l.font);
    for (qsizetype i = 0; i < l.attachments.size(); ++i) {
        const QRect chip(contentLeft, bubble.top() + l.chipTops.at(i), contentWidth, fm.height());
        const QSize glyphSize(fm.height(), fm.height());
        const qreal scale = p->device() ? p->device()->devicePixelRatioF() : 1.0;
        p->drawPixmap(
            QStyle::alignedRect(dir, Qt::AlignLeft, glyphSize, chip),
            theme::glyphPixmap(l.attachmentGlyphs.at(i), glyphSize * scale, scale, pal.color(QPalette::Link)));
        const QRect label = chip.adjusted(dir == Qt::LeftToRight ? glyphSize.width() + ChipGap : 0, 0,
                                          dir == Qt::LeftToRight ? 0 : -(glyphSize.width() + ChipGap), 0);
        p->setPen(pal.color(QPalette::Link));
        p->drawText(label, QStyle::visualAlignment(dir, Qt::AlignLeft),
                    fm.elidedText(l.attachments.at(i), Qt::ElideMiddle, label.width()));
    }
    y = bubble.top() + l.footerTop;

    if (!l.system) {
        p->setFont(l.small);
        const auto status = MessageStatus(index.data(MessageRole::Status).toInt());
        p->setPen(status == MessageStatus::Read ? pal.color(QPalette::Highlight)
                      : failed                  ? theme::dangerColor(pal)
                                                : theme::mutedText(pal));
        p->drawText(QRect(contentLeft, y, contentWidth, sfm.height()), QStyle::visualAlignment(dir, Qt::AlignRight),
                    l.footer);
    }

    if (!l.reaction.isEmpty()) {
        // On the bubble's lower edge, at its end away from the bubble's own side, as the apps do.
        p->setFont(l.font);
        const int w = fm.horizontalAdvance(l.reaction) + 10, h = fm.height() + 2;
        const int x = l.outgoing ? l.bubble.left() + 6 : l.bubble.right() - 6 - w;
        const QRect badge = visual(QRect(x, l.bubble.bottom() - h / 2, w, h));
        p->setPen(QPen(pal.color(QPalette::Base), 1.5));
        p->setBrush(theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.1));
        p->drawRoundedRect(badge, h / 2.0, h / 2.0);
        p->setPen(text);
        p->drawText(badge, Qt::AlignCenter, l.reaction);
    }

    if (failed) {
        p->setFont(l.small);
        p->setPen(theme::dangerColor(pal));
        const int below = l.reaction.isEmpty() ? 4 : fm.height() / 2 + 6;
        const QRect reason = visual(QRect(Side, l.bubble.bottom() + below, r.width() - 2 * Side, r.height()));
        p->drawText(reason,
                    QStyle::visualAlignment(dir, l.outgoing ? Qt::AlignRight : Qt::AlignLeft) | Qt::TextWordWrap,
                    l.failure);
    }
    p->restore();
}

MessageDelegate::Hit MessageDelegate::hitAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                            const QPoint &pos) const
{
    Hit hit;
    const QRect r = option.rect;
    const Layout l = layout(option, index, r.width());
    const QRect bubble = QStyle::visualRect(option.direction, r, l.bubble.translated(r.topLeft()));
    if (!bubble.contains(pos))
        return hit;
    const int contentLeft = bubble.left() + PadX;
    const int contentWidth = bubble.width() - 2 * PadX;
    if (!l.links.isEmpty()) {
        QTextLayout text(l.text, l.font);
        prepareText(text, l.textDirection, l.system, contentWidth, l.links, nullptr);
        const QPointF at(pos.x() - contentLeft, pos.y() - bubble.top() - l.textTop);
        for (int i = 0; i < text.lineCount(); ++i) {
            const QTextLine line = text.lineAt(i);
            if (at.y() < line.y() || at.y() >= line.y() + line.height())
                continue;
            // Only on the glyphs: the empty end of a short line is not part of a link.
            if (at.x() < line.x() + line.naturalTextRect().left() || at.x() > line.naturalTextRect().right())
                break;
            const int position = line.xToCursor(at.x(), QTextLine::CursorOnCharacter);
            for (const TextLink &link : l.links) {
                if (position >= link.start && position < link.start + link.length)
                    hit.link = link.url;
            }
            break;
        }
        if (!hit.link.isEmpty())
            return hit;
    }
    const QFontMetrics fm(l.font);
    for (qsizetype i = 0; i < l.images.size(); ++i) {
        const QSize size = fitted(l.images.at(i), contentWidth);
        const QRect image =
            QStyle::alignedRect(option.direction, Qt::AlignLeft, size,
                                QRect(contentLeft, bubble.top() + l.imageTops.at(i), contentWidth, size.height()));
        if (image.contains(pos))
            hit.attachment = l.imageIndex.at(i);
    }
    for (qsizetype i = 0; i < l.attachments.size(); ++i) {
        if (QRect(contentLeft, bubble.top() + l.chipTops.at(i), contentWidth, fm.height()).contains(pos))
            hit.attachment = l.attachmentIndex.at(i);
    }
    return hit;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Hit hit = hitAt(option, index, mouse->position().toPoint());
        const bool active = !hit.link.isEmpty() || hit.attachment >= 0;
        if (m_view)
            m_view->viewport()->setCursor(active ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton && active) {
            if (!hit.link.isEmpty())
                Q_EMIT linkActivated(hit.link);
            else
                Q_EMIT attachmentActivated(index, hit.attachment, mouse->globalPosition().toPoint());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace wasel::ui
