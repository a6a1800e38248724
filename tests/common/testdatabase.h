#pragma once

#include "accessscope.h"
#include "database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// Shared by the storage and service tests: real databases in temporary folders, one data row
// per available driver (PostgreSQL joins as a second row when its issue lands).
class Transaction;

namespace TestDatabase {

// Adds the "driver" column and one row per driver to the current _data() function.
void addDriverRows();
// A new, seeded database for `driver` inside `dir`.
std::unique_ptr<Database> create(const QString &driver, const QTemporaryDir &dir,
                                 const QString &name = QStringLiteral("test.sqlite"));
// A user without a password (tests act through their scope), and the scope they act in.
AccessScope addUser(Database &db, Transaction &tx, const QString &login, UserRole role, const QList<qint64> &schools);
// SHA-256 of a file's bytes, to prove a file unchanged.
QByteArray fileHash(const QString &path);
// Runs raw SQL on a second, plain connection (a file path or a postgresql:// URL): what someone
// editing the database outside the program would do. Returns the error text, empty on success.
QString rawSql(const QString &location, const QString &sql);
// Removes the triggers that keep the audit log append-only, as an attacker would first.
QString dropAuditGuards(const Database &db);
// The throwaway PostgreSQL server's URL (from test.sh), empty when there is none.
QString postgresqlServer();
// A new, empty database on that server; returns its URL.
QString newPostgresqlDatabase();

} // namespace TestDatabase
