#include "retentionrepository.h"

#include "database.h"
#include "personrepository.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

namespace {

QString list(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("0");      // matches no row: ids start at 1
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QString list(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    return list(sorted);
}

void later(QDate &latest, const QDate &candidate)
{
    if (candidate.isValid() && (!latest.isValid() || candidate > latest))
        latest = candidate;
}

QDate localDay(const QVariant &value)
{
    const QDateTime moment = SqlValues::toMoment(value);
    return moment.isValid() ? moment.toLocalTime().date() : SqlValues::toDate(value);
}

} // namespace

RetentionRepository::RetentionRepository(Database &db) : m_db(db)
{
}

QList<qint64> RetentionRepository::ids(const QString &sql) const
{
    QSqlQuery query = m_db.prepare(sql);
    SqlValues::exec(query);
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<RetentionFacts> RetentionRepository::facts(const QDate &today) const
{
    QHash<qint64, QDate> last;
    const auto collect = [this, &last](const QString &sql, bool moments) {
        QSqlQuery query = m_db.prepare(sql);
        SqlValues::exec(query);
        while (query.next()) {
            const QDate day = moments ? localDay(query.value(1)) : SqlValues::toDate(query.value(1));
            later(last[query.value(0).toLongLong()], day);
        }
    };
    // The latest date anything about a person was recorded, source by source. Registering the
    // person is no such record (a pupil may be imported long after leaving); it only counts for
    // someone with nothing filed at all.
    collect(QStringLiteral("SELECT v.person_id, max(i.occurred_at) FROM involvements v JOIN incidents i ON i.id = v.incident_id "
                           "GROUP BY v.person_id"), true);
    collect(QStringLiteral("SELECT person_id, max(coalesce(ends_on, decided_on, proposed_on)) FROM measures GROUP BY person_id"), false);
    collect(QStringLiteral("SELECT person_id, max(sent_on) FROM correspondence GROUP BY person_id"), false);
    collect(QStringLiteral("SELECT about_person_id, max(sent_on) FROM correspondence WHERE about_person_id IS NOT NULL "
                           "GROUP BY about_person_id"), false);
    collect(QStringLiteral("SELECT person_id, max(coalesce(done_on, due_on)) FROM actions WHERE person_id IS NOT NULL "
                           "GROUP BY person_id"), false);
    collect(QStringLiteral("SELECT person_id, max(added_at) FROM attachments WHERE person_id IS NOT NULL GROUP BY person_id"), true);

    QHash<qint64, QList<qint64>> children;
    QSqlQuery links = m_db.prepare(QStringLiteral("SELECT parent_id, pupil_id FROM guardianships ORDER BY pupil_id"));
    SqlValues::exec(links);
    while (links.next())
        children[links.value(0).toLongLong()].append(links.value(1).toLongLong());

    QHash<qint64, QPair<QString, QDate>> holds;
    QSqlQuery held = m_db.prepare(QStringLiteral(
        "SELECT person_id, reason, ends_on FROM legal_holds WHERE starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) "
        "ORDER BY id"));
    held.addBindValue(SqlValues::date(today));
    held.addBindValue(SqlValues::date(today));
    SqlValues::exec(held);
    while (held.next())
        holds.insert(held.value(0).toLongLong(), { held.value(1).toString(), SqlValues::toDate(held.value(2)) });

    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT p.*, s.name AS school_name FROM persons p LEFT JOIN schools s ON s.id = p.school_id "
        "ORDER BY p.leave_date, p.id"));
    SqlValues::exec(query);
    QList<RetentionFacts> result;
    while (query.next()) {
        const Person p = PersonRepository::fromRow(query.record());
        RetentionFacts f;
        f.personId = p.id;
        f.kind = p.kind;
        f.name = p.displayName();
        f.leaveDate = p.leaveDate;
        f.schoolName = query.value(QStringLiteral("school_name")).toString();
        f.lastRecord = last.value(f.personId);
        if (!f.lastRecord.isValid() && !f.leaveDate.isValid())
            f.lastRecord = p.createdAt.toLocalTime().date();
        f.childIds = children.value(f.personId);
        if (const auto hold = holds.constFind(f.personId); hold != holds.cend()) {
            f.holdReason = hold->first;
            f.holdEnds = hold->second;
        }
        result.append(f);
    }
    return result;
}

RetentionRepository::Neighbour RetentionRepository::neighbour(const QString &table, qint64 id, const QStringList &textColumns) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT version, %1 FROM %2 WHERE id = ?").arg(textColumns.join(QStringLiteral(", ")), table));
    query.addBindValue(id);
    SqlValues::exec(query);
    Neighbour n;
    n.table = table;
    n.id = id;
    if (!query.next())
        return n;
    n.version = query.value(0).toLongLong();
    for (int i = 0; i < textColumns.size(); ++i)
        if (!query.value(i + 1).isNull())
            n.texts.insert(textColumns.at(i), query.value(i + 1).toString());
    return n;
}

RetentionRepository::Plan RetentionRepository::plan(const QSet<qint64> &persons) const
{
    Plan plan;
    const QString in = list(persons);
    const QList<qint64> touched = ids(QStringLiteral(
        "SELECT id FROM incidents WHERE id IN (SELECT incident_id FROM involvements WHERE person_id IN (%1)) "
        "OR reported_by_person_id IN (%1) ORDER BY id").arg(in));
    // A case goes whole when everyone in it goes; otherwise it stays without them.
    const QList<qint64> full = ids(QStringLiteral(
        "SELECT i.id FROM incidents i WHERE i.id IN (%1) "
        "AND EXISTS (SELECT 1 FROM involvements v WHERE v.incident_id = i.id AND v.person_id IN (%2)) "
        "AND NOT EXISTS (SELECT 1 FROM involvements v WHERE v.incident_id = i.id AND v.person_id NOT IN (%2)) "
        "AND (i.reported_by_person_id IS NULL OR i.reported_by_person_id IN (%2)) ORDER BY i.id").arg(list(touched), in));
    QList<qint64> partial = touched;
    for (qint64 id : full)
        partial.removeAll(id);
    const QString gone = list(full);
    const QString stays = list(partial);
    plan.incidents = int(full.size());

    const QList<qint64> measures = ids(QStringLiteral(
        "SELECT id FROM measures WHERE incident_id IN (%1) OR person_id IN (%2) ORDER BY id").arg(gone, in));
    const QString measuresGone = list(measures);
    const QList<qint64> letters = ids(QStringLiteral("SELECT id FROM correspondence WHERE person_id IN (%1) ORDER BY id").arg(in));
    const QString lettersGone = list(letters);
    const auto remove = [&plan, this](const QString &table, const QString &sql) {
        for (qint64 id : ids(sql))
            plan.removals.append({ table, id });
    };
    remove(QStringLiteral("actions"), QStringLiteral(
        "SELECT id FROM actions WHERE incident_id IN (%1) OR measure_id IN (%2) OR person_id IN (%3) ORDER BY id")
        .arg(gone, measuresGone, in));
    remove(QStringLiteral("objections"), QStringLiteral("SELECT id FROM objections WHERE measure_id IN (%1) ORDER BY id").arg(measuresGone));
    for (qint64 id : measures)
        plan.removals.append({ QStringLiteral("measures"), id });
    const QString attachmentsWhere = QStringLiteral("incident_id IN (%1) OR correspondence_id IN (%2) OR person_id IN (%3)")
                                         .arg(gone, lettersGone, in);
    const int before = int(plan.removals.size());
    remove(QStringLiteral("attachments"), QStringLiteral("SELECT id FROM attachments WHERE %1 ORDER BY id").arg(attachmentsWhere));
    plan.attachments = int(plan.removals.size()) - before;
    QSqlQuery contents = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT content_sha256 FROM attachments WHERE content_sha256 IS NOT NULL AND (%1)").arg(attachmentsWhere));
    SqlValues::exec(contents);
    while (contents.next())
        plan.contents.append(contents.value(0).toString());
    for (qint64 id : letters)
        plan.removals.append({ QStringLiteral("correspondence"), id });
    // Newest first: a correction refers to the note it replaces.
    remove(QStringLiteral("incident_notes"), QStringLiteral("SELECT id FROM incident_notes WHERE incident_id IN (%1) ORDER BY id DESC").arg(gone));
    remove(QStringLiteral("involvements"), QStringLiteral(
        "SELECT id FROM involvements WHERE incident_id IN (%1) OR person_id IN (%2) ORDER BY id").arg(gone, in));
    remove(QStringLiteral("incident_harms"), QStringLiteral("SELECT id FROM incident_harms WHERE incident_id IN (%1) ORDER BY id").arg(gone));
    remove(QStringLiteral("incident_articles"), QStringLiteral("SELECT id FROM incident_articles WHERE incident_id IN (%1) ORDER BY id").arg(gone));
    remove(QStringLiteral("incident_links"), QStringLiteral(
        "SELECT id FROM incident_links WHERE incident_id IN (%1) OR related_incident_id IN (%1) ORDER BY id").arg(gone));
    for (qint64 id : full)
        plan.removals.append({ QStringLiteral("incidents"), id });
    remove(QStringLiteral("guardianships"), QStringLiteral(
        "SELECT id FROM guardianships WHERE parent_id IN (%1) OR pupil_id IN (%1) ORDER BY id").arg(in));
    remove(QStringLiteral("legal_holds"), QStringLiteral("SELECT id FROM legal_holds WHERE person_id IN (%1) ORDER BY id").arg(in));
    QList<qint64> sortedPersons(persons.begin(), persons.end());
    std::sort(sortedPersons.begin(), sortedPersons.end());
    for (qint64 id : sortedPersons)
        plan.removals.append({ QStringLiteral("persons"), id });

    // What stays but names or refers to them: the cases they were in with others, and letters
    // in other dossiers about them or about a case that goes.
    const auto near = [&plan, this](const QString &table, const QString &sql, const QStringList &texts,
                                    const std::function<QStringList(qint64)> &nulls = {}) {
        for (qint64 id : ids(sql)) {
            Neighbour n = neighbour(table, id, texts);
            if (nulls)
                n.nulls = nulls(id);
            plan.neighbours.append(n);
        }
    };
    const QSet<qint64> reportedBy = [&] {
        const QList<qint64> found = ids(QStringLiteral("SELECT id FROM incidents WHERE id IN (%1) AND reported_by_person_id IN (%2)").arg(stays, in));
        return QSet<qint64>(found.begin(), found.end());
    }();
    near(QStringLiteral("incidents"), QStringLiteral("SELECT id FROM incidents WHERE id IN (%1) ORDER BY id").arg(stays),
         { "title", "description", "closing_summary", "no_causer_reason" }, [&reportedBy](qint64 id) {
             return reportedBy.contains(id) ? QStringList{ QStringLiteral("reported_by_person_id") } : QStringList();
         });
    near(QStringLiteral("incident_notes"), QStringLiteral("SELECT id FROM incident_notes WHERE incident_id IN (%1) ORDER BY id").arg(stays),
         { "body" });
    near(QStringLiteral("involvements"), QStringLiteral(
             "SELECT id FROM involvements WHERE incident_id IN (%1) AND person_id NOT IN (%2) ORDER BY id").arg(stays, in),
         { "notes" });
    near(QStringLiteral("measures"), QStringLiteral(
             "SELECT id FROM measures WHERE incident_id IN (%1) AND id NOT IN (%2) ORDER BY id").arg(stays, measuresGone),
         { "motivation", "escalation_motivation", "step_motivation", "hearing_by" });
    near(QStringLiteral("objections"), QStringLiteral(
             "SELECT o.id FROM objections o JOIN measures m ON m.id = o.measure_id WHERE m.incident_id IN (%1) "
             "AND m.id NOT IN (%2) ORDER BY o.id").arg(stays, measuresGone),
         { "notes", "late_reason" });
    near(QStringLiteral("actions"), QStringLiteral(
             "SELECT id FROM actions WHERE incident_id IN (%1) AND (measure_id IS NULL OR measure_id NOT IN (%2)) "
             "AND (person_id IS NULL OR person_id NOT IN (%3)) ORDER BY id").arg(stays, measuresGone, in),
         { "title", "done_note", "not_needed_reason" });
    near(QStringLiteral("attachments"), QStringLiteral("SELECT id FROM attachments WHERE incident_id IN (%1) ORDER BY id").arg(stays),
         { "file_name", "description" });
    const QList<qint64> otherLetters = ids(QStringLiteral(
        "SELECT id FROM correspondence WHERE person_id NOT IN (%1) AND (incident_id IN (%2) OR incident_id IN (%3) "
        "OR about_person_id IN (%1)) ORDER BY id").arg(in, stays, gone));
    const QSet<qint64> fullSet(full.begin(), full.end());
    for (qint64 id : otherLetters) {
        Neighbour n = neighbour(QStringLiteral("correspondence"), id, { "subject", "summary", "correspondent" });
        QSqlQuery refs = m_db.prepare(QStringLiteral("SELECT incident_id, about_person_id FROM correspondence WHERE id = ?"));
        refs.addBindValue(id);
        SqlValues::exec(refs);
        if (refs.next()) {
            if (fullSet.contains(refs.value(0).toLongLong()))
                n.nulls.append(QStringLiteral("incident_id"));
            if (persons.contains(refs.value(1).toLongLong()))
                n.nulls.append(QStringLiteral("about_person_id"));
        }
        plan.neighbours.append(n);
    }
    near(QStringLiteral("attachments"), QStringLiteral("SELECT id FROM attachments WHERE correspondence_id IN (%1) ORDER BY id").arg(list(otherLetters)),
         { "file_name", "description" });
    return plan;
}

int RetentionRepository::purgeUnusedContent(Transaction &tx, const QStringList &sha256s, QList<Row> *removed) const
{
    int count = 0;
    for (const QString &sha : sha256s) {
        QSqlQuery query = m_db.prepare(QStringLiteral(
            "SELECT c.id FROM attachment_content c WHERE c.sha256 = ? "
            "AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.content_sha256 = c.sha256) "
            "AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.logo_sha256 = c.sha256)"));
        query.addBindValue(sha);
        SqlValues::exec(query);
        if (!query.next())
            continue;
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        tx.remove(QStringLiteral("attachment_content"), id);     // its chunks go with it
        if (removed)
            removed->append({ QStringLiteral("attachment_content"), id });
        ++count;
    }
    return count;
}

void RetentionRepository::eraseAuditContent(Transaction &tx, const QList<Row> &rows) const
{
    Q_UNUSED(tx)    // the update runs inside it
    QSqlQuery &erase = m_db.cached(QStringLiteral(
        "UPDATE audit_log SET before_json = NULL, after_json = NULL, content_erased = 1 "
        "WHERE entity = ? AND entity_id = ? AND content_erased = 0"));
    for (const Row &row : rows) {
        erase.addBindValue(row.first);
        erase.addBindValue(row.second);
        SqlValues::exec(erase);
        erase.finish();
    }
}

void RetentionRepository::clearFreedSpace() const
{
    QSqlQuery query(m_db.connection());
    if (m_db.dialect() == Database::Dialect::Postgresql) {
        // Removed rows become free space the server reuses; VACUUM makes that happen now.
        SqlValues::exec(query, QStringLiteral("VACUUM"));
        return;
    }
    // Merging the search index drops the removed words from its segments; VACUUM then writes the
    // file anew without its free pages; the journal is emptied last.
    SqlValues::exec(query, QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')"));
    SqlValues::exec(query, QStringLiteral("VACUUM"));
    SqlValues::exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}
