#include "userservice.h"

#include "../domain/passwordpolicy.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "passwordhasher.h"
#include "permissions.h"

UserService::UserService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void UserService::check(const User &user) const
{
    if (user.displayName.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Enter the user's name."));
    const QString login = User::loginProblem(user.login);
    if (!login.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, login);
    const std::optional<User> same = UserRepository(m_db).findByLogin(user.login);
    if (same && same->id != user.id)
        throw StorageError(StorageError::Kind::Invalid, tr("The login name %1 is taken already.").arg(user.login));
}

void UserService::create(User &user, const QString &temporaryPassword)
{
    Permissions::require(m_db, m_actor, Permission::ManageUsers, QStringLiteral("users"));
    user.id = 0;
    check(user);
    const QString problem = PasswordPolicy::problem(temporaryPassword, user.login);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    User created = user;
    created.mustChangePassword = true;
    const QString hash = PasswordHasher::hash(temporaryPassword);
    Transaction tx(m_db, m_actor);
    UserRepository users(m_db);
    users.insert(tx, created);
    users.setPasswordHash(tx, created.id, hash, true);
    users.syncServerLogin(tx, created.id, temporaryPassword);
    tx.commit();
    user = created;
}

void UserService::save(User &user)
{
    Permissions::require(m_db, m_actor, Permission::ManageUsers, QStringLiteral("users"), user.id);
    UserRepository users(m_db);
    const std::optional<User> stored = users.get(m_actor, user.id);
    if (!stored)
        throw StorageError(StorageError::Kind::NotFound, tr("This user no longer exists."));
    check(user);
    if (user.id == m_actor.userId() && (user.role != UserRole::Beheerder || !user.active))
        throw StorageError(StorageError::Kind::Refused, tr("You cannot take away your own administrator role or deactivate "
                                                           "yourself; ask another administrator."));
    if (stored->role == UserRole::Beheerder && stored->active && (user.role != UserRole::Beheerder || !user.active)) {
        int administrators = 0;
        for (const User &u : users.list(m_actor))
            administrators += u.active && u.role == UserRole::Beheerder ? 1 : 0;
        if (administrators <= 1)
            throw StorageError(StorageError::Kind::Refused,
                               tr("%1 is the last active administrator; make someone else administrator first.")
                                   .arg(stored->displayName));
    }
    User saved = user;
    Transaction tx(m_db, m_actor);
    users.update(tx, saved);
    users.syncServerLogin(tx, saved.id, QString(), stored->login);
    tx.commit();
    user = saved;
}

QStringList UserService::withoutServerLogin() const
{
    return UserRepository(m_db).withoutServerLogin();
}
