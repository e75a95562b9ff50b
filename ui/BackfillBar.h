#pragma once

// The status bar's view of a backfill (app/BackfillService): which account's history is being
// fetched, a progress bar over its conversations, and Cancel; afterwards, for a while, how it
// ended — and why, when it stopped early. Hidden while nothing runs.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace wasel::app {
class BackfillService;
}

namespace wasel::ui {

class BackfillBar : public QWidget
{
    Q_OBJECT

public:
    explicit BackfillBar(app::BackfillService *backfill, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onProgress(const QString &account, int done, int total);
    void onPaused(const QString &account, const QString &reason, const QDateTime &until);
    void onFinished(const QString &account, bool complete, const QString &reason);

    app::BackfillService *m_backfill;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_hide;
    QString m_account;
    int m_done = 0;
    int m_total = 0;
};

} // namespace wasel::ui
