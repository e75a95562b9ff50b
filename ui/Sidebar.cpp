#include "Sidebar.h"

#include "Theme.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace wasel::ui {

using models::ConversationQuery;
using models::ConversationStatus;

namespace {

constexpr int QueryIndex = Qt::UserRole + 1;
constexpr int CountRole = Qt::UserRole + 2;
constexpr int SectionRole = Qt::UserRole + 3;
constexpr int CountKeyRole = Qt::UserRole + 4; // which of Store::ViewCounts the item shows

// Title on the leading side, count on the trailing side; sections as small muted captions.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int h = QFontMetrics(option.font).height();
        return {option.rect.width(), index.data(SectionRole).toBool() ? h + 14 : h + 12};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QRect r = option.rect;
        const auto dir = option.direction;
        const QPalette &pal = option.palette;
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        if (index.data(SectionRole).toBool()) {
            QFont f = option.font;
            f.setPointSizeF(f.pointSizeF() * 0.82);
            f.setBold(true);
            f.setCapitalization(QFont::AllUppercase);
            p->setFont(f);
            p->setPen(theme::mutedText(pal));
            p->drawText(QStyle::visualRect(dir, r, r.adjusted(14, 8, -14, 0)),
                        QStyle::visualAlignment(dir, Qt::AlignLeft) | Qt::AlignVCenter, index.data().toString());
            p->restore();
            return;
        }
        if (option.state & QStyle::State_Selected) {
            p->setPen(Qt::NoPen);
            p->setBrush(theme::mix(pal.color(QPalette::Window), pal.color(QPalette::Highlight), 0.22));
            p->drawRoundedRect(r.adjusted(6, 1, -6, -1), 6, 6);
        } else if (option.state & QStyle::State_MouseOver) {
            p->fillRect(r.adjusted(6, 1, -6, -1),
                        theme::mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.05));
        }
        int x = 14;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        if (!icon.isNull()) {
            const int s = 16;
            icon.paint(p, QStyle::visualRect(dir, r, QRect(r.left() + x, r.top() + (r.height() - s) / 2, s, s)));
            x += s + 8;
        }
        const int count = index.data(CountRole).toInt();
        const QString countText = count > 0 ? QLocale().toString(count) : QString();
        QFont f = option.font;
        const QFontMetrics fm(f);
        const int countWidth = countText.isEmpty() ? 0 : fm.horizontalAdvance(countText) + 8;
        p->setFont(f);
        p->setPen(pal.color(QPalette::WindowText));
        const QRect title =
            QStyle::visualRect(dir, r, QRect(r.left() + x, r.top(), r.width() - x - 14 - countWidth, r.height()));
        p->drawText(title, QStyle::visualAlignment(dir, Qt::AlignLeft) | Qt::AlignVCenter,
                    fm.elidedText(index.data().toString(), Qt::ElideRight, title.width()));
        if (!countText.isEmpty()) {
            p->setPen(theme::mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.35));
            p->drawText(QStyle::visualRect(dir, r, QRect(r.right() - 14 - countWidth, r.top(), countWidth, r.height())),
                        QStyle::visualAlignment(dir, Qt::AlignRight) | Qt::AlignVCenter, countText);
        }
        p->restore();
    }
};

} // namespace

Sidebar::Sidebar(models::Store *store, const QString &agentName, QWidget *parent)
    : QListWidget(parent)
    , m_store(store)
    , m_agent(agentName)
{
    setItemDelegate(new SidebarDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAccessibleName(tr("Views"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(180);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    setPalette(pal);

    m_recount.setSingleShot(true);
    m_recount.setInterval(150);
    connect(&m_recount, &QTimer::timeout, this, &Sidebar::recount);
    connect(m_store, &models::Store::conversationChanged, &m_recount, qOverload<>(&QTimer::start));
    connect(this, &QListWidget::currentRowChanged, this, [this] { Q_EMIT queryChanged(currentQuery()); });
    refresh();
}

void Sidebar::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title, this);
    item->setFlags(Qt::NoItemFlags);
    item->setData(SectionRole, true);
}

void Sidebar::addView(const QString &title, const QString &countKey, const ConversationQuery &query, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(QueryIndex, int(m_queries.size()));
    item->setData(CountKeyRole, countKey);
    item->setData(Qt::AccessibleTextRole, title);
    m_queries.append(query);
}

void Sidebar::refresh()
{
    const QString current = currentTitle();
    const QSignalBlocker blocker(this);
    clear();
    m_queries.clear();

    ConversationQuery all;
    addSection(tr("Inbox"));
    ConversationQuery active = all;
    addView(tr("All open"), QStringLiteral("open"), active);
    ConversationQuery mine;
    mine.assignee = m_agent;
    addView(tr("Mine"), QStringLiteral("mine"), mine);
    ConversationQuery unassigned;
    unassigned.assignee = QString();
    addView(tr("Unassigned"), QStringLiteral("unassigned"), unassigned);
    ConversationQuery needsHuman;
    needsHuman.needsHuman = true;
    addView(tr("Needs a person"), QStringLiteral("needsHuman"), needsHuman);
    ConversationQuery failed;
    failed.failedOnly = true;
    addView(tr("Failed to send"), QStringLiteral("failed"), failed);
    ConversationQuery snoozed;
    snoozed.status = ConversationStatus::Snoozed;
    addView(tr("Snoozed"), QStringLiteral("snoozed"), snoozed, theme::glyph(QStringLiteral("snooze")));
    ConversationQuery resolved;
    resolved.status = ConversationStatus::Resolved;
    addView(tr("Resolved"), QStringLiteral("resolved"), resolved, theme::glyph(QStringLiteral("resolve")));

    QList<models::ChannelKind> kinds;
    for (const models::ChannelAccount &a : m_store->channelAccounts())
        if (!kinds.contains(a.kind))
            kinds.append(a.kind);
    std::sort(kinds.begin(), kinds.end());
    if (!kinds.isEmpty()) {
        addSection(tr("Channels"));
        for (models::ChannelKind kind : std::as_const(kinds)) {
            ConversationQuery q;
            q.channel = kind;
            addView(models::channelDisplayName(kind), QStringLiteral("c:") + models::toString(kind), q,
                    theme::channelIcon(kind));
        }
    }
    const QStringList labels = m_store->labels();
    m_labels = labels;
    if (!labels.isEmpty()) {
        addSection(tr("Labels"));
        for (const QString &label : labels) {
            ConversationQuery q;
            q.label = label;
            addView(label, QStringLiteral("l:") + label, q);
        }
    }
    // Keep the selection across a rebuild.
    int row = 1;
    for (int i = 0; i < count(); ++i)
        if (item(i)->text() == current && item(i)->flags() != Qt::NoItemFlags)
            row = i;
    setCurrentRow(row);
    recount();
}

void Sidebar::recount()
{
    // A label added or removed anywhere changes the entries themselves.
    if (m_store->labels() != m_labels) {
        refresh();
        return;
    }
    // Counts are what needs attention: open conversations, except for the status and failed views.
    // The store keeps them as conversations change: one short read for all of them.
    const models::Store::ViewCounts counts = m_store->viewCounts(m_agent);
    const QHash<QString, int> fixed{{QStringLiteral("open"), counts.open},
                                    {QStringLiteral("mine"), counts.mine},
                                    {QStringLiteral("unassigned"), counts.unassigned},
                                    {QStringLiteral("needsHuman"), counts.needsHuman},
                                    {QStringLiteral("failed"), counts.failed},
                                    {QStringLiteral("snoozed"), counts.snoozed},
                                    {QStringLiteral("resolved"), counts.resolved}};
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        if (it->data(SectionRole).toBool())
            continue;
        const QString key = it->data(CountKeyRole).toString();
        int n = fixed.value(key);
        if (key.startsWith(QLatin1String("c:"))) {
            if (const auto kind = models::channelKindFromString(QStringView(key).mid(2)))
                n = counts.channels.value(*kind);
        } else if (key.startsWith(QLatin1String("l:"))) {
            n = counts.labels.value(key.mid(2));
        }
        it->setData(CountRole, n);
        it->setData(Qt::AccessibleDescriptionRole, tr("%n conversation(s)", nullptr, n));
    }
}

int Sidebar::countOf(const QString &title) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->text() == title && !item(i)->data(SectionRole).toBool())
            return item(i)->data(CountRole).toInt();
    return -1;
}

bool Sidebar::selectView(const QString &title)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->text() == title && !item(i)->data(SectionRole).toBool()) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}

ConversationQuery Sidebar::currentQuery() const
{
    const QListWidgetItem *it = currentItem();
    ConversationQuery q = it ? m_queries.value(it->data(QueryIndex).toInt()) : ConversationQuery();
    if (!q.status && !q.failedOnly)
        q.status = ConversationStatus::Open; // the inbox shows what is still open
    return q;
}

QString Sidebar::currentTitle() const
{
    return currentItem() ? currentItem()->text() : QString();
}

} // namespace wasel::ui
