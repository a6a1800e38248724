#pragma once

#include <QString>

// Argon2id password hashes from libsodium (salted per hash, self-describing strings);
// verification runs in constant time.
namespace PasswordHasher {

// Throws std::runtime_error when libsodium cannot allocate its memory.
QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);

} // namespace PasswordHasher
