#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

// One open Dossierkast database: a checked, configured and migrated connection.
// Opening refuses, and leaves untouched, anything that is not a Dossierkast database
// or that was written by a newer program.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect { Sqlite, Postgresql };

    struct Options {
        bool mustExist = false;     // a missing file is an error instead of a new database
        bool migrate = true;        // bring an older schema up to date (after a backup copy); a new
                                    // database always gets the current schema
        bool seed = true;           // write the default protocol, ladders and settings into a new database
        bool createSchema = true;   // false: leave a new database empty (tests build old schemas with migrateTo)
        QString password;           // for a server that asks one; used for this connection only, never stored
    };

    // Throws StorageError when the location cannot be opened as a Dossierkast database.
    static std::unique_ptr<Database> open(const QString &location, const Options &options);
    static std::unique_ptr<Database> open(const QString &location) { return open(location, Options()); }
    // A database that must be there already (commands, backups, a second connection): a missing
    // file is an error, never a new database.
    static std::unique_ptr<Database> openExisting(const QString &location);

    // Where a database lives when none is named: the user's data folder.
    static QString defaultLocation();
    static bool isServerLocation(const QString &location);
    // True when another connection (a window, a command, on this PC or another) has the SQLite
    // file open: the file must then not be replaced. Asks SQLite for an exclusive lock, without
    // waiting, and lets it go at once.
    static bool isInUse(const QString &path);
    // The location of the open database whose connection uses `driver`, for messages about a
    // failed statement ("the file … is read-only"); empty when unknown.
    static QString locationOf(const QSqlDriver *driver);
    // Tries to reach a server database without changing anything; empty when it answers, else
    // the reason. `needsPassword` tells whether the server asked for a password it did not get.
    static QString probeServer(const QString &location, const QString &password, bool *needsPassword = nullptr);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    Dialect dialect() const { return m_dialect; }
    // The file path, or the server URL without any password.
    QString location() const { return m_location; }
    QString journalMode() const { return m_journalMode; }
    // The copy made before this open migrated an older schema; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    int schemaVersion() const;
    // Filling a new file in bulk (demo data): commits stop waiting for the disk. Only for a file
    // that is thrown away when the work fails; switched back to synchronous=FULL afterwards.
    void setBulkLoad(bool bulk);
    // One write of many rows (an import, a copy, destroying in bulk): a page cache large enough
    // for the indexes being filled while it runs. Pairs of true and false may nest.
    void setLargeWrite(bool large);
    static int latestSchemaVersion();

    // A prepared statement kept for the connection's lifetime. Callers finish() it after use
    // and must not nest two uses of the same statement.
    QSqlQuery &cached(const QString &sql);
    QSqlQuery prepare(const QString &sql) const;

    // Brings the schema to `version` (tests use it to build each earlier schema).
    void migrateTo(int version);

private:
    Database(const QString &location, Dialect dialect);
    void openSqlite(const Options &options);
    void configureSqlite();
    void openPostgresql(const Options &options);
    void bringUpToDate(int version, const Options &options);
    void checkVersion(int version, const Options &options) const;
    void listenForChanges();
    static int probeSqliteVersion(const QString &path);
    static bool isOnNetworkShare(const QString &path);

    QString m_location;
    QString m_connectionName;
    Dialect m_dialect;
    QSqlDatabase m_db;
    QString m_journalMode;
    int m_largeWrites = 0;
    QString m_backupPath;
    QString m_password;
    QHash<QString, QSqlQuery> m_statements;
};
