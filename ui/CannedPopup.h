#pragma once

// The canned responses offered while typing "/" at the start of a word in the composer: a small
// list under the cursor, filtered by what follows the slash (shortcut first, then title and text).
// It never takes the focus; the composer forwards Up, Down, Enter, Tab and Esc to it.

#include "domain/Types.h"

#include <QListWidget>

#include <optional>

namespace wasel::ui {

// Shows each row in its own text's direction (an English response in an Arabic window stays LTR).
void showRowsInTheirOwnDirection(QAbstractItemView *view);

class CannedPopup : public QListWidget
{
    Q_OBJECT

public:
    explicit CannedPopup(QWidget *anchor);

    void setResponses(const QList<models::CannedResponse> &responses);
    const QList<models::CannedResponse> &responses() const { return m_responses; }
    // The responses matching `filter` (what was typed after "/"), best first.
    QList<models::CannedResponse> matching(const QString &filter) const;
    // Shows the matches under `cursor` (the text cursor, in the anchor's coordinates); hides and
    // returns false when nothing matches.
    bool showFor(const QString &filter, const QRect &cursor);
    void step(int rows);
    std::optional<models::CannedResponse> current() const;

Q_SIGNALS:
    void picked(); // clicked: insert current()

private:
    QWidget *m_anchor;
    QList<models::CannedResponse> m_responses;
    QList<models::CannedResponse> m_shown;
};

} // namespace wasel::ui
