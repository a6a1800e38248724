#pragma once

#include "../domain/accessscope.h"
#include "../domain/auditanchor.h"
#include "../domain/auditrecord.h"
#include "../domain/integrityreport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// The audit trail as the viewer in Beheer reads it, and the check that proves the database
// sound. The trail holds the content of every row, confidential cases included: each call asks
// the permission model (ReadAuditTrail) first, so only an administrator reads it.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    AuditTrail(Database &db, const AccessScope &reader);
    QList<AuditRecord> list(const AuditFilter &filter, int offset, int limit) const;
    int count(const AuditFilter &filter) const;
    std::optional<AuditRecord> get(qint64 seq) const;
    // What the filters can offer: the logins and tables that occur in the trail.
    QStringList logins() const;
    QStringList entities() const;
    // The file, the chain, the attachments and every audited row (IntegrityChecker).
    IntegrityReport check() const;
    // The chain's newest record as an audit mark, for the footer of everything that leaves the
    // program (printouts, exports, backups): not secret, so anyone who prints may read it.
    static AuditAnchor anchor(Database &db);
    // A table's name as the user reads it ("Incidenten"), or the name itself when unknown.
    static QString entityLabel(const QString &entity);

private:
    void require() const;

    Database &m_db;
    AccessScope m_reader;
};
