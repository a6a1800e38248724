#include "authenticator.h"

#include "permissions.h"

#include "../domain/passwordpolicy.h"
#include "../storage/database.h"
#include "../storage/settingsrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "databaseconnection.h"
#include "passwordhasher.h"

#include <QLocale>

Authenticator::Authenticator(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
}

QDateTime Authenticator::now() const
{
    return m_clock ? m_clock() : SqlValues::now();
}

AccessScope Authenticator::scopeFor(const User &user)
{
    return AccessScope(user.id, user.login, user.role, user.schoolIds);
}

std::optional<User> Authenticator::serverUser() const
{
    return UserRepository(m_db).connectedUser();
}

bool Authenticator::serverAccepts(const QString &login, const QString &password) const
{
    Database::Options options;
    options.mustExist = true;
    options.migrate = false;
    options.password = password;
    try {
        Database::open(DatabaseConnection::serverLocationAs(m_db.location(), login), options);
        return true;
    } catch (const StorageError &) {
        return false;
    }
}

Authenticator::Result Authenticator::connected()
{
    Result result;
    const std::optional<User> user = serverUser();
    if (!user) {
        result.message = tr("This connection is not a Dossierkast user's own login.");
        return result;
    }
    result.user = *user;
    result.scope = scopeFor(*user);
    Transaction tx(m_db, result.scope);
    tx.logEvent(QStringLiteral("login"), QStringLiteral("users"), user->id, QStringLiteral("server login"));
    tx.commit();
    result.outcome = Outcome::LoggedIn;
    return result;
}

Authenticator::Result Authenticator::login(const QString &login, const QString &password)
{
    Result result;
    UserRepository users(m_db);
    const QString name = login.trimmed();
    if (const std::optional<User> connected = serverUser()) {
        // Unlocking a window whose connection is the user's own login: the server judges.
        if (name.compare(connected->login, Qt::CaseInsensitive) != 0 || !serverAccepts(connected->login, password)) {
            Transaction tx(m_db, scopeFor(*connected));
            tx.logEvent(QStringLiteral("login_failed"), QStringLiteral("users"), connected->id, QStringLiteral("wrong password"));
            tx.commit();
            result.message = tr("Unknown login name or wrong password.");
            return result;
        }
        return this->connected();
    }
    const std::optional<UserRepository::Credentials> credentials = users.credentials(name);
    const QString generic = tr("Unknown login name or wrong password.");
    if (!credentials) {
        Transaction tx(m_db, AccessScope(0, name, UserRole::Melder, {}));
        tx.logEvent(QStringLiteral("login_failed"), QStringLiteral("users"), 0, QStringLiteral("unknown login"));
        tx.commit();
        result.message = generic;
        return result;
    }
    const std::optional<User> user = users.findByLogin(name);
    const AccessScope actor = scopeFor(*user);
    const QDateTime current = now();
    if (credentials->lockedUntil.isValid() && credentials->lockedUntil > current) {
        Transaction tx(m_db, actor);
        tx.logEvent(QStringLiteral("login_failed"), QStringLiteral("users"), credentials->id, QStringLiteral("locked"));
        tx.commit();
        result.outcome = Outcome::Locked;
        result.message = tr("This account is locked after too many failed attempts. Try again after %1, or ask "
                            "an administrator.")
                             .arg(QLocale().toString(credentials->lockedUntil.toLocalTime(), QStringLiteral("HH:mm")));
        return result;
    }

    // Verified before the write transaction begins, so the slow hash holds no lock.
    const bool matches = PasswordHasher::verify(credentials->passwordHash, password);
    SettingsRepository settings(m_db);
    Transaction tx(m_db, actor);
    if (!matches) {
        const int attempts = credentials->failedLogins + 1;
        const int allowed = settings.intValue(QStringLiteral("lockout_failed_logins"), 5);
        if (attempts >= allowed) {
            const QDateTime until = current.addSecs(60 * settings.intValue(QStringLiteral("lockout_minutes"), 5));
            users.setLoginState(tx, credentials->id, 0, until);
            tx.logEvent(QStringLiteral("login_failed"), QStringLiteral("users"), credentials->id, QStringLiteral("locked now"));
            result.outcome = Outcome::Locked;
            result.message = tr("Wrong password. The account is now locked until %1 after %2 failed attempts.")
                                 .arg(QLocale().toString(until.toLocalTime(), QStringLiteral("HH:mm")))
                                 .arg(allowed);
        } else {
            users.setLoginState(tx, credentials->id, attempts, QDateTime());
            tx.logEvent(QStringLiteral("login_failed"), QStringLiteral("users"), credentials->id, QStringLiteral("wrong password"));
            result.message = generic;
        }
        tx.commit();
        return result;
    }
    if (!credentials->active) {
        tx.logEvent(QStringLiteral("login_failed"), QStringLiteral("users"), credentials->id, QStringLiteral("inactive"));
        tx.commit();
        result.outcome = Outcome::Inactive;
        result.message = tr("This account has been deactivated. Ask an administrator.");
        return result;
    }
    if (credentials->failedLogins != 0 || credentials->lockedUntil.isValid())
        users.setLoginState(tx, credentials->id, 0, QDateTime());
    tx.logEvent(QStringLiteral("login"), QStringLiteral("users"), credentials->id, QString());
    tx.commit();
    result.outcome = Outcome::LoggedIn;
    result.user = *user;
    result.scope = actor;
    return result;
}

void Authenticator::changePassword(const AccessScope &scope, const QString &oldPassword, const QString &newPassword)
{
    if (const std::optional<User> connected = serverUser()) {
        if (connected->id != scope.userId() || !serverAccepts(connected->login, oldPassword))
            throw StorageError(StorageError::Kind::Invalid, tr("The current password is not correct."));
        storeOwnPassword(scope, oldPassword == newPassword, newPassword, QString());
        return;
    }
    UserRepository users(m_db);
    const std::optional<UserRepository::Credentials> credentials = users.credentials(scope.login());
    if (!credentials || credentials->id != scope.userId() || !PasswordHasher::verify(credentials->passwordHash, oldPassword))
        throw StorageError(StorageError::Kind::Invalid, tr("The current password is not correct."));
    storeOwnPassword(scope, oldPassword == newPassword, newPassword, QString());
}

void Authenticator::storeOwnPassword(const AccessScope &scope, bool sameAsCurrent, const QString &newPassword,
                                     const QString &detail)
{
    if (sameAsCurrent)
        throw StorageError(StorageError::Kind::Invalid, tr("The new password must differ from the current one."));
    const QString problem = PasswordPolicy::problem(newPassword, scope.login());
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    const bool onServer = serverUser().has_value();
    Transaction tx(m_db, scope);
    if (onServer)
        UserRepository(m_db).setOwnServerPassword(tx, scope.userId(), newPassword);
    else
        UserRepository(m_db).setPasswordHash(tx, scope.userId(), PasswordHasher::hash(newPassword), false);
    tx.logEvent(QStringLiteral("password_changed"), QStringLiteral("users"), scope.userId(), detail);
    tx.commit();
}

void Authenticator::replaceTemporaryPassword(const AccessScope &scope, const QString &newPassword)
{
    if (const std::optional<User> connected = serverUser()) {
        if (connected->id != scope.userId() || !connected->mustChangePassword)
            throw StorageError(StorageError::Kind::Refused, tr("This account has no temporary password to replace."));
        storeOwnPassword(scope, false, newPassword, QStringLiteral("after reset"));
        return;
    }
    UserRepository users(m_db);
    const std::optional<UserRepository::Credentials> credentials = users.credentials(scope.login());
    if (!credentials || credentials->id != scope.userId() || !credentials->mustChangePassword)
        throw StorageError(StorageError::Kind::Refused, tr("This account has no temporary password to replace."));
    storeOwnPassword(scope, PasswordHasher::verify(credentials->passwordHash, newPassword), newPassword,
                     QStringLiteral("after reset"));
}

void Authenticator::resetPassword(const AccessScope &administrator, qint64 userId, const QString &temporary)
{
    Permissions::require(m_db, administrator, Permission::ManageUsers, QStringLiteral("users"), userId);
    UserRepository users(m_db);
    const std::optional<User> user = users.get(administrator, userId);
    if (!user)
        throw StorageError(StorageError::Kind::NotFound, tr("This user no longer exists."));
    const QString problem = PasswordPolicy::problem(temporary, user->login);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    Transaction tx(m_db, administrator);
    users.setPasswordHash(tx, userId, PasswordHasher::hash(temporary), true);
    users.syncServerLogin(tx, userId, temporary);
    tx.logEvent(QStringLiteral("password_reset"), QStringLiteral("users"), userId, QString());
    tx.commit();
}
