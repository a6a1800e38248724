#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString LanguageSetup::chosenLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("DOSSIERKAST_LANGUAGE");
    return fromEnvironment == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
}

void LanguageSetup::install(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Netherlands));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/dossierkast_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
