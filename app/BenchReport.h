#pragma once

// The inbox benchmark's probe (tests/bench/inbox, `wasel --bench-report FILE [--bench-open ID]`):
// writes when the conversation list first painted a page of rows and, with --bench-open, when the
// given conversation's thread first painted its messages after being opened (as selecting it in
// the list opens it), then the peak RSS, and quits. Times are microseconds since the epoch, so the
// launcher can subtract the moment it started the process.

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace wasel::ui {
class MainWindow;
}

namespace wasel::app {

class BenchReport : public QObject
{
    Q_OBJECT

public:
    BenchReport(const QString &file, qint64 openConversation, ui::MainWindow *window);

    static qint64 nowUs();
    void mark(const QString &name, qint64 us = nowUs());

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void listPainted();
    void threadPainted();
    void finish(bool ok);

    QString m_file;
    qint64 m_open;
    ui::MainWindow *m_window;
    QObject *m_listViewport;
    QObject *m_threadViewport;
    QStringList m_lines;
    QTimer m_timeout;
    bool m_listDone = false;
    bool m_threadStarted = false;
    bool m_threadDone = false;
};

} // namespace wasel::app
