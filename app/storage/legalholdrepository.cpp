#include "legalholdrepository.h"

#include "accessfilter.h"
#include "database.h"
#include "personrepository.h"
#include "sqlvalues.h"
#include "transaction.h"

LegalHoldRepository::LegalHoldRepository(Database &db) : m_db(db)
{
}

QList<LegalHold> LegalHoldRepository::list(const AccessScope &scope) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT p.*, h.id AS hold_id, h.version AS hold_version, h.reason, h.starts_on, h.ends_on "
        "FROM legal_holds h JOIN persons p ON p.id = h.person_id WHERE %1 "
        "ORDER BY CASE WHEN h.ends_on IS NULL THEN 0 ELSE 1 END, h.ends_on DESC, h.starts_on DESC, h.id")
                                       .arg(AccessFilter::personRecords(scope, QStringLiteral("p"))));
    SqlValues::exec(query);
    QList<LegalHold> holds;
    while (query.next()) {
        const Person person = PersonRepository::fromRow(query.record());
        LegalHold h;
        h.id = query.value(QStringLiteral("hold_id")).toLongLong();
        h.version = query.value(QStringLiteral("hold_version")).toLongLong();
        h.personId = person.id;
        h.reason = query.value(QStringLiteral("reason")).toString();
        h.startsOn = SqlValues::toDate(query.value(QStringLiteral("starts_on")));
        h.endsOn = SqlValues::toDate(query.value(QStringLiteral("ends_on")));
        h.personName = person.displayName();
        holds.append(h);
    }
    return holds;
}

void LegalHoldRepository::insert(Transaction &tx, LegalHold &hold)
{
    hold.id = tx.insert(QStringLiteral("legal_holds"), { { "person_id", hold.personId },
                                                         { "reason", hold.reason.trimmed() },
                                                         { "starts_on", SqlValues::date(hold.startsOn) },
                                                         { "ends_on", SqlValues::date(hold.endsOn) } });
    hold.version = 1;
}

void LegalHoldRepository::update(Transaction &tx, LegalHold &hold)
{
    hold.version = tx.update(QStringLiteral("legal_holds"), hold.id, hold.version,
                             { { "reason", hold.reason.trimmed() },
                               { "starts_on", SqlValues::date(hold.startsOn) },
                               { "ends_on", SqlValues::date(hold.endsOn) } });
}

QList<DestructionRecord> LegalHoldRepository::destructionRecords() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.destroyed_at, u.login, d.dossier_kind, d.ground, d.rows_removed, d.attachments_removed "
        "FROM destruction_records d LEFT JOIN users u ON u.id = d.user_id ORDER BY d.destroyed_at DESC, d.id DESC"));
    SqlValues::exec(query);
    QList<DestructionRecord> records;
    while (query.next()) {
        DestructionRecord r;
        r.id = query.value(0).toLongLong();
        r.destroyedAt = SqlValues::toMoment(query.value(1));
        r.userLogin = query.value(2).toString();
        r.dossierKind = query.value(3).toString();
        r.ground = query.value(4).toString();
        r.rowsRemoved = query.value(5).toInt();
        r.attachmentsRemoved = query.value(6).toInt();
        records.append(r);
    }
    return records;
}
