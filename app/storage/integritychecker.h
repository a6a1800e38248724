#pragma once

#include "../domain/integrityreport.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Proves a database sound: the file's own integrity and foreign keys, the audit chain, every
// attachment's content against its hash, and every audited row against its last audited state
// (a difference means the row was changed outside the program).
class IntegrityChecker
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    using Report = IntegrityReport;

    explicit IntegrityChecker(Database &db);
    Report run();

private:
    void checkFile(Report &report);
    void checkRows(Report &report);

    Database &m_db;
};
