#include "database.h"

#include "../domain/accessscope.h"
#include "attachmentstore.h"
#include "../domain/changebus.h"
#include "privatepath.h"
#include "searchindex.h"
#include "seeder.h"
#include "sqlscript.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QSqlDriver>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>

namespace {

// 'DKST': written by the first migration into the SQLite header, so that a Dossierkast file
// can be told from any other SQLite database without reading its tables.
constexpr qint64 ApplicationId = 1146310484;
// The schema version that brought the newest derived table (search index, name order keys).
constexpr int DerivedDataVersion = 3;
// The schema version that brought letter templates (seeded for older databases on migration).
constexpr int LetterTemplatesVersion = 4;
// The schema version that keeps attachments' original names beside clean ones.
constexpr int AttachmentNamesVersion = 8;
// Settings for counting days (public holidays, the Algemene termijnenwet) arrived in version 12.
constexpr int LegalCountingVersion = 12;

QAtomicInt connectionCounter;

// Open connections by their driver, so that a failed statement can name its database.
QMutex locationsLock;
QHash<const QSqlDriver *, QString> &locations()
{
    static QHash<const QSqlDriver *, QString> open;
    return open;
}

void remember(const QSqlDatabase &db, const QString &location)
{
    const QMutexLocker lock(&locationsLock);
    locations().insert(db.driver(), location);
}

// Migration files of a dialect, by version number.
QMap<int, QString> migrationFiles(Database::Dialect dialect)
{
    const QString folder = dialect == Database::Dialect::Sqlite ? QStringLiteral(":/sql/sqlite")
                                                                : QStringLiteral(":/sql/postgresql");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QMap<int, QString> files;
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), folder + QLatin1Char('/') + name);
    }
    return files;
}

} // namespace

Database::Database(const QString &location, Dialect dialect)
    : m_location(location),
      m_connectionName(QStringLiteral("dossierkast-%1").arg(connectionCounter.fetchAndAddRelaxed(1))),
      m_dialect(dialect)
{
}

Database::~Database()
{
    {
        const QMutexLocker lock(&locationsLock);
        if (m_db.isValid())
            locations().remove(m_db.driver());
    }
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("dossierkast.sqlite"));
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

std::unique_ptr<Database> Database::openExisting(const QString &location)
{
    Options options;
    options.mustExist = true;
    return open(location, options);
}

std::unique_ptr<Database> Database::open(const QString &location, const Options &options)
{
    if (isServerLocation(location)) {
        std::unique_ptr<Database> db(new Database(QUrl(location).toString(QUrl::RemovePassword), Dialect::Postgresql));
        db->m_password = options.password.isEmpty() ? QUrl(location).password() : options.password;
        db->openPostgresql(options);
        return db;
    }
    std::unique_ptr<Database> db(new Database(QFileInfo(location).absoluteFilePath(), Dialect::Sqlite));
    db->openSqlite(options);
    return db;
}

void Database::openPostgresql(const Options &options)
{
    const QUrl url(m_location.isEmpty() ? QString() : m_location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is not a valid PostgreSQL address; write it as "
                              "postgresql://user@server:5432/database.").arg(m_location));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(url.host());
    if (url.port() > 0)
        m_db.setPort(url.port());
    m_db.setUserName(url.userName());
    m_db.setDatabaseName(url.path().mid(1));
    // No password is kept: libpq finds it in PGPASSWORD, ~/.pgpass or the service file, or the
    // window asks for it (setPassword before open, see connectWithPassword).
    if (!m_password.isEmpty())
        m_db.setPassword(m_password);
    QStringList connectOptions{ QStringLiteral("application_name=dossierkast") };
    static const QStringList passed{ "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "service" };
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems())
        if (passed.contains(item.first))
            connectOptions.append(item.first + QLatin1Char('=') + item.second);
    m_db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!m_db.open())
        throw StorageError(StorageError::Kind::Failed, tr("The PostgreSQL database %1 could not be opened.").arg(m_location),
                           m_db.lastError().text());
    remember(m_db, m_location);
    QSqlQuery session(m_db);
    SqlValues::exec(session, QStringLiteral("SET TIME ZONE 'UTC'"));
    SqlValues::exec(session, QStringLiteral("SET client_min_messages = warning"));

    SqlValues::exec(session, QStringLiteral(
        "SELECT to_regclass('public.schema_migrations') IS NOT NULL, "
        "(SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public')"));
    session.next();
    const bool ours = session.value(0).toBool();
    const int tables = session.value(1).toInt();
    session.finish();
    if (!ours && tables > 0)
        throw StorageError(StorageError::Kind::Refused,
                           tr("The PostgreSQL database %1 holds tables of another program; Dossierkast needs a "
                              "database of its own. Nothing was changed.").arg(m_location));
    int version = 0;
    if (ours) {
        SqlValues::exec(session, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        session.next();
        version = session.value(0).toInt();
        session.finish();
    }
    if (version == 0 && options.mustExist)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The PostgreSQL database %1 holds no Dossierkast data yet.").arg(m_location));
    bringUpToDate(version, options);
    listenForChanges();
}

QString Database::probeServer(const QString &location, const QString &password, bool *needsPassword)
{
    if (needsPassword)
        *needsPassword = false;
    try {
        Options options;
        options.mustExist = true;
        options.password = password;
        open(location, options);
        return QString();
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::NotFound)
            return QString();       // reachable, and still empty: fine for a first start
        if (needsPassword)
            *needsPassword = error.detail().contains(QStringLiteral("password"), Qt::CaseInsensitive);
        return error.message() + (error.detail().isEmpty() ? QString() : QStringLiteral(" (") + error.detail().trimmed() + QLatin1Char(')'));
    }
}

void Database::listenForChanges()
{
    // Changes committed on other PCs arrive as notifications and go to the one ChangeBus.
    QSqlDriver *driver = m_db.driver();
    driver->subscribeToNotification(QStringLiteral("dossierkast_changes"));
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         if (source == QSqlDriver::SelfSource)
                             return;
                         const QString text = payload.toString();
                         const int colon = int(text.lastIndexOf(QLatin1Char(':')));
                         if (colon > 0)
                             ChangeBus::instance()->announce(text.left(colon), text.mid(colon + 1).toLongLong());
                     });
}

bool Database::isInUse(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString name = QStringLiteral("dossierkast-inuse-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    bool inUse = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (probe.open()) {
            // Every connection to a WAL database holds a shared lock on the file while it is
            // open; an exclusive lock is only granted when there is none.
            QSqlQuery query(probe);
            query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
            query.finish();
            inUse = !query.exec(QStringLiteral("BEGIN EXCLUSIVE"))
                    || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            query.finish();
            query.exec(QStringLiteral("ROLLBACK"));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return inUse;
}

QString Database::locationOf(const QSqlDriver *driver)
{
    const QMutexLocker lock(&locationsLock);
    return locations().value(driver);
}

int Database::latestSchemaVersion()
{
    const QMap<int, QString> files = migrationFiles(Dialect::Sqlite);
    return files.isEmpty() ? 0 : files.lastKey();
}

int Database::probeSqliteVersion(const QString &path)
{
    const QString name = QStringLiteral("dossierkast-probe-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    int version = -1;
    QString problem;
    QString detail;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open()) {
            problem = tr("The file %1 could not be opened as a database.").arg(path);
            detail = probe.lastError().text();
        } else {
            QSqlQuery query(probe);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
                // SQLITE_NOTADB: the first page is not a SQLite header at all.
                const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
                const bool notDatabase = code == 26;
                const bool noAccess = code == 8 || code == 14 || code == 3;   // read-only, cannot open, no permission
                problem = notDatabase ? tr("The file %1 is not a Dossierkast database (it is not a SQLite database "
                                           "at all). It was left unchanged.").arg(path)
                          : noAccess  ? tr("The file %1 cannot be opened: you have no permission to read it, or to write "
                                           "in its folder (the database keeps its journal there). Ask whoever manages "
                                           "this PC for read and write permission on both.").arg(path)
                                      : tr("The file %1 is damaged or is not a database.").arg(path);
                detail = notDatabase ? QString() : query.lastError().text();
            } else {
                const qint64 applicationId = query.value(0).toLongLong();
                query.finish();
                if (applicationId == 0) {
                    // A SQLite file without tables may become ours; one with tables is foreign.
                    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
                        problem = tr("The file %1 is damaged or is not a database.").arg(path);
                        detail = query.lastError().text();
                    } else if (query.value(0).toInt() == 0) {
                        version = 0;
                    } else {
                        problem = tr("The file %1 is a database of another program, not a Dossierkast "
                                     "database. It was left unchanged.").arg(path);
                    }
                } else if (applicationId != ApplicationId) {
                    problem = tr("The file %1 is a database of another program, not a Dossierkast "
                                 "database. It was left unchanged.").arg(path);
                } else if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations"))
                           || !query.next()) {
                    problem = tr("The file %1 is damaged: its schema version cannot be read.").arg(path);
                    detail = query.lastError().text();
                } else {
                    version = query.value(0).toInt();
                }
            }
            query.finish();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Refused, problem, detail);
    return version;
}

bool Database::isOnNetworkShare(const QString &path)
{
    if (path.startsWith(QStringLiteral("//")) || path.startsWith(QStringLiteral("\\\\")))
        return true;
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    static const QList<QByteArray> network{ "nfs", "nfs4", "cifs", "smbfs", "smb2", "smb3",
                                            "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2" };
    return network.contains(type);
}

void Database::openSqlite(const Options &options)
{
    // The file is never opened here other than through SQLite. POSIX locks belong to the process,
    // not to a descriptor: closing any descriptor of the file (a header check, a copy) would drop
    // the locks of this process's open connections, and another process could then take the file
    // for unused and delete its journal. SQLite shares one descriptor among its connections.
    const QFileInfo info(m_location);
    int version = 0;
    if (info.exists()) {
        if (!info.isFile())
            throw StorageError(StorageError::Kind::Refused,
                               tr("%1 is not a file and cannot be used as a database.").arg(m_location));
        if (!info.isReadable())
            throw StorageError(StorageError::Kind::Refused,
                               tr("You have no permission to read the file %1. Ask whoever manages this PC to "
                                  "give your account read and write permission on it.").arg(m_location));
        if (info.size() > 0)
            version = probeSqliteVersion(m_location);
        if (version == 0 && options.mustExist)
            throw StorageError(StorageError::Kind::Refused,
                               info.size() == 0
                                   ? tr("The file %1 is empty: it is not a Dossierkast database. It was left "
                                        "unchanged; name the right file with --database.").arg(m_location)
                                   : tr("The file %1 holds no Dossierkast data. It was left unchanged; name the "
                                        "right file with --database.").arg(m_location));
    } else if (options.mustExist) {
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The database %1 does not exist.").arg(m_location));
    } else if (!PrivatePath::makeFolder(info.absolutePath())) {
        throw StorageError(StorageError::Kind::Failed,
                           tr("The folder %1 cannot be created: %2. Choose another place for the database.")
                               .arg(info.absolutePath(), PrivatePath::reason(errno, info.absolutePath())));
    } else if (!PrivatePath::createFile(m_location)) {
        // Made here, readable by its owner only: SQLite gives its journal the same permissions.
        throw StorageError(StorageError::Kind::Failed,
                           tr("The database %1 cannot be created: %2. Choose another place for the database.")
                               .arg(m_location, PrivatePath::reason(errno, info.absolutePath())));
    }

    checkVersion(version, options);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_location);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        throw StorageError(StorageError::Kind::Failed,
                           tr("The database %1 could not be opened.").arg(m_location),
                           m_db.lastError().text());
    remember(m_db, m_location);
    configureSqlite();
    bringUpToDate(version, options);
}

void Database::checkVersion(int version, const Options &options) const
{
    const int latest = latestSchemaVersion();
    if (version > latest)
        throw StorageError(StorageError::Kind::Refused,
                           tr("The database %1 was made by a newer version of Dossierkast (schema %2; "
                              "this program knows up to %3). Install the newer version; the file was "
                              "left unchanged.").arg(m_location).arg(version).arg(latest));
    if (version > 0 && version < latest && !options.migrate)
        throw StorageError(StorageError::Kind::Refused,
                           tr("The database %1 has the older schema %2; this program needs schema %3. "
                              "Run 'dossierkast migrate' first (it makes a backup copy).")
                               .arg(m_location).arg(version).arg(latest));
}

void Database::bringUpToDate(int version, const Options &options)
{
    checkVersion(version, options);
    const int latest = latestSchemaVersion();
    if (version < latest && ((version > 0 && options.migrate) || (version == 0 && options.createSchema))) {
        if (version > 0 && m_dialect == Dialect::Sqlite) {
            // A copy of the old file beside it, consistent even with a WAL journal. (On PostgreSQL
            // each step runs in one transaction; the server's own backups cover the rest.)
            const QString backup = QStringLiteral("%1.v%2-%3.bak")
                                       .arg(m_location)
                                       .arg(version)
                                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(backup);
            if (!query.exec())
                throw StorageError(StorageError::Kind::Failed,
                                   tr("No backup copy could be made before updating the database; "
                                      "nothing was changed."),
                                   query.lastError().text());
            m_backupPath = backup;
        }
        migrateTo(latest);
        if (version > 0 && version < DerivedDataVersion) {
            // Rows written before a derived table existed are indexed once, in one transaction.
            QSqlQuery query(m_db);
            SqlValues::exec(query, m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
            SearchIndex(*this).rebuild();
            SqlValues::exec(query, QStringLiteral("COMMIT"));
        }
        if (version > 0 && version < LetterTemplatesVersion && options.seed)
            Seeder(*this).addLetterTemplates();
        if (version > 0 && version < LegalCountingVersion && options.seed)
            Seeder(*this).addMissingSettings();
        if (version > 0 && version < AttachmentNamesVersion) {
            Transaction tx(*this, AccessScope::system());
            AttachmentStore(*this).cleanStoredNames(tx);
            tx.commit();
        }
        if (version == 0 && options.seed)
            Seeder(*this).seedDefaults();
    }
}

void Database::configureSqlite()
{
    QSqlQuery query(m_db);
    SqlValues::exec(query, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlValues::exec(query, QStringLiteral("PRAGMA secure_delete = ON"));
    const QString wanted = isOnNetworkShare(m_location) ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    SqlValues::exec(query, QStringLiteral("PRAGMA journal_mode = %1").arg(wanted));
    m_journalMode = query.next() ? query.value(0).toString().toUpper() : QString();
    query.finish();
    SqlValues::exec(query, QStringLiteral("PRAGMA synchronous = FULL"));
    SqlValues::exec(query, QStringLiteral("PRAGMA busy_timeout = 10000"));
    // A statement's own undo pages (its statement journal) and sorting space stay in memory:
    // as a temporary file they cost a system call per page for every row a transaction writes.
    SqlValues::exec(query, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Database::setBulkLoad(bool bulk)
{
    if (m_dialect != Dialect::Sqlite)
        return;
    QSqlQuery query(m_db);
    SqlValues::exec(query, bulk ? QStringLiteral("PRAGMA synchronous = OFF") : QStringLiteral("PRAGMA synchronous = FULL"));
    setLargeWrite(bulk);
}

void Database::setLargeWrite(bool large)
{
    const bool wasLarge = m_largeWrites > 0;
    m_largeWrites = std::max(0, m_largeWrites + (large ? 1 : -1));
    if (m_dialect != Dialect::Sqlite || wasLarge == (m_largeWrites > 0))
        return;     // an inner pair, or a server
    // 256 MB while the indexes of a large write are filled (their pages are found anywhere in
    // them); the usual 2 MB afterwards, which frees the rest.
    QSqlQuery query(m_db);
    SqlValues::exec(query, QStringLiteral("PRAGMA cache_size = %1").arg(m_largeWrites > 0 ? -262144 : -2000));
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void Database::migrateTo(int target)
{
    const QMap<int, QString> files = migrationFiles(m_dialect);
    const int current = schemaVersion();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= current || it.key() > target)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Failed, tr("Migration %1 is missing from the program.").arg(it.key()));
        const QStringList statements = SqlScript::statements(QString::fromUtf8(file.readAll()));
        QSqlQuery query(m_db);
        SqlValues::exec(query, m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        try {
            for (const QString &statement : statements)
                SqlValues::exec(query, statement);
            query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
            query.addBindValue(it.key());
            query.addBindValue(QFileInfo(it.value()).fileName());
            query.addBindValue(SqlValues::momentText(SqlValues::now()));
            SqlValues::exec(query);
            SqlValues::exec(query, QStringLiteral("COMMIT"));
        } catch (const StorageError &error) {
            query.exec(QStringLiteral("ROLLBACK"));
            throw StorageError(StorageError::Kind::Failed,
                               tr("Updating the database to schema %1 failed; the database was left "
                                  "at schema %2.").arg(it.key()).arg(current),
                               error.detail());
        }
    }
}

QSqlQuery &Database::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, SqlValues::prepare(m_db, sql));
    return it.value();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    return SqlValues::prepare(m_db, sql);
}
