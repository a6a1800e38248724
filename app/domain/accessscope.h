#pragma once

#include "enums.h"

#include <QList>
#include <QString>

// Who is asking: passed to every repository read (which filters in SQL) and to every
// Transaction (which names the actor in the audit log).
class AccessScope
{
public:
    AccessScope() = default;
    AccessScope(qint64 userId, const QString &login, UserRole role, const QList<qint64> &schoolIds);

    // The program itself (migrations, seeding, command-line maintenance): sees everything.
    static AccessScope system();

    qint64 userId() const { return m_userId; }
    QString login() const { return m_login; }
    UserRole role() const { return m_role; }
    QList<qint64> schoolIds() const { return m_schoolIds; }
    bool isSystem() const { return m_system; }

    // Board-wide roles and the system see every school; directors and reporters only theirs.
    bool seesAllSchools() const;

private:
    qint64 m_userId = 0;
    QString m_login;
    UserRole m_role = UserRole::Melder;
    QList<qint64> m_schoolIds;
    bool m_system = false;
};
