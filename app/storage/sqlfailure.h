#pragma once

#include "../domain/storageerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QString>

namespace SqlValues {

// A failed statement as the user should hear of it: a read-only file or folder, a full disk, a
// busy or damaged database named as such (SQLite's codes and PostgreSQL's SQLSTATEs); anything
// else as a request the database could not carry out. `sql` goes into the detail.
StorageError failure(const QSqlError &error, const QString &sql, const QSqlDriver *driver);
// SQLite's error codes (extended ones keep the primary code in the low byte) and PostgreSQL's
// SQLSTATEs look alike: `sqlite` says which the error holds.
bool isConstraint(const QSqlError &error, bool sqlite);

} // namespace SqlValues
