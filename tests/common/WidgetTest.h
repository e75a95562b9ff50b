#pragma once

// What the UI tests share: finding a widget by its object name (a missing one ends the test at
// once, naming it) and installing the language a test runs in, mirrored for Arabic.

#include "Translations.h"

#include <QApplication>
#include <QWidget>

namespace wasel::tests {

template<typename T> T *namedChild(const QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

// WASEL_TEST_LANG (en by default), installed with Qt's own translations; Arabic lays out right to left.
inline QString installTestLanguage()
{
    const QString lang = qEnvironmentVariable("WASEL_TEST_LANG", QStringLiteral("en"));
    if (!translations::install(*qApp, lang))
        qFatal("cannot install the %s translation", qPrintable(lang));
    if (lang == QLatin1String("ar"))
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    return lang;
}

} // namespace wasel::tests
