#pragma once

// The two keyboard-first finders over the whole inbox, in one popup: the quick switcher (Ctrl+K) over
// customers and their conversations, and full-text search (Ctrl+F) over every message through the
// store's Arabic- and Thai-aware index. Typing refreshes the results; Up/Down move, Enter opens, Esc
// closes. Snippets are plain text: matches are highlighted by character ranges, never as markup.

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QTimer;

namespace wasel::models {
class Store;
}

namespace wasel::ui {

// A store snippet (matches wrapped in \x02 … \x03) as plain text plus the highlighted ranges.
struct HighlightedText {
    QString text;
    QList<std::pair<int, int>> ranges; // (start, length) in text
};
HighlightedText parseSnippet(const QString &marked);

// The roles of the popup's result rows.
struct SearchResultRole {
    enum { // no underlying type: lupdate 6.4 loses the classes after `enum : int` here
        ConversationId = Qt::UserRole + 1, // qint64
        MessageId, // qint64, 0 for a conversation row
        Title, // QString: the customer's name
        Detail, // QString: channel and time (one line, muted)
        Snippet, // QString: plain text shown under the title
        Ranges, // QVariantList of QPoint(start, length): what to highlight in Snippet
    };
};

class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    enum class Mode {
        Switcher, // Ctrl+K: customers and conversations
        Messages, // Ctrl+F: full text of every message
    };

    SearchPopup(models::Store *store, QWidget *parent);

    // Shows the popup over the top of `window`, in `mode`, with the input focused (text kept per mode).
    void open(Mode mode, QWidget *window);
    Mode mode() const { return m_mode; }
    QLineEdit *input() const { return m_input; }
    QListView *results() const { return m_view; }
    // Runs the current query now (typing waits a moment, so fast typists do not search every letter).
    void refresh();

Q_SIGNALS:
    // A result was chosen: open the conversation, scrolled to the message when messageId is set.
    void chosen(qint64 conversationId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillConversations(const QString &query);
    void fillMessages(const QString &query);
    void choose(int row);

    models::Store *m_store;
    Mode m_mode = Mode::Switcher;
    QLineEdit *m_input;
    QListView *m_view;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTimer *m_debounce;
    QString m_queries[2];
};

} // namespace wasel::ui
