#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

QPointer<QTranslator> s_own;
QPointer<QTranslator> s_qt;
QString s_language;

} // namespace

QString LanguageSetup::chosenLanguage(const QString &setting)
{
    const QString fromEnvironment = qEnvironmentVariable("DOSSIERKAST_LANGUAGE");
    const QString wanted = !fromEnvironment.isEmpty() ? fromEnvironment : setting;
    return wanted == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
}

QString LanguageSetup::installedLanguage()
{
    return s_language;
}

void LanguageSetup::install(QCoreApplication &app, const QString &language)
{
    for (QTranslator *old : { s_own.data(), s_qt.data() }) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Netherlands));
    s_own = new QTranslator(&app);
    if (s_own->load(QStringLiteral(":/i18n/dossierkast_%1.qm").arg(language)))
        QCoreApplication::installTranslator(s_own);
    s_qt = new QTranslator(&app);
    if (s_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    s_language = language;
}
