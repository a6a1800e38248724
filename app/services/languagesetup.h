#pragma once

#include <QString>

class QCoreApplication;

// Installs the program's and Qt's own translations. Dossierkast starts in Dutch whatever the
// system language; "en" (a setting, or DOSSIERKAST_LANGUAGE for scripts) switches to English.
class LanguageSetup
{
public:
    static QString chosenLanguage();
    static void install(QCoreApplication &app, const QString &language);
};
