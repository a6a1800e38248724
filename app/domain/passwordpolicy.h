#pragma once

#include <QString>

// The rule a new password must meet: long enough to resist guessing, not the login name.
namespace PasswordPolicy {

constexpr int MinimumLength = 10;

// Empty when the password is acceptable; otherwise a sentence saying what to change.
QString problem(const QString &password, const QString &login);

} // namespace PasswordPolicy
