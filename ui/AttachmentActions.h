#pragma once

// What staff can do with a message's photo or file (a map of the Attachments role): open it with the
// desktop's application, or save a copy where they choose. A downloaded file is opened and copied
// from the workspace; one not downloaded can only be opened at its provider address when that is
// https (the browser fetches it), never saved from there.

#include <QString>
#include <QVariantMap>

class QMenu;
class QPoint;
class QWidget;

namespace wasel::ui {

// The downloaded copy, if it exists on disk.
QString attachmentFile(const QVariantMap &attachment);
// The name offered by Save as…: the original file name, else one from its kind and type.
QString suggestedFileName(const QVariantMap &attachment);
bool openAttachment(const QVariantMap &attachment);
// Copies the downloaded file to `target` (replacing it). False with *error on failure.
bool saveAttachmentCopy(const QVariantMap &attachment, const QString &target, QString *error);
// Adds Open and Save as… for the attachment to `menu` (the click on a file, and the thread's context
// menu that the menu key opens on the current message); errors go to a message box on `parent`.
void addAttachmentActions(QMenu *menu, const QVariantMap &attachment, QWidget *parent);
// The Open / Save as… menu at `globalPos`.
void showAttachmentMenu(const QVariantMap &attachment, const QPoint &globalPos, QWidget *parent);

} // namespace wasel::ui
