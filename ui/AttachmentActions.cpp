#include "AttachmentActions.h"

#include "Links.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QUrl>

namespace wasel::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AttachmentActions)
};

} // namespace

QString attachmentFile(const QVariantMap &attachment)
{
    const QString path = attachment.value(QStringLiteral("localPath")).toString();
    return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

QString suggestedFileName(const QVariantMap &attachment)
{
    // Only the last part of a provider's name: it must not point the dialog somewhere else.
    QString name = QFileInfo(attachment.value(QStringLiteral("fileName")).toString()).fileName();
    if (!name.isEmpty() && name != QLatin1String("..") && name != QLatin1String("."))
        return name;
    const QString kind = attachment.value(QStringLiteral("kind")).toString();
    const QString mime = attachment.value(QStringLiteral("mimeType")).toString();
    const QString suffix = QMimeDatabase().mimeTypeForName(mime).preferredSuffix();
    const QString local = QFileInfo(attachmentFile(attachment)).suffix();
    const QString ext = !suffix.isEmpty() ? suffix : local;
    return (kind.isEmpty() ? QStringLiteral("attachment") : kind) + (ext.isEmpty() ? QString() : u'.' + ext);
}

bool openAttachment(const QVariantMap &attachment)
{
    if (const QString file = attachmentFile(attachment); !file.isEmpty())
        return QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    const QUrl remote(attachment.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (isSafeLink(remote) && remote.scheme() == QLatin1String("https"))
        return QDesktopServices::openUrl(remote);
    return false;
}

bool saveAttachmentCopy(const QVariantMap &attachment, const QString &target, QString *error)
{
    const QString file = attachmentFile(attachment);
    if (file.isEmpty()) {
        *error = Text::tr("The file has not been downloaded.");
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(file).absoluteFilePath())
        return true;
    if (QFile::exists(target) && !QFile::remove(target)) {
        *error = Text::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    QFile source(file);
    if (!source.copy(target)) {
        *error = source.errorString();
        return false;
    }
    return true;
}

void addAttachmentActions(QMenu *menu, const QVariantMap &attachment, QWidget *parent)
{
    const bool downloaded = !attachmentFile(attachment).isEmpty();
    const QUrl remote(attachment.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    const bool remoteOk = isSafeLink(remote) && remote.scheme() == QLatin1String("https");
    QAction *open = menu->addAction(Text::tr("Open"), parent, [attachment, parent] {
        if (!openAttachment(attachment))
            QMessageBox::warning(parent, Text::tr("Open"), Text::tr("No application could open the file."));
    });
    open->setEnabled(downloaded || remoteOk);
    QAction *save = menu->addAction(Text::tr("Save as…"), parent, [attachment, parent] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        const QString target = QFileDialog::getSaveFileName(parent, Text::tr("Save as"),
                                                            QDir(dir).filePath(suggestedFileName(attachment)));
        if (target.isEmpty())
            return;
        QString error;
        if (!saveAttachmentCopy(attachment, target, &error))
            QMessageBox::warning(parent, Text::tr("Save as"), Text::tr("Could not save the file: %1").arg(error));
    });
    save->setEnabled(downloaded);
    if (!downloaded && !remoteOk)
        menu->addAction(Text::tr("Not downloaded yet"))->setEnabled(false);
}

void showAttachmentMenu(const QVariantMap &attachment, const QPoint &globalPos, QWidget *parent)
{
    QMenu menu(parent);
    addAttachmentActions(&menu, attachment, parent);
    menu.exec(globalPos);
}

} // namespace wasel::ui
