#include "cli/commandline.h"
#include "services/languagesetup.h"
#include "uilibrary.h"

#include <QCoreApplication>
#include <QTextStream>

// Composition root. Without a command the program will start its window (next issue); until
// then it explains its commands.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dossierkast"));
    QCoreApplication::setApplicationName(QStringLiteral("dossierkast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIERKAST_VERSION));
    LanguageSetup::install(app, LanguageSetup::chosenLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine::Parsed parsed = CommandLine::parse(app.arguments().mid(1));
    CommandLine commandLine;
    if (parsed.version) {
        out << QStringLiteral("dossierkast %1 (Qt %2)").arg(QStringLiteral(DOSSIERKAST_VERSION), UiLibrary::widgetToolkitVersion()) << Qt::endl;
        return 0;
    }
    if (parsed.help || (parsed.command.isEmpty() && parsed.errors.isEmpty())) {
        out << commandLine.helpText();
        return 0;
    }
    return commandLine.run(parsed, out, err);
}
