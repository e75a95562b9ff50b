#pragma once

// What staff can do with a message's photo or file (a map of the Attachments role): open it with the
// desktop's application, or save a copy where they choose. A downloaded file is opened and copied
// from the workspace; one not downloaded can only be opened at its provider address when that is
// https (the browser fetches it), never saved from there.

#include <QString>
#include <QVariantMap>

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
// The Open / Save as… menu at `globalPos`; errors go to a message box on `parent`.
void showAttachmentMenu(const QVariantMap &attachment, const QPoint &globalPos, QWidget *parent);

} // namespace wasel::ui
