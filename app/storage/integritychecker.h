#pragma once

#include "../domain/auditanchor.h"
#include "../domain/integrityreport.h"

#include <QCoreApplication>
#include <QList>
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
    // `anchors`: audit marks written down earlier (on a printout, beside a backup); the report
    // fails when the trail no longer runs through one of them.
    Report run(const QList<AuditAnchor> &anchors = {});

private:
    void checkFile(Report &report);
    void checkRows(Report &report);

    Database &m_db;
};
