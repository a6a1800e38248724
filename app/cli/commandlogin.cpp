#include "commandlogin.h"

#include "../services/authenticator.h"
#include "../services/databaseconnection.h"
#include "../storage/database.h"
#include "../domain/storageerror.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

// One line from the terminal with the echo off; empty when there is no terminal.
QString askPassword(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return QString();
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (quiet) {
        termios hidden = old;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.c_str());
}

} // namespace

CommandLogin::Credentials CommandLogin::credentials(const CommandContext &context)
{
    const QString user = !context.user.isEmpty() ? context.user : qEnvironmentVariable("DOSSIERKAST_USER");
    if (user.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
                           tr("This command works with dossier content and acts as a user: give your login name "
                              "with --user NAME (or DOSSIERKAST_USER) and the password in DOSSIERKAST_PASSWORD, or "
                              "type it when asked."));
    QString password = qEnvironmentVariable("DOSSIERKAST_PASSWORD");
    if (password.isEmpty())
        password = askPassword(tr("Password for %1: ").arg(user));
    if (password.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
                           tr("No password for %1: set DOSSIERKAST_PASSWORD, or run the command in a terminal "
                              "to type it.").arg(user));
    return { user, password };
}

QString CommandLogin::backupPassphrase(bool confirm)
{
    const QString given = qEnvironmentVariable("DOSSIERKAST_BACKUP_PASSPHRASE");
    if (!given.isEmpty())
        return given;
    const QString typed = askPassword(tr("Backup passphrase: "));
    if (typed.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
                           tr("No backup passphrase: set DOSSIERKAST_BACKUP_PASSPHRASE, or run the command in a "
                              "terminal to type it."));
    if (confirm && askPassword(tr("The same passphrase again: ")) != typed)
        throw StorageError(StorageError::Kind::Refused, tr("The two passphrases differ; nothing was changed."));
    return typed;
}

AccessScope CommandLogin::logIn(const CommandContext &context, Database &db)
{
    const Credentials given = credentials(context);
    const Authenticator::Result result = Authenticator(db).login(given.user, given.password);
    if (result.outcome != Authenticator::Outcome::LoggedIn)
        throw StorageError(StorageError::Kind::Denied, result.message);
    return result.scope;
}

std::unique_ptr<Database> CommandLogin::open(const CommandContext &context, AccessScope &scope)
{
    if (!DatabaseConnection::isUserlessServer(context.database)) {
        std::unique_ptr<Database> db = Database::openExisting(context.database);
        scope = logIn(context, *db);
        return db;
    }
    // An address without a user: the Dossierkast login is the server login.
    const Credentials given = credentials(context);
    Database::Options options;
    options.mustExist = true;
    options.migrate = false;
    options.password = given.password;
    std::unique_ptr<Database> db;
    try {
        db = Database::open(DatabaseConnection::serverLocationAs(context.database, given.user), options);
    } catch (const StorageError &error) {
        if (DatabaseConnection::isRefusedLogin(error))
            throw StorageError(StorageError::Kind::Denied, tr("Unknown login name or wrong password."));
        throw;
    }
    const Authenticator::Result result = Authenticator(*db).connected();
    if (result.outcome != Authenticator::Outcome::LoggedIn)
        throw StorageError(StorageError::Kind::Denied, result.message);
    scope = result.scope;
    return db;
}
