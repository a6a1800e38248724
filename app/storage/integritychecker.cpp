#include "integritychecker.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "canonicalrow.h"
#include "database.h"
#include "schemacatalog.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"

#include <QSet>

IntegrityChecker::IntegrityChecker(Database &db) : m_db(db)
{
}

IntegrityChecker::Report IntegrityChecker::run(const QList<AuditAnchor> &anchors)
{
    Report report;
    checkFile(report);
    checkRows(report);
    for (const AuditAnchor &anchor : anchors) {
        const QString problem = AuditLog::anchorProblem(m_db, anchor);
        if (problem.isEmpty())
            report.notes.append(tr("Audit mark %1: the trail runs through it.").arg(anchor.text()));
        else
            report.problems.append(problem);
    }
    qint64 contents = 0;
    const QStringList attachmentProblems = AttachmentStore(m_db).verifyAll(&contents);
    report.problems += attachmentProblems;
    report.notes.append(tr("Attachments: %n stored file(s) checked against their SHA-256.", nullptr, int(contents)));

    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM attachments WHERE content_sha256 IS NULL"));
    SqlValues::exec(query);
    const int withoutContent = query.next() ? query.value(0).toInt() : 0;
    if (withoutContent > 0)
        report.notes.append(tr("%n attachment(s) have only a description and no content (imported from JSON); "
                               "their content is in the backups.", nullptr, withoutContent));
    return report;
}

void IntegrityChecker::checkFile(Report &report)
{
    if (m_db.dialect() == Database::Dialect::Postgresql) {
        // The server keeps its own pages whole and enforces every foreign key at all times.
        report.notes.append(tr("Database server: PostgreSQL checks its own storage and enforces every reference."));
        return;
    }
    QSqlQuery query = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
    SqlValues::exec(query);
    QStringList damage;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            damage.append(line);
    }
    if (damage.isEmpty())
        report.notes.append(tr("Database file: integrity check passed."));
    for (const QString &line : damage)
        report.problems.append(tr("database file damaged: %1").arg(line));

    QSqlQuery keys = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    SqlValues::exec(keys);
    int broken = 0;
    while (keys.next()) {
        ++broken;
        const QString table = keys.value(0).toString();
        report.problems.append(tr("%1 %2 refers to a missing %3.")
                                   .arg(SchemaCatalog::label(table), keys.value(1).toString(),
                                        SchemaCatalog::label(keys.value(2).toString()).toLower()));
    }
    if (broken == 0)
        report.notes.append(tr("References between records: all present."));
}

void IntegrityChecker::checkRows(Report &report)
{
    const AuditLog::Verification audit = AuditLog::verify(m_db);
    report.problems += audit.problems;
    if (audit.problems.isEmpty())
        report.notes.append(tr("Audit trail: %n record(s), chain whole.", nullptr, int(audit.records)));
    if (audit.erasedRecords > 0)
        report.notes.append(tr("Audit trail: the content of %n record(s) was erased at the end of a retention "
                               "term (the chain still proves them).", nullptr, int(audit.erasedRecords)));

    qint64 rows = 0;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        QSet<qint64> seen;
        const QStringList secrets = SchemaCatalog::secretColumns(table.name);
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name));
        SqlValues::exec(query);
        const QString label = SchemaCatalog::label(table.name);
        while (query.next()) {
            ++rows;
            const qint64 id = query.value(QStringLiteral("id")).toLongLong();
            seen.insert(id);
            const auto it = audit.lastState.constFind({ table.name, id });
            if (it == audit.lastState.cend() || it->isEmpty()) {
                report.problems.append(tr("%1 %2 (table %3) is not in the audit trail: it was added outside "
                                          "Dossierkast.").arg(label).arg(id).arg(table.name));
                continue;
            }
            if (CanonicalRow::hash(CanonicalRow::json(query.record(), secrets)) != *it)
                report.problems.append(tr("%1 %2 (table %3) differs from its last audited state: it was changed "
                                          "outside Dossierkast.").arg(label).arg(id).arg(table.name));
        }
        for (auto it = audit.lastState.cbegin(); it != audit.lastState.cend(); ++it) {
            if (it.key().first == table.name && !it.value().isEmpty() && !seen.contains(it.key().second))
                report.problems.append(tr("%1 %2 (table %3) is missing, but the audit trail has no removal: it "
                                          "was deleted outside Dossierkast.").arg(label).arg(it.key().second).arg(table.name));
        }
    }
    report.notes.append(tr("Records: %n row(s) compared with the audit trail.", nullptr, int(rows)));
}
