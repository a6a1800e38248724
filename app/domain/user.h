#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct User
{
    qint64 id = 0;
    qint64 version = 0;
    QString login;
    QString displayName;
    QString email;
    UserRole role = UserRole::Melder;
    bool active = true;
    bool mustChangePassword = false;
    bool mayReportToPolice = false;     // authorised to file a police report for the board
    QList<qint64> schoolIds;
    QDateTime createdAt;

    // A sentence when a login name is not acceptable (3–40 letters, digits, . - _), else empty.
    static QString loginProblem(const QString &login);
};
