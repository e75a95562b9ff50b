#include "Shortcuts.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wasel::ui {

QString shortcutText(const ShortcutAction &action)
{
    return QCoreApplication::translate("Shortcuts", action.text);
}

void installShortcuts(QWidget *window, const QList<ShortcutAction> &actions)
{
    for (const ShortcutAction &action : actions) {
        auto *shortcut = new QShortcut(action.keys, window);
        shortcut->setObjectName(QLatin1String(action.id));
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, action.run);
    }
}

ShortcutOverlay::ShortcutOverlay(const QList<ShortcutAction> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(actions.size()), 2, this))
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    for (int row = 0; row < actions.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(shortcutText(actions[row])));
        // Keys read left to right in every language ("Ctrl+Shift+E").
        auto *keys =
            new QTableWidgetItem(QChar(0x2066) + actions[row].keys.toString(QKeySequence::NativeText) + QChar(0x2069));
        m_table->setItem(row, 1, keys);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setCurrentCell(0, 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace wasel::ui
