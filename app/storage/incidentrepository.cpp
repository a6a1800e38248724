#include "incidentrepository.h"

#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>
#include <algorithm>

namespace {

QString visible(const AccessScope &scope)
{
    return AccessFilter::incidents(scope, QStringLiteral("incidents"));
}

} // namespace

IncidentRepository::IncidentRepository(Database &db) : m_db(db)
{
}

QString IncidentRepository::nextReference(int year) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT reference FROM incidents WHERE reference LIKE ? ORDER BY length(reference) DESC, reference DESC LIMIT 1"));
    query.addBindValue(QStringLiteral("%1-%").arg(year));
    SqlValues::exec(query);
    int last = 0;
    if (query.next())
        last = query.value(0).toString().mid(5).toInt();
    return QStringLiteral("%1-%2").arg(year).arg(last + 1, 4, 10, QLatin1Char('0'));
}

void IncidentRepository::insert(Transaction &tx, Incident &i)
{
    const QDateTime now = SqlValues::now();
    if (i.reference.isEmpty())
        i.reference = nextReference(i.reportedAt.toLocalTime().date().year());
    i.createdAt = now;
    i.updatedAt = now;
    i.id = tx.insert(QStringLiteral("incidents"),
                     { { "reference", i.reference },
                       { "school_id", i.schoolId },
                       { "protocol_version_id", i.protocolVersionId },
                       { "title", i.title },
                       { "description", SqlValues::text(i.description) },
                       { "occurred_at", SqlValues::moment(i.occurredAt) },
                       { "reported_at", SqlValues::moment(i.reportedAt) },
                       { "reported_by_person_id", SqlValues::id(i.reportedByPersonId) },
                       { "registered_by_user_id", SqlValues::id(i.registeredByUserId) },
                       { "handler_user_id", SqlValues::id(i.handlerUserId) },
                       { "platform", toCode(i.platform) },
                       { "context", toCode(i.context) },
                       { "severity", toCode(i.severity) },
                       { "possibly_criminal", SqlValues::flag(i.possiblyCriminal) },
                       { "confidential", SqlValues::flag(i.confidential) },
                       { "sexual_offence_suspected", SqlValues::flag(i.sexualOffenceSuspected) },
                       { "unsafe_home_signs", SqlValues::flag(i.unsafeHomeSigns) },
                       { "parents_refuse_cooperation", SqlValues::flag(i.parentsRefuseCooperation) },
                       { "no_causer_reason", SqlValues::text(i.noCauserReason) },
                       { "status", toCode(i.status) },
                       { "closing_summary", SqlValues::text(i.closingSummary) },
                       { "created_at", SqlValues::moment(i.createdAt) },
                       { "updated_at", SqlValues::moment(i.updatedAt) } });
    i.version = 1;
    for (Harm harm : i.harms)
        tx.insert(QStringLiteral("incident_harms"), { { "incident_id", i.id }, { "harm", toCode(harm) } });
    for (qint64 articleId : i.articleIds)
        tx.insert(QStringLiteral("incident_articles"), { { "incident_id", i.id }, { "article_id", articleId } });
    for (Involvement &v : i.involvements) {
        v.incidentId = i.id;
        v.id = tx.insert(QStringLiteral("involvements"), { { "incident_id", i.id },
                                                            { "person_id", v.personId },
                                                            { "role", toCode(v.role) },
                                                            { "notes", SqlValues::text(v.notes) } });
        v.version = 1;
    }
}

std::optional<Incident> IncidentRepository::get(const AccessScope &scope, qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM incidents WHERE id = ? AND ") + visible(scope));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    const QSqlRecord r = query.record();
    Incident i;
    i.id = id;
    i.version = r.value("version").toLongLong();
    i.reference = r.value("reference").toString();
    i.schoolId = r.value("school_id").toLongLong();
    i.protocolVersionId = r.value("protocol_version_id").toLongLong();
    i.title = r.value("title").toString();
    i.description = r.value("description").toString();
    i.occurredAt = SqlValues::toMoment(r.value("occurred_at"));
    i.reportedAt = SqlValues::toMoment(r.value("reported_at"));
    i.reportedByPersonId = r.value("reported_by_person_id").toLongLong();
    i.registeredByUserId = r.value("registered_by_user_id").toLongLong();
    i.handlerUserId = r.value("handler_user_id").toLongLong();
    i.platform = fromCode<Platform>(r.value("platform").toString()).value_or(Platform::Anders);
    i.context = fromCode<IncidentContext>(r.value("context").toString()).value_or(IncidentContext::InSchool);
    i.severity = fromCode<Severity>(r.value("severity").toString()).value_or(Severity::Licht);
    i.possiblyCriminal = r.value("possibly_criminal").toLongLong() != 0;
    i.confidential = r.value("confidential").toLongLong() != 0;
    i.sexualOffenceSuspected = r.value("sexual_offence_suspected").toLongLong() != 0;
    i.unsafeHomeSigns = r.value("unsafe_home_signs").toLongLong() != 0;
    i.parentsRefuseCooperation = r.value("parents_refuse_cooperation").toLongLong() != 0;
    i.noCauserReason = r.value("no_causer_reason").toString();
    i.status = fromCode<IncidentStatus>(r.value("status").toString()).value_or(IncidentStatus::Gemeld);
    i.closingSummary = r.value("closing_summary").toString();
    i.createdAt = SqlValues::toMoment(r.value("created_at"));
    i.updatedAt = SqlValues::toMoment(r.value("updated_at"));
    query.finish();

    QSqlQuery harms = m_db.prepare(QStringLiteral("SELECT harm FROM incident_harms WHERE incident_id = ? ORDER BY id"));
    harms.addBindValue(id);
    SqlValues::exec(harms);
    while (harms.next())
        if (auto harm = fromCode<Harm>(harms.value(0).toString()))
            i.harms.append(*harm);

    QSqlQuery articles = m_db.prepare(QStringLiteral("SELECT article_id FROM incident_articles WHERE incident_id = ? ORDER BY id"));
    articles.addBindValue(id);
    SqlValues::exec(articles);
    while (articles.next())
        i.articleIds.append(articles.value(0).toLongLong());

    QSqlQuery people = m_db.prepare(QStringLiteral(
        "SELECT id, version, person_id, role, notes FROM involvements WHERE incident_id = ? ORDER BY id"));
    people.addBindValue(id);
    SqlValues::exec(people);
    while (people.next()) {
        Involvement v;
        v.id = people.value(0).toLongLong();
        v.version = people.value(1).toLongLong();
        v.incidentId = id;
        v.personId = people.value(2).toLongLong();
        v.role = fromCode<InvolvementRole>(people.value(3).toString()).value_or(InvolvementRole::Getuige);
        v.notes = people.value(4).toString();
        i.involvements.append(v);
    }
    return i;
}

qint64 IncidentRepository::addNote(Transaction &tx, qint64 incidentId, const QDateTime &writtenAt,
                                   const QString &body, qint64 replacesNoteId)
{
    return tx.insert(QStringLiteral("incident_notes"), { { "incident_id", incidentId },
                                                        { "author_user_id", SqlValues::id(tx.actor().userId()) },
                                                        { "written_at", SqlValues::moment(writtenAt) },
                                                        { "body", body },
                                                        { "replaces_note_id", SqlValues::id(replacesNoteId) } });
}

void IncidentRepository::link(Transaction &tx, qint64 incidentId, qint64 otherId)
{
    tx.insert(QStringLiteral("incident_links"), { { "incident_id", std::min(incidentId, otherId) },
                                                 { "related_incident_id", std::max(incidentId, otherId) } });
}

int IncidentRepository::count(const AccessScope &scope) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents WHERE ") + visible(scope));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}
