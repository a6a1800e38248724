#include "userrepository.h"

#include "../domain/accessscope.h"
#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

namespace {

// The profile columns a form edits; password and login state are written apart.
QVariantMap toRow(const User &u)
{
    return { { "login", u.login },
             { "display_name", u.displayName },
             { "email", SqlValues::text(u.email) },
             { "role", toCode(u.role) },
             { "active", SqlValues::flag(u.active) },
             { "must_change_password", SqlValues::flag(u.mustChangePassword) },
             { "may_report_to_police", SqlValues::flag(u.mayReportToPolice) } };
}

User fromRecord(const QSqlRecord &r)
{
    User u;
    u.id = r.value("id").toLongLong();
    u.version = r.value("version").toLongLong();
    u.login = r.value("login").toString();
    u.displayName = r.value("display_name").toString();
    u.email = r.value("email").toString();
    u.role = fromCode<UserRole>(r.value("role").toString()).value_or(UserRole::Melder);
    u.active = r.value("active").toLongLong() != 0;
    u.mustChangePassword = r.value("must_change_password").toLongLong() != 0;
    u.mayReportToPolice = r.value("may_report_to_police").toLongLong() != 0;
    u.createdAt = SqlValues::toMoment(r.value("created_at"));
    return u;
}

} // namespace

UserRepository::UserRepository(Database &db) : m_db(db)
{
}

void UserRepository::insert(Transaction &tx, User &u)
{
    u.createdAt = SqlValues::now();
    QVariantMap row = toRow(u);
    row.insert(QStringLiteral("created_at"), SqlValues::moment(u.createdAt));
    u.id = tx.insert(QStringLiteral("users"), row);
    u.version = 1;
    for (qint64 schoolId : u.schoolIds)
        tx.insert(QStringLiteral("user_schools"), { { "user_id", u.id }, { "school_id", schoolId } });
}

void UserRepository::update(Transaction &tx, User &u)
{
    u.version = tx.update(QStringLiteral("users"), u.id, u.version, toRow(u));
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, school_id FROM user_schools WHERE user_id = ?"));
    query.addBindValue(u.id);
    SqlValues::exec(query);
    QList<qint64> present;
    QList<qint64> obsolete;
    while (query.next()) {
        const qint64 school = query.value(1).toLongLong();
        if (u.schoolIds.contains(school))
            present.append(school);
        else
            obsolete.append(query.value(0).toLongLong());
    }
    query.finish();
    for (qint64 linkId : obsolete)
        tx.remove(QStringLiteral("user_schools"), linkId);
    for (qint64 school : std::as_const(u.schoolIds))
        if (!present.contains(school))
            tx.insert(QStringLiteral("user_schools"), { { "user_id", u.id }, { "school_id", school } });
}

void UserRepository::setPasswordHash(Transaction &tx, qint64 userId, const QString &hash, bool mustChange)
{
    tx.updateFields(QStringLiteral("users"), userId,
                    { { "password_hash", hash },
                      { "must_change_password", SqlValues::flag(mustChange) },
                      { "failed_logins", 0 },
                      { "locked_until", QVariant() } });
}

void UserRepository::setLoginState(Transaction &tx, qint64 userId, int failedLogins, const QDateTime &lockedUntil)
{
    tx.updateFields(QStringLiteral("users"), userId,
                    { { "failed_logins", failedLogins }, { "locked_until", SqlValues::moment(lockedUntil) } });
}

std::optional<UserRepository::Credentials> UserRepository::credentials(const QString &login) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, password_hash, failed_logins, locked_until, active, must_change_password FROM users "
        "WHERE lower(login) = lower(?)"));
    query.addBindValue(login);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    Credentials c;
    c.id = query.value(0).toLongLong();
    c.passwordHash = query.value(1).toString();
    c.failedLogins = query.value(2).toInt();
    c.lockedUntil = SqlValues::toMoment(query.value(3));
    c.active = query.value(4).toLongLong() != 0;
    c.mustChangePassword = query.value(5).toLongLong() != 0;
    return c;
}

int UserRepository::countLoginCapable() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM users WHERE active = 1 AND password_hash IS NOT NULL"));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<User> UserRepository::one(const QString &where, const QVariant &value) const
{
    // Named columns: on a server only administrators may read the password hashes.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, login, display_name, email, role, active, must_change_password, may_report_to_police, "
        "created_at FROM users WHERE ") + where);
    query.addBindValue(value);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    User user = fromRecord(query.record());
    QSqlQuery schools = m_db.prepare(QStringLiteral("SELECT school_id FROM user_schools WHERE user_id = ? ORDER BY school_id"));
    schools.addBindValue(user.id);
    SqlValues::exec(schools);
    while (schools.next())
        user.schoolIds.append(schools.value(0).toLongLong());
    return user;
}

std::optional<User> UserRepository::get(const AccessScope &scope, qint64 id) const
{
    if (!scope.seesAllSchools() && scope.userId() != id)
        return std::nullopt;
    return one(QStringLiteral("id = ?"), id);
}

std::optional<User> UserRepository::findByLogin(const QString &login) const
{
    return one(QStringLiteral("lower(login) = lower(?)"), login);
}

QList<User> UserRepository::list(const AccessScope &scope) const
{
    QString sql = QStringLiteral("SELECT id FROM users");
    if (!scope.seesAllSchools())
        sql += QStringLiteral(" WHERE id = %1").arg(scope.userId());
    QSqlQuery query = m_db.prepare(sql + QStringLiteral(" ORDER BY display_name, id"));
    SqlValues::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<User> result;
    for (qint64 id : ids)
        if (auto user = one(QStringLiteral("id = ?"), id))
            result.append(*user);
    return result;
}

void UserRepository::syncServerLogin(Transaction &tx, qint64 userId, const QString &password, const QString &previousLogin)
{
    if (m_db.dialect() != Database::Dialect::Postgresql)
        return;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT dossierkast_sync_login((SELECT login FROM users WHERE id = ?), ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(password.isNull() ? QVariant() : QVariant(password));
    query.addBindValue(previousLogin.isEmpty() ? QVariant() : QVariant(previousLogin));
    SqlValues::exec(query);
    query.finish();
    Q_UNUSED(tx)        // runs inside it: the role changes with the transaction
}

std::optional<User> UserRepository::connectedUser() const
{
    if (m_db.dialect() != Database::Dialect::Postgresql)
        return std::nullopt;
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT dk_is_system(), dk_user_id()"));
    SqlValues::exec(query);
    if (!query.next() || query.value(0).toBool() || query.value(1).isNull())
        return std::nullopt;
    const qint64 id = query.value(1).toLongLong();
    query.finish();
    return one(QStringLiteral("id = ?"), id);
}

void UserRepository::setOwnServerPassword(Transaction &tx, qint64 userId, const QString &password)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT dossierkast_set_own_password(?)"));
    query.addBindValue(password);
    SqlValues::exec(query);
    query.finish();
    tx.updateFields(QStringLiteral("users"), userId, { { "must_change_password", 0 } });
}

QStringList UserRepository::withoutServerLogin() const
{
    QStringList logins;
    if (m_db.dialect() != Database::Dialect::Postgresql)
        return logins;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT u.login FROM users u WHERE u.active = 1 AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = u.login "
        "AND pg_has_role(r.oid, 'dossierkast_' || u.role, 'MEMBER')) ORDER BY u.login"));
    SqlValues::exec(query);
    while (query.next())
        logins.append(query.value(0).toString());
    return logins;
}
