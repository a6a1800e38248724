#include "testdatabase.h"

#include "transaction.h"
#include "userrepository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace TestDatabase {

static QAtomicInt counter;

QString postgresqlServer()
{
    return qEnvironmentVariable("DOSSIERKAST_TEST_POSTGRESQL");
}

void addDriverRows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!postgresqlServer().isEmpty()) {
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    } else {
        static bool told = false;
        if (!told)
            qInfo("No PostgreSQL test server (DOSSIERKAST_TEST_POSTGRESQL): the PostgreSQL rows are skipped.");
        told = true;
    }
}

QString newPostgresqlDatabase()
{
    const QString name = QStringLiteral("dk_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    const QString error = rawSql(postgresqlServer(), QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!error.isEmpty())
        qFatal("cannot create a test database: %s", qPrintable(error));
    QUrl url(postgresqlServer());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

std::unique_ptr<Database> create(const QString &driver, const QTemporaryDir &dir, const QString &name)
{
    if (driver == QLatin1String("postgresql"))
        return Database::open(newPostgresqlDatabase());
    return Database::open(dir.filePath(name));
}

AccessScope addUser(Database &db, Transaction &tx, const QString &login, UserRole role, const QList<qint64> &schools)
{
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    u.schoolIds = schools;
    UserRepository(db).insert(tx, u);
    return AccessScope(u.id, u.login, u.role, u.schoolIds);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString rawSql(const QString &location, const QString &sql)
{
    QString error;
    const QString connection = QStringLiteral("raw-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db;
        if (Database::isServerLocation(location)) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(location);
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString dropAuditGuards(const Database &db)
{
    if (db.dialect() == Database::Dialect::Postgresql)
        return rawSql(db.location(), QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log; "
                                                    "DROP TRIGGER audit_log_no_delete ON audit_log"));
    QString error = rawSql(db.location(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    return error + rawSql(db.location(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

} // namespace TestDatabase
