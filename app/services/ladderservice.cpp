#include "ladderservice.h"

#include "../domain/textfolding.h"
#include "../storage/measuretyperepository.h"
#include "../storage/schoolrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "permissions.h"

#include <QSet>

LadderService::LadderService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void LadderService::saveRung(MeasureType &type)
{
    Permissions::require(m_db, m_actor, Permission::ManageLadders, QStringLiteral("measure_types"), type.id);
    MeasureType saved = type;
    saved.name = saved.name.trimmed();
    saved.caution = saved.caution.trimmed();
    if (saved.name.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Give the step a name."));
    if (saved.rank < 1)
        throw StorageError(StorageError::Kind::Invalid, tr("A step's place on the ladder is 1 or more."));
    MeasureTypeRepository types(m_db);
    if (saved.id == 0) {
        QSet<QString> codes;
        for (const MeasureType &other : types.all(saved.ladder))
            codes.insert(other.code);
        const QString base = TextFolding::words(saved.name).join(QLatin1Char('_'));
        saved.code = base;
        for (int n = 2; codes.contains(saved.code); ++n)
            saved.code = QStringLiteral("%1_%2").arg(base).arg(n);
    }
    Transaction tx(m_db, m_actor);
    if (saved.id == 0)
        types.insert(tx, saved);
    else
        types.update(tx, saved);
    tx.commit();
    type = saved;
}

qint64 LadderService::addHoliday(qint64 schoolId, const QString &name, const QDate &firstDay, const QDate &lastDay,
                                 bool dayOff)
{
    Permissions::require(m_db, m_actor, Permission::ManageLadders, QStringLiteral("school_holidays"));
    if (name.trimmed().isEmpty() || !firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        throw StorageError(StorageError::Kind::Invalid, tr("Give the holiday a name, and a last day on or after the first day."));
    Transaction tx(m_db, m_actor);
    const qint64 id = SchoolRepository(m_db).addHoliday(tx, schoolId, name.trimmed(), firstDay, lastDay, dayOff);
    tx.commit();
    return id;
}

void LadderService::removeHoliday(qint64 holidayId)
{
    Permissions::require(m_db, m_actor, Permission::ManageLadders, QStringLiteral("school_holidays"), holidayId);
    Transaction tx(m_db, m_actor);
    SchoolRepository(m_db).removeHoliday(tx, holidayId);
    tx.commit();
}
