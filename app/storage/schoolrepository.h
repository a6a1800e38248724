#pragma once

#include "../domain/school.h"

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
    qint64 addHoliday(Transaction &tx, qint64 schoolId, const QString &name, const QDate &firstDay, const QDate &lastDay);

private:
    Database &m_db;
};
