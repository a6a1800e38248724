#pragma once

#include "../domain/school.h"
#include "../domain/schoolholiday.h"

#include <QDate>
#include <QList>
#include <optional>

class AccessScope;
class Database;
class Transaction;

class SchoolRepository
{
public:
    explicit SchoolRepository(Database &db);
    void insert(Transaction &tx, School &school);
    void update(Transaction &tx, School &school);
    std::optional<School> get(const AccessScope &scope, qint64 id) const;
    // The schools the scope may see, by name.
    QList<School> list(const AccessScope &scope) const;
    // A holiday for one school, or for all schools when schoolId is 0 (school-day counting).
    qint64 addHoliday(Transaction &tx, qint64 schoolId, const QString &name, const QDate &firstDay, const QDate &lastDay,
                      bool dayOff = false);
    // The holidays that count for a school: its own and those of all schools; 0 gives only the
    // holidays of all schools.
    QList<SchoolHoliday> holidays(qint64 schoolId) const;
    void removeHoliday(Transaction &tx, qint64 holidayId);

private:
    Database &m_db;
};
