#include "commandline.h"

#include "../services/connectionsettings.h"
#include "../storage/database.h"
#include "../domain/storageerror.h"
#include "accessrequestcommand.h"
#include "backupcommand.h"
#include "backupkeycommand.h"
#include "checkcommand.h"
#include "deadlinescommand.h"
#include "demodatacommand.h"
#include "exportjsoncommand.h"
#include "importjsoncommand.h"
#include "importmailcommand.h"
#include "importpersonscommand.h"
#include "migratecommand.h"
#include "restorecommand.h"
#include "retentioncommand.h"
#include "searchcommand.h"
#include "summarycommand.h"

#include <QDir>

#include <new>

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<AccessRequestCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<BackupKeyCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DeadlinesCommand>());
    m_commands.push_back(std::make_unique<DemoDataCommand>());
    m_commands.push_back(std::make_unique<ExportJsonCommand>());
    m_commands.push_back(std::make_unique<ImportJsonCommand>());
    m_commands.push_back(std::make_unique<ImportMailCommand>());
    m_commands.push_back(std::make_unique<ImportPersonsCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<RetentionCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<SummaryCommand>());
}

CommandLine::~CommandLine() = default;

CommandLine::Parsed CommandLine::parse(const QStringList &arguments)
{
    Parsed parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("--database")) {
            if (i + 1 < arguments.size())
                parsed.database = arguments.at(++i);
            else
                parsed.errors.append(tr("The option --database needs a path."));
        } else if (argument.startsWith(QStringLiteral("--database="))) {
            parsed.database = argument.mid(11);
        } else if (!parsed.command.isEmpty()) {
            parsed.commandArguments.append(argument);
        } else if (parsed.command.isEmpty() && argument == QLatin1String("--exit-when-ready")) {
            parsed.windowArguments.append(argument);
        } else if (parsed.command.isEmpty() && argument == QLatin1String("--user")) {
            if (i + 1 < arguments.size()) {
                parsed.user = arguments.at(i + 1);
                parsed.windowArguments << argument << arguments.at(++i);
            } else
                parsed.errors.append(tr("The option --user needs a login name."));
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            parsed.help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            parsed.version = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            parsed.errors.append(tr("Unknown option: %1").arg(argument));
        } else {
            parsed.command = argument;
        }
    }
    if (parsed.database.isEmpty())
        parsed.database = ConnectionSettings::location();
    return parsed;
}

namespace {

// The user's own folder as the shell writes it, so the help (and the man page made from it)
// names no one's home. On Windows the path is shown as it is.
QString shownPath(const QString &path)
{
#ifndef Q_OS_WIN
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
#endif
    return QDir::toNativeSeparators(path);
}

} // namespace

QString CommandLine::helpText() const
{
    QString text = tr("Usage: dossierkast [--database PATH] [COMMAND [ARGUMENTS]]\n\n"
                      "Dossierkast keeps the dossiers of incidents around a school board's protocol for social "
                      "media, mail and internet.\n\n"
                      "Options:\n"
                      "  --database PATH   the database file or postgresql://USER@SERVER:PORT/DATABASE\n"
                      "                    (default: the one chosen in the window, else %1)\n"
                      "  --help            this help; 'dossierkast COMMAND --help' explains one command\n"
                      "  --version         the program's version\n"
                      "  --user NAME       act as NAME (also DOSSIERKAST_USER), with the password from\n"
                      "                    DOSSIERKAST_PASSWORD or typed when asked; every command that\n"
                      "                    reads or writes dossier content needs it, and so may the window\n"
                      "Without a command the window starts. Its own option:\n"
                      "  --exit-when-ready quit as soon as the first window has been drawn (smoke tests)\n\n"
                      "Commands:\n").arg(shownPath(Database::defaultLocation()));
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1\n      %2\n").arg((command->name() + QLatin1Char(' ') + command->usage()).trimmed(),
                                                      command->summary());
    text += tr("\nExit codes: 0 success, 1 failure, 2 wrong use.\n");
    return text;
}

int CommandLine::run(const Parsed &parsed, QTextStream &out, QTextStream &err)
{
    for (const QString &e : parsed.errors)
        err << e << Qt::endl;
    if (!parsed.errors.isEmpty())
        return 2;
    for (const auto &command : m_commands) {
        if (command->name() != parsed.command)
            continue;
        if (parsed.commandArguments.contains(QStringLiteral("--help"))) {
            out << command->usageLine() << Qt::endl << command->summary() << Qt::endl;
            return 0;
        }
        CommandContext context{ parsed.database, out, err, parsed.user };
        try {
            return command->run(context, parsed.commandArguments);
        } catch (const StorageError &error) {
            err << error.message() << Qt::endl;
            if (!error.detail().isEmpty())
                err << tr("Technical detail: %1").arg(error.detail()) << Qt::endl;
            return 1;
        } catch (const std::bad_alloc &) {
            err << tr("There is not enough memory for this work; nothing was changed. Close other programs, or "
                      "check that the file is the right one.") << Qt::endl;
            return 1;
        } catch (const std::exception &error) {
            err << tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what())) << Qt::endl;
            return 1;
        }
    }
    err << tr("Unknown command: %1. 'dossierkast --help' lists the commands.").arg(parsed.command) << Qt::endl;
    return 2;
}

bool CommandLine::needsGui(const QString &command) const
{
    for (const auto &known : m_commands)
        if (known->name() == command)
            return known->needsGui();
    return false;
}
