#include "measuretyperepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace {

const char *const columns = "SELECT id, version, code, name, rank, is_disciplinary, has_period, caution, active, ladder "
                            "FROM measure_types ";

MeasureType fromQuery(const QSqlQuery &query)
{
    MeasureType m;
    m.id = query.value(0).toLongLong();
    m.version = query.value(1).toLongLong();
    m.code = query.value(2).toString();
    m.name = query.value(3).toString();
    m.rank = query.value(4).toInt();
    m.isDisciplinary = query.value(5).toLongLong() != 0;
    m.hasPeriod = query.value(6).toLongLong() != 0;
    m.caution = query.value(7).toString();
    m.active = query.value(8).toLongLong() != 0;
    m.ladder = fromCode<Ladder>(query.value(9).toString()).value_or(Ladder::Leerling);
    return m;
}

QVariantMap toRow(const MeasureType &m)
{
    return { { "name", m.name.trimmed() },
             { "rank", m.rank },
             { "is_disciplinary", SqlValues::flag(m.isDisciplinary) },
             { "has_period", SqlValues::flag(m.hasPeriod) },
             { "caution", SqlValues::text(m.caution) },
             { "active", SqlValues::flag(m.active) } };
}

} // namespace

MeasureTypeRepository::MeasureTypeRepository(Database &db) : m_db(db)
{
}

QList<MeasureType> MeasureTypeRepository::ladder(Ladder ladder) const
{
    QList<MeasureType> result;
    for (const MeasureType &type : all(ladder))
        if (type.active)
            result.append(type);
    return result;
}

QList<MeasureType> MeasureTypeRepository::all(Ladder ladder) const
{
    QSqlQuery query = m_db.prepare(QLatin1String(columns) + QStringLiteral("WHERE ladder = ? ORDER BY rank, id"));
    query.addBindValue(toCode(ladder));
    SqlValues::exec(query);
    QList<MeasureType> result;
    while (query.next())
        result.append(fromQuery(query));
    return result;
}

std::optional<MeasureType> MeasureTypeRepository::get(qint64 id) const
{
    QSqlQuery query = m_db.prepare(QLatin1String(columns) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromQuery(query);
}

void MeasureTypeRepository::insert(Transaction &tx, MeasureType &type)
{
    QVariantMap row = toRow(type);
    row.insert(QStringLiteral("ladder"), toCode(type.ladder));
    row.insert(QStringLiteral("code"), type.code.trimmed());
    type.id = tx.insert(QStringLiteral("measure_types"), row);
    type.version = 1;
}

void MeasureTypeRepository::update(Transaction &tx, MeasureType &type)
{
    type.version = tx.update(QStringLiteral("measure_types"), type.id, type.version, toRow(type));
}
