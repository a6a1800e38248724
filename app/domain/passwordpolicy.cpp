#include "passwordpolicy.h"

#include <QCoreApplication>

namespace PasswordPolicy {

QString problem(const QString &password, const QString &login)
{
    if (password.size() < MinimumLength)
        return QCoreApplication::translate("PasswordPolicy", "The password must be at least %1 characters long.")
            .arg(MinimumLength);
    bool letter = false;
    bool other = false;
    for (const QChar c : password) {
        if (c.isLetter())
            letter = true;
        else if (!c.isSpace())
            other = true;
    }
    if (!letter || !other)
        return QCoreApplication::translate("PasswordPolicy",
                                           "The password must contain letters and at least one digit or symbol.");
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return QCoreApplication::translate("PasswordPolicy", "The password must not contain the login name.");
    return QString();
}

} // namespace PasswordPolicy
