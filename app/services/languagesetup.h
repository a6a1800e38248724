#pragma once

#include <QString>

class QCoreApplication;

// Installs the program's and Qt's own translations. Dossierkast starts in Dutch whatever the
// system language; the database's "language" setting may choose English, and the environment
// variable DOSSIERKAST_LANGUAGE overrides both (for scripts and tests).
class LanguageSetup
{
public:
    // The language to use given the database's setting (empty when there is no database yet).
    static QString chosenLanguage(const QString &setting = QString());
    // Replaces translations installed earlier, so it may be called again once the database is open.
    static void install(QCoreApplication &app, const QString &language);
    static QString installedLanguage();
};
