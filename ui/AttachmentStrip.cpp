#include "AttachmentStrip.h"

#include "Theme.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace wasel::ui {

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

} // namespace

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QWidget(parent)
    , m_attach(new QToolButton(parent ? parent : this))
    , m_chips(new QWidget(this))
    , m_chipRow(new QHBoxLayout(m_chips))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentStrip"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setIcon(theme::glyph(QStringLiteral("attach")));
    m_note->setObjectName(QStringLiteral("attachmentNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_note->setPalette(muted);
    m_chipRow->setContentsMargins(0, 0, 0, 0);
    m_chipRow->setSpacing(6);
    m_chipRow->addStretch(1);
    m_chips->hide();
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addWidget(m_chips);
    column->addWidget(m_note);
    connect(m_attach, &QToolButton::clicked, this, &AttachmentStrip::choose);
    retranslate();
}

void AttachmentStrip::retranslate()
{
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setToolTip(m_unavailable.isEmpty() ? tr("Attach files (or drop them on the reply)") : m_unavailable);
    rebuild();
}

void AttachmentStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttachmentStrip::acceptDropsOn(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool AttachmentStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            offer(paths);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentStrip::setUnavailable(const QString &why)
{
    m_unavailable = why;
    m_attach->setEnabled(why.isEmpty());
    m_note->hide();
    retranslate();
}

void AttachmentStrip::offer(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_unavailable.isEmpty())
        return showNote(m_unavailable);
    m_note->hide();
    Q_EMIT filesOffered(paths);
}

void AttachmentStrip::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString AttachmentStrip::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void AttachmentStrip::choose()
{
    offer(QFileDialog::getOpenFileNames(this, tr("Attach files")));
}

void AttachmentStrip::add(const models::Attachment &staged)
{
    m_staged.append(staged);
    rebuild();
    Q_EMIT changed();
}

void AttachmentStrip::clear()
{
    if (m_staged.isEmpty() && m_note->isHidden())
        return;
    m_staged.clear();
    m_note->hide();
    rebuild();
    Q_EMIT changed();
}

void AttachmentStrip::rebuild()
{
    while (m_chipRow->count() > 1) { // the stretch stays last
        QLayoutItem *item = m_chipRow->takeAt(0);
        // Later: this may run inside the clicked() of the chip's own × button.
        QWidget *chip = item->widget();
        chip->hide();
        chip->setParent(nullptr);
        chip->deleteLater();
        delete item;
    }
    for (qsizetype i = 0; i < m_staged.size(); ++i) {
        const models::Attachment a = m_staged.at(i);
        auto *chip = new QFrame(m_chips);
        chip->setObjectName(QStringLiteral("attachmentChip"));
        chip->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(8, 2, 2, 2);
        row->setSpacing(4);
        auto *label = new QLabel(
            tr("%1 · %2").arg(a.fileName, QLocale().formattedDataSize(a.size, 1, QLocale::DataSizeSIFormat)), chip);
        label->setTextFormat(Qt::PlainText);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeAttachment"));
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove %1").arg(a.fileName));
        remove->setToolTip(tr("Remove %1").arg(a.fileName));
        row->addWidget(label);
        row->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this, a] {
            const auto it = std::find_if(m_staged.begin(), m_staged.end(),
                                         [&a](const models::Attachment &s) { return s.localPath == a.localPath; });
            if (it == m_staged.end())
                return;
            m_staged.erase(it);
            Q_EMIT removed(a);
            rebuild();
            Q_EMIT changed();
        });
        m_chipRow->insertWidget(m_chipRow->count() - 1, chip);
        chip->show(); // now, not when the layout's queued show runs
    }
    m_chips->setVisible(!m_staged.isEmpty());
}

} // namespace wasel::ui
