#pragma once

#include <QString>

class QCoreApplication;

namespace wasel::translations {

// Installs Qt's own translations (qtbase_<lang>.qm, which also makes Qt mirror the layout for
// right-to-left languages) and Wasel's embedded :/i18n/wasel_<lang>.qm; "en" (or none) only the
// English plural forms (wasel_en.qm).
// Returns false when Wasel's catalogue for that language is missing.
bool install(QCoreApplication &app, const QString &language);

} // namespace wasel::translations
