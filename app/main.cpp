#include "cli/commandline.h"
#include "cli/escapingoutput.h"
#include "services/auditedoutput.h"
#include "services/languagesetup.h"
#include "startupflow.h"
#include <QIcon>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>
#include <sys/stat.h>

// Composition root: a command runs headless; without one the window starts.
int main(int argc, char *argv[])
{
    // Everything this program creates holds personal data or leads to it: the database and its
    // journal, folders, backups, exports, PDFs. Readable by the user only, whatever the system's
    // default; the core also creates its files that way itself.
    ::umask(077);
    AuditedOutput::removeUnfinishedOnSignals();     // Ctrl+C or a logout leaves no half-written export
    QCoreApplication::setOrganizationName(QStringLiteral("Dossierkast"));
    QCoreApplication::setApplicationName(QStringLiteral("dossierkast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIERKAST_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine::Parsed parsed = CommandLine::parse(arguments);
    const bool window = parsed.command.isEmpty() && !parsed.help && !parsed.version && parsed.errors.isEmpty();

    std::unique_ptr<QCoreApplication> app;
    const bool documents = !window && CommandLine().needsGui(parsed.command);
    if (documents && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");     // fonts for a PDF, no window, no display needed
    if (window)
        app = std::make_unique<QApplication>(argc, argv);
    else if (documents)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    LanguageSetup::install(*app, LanguageSetup::chosenLanguage());

    if (window) {
        QApplication::setApplicationDisplayName(QStringLiteral("Dossierkast"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dossierkast.svg")));
        // Putting a backup back restarts the flow, so the file is replaced while nothing has it open.
        int code = StartupFlow::RestartCode;
        while (code == StartupFlow::RestartCode)
            code = StartupFlow(parsed.database, parsed.windowArguments).run();
        return code;
    }
    EscapingOutput standardOutput(stdout);
    EscapingOutput standardError(stderr);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);
    CommandLine commandLine;
    if (parsed.version) {
        out << QStringLiteral("dossierkast %1 (Qt %2)").arg(QStringLiteral(DOSSIERKAST_VERSION), QString::fromLatin1(qVersion()))
            << Qt::endl;
        return 0;
    }
    if (parsed.help) {
        out << commandLine.helpText();
        return 0;
    }
    return commandLine.run(parsed, out, err);
}
