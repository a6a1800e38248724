#include "user.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString User::loginProblem(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{3,40}$"));
    if (pattern.match(login).hasMatch())
        return QString();
    return QCoreApplication::translate("User", "The login name must be 3 to 40 letters, digits, dots, hyphens or "
                                               "underscores.");
}
