#pragma once

// The composer's attachments: an attach button (a file dialog), files dropped onto the composer,
// and one removable chip per staged file (its name and size) until the reply is sent. The strip
// only collects paths (filesOffered); the thread view has InboxActions check and copy them, then
// add() shows the staged copy. Where a conversation cannot send files (Twilio: media must come
// from a public URL) the button is disabled and says why, and a dropped file gets that reason.

#include "domain/Types.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace wasel::ui {

class AttachmentStrip : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentStrip(QWidget *parent = nullptr);

    // The paperclip button; the composer puts it in its row of buttons.
    QToolButton *attachButton() const { return m_attach; }
    // Files dragged onto `target` are offered like chosen ones.
    void acceptDropsOn(QWidget *target);
    // Why files cannot be attached here; empty: they can.
    void setUnavailable(const QString &why);
    QString unavailable() const { return m_unavailable; }

    void add(const models::Attachment &staged);
    QList<models::Attachment> staged() const { return m_staged; }
    bool isEmpty() const { return m_staged.isEmpty(); }
    // After sending: the chips go, the files now belong to the message.
    void clear();
    // Offers paths as if chosen in the dialog (drops and tests).
    void offer(const QStringList &paths);
    // A line under the chips (why a file was refused), until the next offer or clear.
    void showNote(const QString &text);
    QString note() const;

Q_SIGNALS:
    void filesOffered(const QStringList &paths);
    void removed(const models::Attachment &staged); // its chip's × was pressed
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void choose();

    QToolButton *m_attach;
    QWidget *m_chips;
    QHBoxLayout *m_chipRow;
    QLabel *m_note;
    QList<models::Attachment> m_staged;
    QString m_unavailable;
};

} // namespace wasel::ui
