#include "ConversationDelegate.h"

#include "Roles.h"
#include "Theme.h"
#include "domain/Types.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace wasel::ui {

using models::ConversationRole;

namespace {

constexpr int Margin = 12;
constexpr int Avatar = 40;

QString statusText(models::ConversationStatus status)
{
    switch (status) {
    case models::ConversationStatus::Pending:
        return ConversationDelegate::tr("Pending");
    case models::ConversationStatus::Snoozed:
        return ConversationDelegate::tr("Snoozed");
    case models::ConversationStatus::Resolved:
        return ConversationDelegate::tr("Resolved");
    case models::ConversationStatus::Open:
        break;
    }
    return {};
}

QString previewFor(const QModelIndex &index)
{
    QString preview = index.data(ConversationRole::LastMessagePreview).toString();
    const auto kind = models::MessageKind(index.data(ConversationRole::LastMessageKind).toInt());
    if (index.data(ConversationRole::LastMessageUnsent).toBool()) {
        preview = kind == models::MessageKind::Comment ? ConversationDelegate::tr("Comment removed")
                                                       : ConversationDelegate::tr("Message unsent");
    } else if (kind == models::MessageKind::Reaction) {
        preview = preview.isEmpty() ? ConversationDelegate::tr("Removed a reaction")
                                    : ConversationDelegate::tr("Reacted %1").arg(preview);
    } else if (!preview.isEmpty() && kind == models::MessageKind::Share) {
        preview = ConversationDelegate::tr("Shared: %1").arg(preview); // the post's or link's title
    } else if (!preview.isEmpty() && kind == models::MessageKind::Location) {
        preview = ConversationDelegate::tr("Location: %1").arg(preview); // the place's name or address
    } else if (preview.isEmpty()) {
        switch (kind) {
        case models::MessageKind::Image:
            preview = ConversationDelegate::tr("Photo");
            break;
        case models::MessageKind::Video:
            preview = ConversationDelegate::tr("Video");
            break;
        case models::MessageKind::Audio:
            preview = ConversationDelegate::tr("Voice message");
            break;
        case models::MessageKind::Sticker:
            preview = ConversationDelegate::tr("Sticker");
            break;
        case models::MessageKind::StoryMention:
            preview = ConversationDelegate::tr("Mentioned you in a story");
            break;
        case models::MessageKind::StoryReply:
            preview = ConversationDelegate::tr("Replied to your story");
            break;
        case models::MessageKind::Share:
            preview = ConversationDelegate::tr("Shared a post or link");
            break;
        case models::MessageKind::Location:
            preview = ConversationDelegate::tr("Location");
            break;
        case models::MessageKind::Contact:
            preview = ConversationDelegate::tr("Contact");
            break;
        case models::MessageKind::File:
            preview = ConversationDelegate::tr("File");
            break;
        case models::MessageKind::Unsupported:
            preview = ConversationDelegate::tr("Unsupported message");
            break;
        default:
            preview = ConversationDelegate::tr("Attachment");
            break;
        }
    }
    // Who wrote it, as the thread's bubbles say: the AI, a rule's automatic reply, staff from the AI's
    // draft, or staff.
    if (models::Direction(index.data(ConversationRole::LastMessageDirection).toInt()) == models::Direction::Out) {
        const auto sender = models::SenderKind(index.data(ConversationRole::LastMessageSender).toInt());
        if (sender == models::SenderKind::Ai)
            preview = ConversationDelegate::tr("AI: %1").arg(preview);
        else if (sender == models::SenderKind::System)
            preview = ConversationDelegate::tr("Auto-reply: %1").arg(preview);
        else if (index.data(ConversationRole::LastMessageAiDraft).toBool())
            preview = ConversationDelegate::tr("You (AI's draft): %1").arg(preview);
        else
            preview = ConversationDelegate::tr("You: %1").arg(preview);
    }
    return preview.simplified();
}

} // namespace

QString ConversationDelegate::preview(const QModelIndex &index)
{
    return previewFor(index);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width(), std::max(Avatar + 2 * Margin, 3 * fm.height() + 2 * Margin + 4)};
}

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect r = option.rect;
    const Qt::LayoutDirection dir = option.direction;
    const QPalette &pal = option.palette;
    auto visual = [&](const QRect &logical) { return QStyle::visualRect(dir, r, logical); };
    auto leading = QStyle::visualAlignment(dir, Qt::AlignLeft);
    auto trailing = QStyle::visualAlignment(dir, Qt::AlignRight);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setLayoutDirection(dir);

    // Background: selection and hover, softly.
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        p->fillRect(r, theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.18));
    else if (option.state & QStyle::State_MouseOver)
        p->fillRect(r, theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.04));
    if (selected) {
        const QRect bar = visual(QRect(r.left(), r.top(), 3, r.height()));
        p->fillRect(bar, pal.color(QPalette::Highlight));
    }

    // The customer's picture (else initials), and the channel badge on its lower trailing edge.
    const qint64 customerId = index.data(ConversationRole::CustomerId).toLongLong();
    const QRect avatar = visual(QRect(r.left() + Margin, r.top() + Margin, Avatar, Avatar));
    const QPixmap picture =
        m_avatars.get(index.data(ConversationRole::AvatarPath).toString(), Avatar, p->device()->devicePixelRatioF());
    p->setPen(Qt::NoPen);
    if (!picture.isNull()) {
        p->drawPixmap(avatar, picture);
    } else {
        p->setBrush(theme::avatarColor(customerId));
        p->drawEllipse(avatar);
        QFont initialsFont = option.font;
        initialsFont.setBold(true);
        initialsFont.setPointSizeF(option.font.pointSizeF() * 1.05);
        p->setFont(initialsFont);
        p->setPen(Qt::white);
        p->drawText(avatar, Qt::AlignCenter, index.data(ConversationRole::CustomerInitials).toString());
    }
    p->setPen(Qt::white); // the badge's ring, as over the initials

    const auto channel = models::ChannelKind(index.data(ConversationRole::Channel).toInt());
    const int badge = 18;
    const QRect badgeRect =
        visual(QRect(r.left() + Margin + Avatar - badge + 4, r.top() + Margin + Avatar - badge + 4, badge, badge));
    p->setBrush(pal.color(QPalette::Base));
    p->drawEllipse(badgeRect.adjusted(-2, -2, 2, 2));
    const QIcon icon = theme::channelIcon(channel);
    if (!icon.isNull()) {
        icon.paint(p, badgeRect);
    } else {
        p->setBrush(theme::channelColor(channel));
        p->drawEllipse(badgeRect);
    }

    // Text column.
    const QFontMetrics fm(option.font);
    const int textLeft = r.left() + Margin + Avatar + Margin;
    const int textRight = r.right() - Margin;
    const int line = fm.height();
    const int top = r.top() + Margin - 2;
    const int unread = index.data(ConversationRole::UnreadCount).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Line 1: name … time
    const QString time = theme::relativeTime(index.data(ConversationRole::LastActivityAt).toDateTime(), now);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time) + 4;
    p->setFont(small);
    p->setPen(unread > 0 ? pal.color(QPalette::Highlight) : theme::mutedText(pal));
    p->drawText(visual(QRect(textRight - timeWidth, top, timeWidth, line)), trailing | Qt::AlignVCenter, time);

    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    nameFont.setWeight(unread > 0 ? QFont::Bold : QFont::DemiBold);
    p->setFont(nameFont);
    p->setPen(pal.color(QPalette::Text));
    const QRect nameRect = visual(QRect(textLeft, top, textRight - textLeft - timeWidth - 6, line));
    p->drawText(nameRect, leading | Qt::AlignVCenter,
                QFontMetrics(nameFont).elidedText(index.data(ConversationRole::CustomerName).toString(), Qt::ElideRight,
                                                  nameRect.width()));

    // Line 2: preview … unread badge
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QLocale().toString(unread);
        QFont bold = small;
        bold.setBold(true);
        p->setFont(bold);
        badgeWidth = std::max(line, QFontMetrics(bold).horizontalAdvance(count) + line / 2 + 4);
        const QRect pill = visual(QRect(textRight - badgeWidth, top + line + 3, badgeWidth, line));
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::Highlight));
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->setPen(pal.color(QPalette::HighlightedText));
        p->drawText(pill, Qt::AlignCenter, count);
    }
    p->setFont(option.font);
    p->setPen(unread > 0 ? pal.color(QPalette::Text) : theme::mutedText(pal));
    const QRect previewRect = visual(QRect(textLeft, top + line + 3, textRight - textLeft - badgeWidth - 8, line));
    const QString preview = fm.elidedText(previewFor(index), Qt::ElideRight, previewRect.width());
    p->drawText(previewRect, leading | Qt::AlignVCenter, preview);

    // Line 3: chips — needs a person, priority, status, AI, assignee, reply window.
    p->setFont(small);
    QList<std::pair<QString, QColor>> chips;
    const QColor chipText = pal.color(QPalette::Text);
    if (index.data(ConversationRole::NeedsHuman).toBool())
        chips.append({tr("Needs a person"), theme::mix(pal.color(QPalette::Base), theme::dangerColor(pal), 0.22)});
    // High and urgent stand out; lower priorities are the default and add only noise.
    const auto priority = models::Priority(index.data(ConversationRole::Priority).toInt());
    if (priority == models::Priority::Urgent)
        chips.append({tr("Urgent"), theme::mix(pal.color(QPalette::Base), theme::dangerColor(pal), 0.35)});
    else if (priority == models::Priority::High)
        chips.append({tr("High priority"), theme::mix(pal.color(QPalette::Base), theme::dangerColor(pal), 0.15)});
    const QString status = statusText(models::ConversationStatus(index.data(ConversationRole::Status).toInt()));
    if (!status.isEmpty())
        chips.append({status, theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.10)});
    const auto mode = models::AiMode(index.data(ConversationRole::AiMode).toInt());
    if (mode != models::AiMode::Off && !index.data(ConversationRole::NeedsHuman).toBool())
        chips.append({mode == models::AiMode::Auto ? tr("AI") : tr("AI draft"),
                      theme::mix(pal.color(QPalette::Base), theme::aiAccent(pal), 0.20)});
    const QString assignee = index.data(ConversationRole::Assignee).toString();
    if (!assignee.isEmpty())
        chips.append({assignee, theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.12)});
    const QString window = theme::replyWindowText(index.data(ConversationRole::ReplyWindowState).toInt(),
                                                  index.data(ConversationRole::ReplyWindowClosesAt).toDateTime(), now);
    const QFontMetrics sfm(small);
    int x = textLeft;
    const int chipTop = top + 2 * line + 7;
    for (const auto &[text, fill] : chips) {
        const int w = theme::drawChip(nullptr, {}, text, fill, chipText);
        if (x + w > textRight)
            break;
        theme::drawChip(p, visual(QRect(x, chipTop, w, sfm.height() + 2)), text, fill, chipText);
        x += w + 4;
    }
    if (!window.isEmpty()) {
        const int w = sfm.horizontalAdvance(window) + 2;
        if (x + w <= textRight) {
            p->setPen(window == theme::replyWindowText(3, {}, now) ? theme::dangerColor(pal) : theme::mutedText(pal));
            p->drawText(visual(QRect(textRight - w, chipTop, w, sfm.height() + 2)), trailing | Qt::AlignVCenter,
                        window);
        }
    }

    // Separator.
    p->setPen(theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08));
    p->drawLine(QPoint(r.left() + (dir == Qt::LeftToRight ? textLeft - r.left() : 0), r.bottom()),
                QPoint(r.right() - (dir == Qt::RightToLeft ? textLeft - r.left() : 0), r.bottom()));
    p->restore();
}

} // namespace wasel::ui
