#include "CannedResponsesDialog.h"

#include "CannedPopup.h"
#include "Theme.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wasel::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

}

CannedResponsesDialog::CannedResponsesDialog(models::Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_shortcut(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Canned responses"));
    setObjectName(QStringLiteral("cannedDialog"));
    m_list->setObjectName(QStringLiteral("cannedList"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_shortcut->setObjectName(QStringLiteral("cannedShortcut"));
    m_shortcut->setPlaceholderText(tr("e.g. delivery"));
    m_title->setObjectName(QStringLiteral("cannedTitle"));
    m_title->setPlaceholderText(tr("e.g. Delivery times"));
    m_body->setObjectName(QStringLiteral("cannedBody"));
    m_body->setPlaceholderText(tr("The text that goes into the reply"));
    m_body->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("cannedError"));
    m_error->setWordWrap(true);
    QPalette danger = m_error->palette();
    danger.setColor(QPalette::WindowText, theme::dangerColor(palette()));
    m_error->setPalette(danger);
    m_error->hide();
    m_save->setObjectName(QStringLiteral("cannedSave"));
    m_remove->setObjectName(QStringLiteral("cannedRemove"));
    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("cannedNew"));

    showRowsInTheirOwnDirection(m_list);
    m_shortcut->setToolTip(tr("Type / and the shortcut in a reply to insert the text"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Shortcut"), m_shortcut);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Text"), m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_error);
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    const QFontMetrics fm(font());
    resize(fm.averageCharWidth() * 90, fm.height() * 22); // in text units: right at any scale
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &CannedResponsesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CannedResponsesDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &CannedResponsesDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedResponsesDialog::showSelected);
    reload();
}

void CannedResponsesDialog::reload()
{
    const qint64 keep = m_editing;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const models::CannedResponse &r : m_store->cannedResponses()) {
        auto *item = new QListWidgetItem(r.title.isEmpty() ? QStringLiteral("/") + r.shortcut
                                                           : QStringLiteral("/%1 — %2").arg(r.shortcut, r.title),
                                         m_list);
        item->setData(IdRole, r.id);
        if (r.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0 && keep == 0 && m_shortcut->text().isEmpty())
        m_list->setCurrentRow(0);
    showSelected();
}

void CannedResponsesDialog::showSelected()
{
    setError(QString());
    const QListWidgetItem *item = m_list->currentItem();
    m_editing = item ? item->data(IdRole).toLongLong() : 0;
    m_remove->setEnabled(m_editing != 0);
    if (!item)
        return;
    for (const models::CannedResponse &r : m_store->cannedResponses()) {
        if (r.id == m_editing) {
            m_shortcut->setText(r.shortcut);
            m_title->setText(r.title);
            m_body->setPlainText(r.body);
        }
    }
}

void CannedResponsesDialog::startNew()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_editing = 0;
    m_remove->setEnabled(false);
    m_shortcut->clear();
    m_title->clear();
    m_body->clear();
    setError(QString());
    m_shortcut->setFocus();
}

bool CannedResponsesDialog::save()
{
    QString shortcut = m_shortcut->text().trimmed();
    if (shortcut.startsWith(u'/'))
        shortcut.remove(0, 1);
    const QString body = m_body->toPlainText().trimmed();
    if (shortcut.isEmpty() || shortcut.contains(u' ') || shortcut.contains(u'/'))
        return refuse(tr("The shortcut is one word without spaces, such as “delivery”."));
    if (body.isEmpty())
        return refuse(tr("Write the text of the response."));
    for (const models::CannedResponse &r : m_store->cannedResponses()) {
        if (r.shortcut.compare(shortcut, Qt::CaseInsensitive) == 0 && r.id != m_editing)
            return refuse(tr("Another response already has the shortcut /%1.").arg(shortcut));
    }
    const models::CannedResponse response{m_editing, shortcut, m_title->text().trimmed(), body};
    if (m_editing) {
        if (!m_store->updateCannedResponse(response))
            return refuse(tr("Could not save: %1").arg(m_store->lastError().message));
    } else {
        const qint64 id = m_store->addCannedResponse(response);
        if (!id)
            return refuse(tr("Could not save: %1").arg(m_store->lastError().message));
        m_editing = id;
    }
    reload();
    return true;
}

bool CannedResponsesDialog::removeSelected()
{
    if (!m_editing)
        return false;
    if (!m_store->removeCannedResponse(m_editing))
        return refuse(tr("Could not remove: %1").arg(m_store->lastError().message));
    m_editing = 0;
    m_shortcut->clear();
    m_title->clear();
    m_body->clear();
    reload();
    return true;
}

bool CannedResponsesDialog::refuse(const QString &error)
{
    setError(error);
    return false;
}

void CannedResponsesDialog::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace wasel::ui
