#include "CannedPopup.h"

#include <QScreen>
#include <QStyledItemDelegate>

namespace wasel::ui {

namespace {

class OwnDirectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->direction = option->text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter; // leading side of that direction
    }
};

} // namespace

void showRowsInTheirOwnDirection(QAbstractItemView *view)
{
    view->setItemDelegate(new OwnDirectionDelegate(view));
}

CannedPopup::CannedPopup(QWidget *anchor)
    : QListWidget(anchor)
    , m_anchor(anchor)
{
    // A window of its own so it can hang outside the composer, but one that never takes the focus.
    setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(QStringLiteral("cannedPopup"));
    setAccessibleName(tr("Canned responses"));
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    showRowsInTheirOwnDirection(this);
    connect(this, &QListWidget::itemClicked, this, &CannedPopup::picked);
}

void CannedPopup::setResponses(const QList<models::CannedResponse> &responses)
{
    m_responses = responses;
}

QList<models::CannedResponse> CannedPopup::matching(const QString &filter) const
{
    QList<models::CannedResponse> byShortcut, byTitle, byText;
    for (const models::CannedResponse &r : m_responses) {
        if (r.shortcut.startsWith(filter, Qt::CaseInsensitive))
            byShortcut.append(r);
        else if (r.title.contains(filter, Qt::CaseInsensitive))
            byTitle.append(r);
        else if (filter.size() >= 3 && r.body.contains(filter, Qt::CaseInsensitive))
            byText.append(r);
    }
    return byShortcut + byTitle + byText;
}

bool CannedPopup::showFor(const QString &filter, const QRect &cursor)
{
    m_shown = matching(filter);
    clear();
    if (m_shown.isEmpty()) {
        hide();
        return false;
    }
    for (const models::CannedResponse &r : m_shown) {
        const QString body = r.body.simplified();
        const QString line = r.title.isEmpty() ? QStringLiteral("/%1 — %2").arg(r.shortcut, body)
                                               : QStringLiteral("/%1 — %2: %3").arg(r.shortcut, r.title, body);
        auto *item = new QListWidgetItem(line, this);
        item->setToolTip(r.body);
    }
    setCurrentRow(0);
    const QFontMetrics fm(font());
    const int rows = std::min<int>(int(m_shown.size()), 6);
    const int width = std::max(fm.averageCharWidth() * 50, m_anchor->width() / 2);
    const int height = rows * sizeHintForRow(0) + 2 * frameWidth();
    // Above the cursor line: the composer sits at the bottom of the window.
    QPoint at = m_anchor->mapToGlobal(
        QPoint(m_anchor->isRightToLeft() ? cursor.right() - width : cursor.left(), cursor.top() - height - 2));
    if (const QScreen *screen = m_anchor->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width)));
        if (at.y() < area.top())
            at.setY(m_anchor->mapToGlobal(cursor.bottomLeft()).y() + 2);
    }
    setGeometry(QRect(at, QSize(width, height)));
    show();
    raise();
    return true;
}

void CannedPopup::step(int rows)
{
    if (count() == 0)
        return;
    setCurrentRow(std::clamp(currentRow() + rows, 0, count() - 1));
}

std::optional<models::CannedResponse> CannedPopup::current() const
{
    const int row = currentRow();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown.at(row);
}

} // namespace wasel::ui
