#include "CustomerPanel.h"

#include "ConversationListModel.h"
#include "InboxActions.h"
#include "Theme.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wasel::ui {

namespace {

constexpr int PanelAvatar = 56;
constexpr int ConversationIdRole = Qt::UserRole + 1;
constexpr int FieldKeyRole = Qt::UserRole + 2;

// Ids, handles and numbers read left to right inside Arabic text (LRI … PDI).
QString isolated(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

// A list that is as tall as its rows: the panel scrolls, not each list.
QListWidget *compactList(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setFrameShape(QFrame::NoFrame);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setTextElideMode(Qt::ElideRight);
    QPalette pal = list->palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    list->setPalette(pal);
    return list;
}

} // namespace

CustomerPanel::CustomerPanel(models::Store *store, app::InboxActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(actions)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_identities(compactList(QStringLiteral("identities"), tr("Identities on each channel"), this))
    , m_labels(new QLabel(this))
    , m_notes(compactList(QStringLiteral("notes"), tr("Private notes"), this))
    , m_noteEdit(new QLineEdit(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_newKey(new QLineEdit(this))
    , m_newValue(new QLineEdit(this))
    , m_others(compactList(QStringLiteral("otherConversations"), tr("Other conversations"), this))
    , m_empty(new QLabel(tr("No customer selected."), this))
{
    setObjectName(QStringLiteral("customerPanel"));
    setAccessibleName(tr("Customer"));
    setMinimumWidth(240);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &CustomerPanel::refresh);

    m_avatar->setFixedSize(PanelAvatar, PanelAvatar);
    m_avatar->setAccessibleName(tr("Customer's picture"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setAccessibleName(tr("Customer's name"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_labels->setObjectName(QStringLiteral("customerLabels"));
    m_labels->setAccessibleName(tr("Labels"));
    m_labels->setWordWrap(true);
    m_identities->setSelectionMode(QAbstractItemView::NoSelection);
    m_identities->setFocusPolicy(Qt::TabFocus);
    m_notes->setSelectionMode(QAbstractItemView::NoSelection);
    m_notes->setFocusPolicy(Qt::TabFocus);
    m_noteEdit->setObjectName(QStringLiteral("panelNote"));
    m_noteEdit->setPlaceholderText(tr("Add a private note…"));
    m_noteEdit->setAccessibleName(tr("New private note"));
    m_noteEdit->setClearButtonEnabled(true);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &CustomerPanel::addTypedNote);

    m_fields->setObjectName(QStringLiteral("customerFields"));
    m_fields->setAccessibleName(tr("Customer fields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_fields->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_fields->setToolTip(tr("Edit a value to change it; empty it to remove the field."));
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
    connect(m_fields, &QTableWidget::itemChanged, this, &CustomerPanel::onFieldEdited);
    m_newKey->setObjectName(QStringLiteral("newFieldKey"));
    m_newKey->setPlaceholderText(tr("Field"));
    m_newKey->setAccessibleName(tr("New field's name"));
    m_newValue->setObjectName(QStringLiteral("newFieldValue"));
    m_newValue->setPlaceholderText(tr("Value"));
    m_newValue->setAccessibleName(tr("New field's value"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addFieldButton"));
    add->setAccessibleName(tr("Add the field"));
    connect(add, &QPushButton::clicked, this, &CustomerPanel::addTypedField);
    connect(m_newKey, &QLineEdit::returnPressed, this, &CustomerPanel::addTypedField);
    connect(m_newValue, &QLineEdit::returnPressed, this, &CustomerPanel::addTypedField);

    m_others->setToolTip(tr("Press Enter or double-click to open"));
    connect(m_others, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT conversationActivated(item->data(ConversationIdRole).toLongLong());
    });

    m_content = new QWidget(this);
    m_sections = new QVBoxLayout(m_content);
    m_sections->setContentsMargins(12, 12, 12, 12);
    m_sections->setSpacing(4);
    auto *who = new QHBoxLayout;
    who->setSpacing(10);
    who->addWidget(m_avatar, 0, Qt::AlignTop);
    who->addWidget(m_name, 1);
    m_sections->addLayout(who);
    m_sections->addWidget(heading(tr("On each channel")));
    m_sections->addWidget(m_identities);
    m_sections->addWidget(heading(tr("Labels")));
    m_sections->addWidget(m_labels);
    m_sections->addWidget(heading(tr("Private notes")));
    m_sections->addWidget(m_notes);
    m_sections->addWidget(m_noteEdit);
    m_sections->addWidget(heading(tr("Fields")));
    m_sections->addWidget(m_fields);
    auto *newField = new QHBoxLayout;
    newField->addWidget(m_newKey, 2);
    newField->addWidget(m_newValue, 3);
    newField->addWidget(add);
    m_sections->addLayout(newField);
    m_sections->addWidget(heading(tr("Other conversations")));
    m_sections->addWidget(m_others);
    m_sections->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll = scroll;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    connect(m_store, &models::Store::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId || m_customerConversations.contains(id))
            m_refresh.start();
        else if (m_customerId)
            m_unknown.insert(id); // perhaps a new conversation of this customer: looked at shortly
        if (!m_unknown.isEmpty() && !m_checkUnknown.isActive())
            m_checkUnknown.start();
    });
    // Coalesced, so a burst of webhook traffic costs one look per conversation, not per message.
    m_checkUnknown.setSingleShot(true);
    m_checkUnknown.setInterval(200);
    connect(&m_checkUnknown, &QTimer::timeout, this, [this] {
        const QSet<qint64> ids = std::exchange(m_unknown, {});
        for (qint64 id : ids) {
            const auto c = m_store->conversation(id);
            if (c && c->customerId == m_customerId) {
                m_refresh.start();
                return;
            }
        }
    });
    connect(m_store, &models::Store::customerChanged, this, [this](qint64 id) {
        if (id == m_customerId)
            m_refresh.start();
    });
    refresh();
}

QLabel *CustomerPanel::heading(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    label->setFont(f);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(pal));
    label->setPalette(pal);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

void CustomerPanel::addSection(const QString &title, QWidget *section)
{
    // Before the final stretch, so added sections follow the built-in ones.
    const int at = m_sections->count() - 1;
    section->setParent(m_content);
    m_sections->insertWidget(at, heading(title));
    m_sections->insertWidget(at + 1, section);
    if (section->accessibleName().isEmpty())
        section->setAccessibleName(title);
}

void CustomerPanel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_refresh.stop();
    refresh();
}

void CustomerPanel::refresh()
{
    const auto c = m_conversationId ? m_store->conversation(m_conversationId) : std::nullopt;
    const qint64 customer = c ? c->customerId : 0;
    const bool changed = customer != m_customerId;
    m_customerId = customer;
    m_empty->setVisible(!c);
    m_scroll->setVisible(c.has_value());
    if (!c) {
        m_customerConversations.clear();
        if (changed)
            Q_EMIT customerChanged(0);
        return;
    }
    m_name->setText(c->customerName.isEmpty() ? tr("Unknown customer") : c->customerName);
    QPixmap picture = m_avatars.get(c->avatarPath, PanelAvatar, devicePixelRatioF());
    if (picture.isNull())
        picture = initialsAvatar(models::initialsOf(c->customerName), c->customerId, PanelAvatar, devicePixelRatioF(),
                                 font());
    m_avatar->setPixmap(picture);

    m_identities->clear();
    for (const models::Identity &identity : m_store->identities(customer)) {
        QString text = models::channelDisplayName(identity.channel);
        if (!identity.username.isEmpty())
            text += QStringLiteral(" · ") + isolated(u'@' + identity.username);
        text += QStringLiteral(" · ") + isolated(identity.externalId);
        auto *item = new QListWidgetItem(theme::channelIcon(identity.channel), text, m_identities);
        item->setToolTip(identity.externalId);
    }

    m_labels->setText(c->labels.isEmpty() ? tr("No labels") : c->labels.join(QStringLiteral(", ")));

    const QList<models::Conversation> conversations = m_store->customerConversations(customer);
    m_customerConversations.clear();
    m_notes->clear();
    m_others->clear();
    QList<models::Note> notes;
    for (const models::Conversation &other : conversations) {
        m_customerConversations.append(other.id);
        notes += m_store->notes(other.id);
        if (other.id == m_conversationId)
            continue;
        const QString line =
            tr("%1 · %2").arg(models::channelDisplayName(other.channel),
                              theme::relativeTime(other.lastActivityAt, QDateTime::currentDateTimeUtc()));
        auto *item = new QListWidgetItem(
            theme::channelIcon(other.channel),
            other.lastMessagePreview.isEmpty() ? line : line + u'\n' + other.lastMessagePreview, m_others);
        item->setData(ConversationIdRole, other.id);
    }
    if (m_others->count() == 0)
        new QListWidgetItem(tr("No other conversations"), m_others);
    std::sort(notes.begin(), notes.end(),
              [](const models::Note &a, const models::Note &b) { return a.createdAt > b.createdAt; });
    for (const models::Note &note : std::as_const(notes)) {
        const QString when = QLocale().toString(note.createdAt.toLocalTime(), QLocale::ShortFormat);
        new QListWidgetItem(tr("%1, %2:\n%3").arg(note.author, when, note.body), m_notes);
    }
    if (notes.isEmpty())
        new QListWidgetItem(tr("No notes yet"), m_notes);
    refreshFields();
    if (changed)
        Q_EMIT customerChanged(customer);
}

void CustomerPanel::refreshFields()
{
    const QSignalBlocker blocker(m_fields);
    const auto fields = m_store->customerFields(m_customerId);
    m_fields->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        auto *key = new QTableWidgetItem(fields[row].first);
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *value = new QTableWidgetItem(fields[row].second);
        value->setData(FieldKeyRole, fields[row].first);
        m_fields->setItem(row, 0, key);
        m_fields->setItem(row, 1, value);
    }
    m_fields->resizeColumnToContents(0);
}

void CustomerPanel::onFieldEdited(QTableWidgetItem *item)
{
    const QString key = item->data(FieldKeyRole).toString();
    if (key.isEmpty() || !m_customerId)
        return;
    if (!m_actions->setCustomerField(m_customerId, key, item->text()))
        m_refresh.start(); // the stored value comes back
}

void CustomerPanel::addTypedField()
{
    if (!m_customerId)
        return;
    if (m_newKey->text().trimmed().isEmpty()) {
        m_newKey->setFocus();
        return;
    }
    if (m_actions->setCustomerField(m_customerId, m_newKey->text(), m_newValue->text())) {
        m_newKey->clear();
        m_newValue->clear();
        m_newKey->setFocus();
    }
}

void CustomerPanel::focusFirst()
{
    m_identities->setFocus(Qt::ShortcutFocusReason);
}

void CustomerPanel::addTypedNote()
{
    if (m_conversationId && m_actions->addNote(m_conversationId, m_noteEdit->text()))
        m_noteEdit->clear();
}

} // namespace wasel::ui
