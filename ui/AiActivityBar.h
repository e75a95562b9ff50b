#pragma once

// The line above the composer that shows what the AI is doing in the selected conversation: the
// reply it is writing, streamed as it grows (auto mode: it goes to the customer when done; draft
// mode: it grows in the composer), the draft waiting for staff to send, edit or discard, and why
// the AI service failed. Hidden when the AI is idle.

#include <QWidget>

class QLabel;
class QToolButton;

namespace wasel::models {
class Store;
}

namespace wasel::app {
class AssistantActivity;
}

namespace wasel::ui {

class Composer;

class AiActivityBar : public QWidget
{
    Q_OBJECT

public:
    AiActivityBar(models::Store *store, app::AssistantActivity *activity, Composer *composer,
                  QWidget *parent = nullptr);

    // Call after the thread view switched (it clears the composer); a waiting draft goes back in.
    void setConversation(qint64 conversationId);
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // Puts the AI's text in the composer unless staff typed something of their own there.
    void offer(const QString &text);

    models::Store *m_store;
    app::AssistantActivity *m_activity;
    Composer *m_composer;
    qint64 m_conversationId = 0;
    QString m_offered; // what the bar last put in the composer
    QLabel *m_text;
    QToolButton *m_discard;
    QToolButton *m_dismiss;
};

} // namespace wasel::ui
