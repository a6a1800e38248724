#pragma once

#include "../domain/accessscope.h"
#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class Database;

// The user a command acts as, so that the permission model and the audit trail apply to the
// command line as to the window: --user NAME (or DOSSIERKAST_USER), the password from
// DOSSIERKAST_PASSWORD or asked on the terminal without echo, the window's lockout. Only
// whole-file administration (check, backup, migrate, a new file) runs without it.
class CommandLogin
{
    Q_DECLARE_TR_FUNCTIONS(CommandLogin)

public:
    // Throws StorageError: Refused without a user name or password, Denied for a wrong
    // password, a locked or inactive account (the message says which).
    static AccessScope logIn(const CommandContext &context, Database &db);
    // Opens the command's database as its user: on a server address that names no user the
    // login is the server's own (the server checks the password); elsewhere it is logIn().
    static std::unique_ptr<Database> open(const CommandContext &context, AccessScope &scope);
    // The board's backup passphrase: DOSSIERKAST_BACKUP_PASSPHRASE, or typed on the terminal
    // without echo (twice when `confirm`). Throws StorageError(Refused) when there is neither.
    static QString backupPassphrase(bool confirm);

private:
    struct Credentials {
        QString user;
        QString password;
    };
    static Credentials credentials(const CommandContext &context);
};
