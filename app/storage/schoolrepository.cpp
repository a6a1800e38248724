#include "schoolrepository.h"

#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

namespace {

QVariantMap toRow(const School &s)
{
    return { { "name", s.name },
             { "brin", SqlValues::text(s.brin) },
             { "address", SqlValues::text(s.address) },
             { "postal_code", SqlValues::text(s.postalCode) },
             { "city", SqlValues::text(s.city) },
             { "phone", SqlValues::text(s.phone) },
             { "email", SqlValues::text(s.email) },
             { "director_name", SqlValues::text(s.directorName) },
             { "active", SqlValues::flag(s.active) } };
}

School fromRecord(const QSqlRecord &r)
{
    School s;
    s.id = r.value("id").toLongLong();
    s.version = r.value("version").toLongLong();
    s.name = r.value("name").toString();
    s.brin = r.value("brin").toString();
    s.address = r.value("address").toString();
    s.postalCode = r.value("postal_code").toString();
    s.city = r.value("city").toString();
    s.phone = r.value("phone").toString();
    s.email = r.value("email").toString();
    s.directorName = r.value("director_name").toString();
    s.active = r.value("active").toLongLong() != 0;
    return s;
}

} // namespace

SchoolRepository::SchoolRepository(Database &db) : m_db(db)
{
}

void SchoolRepository::insert(Transaction &tx, School &school)
{
    school.id = tx.insert(QStringLiteral("schools"), toRow(school));
    school.version = 1;
}

void SchoolRepository::update(Transaction &tx, School &school)
{
    school.version = tx.update(QStringLiteral("schools"), school.id, school.version, toRow(school));
}

std::optional<School> SchoolRepository::get(const AccessScope &scope, qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM schools WHERE id = ? AND %1")
                                       .arg(AccessFilter::schools(scope, QStringLiteral("id"))));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

qint64 SchoolRepository::addHoliday(Transaction &tx, qint64 schoolId, const QString &name, const QDate &firstDay,
                                    const QDate &lastDay, bool dayOff)
{
    return tx.insert(QStringLiteral("school_holidays"), { { "school_id", SqlValues::id(schoolId) },
                                                         { "name", name },
                                                         { "first_day", SqlValues::date(firstDay) },
                                                         { "last_day", SqlValues::date(lastDay) },
                                                         { "day_off", SqlValues::flag(dayOff) } });
}

QList<School> SchoolRepository::list(const AccessScope &scope) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM schools WHERE %1 ORDER BY name")
                                       .arg(AccessFilter::schools(scope, QStringLiteral("id"))));
    SqlValues::exec(query);
    QList<School> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

QList<SchoolHoliday> SchoolRepository::holidays(qint64 schoolId) const
{
    // The school's own holidays and those of all schools.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, school_id, name, first_day, last_day, day_off FROM school_holidays "
        "WHERE school_id IS NULL OR school_id = ? ORDER BY first_day, id"));
    query.addBindValue(schoolId);
    SqlValues::exec(query);
    QList<SchoolHoliday> result;
    while (query.next()) {
        SchoolHoliday h;
        h.id = query.value(0).toLongLong();
        h.version = query.value(1).toLongLong();
        h.schoolId = query.value(2).toLongLong();
        h.name = query.value(3).toString();
        h.firstDay = SqlValues::toDate(query.value(4));
        h.lastDay = SqlValues::toDate(query.value(5));
        h.dayOff = query.value(6).toInt() != 0;
        result.append(h);
    }
    return result;
}

void SchoolRepository::removeHoliday(Transaction &tx, qint64 holidayId)
{
    tx.remove(QStringLiteral("school_holidays"), holidayId);
}
