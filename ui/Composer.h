#pragma once

// Where staff write: a multi-line editor (Ctrl+Enter sends, or Enter with Shift+Enter for a new line;
// "/" at the start of a word offers the canned responses), a private-note toggle, in comment
// threads a choice between a public reply and a private message, and the channel's reply window. When the window is
// closed the send button is disabled and says why; in template mode (WhatsApp) the editor gives way
// to the template picker instead. Notes can always be written.

#include "domain/Types.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace wasel::ui {

class AttachmentStrip;
class CannedPopup;
class TemplateComposer;

class Composer : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    // The reply window of the selected conversation (models::ReplyWindow::State as int).
    void setReplyWindow(int state, const QDateTime &closesAt);
    void setNoteMode(bool note);
    // A comment thread: staff choose between a public reply under the post and a private message.
    void setCommentThread(bool comments);
    bool isPrivateReply() const;
    bool isNoteMode() const;
    void clear();
    void setDraft(const QString &text); // an AI draft for staff to check
    QString text() const;
    // Whether the text about to be sent is the AI's draft: as it wrote it, edited, or not (none was
    // put in, or staff emptied the editor and wrote their own).
    models::AiDraft aiDraft() const;
    void focusEditor();
    QPlainTextEdit *editor() const { return m_editor; }
    // Outside WhatsApp's window only a template may go: the picker replaces the editor (not for notes).
    void setTemplateMode(bool templatesOnly);
    bool isTemplateMode() const { return m_templateMode; }
    TemplateComposer *templates() const { return m_templates; }
    // Files staged to go with the reply (attach button, drops onto the composer).
    AttachmentStrip *attachments() const { return m_attachments; }

    // Which key sends: Ctrl+Enter (Enter makes a new line), or Enter (Shift+Enter makes a new line).
    enum class SendKey {
        CtrlEnter,
        Enter
    };
    void setSendKey(SendKey key);
    SendKey sendKey() const { return m_sendKey; }
    void setCannedResponses(const QList<models::CannedResponse> &responses);
    CannedPopup *cannedPopup() const { return m_canned; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void noteRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateState();
    // The "/word" being typed at the cursor: where its "/" is and what follows it.
    struct CannedToken {
        int start = 0;
        QString filter;
    };
    std::optional<CannedToken> cannedToken() const;
    void offerCanned();
    void insertCanned();
    bool cannedKey(int key); // a key for the open popup; true when it used it

    QPlainTextEdit *m_editor;
    QToolButton *m_note;
    QToolButton *m_privateReply;
    QPushButton *m_send;
    QLabel *m_window;
    TemplateComposer *m_templates;
    AttachmentStrip *m_attachments;
    CannedPopup *m_canned;
    int m_cannedDismissed = -1; // Esc closed the popup for the "/" at this position
    SendKey m_sendKey = SendKey::CtrlEnter;
    bool m_templateMode = false;
    int m_windowState = 0;
    QDateTime m_closesAt;
    QString m_aiDraft; // the AI's draft last put in the editor, until the editor is emptied
};

} // namespace wasel::ui
