#include "BackfillBar.h"

#include "BackfillService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace wasel::ui {

namespace {

// An account's name inside a sentence keeps its own direction (an Arabic shop name in English,
// or a Latin one in Arabic) without reordering the numbers around it: first-strong isolate.
QString isolated(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

} // namespace

BackfillBar::BackfillBar(app::BackfillService *backfill, QWidget *parent)
    : QWidget(parent)
    , m_backfill(backfill)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("backfillBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFixedWidth(140);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("backfillCancel"));
    m_cancel->setFlat(true);
    m_hide->setSingleShot(true);
    m_hide->setInterval(std::chrono::seconds(15)); // long enough to read why it stopped
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_cancel, &QPushButton::clicked, m_backfill, &app::BackfillService::cancel);
    connect(m_backfill, &app::BackfillService::started, this, [this](const QString &account) {
        m_hide->stop();
        onProgress(account, 0, 0);
        show();
    });
    connect(m_backfill, &app::BackfillService::progress, this, &BackfillBar::onProgress);
    connect(m_backfill, &app::BackfillService::paused, this, &BackfillBar::onPaused);
    connect(m_backfill, &app::BackfillService::finished, this, &BackfillBar::onFinished);
    retranslate();
    hide();
}

void BackfillBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackfillBar::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop fetching the history; what was fetched is kept"));
    m_bar->setAccessibleName(tr("Fetching recent conversations"));
    if (m_backfill->isRunning())
        onProgress(m_account, m_done, m_total);
}

void BackfillBar::onProgress(const QString &account, int done, int total)
{
    m_account = account;
    const QString name = isolated(account);
    m_done = done;
    m_total = total;
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    m_bar->setRange(0, std::max(total, 0)); // 0..0: busy while the list is still being read
    m_bar->setValue(done);
    const QLocale locale;
    m_label->setText(total > 0 ? tr("Fetching recent conversations of %1: %2 of %3")
                                     .arg(name, locale.toString(done), locale.toString(total))
                               : tr("Fetching recent conversations of %1…").arg(name));
    m_label->setToolTip(QString());
}

void BackfillBar::onPaused(const QString &account, const QString &reason, const QDateTime &until)
{
    m_label->setText(tr("%1: waiting for Meta until %2")
                         .arg(isolated(account), QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    m_label->setToolTip(reason);
}

void BackfillBar::onFinished(const QString &account, bool complete, const QString &reason)
{
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    m_label->setText(complete ? tr("Recent conversations of %1 are in the inbox.").arg(isolated(account))
                              : tr("Fetching the history of %1 stopped: %2").arg(isolated(account), reason));
    m_label->setToolTip(reason);
    show();
    m_hide->start();
}

} // namespace wasel::ui
