#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wasel::translations {

bool install(QCoreApplication &app, const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en")) {
        // The source texts are English; only their plural forms ("%n message(s)") need a catalogue.
        auto *plurals = new QTranslator(&app);
        if (!plurals->load(QStringLiteral(":/i18n/wasel_en.qm"))) {
            delete plurals;
            return false;
        }
        QCoreApplication::installTranslator(plurals);
        return true;
    }

    QLocale::setDefault(QLocale(language));

    // Qt's catalogue is optional (qt6-translations-l10n); without it Qt's own dialogs stay English.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLatin1String("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    if (!translator->load(QLatin1String(":/i18n/wasel_") + language + QLatin1String(".qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace wasel::translations
