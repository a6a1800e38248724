#include "dossierrepository.h"

#include "../domain/accessscope.h"
#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"

#include <QStringList>
#include <algorithm>

namespace {

void setMoment(DossierEntry &entry, const QVariant &value)
{
    const QDateTime local = SqlValues::toMoment(value).toLocalTime();
    entry.date = local.date();
    entry.time = local.toString(QStringLiteral("HH:mm"));
}

QString period(const QVariant &from, const QVariant &to)
{
    const QDate first = SqlValues::toDate(from);
    const QDate last = SqlValues::toDate(to);
    if (!first.isValid())
        return QString();
    const QString format = QStringLiteral("dd-MM-yyyy");
    return last.isValid() ? first.toString(format) + QStringLiteral(" – ") + last.toString(format) : first.toString(format);
}

} // namespace

DossierRepository::DossierRepository(Database &db) : m_db(db)
{
}

QList<DossierEntry> DossierRepository::entries(const AccessScope &scope, qint64 personId) const
{
    QList<DossierEntry> result;
    involvements(scope, personId, result);
    measures(scope, personId, result);
    actions(scope, personId, result);
    correspondence(scope, personId, result);
    notes(scope, personId, result);
    documents(scope, personId, result);
    std::stable_sort(result.begin(), result.end(), [](const DossierEntry &a, const DossierEntry &b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (a.time != b.time)
            return a.time > b.time;
        return a.kind < b.kind;
    });
    return result;
}

void DossierRepository::involvements(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT v.id, v.role, v.notes, i.id, i.reference, i.title, i.occurred_at, i.status "
        "FROM involvements v JOIN incidents i ON i.id = v.incident_id WHERE v.person_id = ? AND ")
                                   + AccessFilter::incidents(scope, QStringLiteral("i")));
    query.addBindValue(personId);
    SqlValues::exec(query);
    while (query.next()) {
        DossierEntry entry;
        entry.kind = DossierEntry::Kind::Involvement;
        entry.id = query.value(0).toLongLong();
        entry.code = query.value(1).toString();
        entry.text = query.value(2).toString();
        entry.incidentId = query.value(3).toLongLong();
        entry.incidentReference = query.value(4).toString();
        entry.title = query.value(5).toString();
        setMoment(entry, query.value(6));
        entry.secondCode = query.value(7).toString();
        into.append(entry);
    }
}

void DossierRepository::measures(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.status, coalesce(m.decided_on, m.proposed_on), m.starts_on, m.ends_on, t.name, "
        "i.id, i.reference, m.motivation FROM measures m JOIN measure_types t ON t.id = m.measure_type_id "
        "JOIN incidents i ON i.id = m.incident_id WHERE m.person_id = ? AND ")
                                   + AccessFilter::incidents(scope, QStringLiteral("i")));
    query.addBindValue(personId);
    SqlValues::exec(query);
    while (query.next()) {
        DossierEntry entry;
        entry.kind = DossierEntry::Kind::Measure;
        entry.id = query.value(0).toLongLong();
        entry.code = query.value(1).toString();
        entry.date = SqlValues::toDate(query.value(2));
        entry.title = query.value(5).toString();
        entry.incidentId = query.value(6).toLongLong();
        entry.incidentReference = query.value(7).toString();
        QStringList parts{ period(query.value(3), query.value(4)), query.value(8).toString() };
        parts.removeAll(QString());
        entry.text = parts.join(QStringLiteral(" — "));
        into.append(entry);
    }
}

void DossierRepository::actions(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const
{
    // The person's own actions and those of their measures; actions of an incident as a
    // whole belong to the case, not to everyone involved.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.status, a.kind, a.title, coalesce(a.done_on, a.due_on), a.created_at, i.id, i.reference, "
        "coalesce(a.done_note, a.not_needed_reason, a.police_reference) "
        "FROM actions a LEFT JOIN measures m ON m.id = a.measure_id LEFT JOIN incidents i ON i.id = a.incident_id "
        "WHERE a.id IN (SELECT id FROM actions WHERE person_id = ? UNION ALL SELECT id FROM actions WHERE measure_id IN "
        "(SELECT id FROM measures WHERE person_id = ?)) AND ((i.id IS NOT NULL AND %1) OR (i.id IS NULL AND "
        "EXISTS (SELECT 1 FROM persons dp WHERE dp.id = a.person_id AND %2)))")
                                   .arg(AccessFilter::incidents(scope, QStringLiteral("i")),
                                        AccessFilter::personRecords(scope, QStringLiteral("dp"))));
    query.addBindValue(personId);
    query.addBindValue(personId);
    SqlValues::exec(query);
    while (query.next()) {
        DossierEntry entry;
        entry.kind = DossierEntry::Kind::Action;
        entry.id = query.value(0).toLongLong();
        entry.code = query.value(1).toString();
        entry.secondCode = query.value(2).toString();
        entry.title = query.value(3).toString();
        entry.date = SqlValues::toDate(query.value(4));
        if (!entry.date.isValid())
            setMoment(entry, query.value(5));
        entry.incidentId = query.value(6).toLongLong();
        entry.incidentReference = query.value(7).toString();
        entry.text = query.value(8).toString();
        into.append(entry);
    }
}

void DossierRepository::correspondence(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const
{
    // What is filed in the dossier, and what is about the person but filed elsewhere (a
    // parent's conduct lives in their child's dossier).
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.direction, c.channel, c.sent_on, c.subject, c.correspondent, c.summary, i.id, i.reference, "
        "c.person_id, (SELECT count(*) FROM attachments a WHERE a.correspondence_id = c.id) "
        "FROM correspondence c JOIN persons p ON p.id = c.person_id LEFT JOIN incidents i ON i.id = c.incident_id "
        "WHERE (c.person_id = ? OR c.about_person_id = ?) AND %1")
                                   .arg(AccessFilter::correspondence(scope, QStringLiteral("p"), QStringLiteral("i"))));
    query.addBindValue(personId);
    query.addBindValue(personId);
    SqlValues::exec(query);
    while (query.next()) {
        DossierEntry entry;
        entry.kind = DossierEntry::Kind::Correspondence;
        entry.id = query.value(0).toLongLong();
        entry.code = query.value(1).toString();
        entry.secondCode = query.value(2).toString();
        entry.date = SqlValues::toDate(query.value(3));
        entry.title = query.value(4).toString();
        const QString correspondent = query.value(5).toString();
        const QString summary = query.value(6).toString();
        entry.text = correspondent.isEmpty() ? summary
                     : summary.isEmpty()     ? correspondent
                                             : correspondent + QStringLiteral(": ") + summary;
        entry.incidentId = query.value(7).toLongLong();
        entry.incidentReference = query.value(8).toString();
        const qint64 filedWith = query.value(9).toLongLong();
        entry.filedWithId = filedWith == personId ? 0 : filedWith;
        entry.attachmentCount = query.value(10).toInt();
        into.append(entry);
    }
}

void DossierRepository::notes(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const
{
    // Follow-up notes of the person's incidents, in their latest wording.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT n.id, coalesce(n.happened_at, n.written_at), n.body, i.id, i.reference, i.title FROM incident_notes n "
        "JOIN incidents i ON i.id = n.incident_id "
        "WHERE n.incident_id IN (SELECT incident_id FROM involvements WHERE person_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM incident_notes r WHERE r.replaces_note_id = n.id) AND ")
                                   + AccessFilter::incidents(scope, QStringLiteral("i")));
    query.addBindValue(personId);
    SqlValues::exec(query);
    while (query.next()) {
        DossierEntry entry;
        entry.kind = DossierEntry::Kind::Note;
        entry.id = query.value(0).toLongLong();
        setMoment(entry, query.value(1));
        entry.text = query.value(2).toString();
        entry.incidentId = query.value(3).toLongLong();
        entry.incidentReference = query.value(4).toString();
        entry.title = query.value(5).toString();
        into.append(entry);
    }
}

void DossierRepository::documents(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.file_name, a.description, a.added_at FROM attachments a JOIN persons p ON p.id = a.person_id "
        "WHERE a.person_id = ? AND ") + AccessFilter::personRecords(scope, QStringLiteral("p")));
    query.addBindValue(personId);
    SqlValues::exec(query);
    while (query.next()) {
        DossierEntry entry;
        entry.kind = DossierEntry::Kind::Document;
        entry.id = query.value(0).toLongLong();
        entry.title = query.value(1).toString();
        entry.text = query.value(2).toString();
        setMoment(entry, query.value(3));
        entry.attachmentCount = 1;
        into.append(entry);
    }
}
