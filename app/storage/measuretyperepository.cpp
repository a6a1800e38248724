#include "measuretyperepository.h"

#include "database.h"
#include "sqlvalues.h"

MeasureTypeRepository::MeasureTypeRepository(Database &db) : m_db(db)
{
}

QList<MeasureType> MeasureTypeRepository::ladder(Ladder ladder) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, code, name, rank, is_disciplinary, has_period, caution, active "
        "FROM measure_types WHERE ladder = ? AND active = 1 ORDER BY rank, id"));
    query.addBindValue(toCode(ladder));
    SqlValues::exec(query);
    QList<MeasureType> result;
    while (query.next()) {
        MeasureType m;
        m.id = query.value(0).toLongLong();
        m.version = query.value(1).toLongLong();
        m.ladder = ladder;
        m.code = query.value(2).toString();
        m.name = query.value(3).toString();
        m.rank = query.value(4).toInt();
        m.isDisciplinary = query.value(5).toLongLong() != 0;
        m.hasPeriod = query.value(6).toLongLong() != 0;
        m.caution = query.value(7).toString();
        m.active = query.value(8).toLongLong() != 0;
        result.append(m);
    }
    return result;
}
