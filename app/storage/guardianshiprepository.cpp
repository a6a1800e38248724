#include "guardianshiprepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QCoreApplication>

GuardianshipRepository::GuardianshipRepository(Database &db) : m_db(db)
{
}

void GuardianshipRepository::insert(Transaction &tx, Guardianship &g)
{
    QSqlQuery &kinds = m_db.cached(QStringLiteral(
        "SELECT (SELECT kind FROM persons WHERE id = ?), (SELECT kind FROM persons WHERE id = ?)"));
    kinds.addBindValue(g.parentId);
    kinds.addBindValue(g.pupilId);
    SqlValues::exec(kinds);
    kinds.next();
    const bool fits = kinds.value(0).toString() == QLatin1String("ouder") && kinds.value(1).toString() == QLatin1String("leerling");
    kinds.finish();
    if (!fits)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("GuardianshipRepository",
                                                       "A guardianship links a parent or carer to a pupil."));
    for (const Guardianship &existing : ofPupil(g.pupilId))
        if (existing.parentId == g.parentId)
            throw StorageError(StorageError::Kind::Invalid,
                               QCoreApplication::translate("GuardianshipRepository",
                                                           "This parent is already linked to this pupil."));
    g.id = tx.insert(QStringLiteral("guardianships"),
                     { { "parent_id", g.parentId },
                       { "pupil_id", g.pupilId },
                       { "relation", toCode(g.relation) },
                       { "parental_authority", SqlValues::flag(g.parentalAuthority) },
                       { "receives_mail", SqlValues::flag(g.receivesMail) } });
    g.version = 1;
}

void GuardianshipRepository::update(Transaction &tx, Guardianship &g)
{
    g.version = tx.update(QStringLiteral("guardianships"), g.id, g.version,
                          { { "relation", toCode(g.relation) },
                            { "parental_authority", SqlValues::flag(g.parentalAuthority) },
                            { "receives_mail", SqlValues::flag(g.receivesMail) } });
}

void GuardianshipRepository::remove(Transaction &tx, qint64 id)
{
    tx.remove(QStringLiteral("guardianships"), id);
}

QList<Guardianship> GuardianshipRepository::where(const QString &column, qint64 id) const
{
    QSqlQuery &query = m_db.cached(QStringLiteral(
        "SELECT id, version, parent_id, pupil_id, relation, parental_authority, receives_mail "
        "FROM guardianships WHERE %1 = ? ORDER BY id").arg(column));
    query.addBindValue(id);
    SqlValues::exec(query);
    QList<Guardianship> result;
    while (query.next()) {
        Guardianship g;
        g.id = query.value(0).toLongLong();
        g.version = query.value(1).toLongLong();
        g.parentId = query.value(2).toLongLong();
        g.pupilId = query.value(3).toLongLong();
        g.relation = fromCode<GuardianRelation>(query.value(4).toString()).value_or(GuardianRelation::Overig);
        g.parentalAuthority = query.value(5).toLongLong() != 0;
        g.receivesMail = query.value(6).toLongLong() != 0;
        result.append(g);
    }
    query.finish();
    return result;
}

QList<Guardianship> GuardianshipRepository::ofPupil(qint64 pupilId) const
{
    return where(QStringLiteral("pupil_id"), pupilId);
}

QList<Guardianship> GuardianshipRepository::ofParent(qint64 parentId) const
{
    return where(QStringLiteral("parent_id"), parentId);
}
