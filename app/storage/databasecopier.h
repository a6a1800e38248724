#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class AccessScope;
class Database;

// Copies a whole database into an empty one (SQLite file to a PostgreSQL server): every row as
// it is, the audit chain and the attachment content included, in one transaction on the
// target. Before committing it compares the row count of every table and proves the copy
// sound with the IntegrityChecker; any difference rolls the copy back.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    // Returns one line per table ("persons: 1560"). Throws StorageError on any failure. Whether
    // `actor` may take everything is asked before (DatabaseConnection::copyToServer).
    static QStringList copy(Database &source, Database &target, const AccessScope &actor,
                            const Progress &progress = Progress());

    // Tables in an order in which every row's references already exist in the target.
    static const QStringList &copyOrder();
};
