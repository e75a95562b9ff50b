#include "BenchReport.h"

#include "MainWindow.h"
#include "ThreadView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QListView>

#include <sys/resource.h>

#include <chrono>

namespace wasel::app {

namespace {

// Peak resident set of this process (VmHWM), in KiB.
qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time (user + system) this process has used, in microseconds: on a machine shared with
// other work the wall-clock figures wait for the CPU, this does not.
qint64 cpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

} // namespace

BenchReport::BenchReport(const QString &file, qint64 openConversation, ui::MainWindow *window)
    : QObject(window)
    , m_file(file)
    , m_open(openConversation)
    , m_window(window)
    , m_listViewport(window->conversationView()->viewport())
    , m_threadViewport(window->thread()->messageView()->viewport())
{
    m_listViewport->installEventFilter(this);
    m_threadViewport->installEventFilter(this);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::minutes(2));
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(false); });
    m_timeout.start();
}

qint64 BenchReport::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

void BenchReport::mark(const QString &name, qint64 us)
{
    m_lines.append(QStringLiteral("%1_us=%2").arg(name).arg(us));
}

bool BenchReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    // The paint event is being delivered now; a zero timer fires once it has been painted.
    if (watched == m_listViewport && !m_listDone && m_window->conversationView()->model()->rowCount() > 0) {
        m_listDone = true;
        QTimer::singleShot(0, this, &BenchReport::listPainted);
    } else if (watched == m_threadViewport && m_threadStarted && !m_threadDone
               && m_window->thread()->conversationId() == m_open
               && m_window->thread()->messageView()->model()->rowCount() > 0) {
        m_threadDone = true;
        QTimer::singleShot(0, this, &BenchReport::threadPainted);
    }
    return false;
}

void BenchReport::listPainted()
{
    mark(QStringLiteral("first_page"));
    m_lines.append(QStringLiteral("first_page_cpu_us=%1").arg(cpuUs()));
    m_lines.append(QStringLiteral("list_rows=%1").arg(m_window->conversationView()->model()->rowCount()));
    if (!m_open) {
        finish(true);
        return;
    }
    // What selecting the conversation in the list does (MainWindow's currentChanged handler).
    m_threadStarted = true;
    mark(QStringLiteral("open_start"));
    m_lines.append(QStringLiteral("open_start_cpu_us=%1").arg(cpuUs()));
    m_window->thread()->setConversation(m_open);
}

void BenchReport::threadPainted()
{
    mark(QStringLiteral("open_painted"));
    m_lines.append(QStringLiteral("open_painted_cpu_us=%1").arg(cpuUs()));
    m_lines.append(QStringLiteral("thread_rows=%1").arg(m_window->thread()->messageView()->model()->rowCount()));
    finish(true);
}

void BenchReport::finish(bool ok)
{
    m_timeout.stop();
    m_lines.append(QStringLiteral("peak_rss_kib=%1").arg(peakRssKib()));
    m_lines.append(ok ? QStringLiteral("ok=1") : QStringLiteral("ok=0"));
    QFile out(m_file);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write((m_lines.join(u'\n') + u'\n').toUtf8());
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace wasel::app
