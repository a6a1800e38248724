#include "accessscope.h"

AccessScope::AccessScope(qint64 userId, const QString &login, UserRole role,
                         const QList<qint64> &schoolIds)
    : m_userId(userId), m_login(login), m_role(role), m_schoolIds(schoolIds)
{
}

AccessScope AccessScope::system()
{
    AccessScope scope(0, QStringLiteral("systeem"), UserRole::Beheerder, {});
    scope.m_system = true;
    return scope;
}

bool AccessScope::seesAllSchools() const
{
    return m_system || m_role == UserRole::Beheerder || m_role == UserRole::Bestuur;
}
