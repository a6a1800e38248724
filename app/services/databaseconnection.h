#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class AccessScope;
class Database;
class StorageError;

// Closes a database opened through DatabaseConnection: above the storage layer Database is only
// a name, so the window can own one without seeing its header.
struct DatabaseCloser
{
    void operator()(Database *db) const;
};
using OpenDatabase = std::unique_ptr<Database, DatabaseCloser>;

// Where the dossiers are and opening them, for the window's start, the daily backup and
// Beheer → Database: the widgets do all this without the storage layer.
class DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnection)

public:
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    static QString defaultLocation();
    static bool isServerLocation(const QString &location);
    // A server, or a database file that exists and is not empty: something to open, not create.
    static bool isThere(const QString &location);
    // Opens the database at `location`, bringing an older schema up to date; a new file or an
    // empty server gets the schema and the defaults. Throws StorageError.
    static OpenDatabase open(const QString &location, const QString &password = QString());
    // A server database as a user's own login: the server checks the password (SCRAM), and
    // everything the session does runs with that user's rights and row security. Throws
    // StorageError (Failed for a wrong password or an unknown login).
    static OpenDatabase openAs(const QString &location, const QString &login, const QString &password);
    // The server address with `login` as its user (no password): where a user's session goes.
    static QString serverLocationAs(const QString &location, const QString &login);
    // A server address that names no user: an office PC, where the Dossierkast login is the
    // server login (as opposed to the set-up account's address).
    static bool isUserlessServer(const QString &location);
    // The server turned the login down (wrong password or unknown login), as opposed to not
    // being reachable: openAs's error is then "unknown login name or wrong password".
    static bool isRefusedLogin(const StorageError &error);
    // One that must be there already (the daily backup's own connection): never a new file.
    static OpenDatabase openExisting(const QString &location);
    // Reaches a server without changing anything: empty when it answers, else the reason.
    static QString probeServer(const QString &location, const QString &password, bool *needsPassword = nullptr);

    // What the start asks of a database it found.
    static bool hasUsers(Database &db);                 // anyone who can log in
    static bool needsOrganisation(Database &db);        // no organisation, or no school yet
    static QString languageSetting(Database &db);

    // Copies all dossiers, users, the audit trail and the attachments of `source` into the
    // empty server database at `target`, checked before it is kept (DatabaseCopier). Only for
    // those who manage backups; Denied (recorded) for others. Throws StorageError.
    static QStringList copyToServer(Database &source, const AccessScope &who, const QString &target,
                                    const QString &password, const Progress &progress = Progress());
};
