#include "KnowledgePage.h"

#include "OfflineResponder.h"
#include "Theme.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wasel::ui {

using models::KnowledgeItem;

KnowledgePage::KnowledgePage(app::AutomationSetup *setup, QWidget *parent)
    : QWidget(parent)
    , m_setup(setup)
{
    setWindowTitle(tr("Knowledge base"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The AI answers product and delivery questions from these entries only; what is "
                                "not here goes to a person."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *toolbar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name or tag"));
    m_filter->setClearButtonEnabled(true);
    toolbar->addWidget(m_filter, 1);
    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("newItemButton"));
    auto *import = new QPushButton(tr("Import CSV…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    for (QPushButton *b : {add, import, exportButton})
        toolbar->addWidget(b);
    layout->addLayout(toolbar);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("knowledgeTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_kind->addItem(tr("Product"), QStringLiteral("product"));
    m_kind->addItem(tr("Question and answer"), QStringLiteral("faq"));
    form->addRow(tr("Kind"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("itemNameEdit"));
    m_nameLabel = new QLabel(this);
    form->addRow(m_nameLabel, m_name);
    auto *priceRow = new QHBoxLayout;
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setPlaceholderText(tr("empty: no price given"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("IQD"), QStringLiteral("THB"), QStringLiteral("USD")});
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    form->addRow(tr("Price"), priceRow);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_descriptionLabel = new QLabel(this);
    form->addRow(m_descriptionLabel, m_description);
    m_stock = new QLineEdit(this);
    m_stock->setObjectName(QStringLiteral("stockEdit"));
    m_stock->setPlaceholderText(tr("empty: stock not tracked"));
    form->addRow(tr("In stock"), m_stock);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("words customers use, separated by commas: bag, جنطة, กระเป๋า"));
    form->addRow(tr("Tags"), m_tags);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveItemButton"));
    save->setDefault(true);
    actions->addWidget(m_remove);
    actions->addWidget(save);
    layout->addLayout(actions);

    connect(add, &QPushButton::clicked, this, &KnowledgePage::newItem);
    connect(save, &QPushButton::clicked, this, &KnowledgePage::save);
    connect(m_remove, &QPushButton::clicked, this, &KnowledgePage::remove);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KnowledgePage::updateKind);
    connect(m_filter, &QLineEdit::textChanged, this, &KnowledgePage::reload);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import products and questions"), QString(),
                                                          tr("Spreadsheets (*.csv)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export products and questions"),
                                                          QStringLiteral("knowledge.csv"), tr("Spreadsheets (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_items.size())
            showItem(m_items.at(row));
    });
    connect(m_setup->store(), &models::Store::knowledgeChanged, this, &KnowledgePage::reload);
    reload();
    newItem();
}

void KnowledgePage::reload()
{
    const QString filter = m_filter->text().trimmed();
    m_items.clear();
    for (const KnowledgeItem &item : m_setup->knowledge()) {
        if (filter.isEmpty() || item.name.contains(filter, Qt::CaseInsensitive)
            || item.tags.join(u' ').contains(filter, Qt::CaseInsensitive))
            m_items.append(item);
    }
    const QSignalBlocker block(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name or question"), tr("Price"), tr("Stock"), tr("Tags"), tr("Description or answer")});
    m_table->setRowCount(int(m_items.size()));
    int current = -1;
    const QLocale locale;
    for (int row = 0; row < m_items.size(); ++row) {
        const KnowledgeItem &item = m_items.at(row);
        const bool faq = item.kind == KnowledgeItem::Kind::Faq;
        const QString price =
            item.price ? app::formatPrice(*item.price, item.currency, QStringLiteral("en")) : QString();
        const QString stock = item.stock ? locale.toString(*item.stock) : QString();
        const QStringList cells{
            faq ? tr("FAQ") : tr("Product"), item.name, price, stock, item.tags.join(QStringLiteral(", ")),
            item.description.simplified()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        if (item.id == m_currentId)
            current = row;
    }
    if (current >= 0)
        m_table->selectRow(current);
}

void KnowledgePage::showItem(const KnowledgeItem &item)
{
    m_currentId = item.id;
    m_kind->setCurrentIndex(item.kind == KnowledgeItem::Kind::Faq ? 1 : 0);
    m_name->setText(item.name);
    m_price->setText(item.price ? QString::number(*item.price, 'f', 2) : QString());
    m_currency->setCurrentText(item.currency);
    m_description->setPlainText(item.description);
    m_stock->setText(item.stock ? QString::number(*item.stock) : QString());
    m_tags->setText(item.tags.join(QStringLiteral(", ")));
    m_remove->setEnabled(item.id != 0);
    updateKind();
    setStatus(QString(), false);
}

void KnowledgePage::newItem()
{
    m_table->clearSelection();
    KnowledgeItem blank;
    blank.currency = m_currency->currentText();
    showItem(blank);
}

void KnowledgePage::updateKind()
{
    const bool faq = m_kind->currentData().toString() == QLatin1String("faq");
    m_nameLabel->setText(faq ? tr("Question") : tr("Name"));
    m_descriptionLabel->setText(faq ? tr("Answer") : tr("Description"));
    m_price->setEnabled(!faq);
    m_currency->setEnabled(!faq);
    m_stock->setEnabled(!faq);
}

void KnowledgePage::save()
{
    KnowledgeItem item;
    item.id = m_currentId;
    item.kind = m_kind->currentData().toString() == QLatin1String("faq") ? KnowledgeItem::Kind::Faq
                                                                         : KnowledgeItem::Kind::Product;
    item.name = m_name->text().trimmed();
    item.description = m_description->toPlainText().trimmed();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            item.tags.append(tag.trimmed());
    if (item.kind == KnowledgeItem::Kind::Product) {
        // Shops write 25,000 or 25000 or ٢٥٠٠٠; the price field takes any of them.
        QString price = m_price->text().trimmed();
        price.remove(u',');
        for (QChar &c : price)
            if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
                c = QChar(u'0' + (c.unicode() - 0x0660));
        if (!price.isEmpty()) {
            bool ok = false;
            const double value = price.toDouble(&ok);
            if (!ok)
                return setStatus(tr("The price \"%1\" is not a number.").arg(m_price->text()), true);
            item.price = value;
        }
        item.currency = m_currency->currentText().trimmed().toUpper();
        if (const QString stock = m_stock->text().trimmed(); !stock.isEmpty()) {
            bool ok = false;
            const int value = stock.toInt(&ok);
            if (!ok)
                return setStatus(tr("The stock \"%1\" is not a whole number.").arg(stock), true);
            item.stock = value;
        }
    }
    QString error;
    const qint64 id = m_setup->saveKnowledge(item, &error);
    if (!id)
        return setStatus(error, true);
    m_currentId = id;
    m_remove->setEnabled(true);
    reload();
    setStatus(tr("Saved. The AI uses it from the next message."), false);
}

void KnowledgePage::remove()
{
    if (!m_currentId)
        return;
    QString error;
    if (!m_setup->removeKnowledge(m_currentId, &error))
        return setStatus(error, true);
    m_currentId = 0;
    reload();
    newItem();
    setStatus(tr("Removed."), false);
}

void KnowledgePage::importFrom(const QString &path)
{
    const app::CsvImportResult r = m_setup->importCsv(path);
    reload();
    if (r.ok())
        return setStatus(tr("Entries imported: %1.").arg(r.saved), false);
    setStatus(tr("Entries imported: %1. These rows were skipped:").arg(r.saved) + u'\n'
                  + r.errors.mid(0, 8).join(u'\n'),
              true);
}

void KnowledgePage::exportTo(const QString &path)
{
    QString error;
    if (!m_setup->exportCsv(path, &error))
        return setStatus(error, true);
    setStatus(tr("Exported to %1.").arg(path), false);
}

QString KnowledgePage::status() const
{
    return m_status->text();
}

void KnowledgePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? theme::dangerColor(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

} // namespace wasel::ui
