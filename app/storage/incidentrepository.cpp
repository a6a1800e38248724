#include "incidentrepository.h"

#include "accessdenial.h"
#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QHash>
#include <QSqlRecord>
#include <algorithm>

namespace {

QString visible(const AccessScope &scope)
{
    return AccessFilter::incidents(scope, QStringLiteral("incidents"));
}

// The columns a registration and a later edit write (reference, registrar and creation time
// are set once).
QVariantMap toRow(const Incident &i)
{
    return { { "school_id", i.schoolId },
             { "protocol_version_id", i.protocolVersionId },
             { "title", i.title },
             { "description", SqlValues::text(i.description) },
             { "occurred_at", SqlValues::moment(i.occurredAt) },
             { "reported_at", SqlValues::moment(i.reportedAt) },
             { "reported_by_person_id", SqlValues::id(i.reportedByPersonId) },
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
             { "updated_at", SqlValues::moment(i.updatedAt) } };
}

} // namespace

IncidentRepository::IncidentRepository(Database &db) : m_db(db)
{
}

QString IncidentRepository::nextReference(int year) const
{
    // Numbered across the board: on a server the user's own rows do not show every number. The
    // highest number is the longest, then the last, reference of the year (an index holds that order).
    const QString yearText = QString::number(year);
    QSqlQuery &query = m_db.cached(m_db.dialect() == Database::Dialect::Postgresql
        ? QStringLiteral("SELECT dk_last_reference_of_year(?) WHERE dk_last_reference_of_year(?) IS NOT NULL")
        : QStringLiteral("SELECT reference FROM incidents WHERE substr(reference, 1, 4) = ? "
                         "ORDER BY length(reference) DESC, reference DESC LIMIT 1"));
    query.addBindValue(yearText);
    if (m_db.dialect() == Database::Dialect::Postgresql)
        query.addBindValue(yearText);
    SqlValues::exec(query);
    int last = 0;
    if (query.next())
        last = query.value(0).toString().mid(5).toInt();
    query.finish();
    return QStringLiteral("%1-%2").arg(year).arg(last + 1, 4, 10, QLatin1Char('0'));
}

void IncidentRepository::insert(Transaction &tx, Incident &i)
{
    const QDateTime now = SqlValues::now();
    if (i.reference.isEmpty())
        i.reference = nextReference(i.reportedAt.toLocalTime().date().year());
    i.createdAt = now;
    i.updatedAt = now;
    QVariantMap row = toRow(i);
    row.insert(QStringLiteral("reference"), i.reference);
    row.insert(QStringLiteral("registered_by_user_id"), SqlValues::id(i.registeredByUserId));
    row.insert(QStringLiteral("created_at"), SqlValues::moment(i.createdAt));
    i.id = tx.insert(QStringLiteral("incidents"), row);
    i.version = 1;
    for (Harm harm : i.harms)
        tx.insert(QStringLiteral("incident_harms"), { { "incident_id", i.id }, { "harm", toCode(harm) } });
    for (qint64 articleId : i.articleIds)
        tx.insert(QStringLiteral("incident_articles"), { { "incident_id", i.id }, { "article_id", articleId } });
    for (Involvement &v : i.involvements)
        insertInvolvement(tx, i.id, v);
}

void IncidentRepository::insertInvolvement(Transaction &tx, qint64 incidentId, Involvement &v)
{
    v.incidentId = incidentId;
    v.id = tx.insert(QStringLiteral("involvements"), { { "incident_id", incidentId },
                                                        { "person_id", v.personId },
                                                        { "role", toCode(v.role) },
                                                        { "notes", SqlValues::text(v.notes) } });
    v.version = 1;
}

void IncidentRepository::update(Transaction &tx, Incident &i)
{
    i.updatedAt = SqlValues::now();
    i.version = tx.update(QStringLiteral("incidents"), i.id, i.version, toRow(i));
    // Harms and articles: remove what is no longer chosen, add what is new.
    const auto sync = [&](const QString &table, const QString &column, const QStringList &wanted) {
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE incident_id = ?").arg(column, table));
        query.addBindValue(i.id);
        SqlValues::exec(query);
        QStringList present;
        QList<qint64> stale;
        while (query.next()) {
            const QString value = query.value(1).toString();
            if (wanted.contains(value) && !present.contains(value))
                present.append(value);
            else
                stale.append(query.value(0).toLongLong());
        }
        query.finish();
        for (qint64 id : std::as_const(stale))
            tx.remove(table, id);
        for (const QString &value : wanted)
            if (!present.contains(value))
                tx.insert(table, { { "incident_id", i.id }, { column, value } });
    };
    QStringList harms;
    for (Harm harm : std::as_const(i.harms))
        harms.append(toCode(harm));
    sync(QStringLiteral("incident_harms"), QStringLiteral("harm"), harms);
    QStringList articles;
    for (qint64 id : std::as_const(i.articleIds))
        articles.append(QString::number(id));
    sync(QStringLiteral("incident_articles"), QStringLiteral("article_id"), articles);
    // Involvements keep their ids (measures and correspondence may refer to the person's role).
    QSqlQuery current = m_db.prepare(QStringLiteral("SELECT id, role, notes FROM involvements WHERE incident_id = ?"));
    current.addBindValue(i.id);
    SqlValues::exec(current);
    QHash<qint64, QPair<QString, QString>> existing;
    while (current.next())
        existing.insert(current.value(0).toLongLong(), { current.value(1).toString(), current.value(2).toString() });
    current.finish();
    for (Involvement &v : i.involvements) {
        if (v.id == 0 || !existing.contains(v.id)) {
            v.id = 0;
            insertInvolvement(tx, i.id, v);
            continue;
        }
        const QPair<QString, QString> stored = existing.take(v.id);
        if (stored.first != toCode(v.role) || stored.second != v.notes)
            tx.updateFields(QStringLiteral("involvements"), v.id,
                            { { "role", toCode(v.role) }, { "notes", SqlValues::text(v.notes) } });
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        tx.remove(QStringLiteral("involvements"), it.key());
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
                                   const QString &body, qint64 replacesNoteId, const QDateTime &happenedAt)
{
    return tx.insert(QStringLiteral("incident_notes"), { { "incident_id", incidentId },
                                                        { "author_user_id", SqlValues::id(tx.actor().userId()) },
                                                        { "written_at", SqlValues::moment(writtenAt) },
                                                        { "body", body },
                                                        { "replaces_note_id", SqlValues::id(replacesNoteId) },
                                                        { "happened_at", happenedAt.isValid() ? SqlValues::moment(happenedAt)
                                                                                              : QVariant() } });
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

QList<IncidentNote> IncidentRepository::notes(qint64 incidentId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT n.id, n.author_user_id, u.display_name, n.written_at, n.body, n.replaces_note_id, "
        "(SELECT min(r.id) FROM incident_notes r WHERE r.replaces_note_id = n.id), n.happened_at "
        "FROM incident_notes n LEFT JOIN users u ON u.id = n.author_user_id "
        "WHERE n.incident_id = ? ORDER BY coalesce(n.happened_at, n.written_at), n.id"));
    query.addBindValue(incidentId);
    SqlValues::exec(query);
    QList<IncidentNote> result;
    while (query.next()) {
        IncidentNote note;
        note.id = query.value(0).toLongLong();
        note.incidentId = incidentId;
        note.authorUserId = query.value(1).toLongLong();
        note.authorName = query.value(2).toString();
        note.writtenAt = SqlValues::toMoment(query.value(3));
        note.body = query.value(4).toString();
        note.replacesNoteId = query.value(5).toLongLong();
        note.replacedByNoteId = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            note.happenedAt = SqlValues::toMoment(query.value(7));
        result.append(note);
    }
    return result;
}

QList<Incident> IncidentRepository::related(const AccessScope &scope, qint64 incidentId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id FROM incidents WHERE id IN (SELECT related_incident_id FROM incident_links WHERE incident_id = ? "
        "UNION SELECT incident_id FROM incident_links WHERE related_incident_id = ?) AND %1 ORDER BY reference")
                                       .arg(visible(scope)));
    query.addBindValue(incidentId);
    query.addBindValue(incidentId);
    SqlValues::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    QList<Incident> result;
    for (qint64 id : std::as_const(ids))
        if (const auto incident = get(scope, id))
            result.append(*incident);
    return result;
}

void IncidentRepository::unlink(Transaction &tx, qint64 incidentId, qint64 otherId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id FROM incident_links WHERE incident_id = ? AND related_incident_id = ?"));
    query.addBindValue(std::min(incidentId, otherId));
    query.addBindValue(std::max(incidentId, otherId));
    SqlValues::exec(query);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (id > 0)
        tx.remove(QStringLiteral("incident_links"), id);
}

qint64 IncidentRepository::incidentOfNote(qint64 noteId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT incident_id FROM incident_notes WHERE id = ?"));
    query.addBindValue(noteId);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<Incident> IncidentRepository::findByReference(const AccessScope &scope, const QString &reference) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id FROM incidents WHERE reference = ? AND ") + visible(scope));
    query.addBindValue(reference.trimmed());
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return get(scope, id);
}

Incident IncidentRepository::require(const AccessScope &scope, qint64 id) const
{
    if (auto found = get(scope, id))
        return *found;
    AccessDenial::raise(m_db, scope, QStringLiteral("incidents"), id);
}

Incident IncidentRepository::requireByReference(const AccessScope &scope, const QString &reference) const
{
    if (auto found = findByReference(scope, reference))
        return *found;
    AccessDenial::raiseForReference(m_db, scope, reference);
}

QList<QPair<QString, QDate>> IncidentRepository::asCauser(const AccessScope &scope, qint64 personId, const QDate &since) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT i.reference, i.reported_at FROM incidents i JOIN involvements v ON v.incident_id = i.id "
        "WHERE v.person_id = ? AND v.role = 'veroorzaker' AND i.reported_at >= ? AND %1 ORDER BY i.reported_at, i.id")
        .arg(AccessFilter::incidents(scope, QStringLiteral("i"))));
    query.addBindValue(personId);
    query.addBindValue(SqlValues::moment(since.startOfDay()));
    SqlValues::exec(query);
    QList<QPair<QString, QDate>> cases;
    while (query.next())
        cases.append({ query.value(0).toString(), SqlValues::toMoment(query.value(1)).toLocalTime().date() });
    return cases;
}
