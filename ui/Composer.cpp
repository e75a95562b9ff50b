#include "Composer.h"

#include "AttachmentStrip.h"
#include "CannedPopup.h"
#include "TemplateComposer.h"
#include "Theme.h"
#include "domain/ReplyWindow.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace wasel::ui {

using State = models::ReplyWindow::State;

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_note(new QToolButton(this))
    , m_privateReply(new QToolButton(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_window(new QLabel(this))
    , m_templates(new TemplateComposer(this))
    , m_attachments(new AttachmentStrip(this))
    , m_canned(new CannedPopup(m_editor))
{
    m_editor->setAccessibleName(tr("Reply"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(64);
    m_editor->setMaximumHeight(112);
    m_editor->installEventFilter(this);

    m_note->setText(tr("Private note"));
    m_note->setCheckable(true);
    m_note->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_note->setIcon(theme::glyph(QStringLiteral("note")));
    m_note->setToolTip(tr("Write a note only your team sees (Ctrl+Shift+N)"));
    m_note->setAccessibleName(tr("Private note"));

    m_privateReply->setObjectName(QStringLiteral("privateReplyButton"));
    m_privateReply->setText(tr("Reply privately"));
    m_privateReply->setCheckable(true);
    m_privateReply->setToolTip(tr("Send one private message to the commenter instead of a public reply under the "
                                  "post (once per comment, within 7 days)"));
    m_privateReply->setAccessibleName(tr("Reply privately"));
    m_privateReply->setVisible(false);

    m_send->setIcon(theme::glyph(QStringLiteral("send")));
    m_send->setDefault(true);
    m_send->setAccessibleName(tr("Send"));

    m_window->setAccessibleName(tr("Reply window"));
    m_window->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_note);
    row->addWidget(m_privateReply);
    row->addWidget(m_attachments->attachButton());
    row->addWidget(m_window, 1);
    row->addWidget(m_send);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(12, 8, 12, 12);
    column->setSpacing(6);
    column->addWidget(m_editor);
    column->addWidget(m_attachments);
    column->addWidget(m_templates);
    column->addLayout(row);

    connect(m_send, &QPushButton::clicked, this, &Composer::submit);
    connect(m_note, &QToolButton::toggled, this, &Composer::updateState);
    connect(m_privateReply, &QToolButton::toggled, this, &Composer::updateState);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::updateState);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editor->document()->isEmpty())
            m_aiDraft.clear(); // what is written next is staff's own
    });
    connect(m_attachments, &AttachmentStrip::changed, this, &Composer::updateState);
    m_attachments->acceptDropsOn(m_editor->viewport());
    m_attachments->acceptDropsOn(this);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &Composer::offerCanned);
    connect(m_canned, &CannedPopup::picked, this, &Composer::insertCanned);
    updateState();
}

void Composer::setReplyWindow(int state, const QDateTime &closesAt)
{
    m_windowState = state;
    m_closesAt = closesAt;
    updateState();
}

void Composer::setTemplateMode(bool templatesOnly)
{
    m_templateMode = templatesOnly;
    updateState();
}

void Composer::setNoteMode(bool note)
{
    m_note->setChecked(note);
}

void Composer::setCommentThread(bool comments)
{
    m_privateReply->setChecked(false);
    m_privateReply->setVisible(comments);
}

bool Composer::isPrivateReply() const
{
    return m_privateReply->isVisibleTo(this) && m_privateReply->isChecked();
}

bool Composer::isNoteMode() const
{
    return m_note->isChecked();
}

void Composer::clear()
{
    m_editor->clear();
    m_templates->clearValues();
    m_attachments->clear();
}

void Composer::setDraft(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_aiDraft = text;
}

models::AiDraft Composer::aiDraft() const
{
    if (m_aiDraft.trimmed().isEmpty())
        return models::AiDraft::None;
    return text().trimmed() == m_aiDraft.trimmed() ? models::AiDraft::AsWritten : models::AiDraft::Edited;
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::focusEditor()
{
    if (m_templates->isVisibleTo(this))
        m_templates->focusPicker();
    else
        m_editor->setFocus(Qt::ShortcutFocusReason);
}

void Composer::setSendKey(SendKey key)
{
    m_sendKey = key;
    updateState();
}

void Composer::setCannedResponses(const QList<models::CannedResponse> &responses)
{
    m_canned->setResponses(responses);
    if (m_canned->isVisible())
        offerCanned();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        m_canned->hide();
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_canned->isVisible() && cannedKey(key->key()))
            return true;
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
            if (mods & Qt::ControlModifier) {
                submit();
                return true;
            }
            if (m_sendKey == SendKey::Enter) {
                if (mods & Qt::ShiftModifier)
                    m_editor->insertPlainText(QStringLiteral("\n")); // a plain new line, not a soft break
                else
                    submit();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<Composer::CannedToken> Composer::cannedToken() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return std::nullopt;
    const QString block = cursor.block().text();
    const int pos = cursor.positionInBlock();
    int start = pos;
    while (start > 0 && !block.at(start - 1).isSpace())
        --start;
    if (start >= block.size() || block.at(start) != u'/')
        return std::nullopt;
    return CannedToken{cursor.block().position() + start, block.mid(start + 1, pos - start - 1)};
}

void Composer::offerCanned()
{
    const auto token = cannedToken();
    if (!token || token->start == m_cannedDismissed || !m_editor->hasFocus() || !m_editor->isVisible()) {
        if (!token)
            m_cannedDismissed = -1;
        m_canned->hide();
        return;
    }
    m_canned->showFor(token->filter, m_editor->cursorRect().translated(m_editor->viewport()->pos()));
}

bool Composer::cannedKey(int key)
{
    switch (key) {
    case Qt::Key_Down:
        m_canned->step(1);
        return true;
    case Qt::Key_Up:
        m_canned->step(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        insertCanned();
        return true;
    case Qt::Key_Escape:
        if (const auto token = cannedToken())
            m_cannedDismissed = token->start;
        m_canned->hide();
        return true;
    default:
        return false;
    }
}

void Composer::insertCanned()
{
    const auto response = m_canned->current();
    const auto token = cannedToken();
    m_canned->hide();
    if (!response || !token)
        return;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(token->start, QTextCursor::KeepAnchor);
    cursor.insertText(response->body);
    m_editor->setTextCursor(cursor);
}

void Composer::submit()
{
    const QString text = m_editor->toPlainText().trimmed();
    const bool files = !isNoteMode() && !m_attachments->isEmpty();
    if ((text.isEmpty() && !files) || !m_send->isEnabled())
        return;
    if (isNoteMode())
        Q_EMIT noteRequested(text);
    else
        Q_EMIT sendRequested(text);
}

void Composer::updateState()
{
    const bool note = isNoteMode();
    const bool closed = State(m_windowState) == State::Closed;
    const QString window = theme::replyWindowText(m_windowState, m_closesAt, QDateTime::currentDateTimeUtc());
    if (note) {
        m_window->setText(tr("Only your team sees notes."));
    } else if (m_privateReply->isVisibleTo(this)) {
        m_window->setText(m_privateReply->isChecked() ? tr("A private message to the commenter.")
                                                      : tr("A public reply under the post."));
    } else if (closed && m_templateMode) {
        m_window->setText(tr("More than 24 hours since the customer wrote: only an approved template can be sent."));
    } else if (closed) {
        m_window->setText(tr("Reply window closed: the customer has to write again before you can answer."));
    } else if (State(m_windowState) == State::HumanAgent) {
        m_window->setText(tr("Human agent reply: %1").arg(window));
    } else {
        m_window->setText(window.isEmpty() ? QString() : tr("Reply window: %1").arg(window));
    }
    QPalette pal = m_window->palette();
    pal.setColor(QPalette::WindowText, closed && !note ? theme::dangerColor(palette()) : theme::mutedText(palette()));
    m_window->setPalette(pal);
    m_send->setText(note ? tr("Add note") : tr("Send"));
    const bool comments = m_privateReply->isVisibleTo(this);
    m_privateReply->setEnabled(!note);
    const bool files = !note && !m_attachments->isEmpty();
    m_send->setEnabled((!m_editor->toPlainText().trimmed().isEmpty() || files) && (note || comments || !closed));
    const bool enterSends = m_sendKey == SendKey::Enter;
    m_editor->setPlaceholderText(note ? tr("Write a private note…")
                                     : enterSends
                                     ? tr("Write a reply… (Enter to send, Shift+Enter for a new line, / for "
                                          "canned responses)")
                                     : tr("Write a reply… (Ctrl+Enter to send, / for canned responses)"));
    m_send->setToolTip(enterSends ? tr("Send (Enter)") : tr("Send (Ctrl+Enter)"));
    const bool templates = m_templateMode && !note;
    m_templates->setVisible(templates);
    m_editor->setVisible(!templates);
    m_send->setVisible(!templates);
    m_attachments->setVisible(!templates && !note);
    m_attachments->attachButton()->setVisible(!templates && !note);
}

} // namespace wasel::ui
