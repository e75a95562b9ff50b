#include "SearchPopup.h"

#include "Theme.h"
#include "store/Store.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace wasel::ui {

namespace {

constexpr QChar MarkStart(0x02);
constexpr QChar MarkEnd(0x03);
constexpr int PadX = 12;
constexpr int PadY = 6;

// Two lines: the customer and where/when on the first, the snippet (matches highlighted) under it.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {option.rect.width(), 2 * PadY + 2 * fm.height() + fm.lineSpacing() + 2};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, widget); // background, selection, focus

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? textColor : theme::mutedText(pal);
        const QRect r = opt.rect.adjusted(PadX, PadY, -PadX, -PadY);
        const Qt::LayoutDirection dir = opt.direction;
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics fm(opt.font), bfm(bold);

        p->save();
        const QString detail = index.data(SearchResultRole::Detail).toString();
        const int detailWidth = std::min(fm.horizontalAdvance(detail) + 2, r.width() / 2);
        const QRect detailRect =
            QStyle::visualRect(dir, r, QRect(r.right() - detailWidth + 1, r.top(), detailWidth, fm.height()));
        const QRect titleRect =
            QStyle::visualRect(dir, r, QRect(r.left(), r.top(), r.width() - detailWidth - 8, bfm.height()));
        p->setFont(bold);
        p->setPen(textColor);
        p->drawText(titleRect, QStyle::visualAlignment(dir, Qt::AlignLeft | Qt::AlignVCenter),
                    bfm.elidedText(index.data(SearchResultRole::Title).toString(), Qt::ElideRight, titleRect.width()));
        p->setFont(opt.font);
        p->setPen(muted);
        p->drawText(detailRect, QStyle::visualAlignment(dir, Qt::AlignRight | Qt::AlignVCenter),
                    fm.elidedText(detail, Qt::ElideRight, detailRect.width()));

        // The snippet as plain text in its own direction, at most two lines; matches by range.
        const QString snippet = index.data(SearchResultRole::Snippet).toString();
        QList<QTextLayout::FormatRange> formats;
        for (const QVariant &v : index.data(SearchResultRole::Ranges).toList()) {
            const QPoint range = v.toPoint();
            QTextLayout::FormatRange f;
            f.start = range.x();
            f.length = range.y();
            f.format.setFontWeight(QFont::Bold);
            if (selected)
                f.format.setFontUnderline(true);
            else
                f.format.setBackground(theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.3));
            formats.append(f);
        }
        QTextLayout layout(snippet, opt.font);
        QTextOption textOption;
        const Qt::LayoutDirection textDir = snippet.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        textOption.setTextDirection(textDir);
        textOption.setAlignment(textDir == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(textOption);
        layout.setFormats(formats);
        layout.beginLayout();
        qreal y = 0;
        for (int n = 0; n < 2; ++n) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(r.width());
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        p->setPen(selected ? textColor : pal.color(QPalette::Text));
        p->setClipRect(QRect(r.left(), r.top() + bfm.height() + 2, r.width(), int(std::ceil(y))));
        layout.draw(p, QPointF(r.left(), r.top() + bfm.height() + 2));
        p->restore();
    }
};

// Each part in its own direction (FSI … PDI), so "WhatsApp · ١٠ د" does not run together in Arabic.
QString detailLine(const QString &channel, const QString &when)
{
    const auto isolate = [](const QString &t) { return QChar(0x2068) + t + QChar(0x2069); };
    return SearchPopup::tr("%1 · %2").arg(isolate(channel), isolate(when));
}

QVariantList rangeList(const HighlightedText &h)
{
    QVariantList list;
    for (const auto &[start, length] : h.ranges)
        list.append(QPoint(start, length));
    return list;
}

} // namespace

HighlightedText parseSnippet(const QString &marked)
{
    HighlightedText out;
    out.text.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c == MarkStart) {
            start = int(out.text.size());
        } else if (c == MarkEnd) {
            if (start >= 0 && out.text.size() > start)
                out.ranges.append({start, int(out.text.size()) - start});
            start = -1;
        } else if (c.category() != QChar::Other_Control) {
            out.text.append(c); // other control characters would only confuse the text layout
        }
    }
    return out;
}

SearchPopup::SearchPopup(models::Store *store, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_store(store)
    , m_input(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_input->setObjectName(QStringLiteral("searchInput"));
    m_input->setClearButtonEnabled(true);
    m_input->addAction(theme::glyph(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_input->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFocusPolicy(Qt::NoFocus); // the keys stay in the input; Up/Down are forwarded
    m_view->setAccessibleName(tr("Results"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_status->setPalette(muted);
    m_status->setContentsMargins(PadX, 0, PadX, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_input);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::refresh);
    connect(m_input, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { choose(index.row()); });
}

void SearchPopup::open(Mode mode, QWidget *window)
{
    m_queries[int(m_mode)] = m_input->text();
    m_mode = mode;
    m_input->setAccessibleName(mode == Mode::Switcher ? tr("Go to a customer or conversation")
                                                      : tr("Search all messages"));
    m_input->setPlaceholderText(mode == Mode::Switcher ? tr("Go to a customer or conversation…")
                                                       : tr("Search all messages…"));
    {
        const QSignalBlocker block(m_input);
        m_input->setText(m_queries[int(mode)]);
    }
    m_input->selectAll();
    // Over the top middle of the window, in logical pixels that scale with the screen.
    const QFontMetrics fm(font());
    const int width = std::min(window->width() - 40, fm.averageCharWidth() * 80);
    const int height = std::min(window->height() - 80, fm.height() * 28);
    const QPoint topLeft = window->mapToGlobal(QPoint((window->width() - width) / 2, fm.height() * 3));
    setGeometry(QRect(topLeft, QSize(width, height)));
    refresh();
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
}

void SearchPopup::refresh()
{
    m_debounce->stop();
    const QString query = m_input->text().trimmed();
    m_model->clear();
    if (m_mode == Mode::Switcher)
        fillConversations(query);
    else
        fillMessages(query);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void SearchPopup::fillConversations(const QString &query)
{
    QList<models::Conversation> found;
    if (query.isEmpty()) {
        models::ConversationQuery recent;
        recent.limit = 10;
        found = m_store->conversations(recent);
    } else {
        for (const models::CustomerHit &hit : m_store->searchCustomers(query, 20)) {
            QList<models::Conversation> ofCustomer;
            for (qint64 id : hit.conversationIds) {
                if (const auto c = m_store->conversation(id))
                    ofCustomer.append(*c);
            }
            std::sort(ofCustomer.begin(), ofCustomer.end(),
                      [](const auto &a, const auto &b) { return a.lastActivityAt > b.lastActivityAt; });
            found += ofCustomer;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const models::Conversation &c : found) {
        auto *item = new QStandardItem;
        item->setData(c.id, SearchResultRole::ConversationId);
        item->setData(qint64(0), SearchResultRole::MessageId);
        const QString name = c.customerName.isEmpty() ? tr("Unknown customer") : c.customerName;
        item->setData(name, SearchResultRole::Title);
        item->setData(detailLine(models::channelDisplayName(c.channel), theme::relativeTime(c.lastActivityAt, now)),
                      SearchResultRole::Detail);
        item->setData(c.lastMessagePreview.simplified(), SearchResultRole::Snippet);
        item->setData(tr("%1, %2").arg(name, models::channelDisplayName(c.channel)), Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    m_status->setText(found.isEmpty() && !query.isEmpty()
                          ? tr("No customer’s name, phone, email or username matches “%1”.").arg(query)
                          : query.isEmpty() ? tr("Recent conversations")
                                            : QString());
    m_status->setVisible(!m_status->text().isEmpty());
}

void SearchPopup::fillMessages(const QString &query)
{
    if (query.isEmpty()) {
        m_status->setText(tr("Type words from a message: every conversation is searched."));
        m_status->show();
        return;
    }
    const QList<models::SearchHit> hits = m_store->searchMessages(query, 50);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const models::SearchHit &hit : hits) {
        const HighlightedText snippet = parseSnippet(hit.snippet);
        auto *item = new QStandardItem;
        item->setData(hit.conversationId, SearchResultRole::ConversationId);
        item->setData(hit.messageId, SearchResultRole::MessageId);
        item->setData(hit.customerName.isEmpty() ? tr("Unknown customer") : hit.customerName, SearchResultRole::Title);
        item->setData(detailLine(models::channelDisplayName(hit.channel), theme::relativeTime(hit.createdAt, now)),
                      SearchResultRole::Detail);
        item->setData(snippet.text, SearchResultRole::Snippet);
        item->setData(rangeList(snippet), SearchResultRole::Ranges);
        item->setData(snippet.text, Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    m_status->setText(hits.isEmpty() ? tr("No message contains “%1”.").arg(query)
                                     : tr("%n message(s) found", nullptr, int(hits.size())));
    m_status->show();
}

void SearchPopup::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    const qint64 conversation = index.data(SearchResultRole::ConversationId).toLongLong();
    const qint64 message = index.data(SearchResultRole::MessageId).toLongLong();
    hide();
    Q_EMIT chosen(conversation, message);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            if (rows == 0)
                return true;
            const int step = key->key() == Qt::Key_Down ? 1
                : key->key() == Qt::Key_Up              ? -1
                : key->key() == Qt::Key_PageDown        ? 8
                                                        : -8;
            const int next = std::clamp(current + step, 0, rows - 1);
            m_view->setCurrentIndex(m_model->index(next, 0));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive())
                refresh(); // Enter right after typing opens the result for what was typed
            choose(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1);
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace wasel::ui
