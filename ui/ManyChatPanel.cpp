#include "ManyChatPanel.h"

#include "ManyChatService.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wasel::ui {

ManyChatPanel::ManyChatPanel(app::ManyChatService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_subscriberEdit(new QLineEdit(this))
    , m_link(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_tagsLabel(new QLabel(this))
    , m_tags(new QListWidget(this))
    , m_tagEdit(new QLineEdit(this))
    , m_addTag(new QPushButton(this))
    , m_removeTag(new QPushButton(this))
    , m_fieldsLabel(new QLabel(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_intentTags(new QCheckBox(this))
    , m_logLabel(new QLabel(this))
    , m_log(new QTreeWidget(this))
{
    m_title->setObjectName(QStringLiteral("manyChatTitle"));
    m_status->setObjectName(QStringLiteral("manyChatStatus"));
    m_error->setObjectName(QStringLiteral("manyChatError"));
    m_subscriberEdit->setObjectName(QStringLiteral("manyChatSubscriberEdit"));
    m_link->setObjectName(QStringLiteral("manyChatLink"));
    m_refresh->setObjectName(QStringLiteral("manyChatRefresh"));
    m_tags->setObjectName(QStringLiteral("manyChatTags"));
    m_tagEdit->setObjectName(QStringLiteral("manyChatTagEdit"));
    m_addTag->setObjectName(QStringLiteral("manyChatAddTag"));
    m_removeTag->setObjectName(QStringLiteral("manyChatRemoveTag"));
    m_fields->setObjectName(QStringLiteral("manyChatFields"));
    m_intentTags->setObjectName(QStringLiteral("manyChatIntentTags"));
    m_log->setObjectName(QStringLiteral("manyChatLog"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *l : {m_status, m_error})
        l->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_subscriberEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_tags->setMaximumHeight(110);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setMaximumHeight(150);
    m_log->setColumnCount(3);
    m_log->setRootIsDecorated(false);
    m_log->setMinimumHeight(120);
    m_log->header()->setStretchLastSection(true);
    m_log->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_refresh);
    layout->addLayout(head);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_subscriberEdit, 1);
    linkRow->addWidget(m_link);
    layout->addLayout(linkRow);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(m_tags);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagEdit, 1);
    tagRow->addWidget(m_addTag);
    tagRow->addWidget(m_removeTag);
    layout->addLayout(tagRow);
    layout->addWidget(m_fieldsLabel);
    layout->addWidget(m_fields);
    layout->addWidget(m_intentTags);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_log, 1);

    connect(m_link, &QPushButton::clicked, this, &ManyChatPanel::link);
    connect(m_subscriberEdit, &QLineEdit::returnPressed, this, &ManyChatPanel::link);
    connect(m_addTag, &QPushButton::clicked, this, &ManyChatPanel::addTag);
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &ManyChatPanel::addTag);
    connect(m_removeTag, &QPushButton::clicked, this, &ManyChatPanel::removeTag);
    connect(m_tags, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeTag->setEnabled(m_tags->currentItem() != nullptr); });
    connect(m_fields, &QTableWidget::cellChanged, this, &ManyChatPanel::onFieldEdited);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_error->hide();
        if (m_service && m_customerId)
            m_service->refresh(m_customerId);
    });
    connect(m_intentTags, &QCheckBox::toggled, this, [this](bool on) {
        if (m_service && !m_loading)
            m_service->setIntentTags(on);
    });
    if (m_service) {
        connect(m_service, &app::ManyChatService::changed, this, [this](qint64 customerId) {
            if (customerId == m_customerId)
                reload();
        });
        connect(m_service, &app::ManyChatService::failed, this, [this](qint64 customerId, const QString &error) {
            if (customerId == m_customerId)
                showError(error);
        });
    }
    retranslate();
    reload();
}

void ManyChatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ManyChatPanel::retranslate()
{
    m_title->setText(tr("ManyChat"));
    m_subscriberEdit->setPlaceholderText(tr("ManyChat subscriber id"));
    m_link->setText(tr("Link"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask ManyChat for this subscriber's name, tags and fields again"));
    m_tagsLabel->setText(tr("Tags"));
    m_tagEdit->setPlaceholderText(tr("New tag (as named in ManyChat)"));
    m_addTag->setText(tr("Add tag"));
    m_removeTag->setText(tr("Remove tag"));
    m_fieldsLabel->setText(tr("Custom fields (double-click a value to change it)"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_intentTags->setText(tr("Add the customer's intents as ManyChat tags (price_inquiry, complaint …)"));
    m_logLabel->setText(tr("ManyChat log"));
    m_log->setHeaderLabels({tr("Time"), tr("Call"), tr("Result")});
}

void ManyChatPanel::setCustomer(qint64 customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_error->hide();
    m_subscriberEdit->clear();
    m_tagEdit->clear();
    reload();
}

void ManyChatPanel::reload()
{
    m_loading = true;
    const auto subscriber = m_service && m_customerId ? m_service->subscriber(m_customerId) : std::nullopt;
    const bool linked = subscriber.has_value();
    const bool available = m_service && m_service->isAvailable();
    if (!m_service)
        m_status->setText(tr("ManyChat is not available in this workspace."));
    else if (!m_customerId)
        m_status->setText(tr("No customer selected."));
    else if (!linked)
        m_status->setText(tr("Not linked to a ManyChat subscriber. Enter the subscriber's id to link this customer."));
    else if (!subscriber->fetchedAt.isValid())
        m_status->setText(tr("Subscriber %1 · not fetched from ManyChat yet").arg(subscriber->id));
    else
        m_status->setText(tr("%1 · subscriber %2 · updated %3")
                              .arg(subscriber->name.isEmpty() ? tr("(no name)") : subscriber->name, subscriber->id,
                                   QLocale().toString(subscriber->fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    if (m_service && linked && !available)
        showError(tr("No ManyChat account is connected: add one on the Channels page."));
    m_subscriberEdit->setVisible(m_service && m_customerId && !linked);
    m_link->setVisible(m_service && m_customerId && !linked);
    for (QWidget *w : {static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_tagEdit),
                       static_cast<QWidget *>(m_addTag), static_cast<QWidget *>(m_fields)})
        w->setEnabled(linked && available);
    m_refresh->setEnabled(linked && available);

    m_tags->clear();
    m_fields->setRowCount(0);
    if (subscriber) {
        m_tags->addItems(subscriber->tags);
        for (const app::ManyChatService::Field &f : subscriber->fields) {
            const int row = m_fields->rowCount();
            m_fields->insertRow(row);
            auto *name = new QTableWidgetItem(f.name);
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            m_fields->setItem(row, 0, name);
            QString value = f.value;
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2); // text shows without its JSON quotes
            m_fields->setItem(row, 1, new QTableWidgetItem(value));
        }
    }
    m_removeTag->setEnabled(false);
    m_intentTags->setEnabled(m_service != nullptr);
    m_intentTags->setChecked(m_service && m_service->intentTags());

    m_log->clear();
    if (m_service && m_customerId) {
        for (const models::ManyChatLogEntry &e : m_service->log(m_customerId)) {
            auto *item = new QTreeWidgetItem(m_log);
            item->setText(0, QLocale().toString(e.createdAt.toLocalTime(), QLocale::NarrowFormat));
            QString call = e.endpoint;
            if (call.startsWith(QLatin1String("/fb/")))
                call = call.mid(4); // every call has it
            item->setText(1, call);
            item->setToolTip(1, e.endpoint);
            item->setText(2, (e.ok ? tr("OK") : tr("Failed")) + QStringLiteral(" · ") + e.summary);
            item->setToolTip(2, e.summary);
        }
    }
    m_loading = false;
}

void ManyChatPanel::link()
{
    if (!m_service || !m_customerId)
        return;
    QString error;
    if (!m_service->link(m_customerId, m_subscriberEdit->text(), &error))
        return showError(error);
    m_error->hide();
    reload();
}

void ManyChatPanel::addTag()
{
    const QString tag = m_tagEdit->text().trimmed();
    if (!m_service || !m_customerId || tag.isEmpty())
        return;
    m_error->hide();
    m_service->addTag(m_customerId, tag);
    m_tagEdit->clear();
}

void ManyChatPanel::removeTag()
{
    if (!m_service || !m_customerId || !m_tags->currentItem())
        return;
    m_error->hide();
    m_service->removeTag(m_customerId, m_tags->currentItem()->text());
}

void ManyChatPanel::onFieldEdited(int row, int column)
{
    if (m_loading || column != 1 || !m_service || !m_customerId)
        return;
    const QTableWidgetItem *name = m_fields->item(row, 0);
    const QTableWidgetItem *value = m_fields->item(row, 1);
    if (!name || !value)
        return;
    m_error->hide();
    m_service->setField(m_customerId, name->text(), value->text());
}

void ManyChatPanel::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

} // namespace wasel::ui
