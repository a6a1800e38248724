#include "retentionservice.h"

#include "permissions.h"
#include "../storage/legalholdrepository.h"

#include "../domain/labels.h"
#include "../domain/redactor.h"
#include "../storage/personrepository.h"
#include "../storage/retentionrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/largewrite.h"

#include <QSet>

RetentionService::RetentionService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void RetentionService::requireAdministrator() const
{
    Permissions::require(m_db, m_actor, Permission::ManageRetention, QStringLiteral("persons"));
}

void RetentionService::saveHold(LegalHold &hold, const QDate &today)
{
    Permissions::require(m_db, m_actor, Permission::ManageLegalHolds, QStringLiteral("legal_holds"), hold.id);
    PersonRepository(m_db).require(m_actor, hold.personId);
    const QString problem = hold.problem(today);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    LegalHold saved = hold;
    LegalHoldRepository holds(m_db);
    Transaction tx(m_db, m_actor);
    if (saved.id == 0)
        holds.insert(tx, saved);
    else
        holds.update(tx, saved);
    tx.commit();
    hold = saved;
}

QList<RetentionCandidate> RetentionService::review(const QDate &today) const
{
    requireAdministrator();
    const SettingsRepository settings(m_db);
    const RetentionRules rules(settings.intValue(QStringLiteral("retention_pupil_years"), 2),
                               settings.intValue(QStringLiteral("retention_staff_years"), 2));
    return rules.review(RetentionRepository(m_db).facts(today), today);
}

QList<RetentionCandidate> RetentionService::chosen(const QList<qint64> &personIds, const QDate &today) const
{
    if (personIds.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Choose the dossiers to destroy."));
    QHash<qint64, RetentionCandidate> due;
    for (const RetentionCandidate &c : review(today))
        due.insert(c.facts.personId, c);
    QList<RetentionCandidate> result;
    for (qint64 id : personIds) {
        const auto it = due.constFind(id);
        if (it == due.cend())
            throw StorageError(StorageError::Kind::Invalid,
                               tr("Person %1 is not past their retention term; nothing was destroyed.").arg(id));
        if (it->held())
            throw StorageError(StorageError::Kind::Invalid,
                               tr("%1 is under a legal hold (%2); nothing was destroyed.").arg(it->facts.name, it->facts.holdReason));
        result.append(*it);
    }
    return result;
}

RetentionService::Preview RetentionService::preview(const QList<qint64> &personIds, const QDate &today) const
{
    Preview preview;
    for (const RetentionCandidate &c : chosen(personIds, today)) {
        QStringList where{ Labels::personKind(c.facts.kind).toLower() };
        if (!c.facts.schoolName.isEmpty())
            where.append(c.facts.schoolName);
        preview.people.append(QStringLiteral("%1 (%2)").arg(c.facts.name, where.join(QStringLiteral(", "))));
    }
    const RetentionRepository::Plan plan = RetentionRepository(m_db).plan(QSet<qint64>(personIds.begin(), personIds.end()));
    preview.incidents = plan.incidents;
    preview.rows = int(plan.removals.size());
    preview.attachments = plan.attachments;
    preview.rewritten = int(plan.neighbours.size());
    return preview;
}

QString RetentionService::ground(const RetentionCandidate &candidate) const
{
    const SettingsRepository settings(m_db);
    const int pupil = settings.intValue(QStringLiteral("retention_pupil_years"), 2);
    switch (candidate.facts.kind) {
    case PersonKind::Leerling:
        return tr("retention term ended: %n year(s) after leaving school", nullptr, pupil);
    case PersonKind::Medewerker:
        return tr("retention term ended: %n year(s) after employment", nullptr,
                  settings.intValue(QStringLiteral("retention_staff_years"), 2));
    case PersonKind::Ouder:
        return tr("retention term ended: the children's dossiers go, last record %n year(s) ago or more", nullptr, pupil);
    case PersonKind::Overig:
        break;
    }
    return tr("retention term ended: last record %n year(s) ago or more", nullptr, pupil);
}

RetentionService::Result RetentionService::destroy(const QList<qint64> &personIds, const QDate &today)
{
    const QList<RetentionCandidate> candidates = chosen(personIds, today);
    RetentionRepository repository(m_db);
    const QSet<qint64> set(personIds.begin(), personIds.end());
    // Counted per dossier before anything goes, for the destruction records.
    QHash<qint64, QPair<int, int>> perPerson;
    for (qint64 id : set) {
        const RetentionRepository::Plan own = repository.plan({ id });
        perPerson.insert(id, { int(own.removals.size()), own.attachments });
    }
    const RetentionRepository::Plan plan = repository.plan(set);
    // Their names in what stays become role labels ("Leerling A"), as in a redacted copy.
    const Redactor redactor(PersonRepository(m_db).byIds(AccessScope::system(), QList<qint64>(set.begin(), set.end())), {},
                            RedactionOptions());

    Result result;
    const LargeWrite large(m_db);
    Transaction tx(m_db, m_actor);
    QList<RetentionRepository::Row> erase = plan.removals;
    for (const RetentionRepository::Neighbour &n : plan.neighbours) {
        QVariantMap changes;
        for (auto it = n.texts.cbegin(); it != n.texts.cend(); ++it) {
            const QString rewritten = redactor.plain(it.value().toString());
            if (rewritten != it.value().toString())
                changes.insert(it.key(), rewritten);
        }
        for (const QString &column : n.nulls)
            changes.insert(column, QVariant());
        if (changes.isEmpty())
            continue;
        tx.update(n.table, n.id, n.version, changes);
        erase.append({ n.table, n.id });
        ++result.rewritten;
    }
    for (const RetentionRepository::Row &row : plan.removals)
        tx.remove(row.first, row.second);
    result.contents = repository.purgeUnusedContent(tx, plan.contents, &erase);
    repository.eraseAuditContent(tx, erase);
    for (const RetentionCandidate &c : candidates) {
        tx.insert(QStringLiteral("destruction_records"),
                  { { "destroyed_at", SqlValues::moment(SqlValues::now()) },
                    { "user_id", SqlValues::id(m_actor.userId()) },
                    { "dossier_kind", toCode(c.facts.kind) },
                    { "ground", ground(c) },
                    { "rows_removed", perPerson.value(c.facts.personId).first },
                    { "attachments_removed", perPerson.value(c.facts.personId).second } });
        tx.logEvent(QStringLiteral("destroy"), QStringLiteral("persons"), c.facts.personId, QStringLiteral("retention term ended"));
    }
    tx.commit();
    result.persons = int(candidates.size());
    result.incidents = plan.incidents;
    result.rows = int(plan.removals.size());
    result.attachments = plan.attachments;
    // The rows are gone; now their bytes leave the file too.
    repository.clearFreedSpace();
    return result;
}
