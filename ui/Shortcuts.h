#pragma once

// The window's keyboard actions as one table: each row binds its keys and is listed, translated,
// in the overlay Ctrl+/ opens. What the overlay shows is what is bound, because both come from here.

#include <QDialog>
#include <QKeySequence>

#include <functional>

class QTableWidget;

namespace wasel::ui {

struct ShortcutAction {
    const char *id; // object name of its QShortcut, stable for tests
    QKeySequence keys;
    const char *text; // QT_TRANSLATE_NOOP("Shortcuts", …), translated when shown
    std::function<void()> run;
};

// The action's description in the current language.
QString shortcutText(const ShortcutAction &action);

// Binds every row as a window shortcut of `window`.
void installShortcuts(QWidget *window, const QList<ShortcutAction> &actions);

// Every shortcut of the table, in its order, with its keys as this platform writes them.
class ShortcutOverlay : public QDialog
{
    Q_OBJECT

public:
    ShortcutOverlay(const QList<ShortcutAction> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace wasel::ui
