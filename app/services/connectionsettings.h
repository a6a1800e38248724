#pragma once

#include <QString>

// Which database this PC uses when none is named on the command line: a SQLite file or a
// PostgreSQL server address. Passwords are never part of it.
namespace ConnectionSettings {

// The stored location, or the default SQLite file in the user's data folder.
QString location();
bool isStored();
void store(const QString &location);

} // namespace ConnectionSettings
