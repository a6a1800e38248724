#include "databaseconnection.h"

#include "permissions.h"

#include "../domain/accessscope.h"
#include "../domain/storageerror.h"
#include "../storage/database.h"
#include "../storage/databasecopier.h"
#include "../storage/organisationrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/userrepository.h"

#include <QFileInfo>
#include <QUrl>

void DatabaseCloser::operator()(Database *db) const
{
    delete db;
}

QString DatabaseConnection::defaultLocation()
{
    return Database::defaultLocation();
}

bool DatabaseConnection::isServerLocation(const QString &location)
{
    return Database::isServerLocation(location);
}

bool DatabaseConnection::isThere(const QString &location)
{
    if (Database::isServerLocation(location))
        return true;
    const QFileInfo file(location);
    return file.exists() && file.size() > 0;
}

OpenDatabase DatabaseConnection::open(const QString &location, const QString &password)
{
    Database::Options options;
    options.password = password;
    return OpenDatabase(Database::open(location, options).release());
}

OpenDatabase DatabaseConnection::openAs(const QString &location, const QString &login, const QString &password)
{
    Database::Options options;
    options.mustExist = true;
    options.migrate = false;        // the set-up account brings the schema up to date, not a user
    options.password = password;
    return OpenDatabase(Database::open(serverLocationAs(location, login), options).release());
}

QString DatabaseConnection::serverLocationAs(const QString &location, const QString &login)
{
    QUrl url(location);
    url.setUserName(login);
    url.setPassword(QString());
    return url.toString();
}

bool DatabaseConnection::isUserlessServer(const QString &location)
{
    return Database::isServerLocation(location) && QUrl(location).userName().isEmpty();
}

bool DatabaseConnection::isRefusedLogin(const StorageError &error)
{
    const QString detail = error.detail();
    return detail.contains(QStringLiteral("password authentication failed"))
           || (detail.contains(QStringLiteral("role \"")) && detail.contains(QStringLiteral("does not exist")));
}

OpenDatabase DatabaseConnection::openExisting(const QString &location)
{
    return OpenDatabase(Database::openExisting(location).release());
}

QString DatabaseConnection::probeServer(const QString &location, const QString &password, bool *needsPassword)
{
    return Database::probeServer(location, password, needsPassword);
}

bool DatabaseConnection::hasUsers(Database &db)
{
    return UserRepository(db).countLoginCapable() > 0;
}

bool DatabaseConnection::needsOrganisation(Database &db)
{
    return !OrganisationRepository(db).get() || SchoolRepository(db).list(AccessScope::system()).isEmpty();
}

QString DatabaseConnection::languageSetting(Database &db)
{
    return SettingsRepository(db).value(QStringLiteral("language"));
}

QStringList DatabaseConnection::copyToServer(Database &source, const AccessScope &who, const QString &target,
                                             const QString &password, const Progress &progress)
{
    // Everything is copied, whatever the scope: only those who manage backups may take it all.
    Permissions::require(source, who, Permission::ManageBackups, QStringLiteral("database"));
    Database::Options options;
    options.seed = false;           // the content, audit chain included, comes from the source
    options.password = password;
    const std::unique_ptr<Database> server = Database::open(target, options);
    return DatabaseCopier::copy(source, *server, who, progress);
}
