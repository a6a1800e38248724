#pragma once

#include "../domain/accessscope.h"
#include "../domain/person.h"
#include "csvtable.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

class Database;

// Pupils, staff or parents from a school administration's CSV export. plan() reads only and
// says what would happen to every row; apply() writes the plan in one transaction. The same
// person is matched by external id, else by name and date of birth, and updated, never
// duplicated; parents named in a pupil export are created or linked.
class PersonImport
{
    Q_DECLARE_TR_FUNCTIONS(PersonImport)

public:
    enum class Field { ExternalId, Surname, Tussenvoegsel, GivenNames, Roepnaam, BirthDate, Gender, Group,
                       FunctionTitle, Email, Phone, Address, PostalCode, City, StartDate, LeaveDate,
                       Parent1Name, Parent1Email, Parent1Phone, Parent2Name, Parent2Email, Parent2Phone };
    using Mapping = QHash<Field, int>;      // field → column in the export

    static QList<Field> fields();
    static QString label(Field field);
    // Proposes a mapping from the header names ParnasSys, Magister, ESIS, AFAS and Youforce use.
    static Mapping propose(const QStringList &header);
    // "12-03-2015", "1-3-2015", "2015-03-12" (also with '/'); an invalid date otherwise.
    static QDate parseDate(const QString &text);

    struct Options {
        PersonKind kind = PersonKind::Leerling;
        qint64 schoolId = 0;                // the school of the export; required for pupils
        bool markMissingAsLeft = false;     // pupils of that school missing from a complete export
        QDate today = QDate::currentDate();
    };

    enum class Result { New, Updated, Unchanged, Rejected };
    struct Parent {
        Person person;                      // id 0: to be created
        bool link = true;                   // not yet linked to the pupil
    };
    struct RowPlan {
        int line = 0;
        Result result = Result::Rejected;
        QString reason;                     // why rejected, or what changes
        Person person;                      // id 0 for a new person
        QList<Parent> parents;
    };
    struct Plan {
        Options options;
        QList<RowPlan> rows;
        QList<Person> leaving;              // marked as left when options.markMissingAsLeft
        // Why nobody is marked as left although that was asked (a refused row may be a pupil
        // who is still there); empty when the leavers were decided.
        QString leavingWithheld;
        QString fileProblem;                // the file is damaged: nothing may be imported
        int count(Result result) const;
    };

    PersonImport(Database &db, const AccessScope &actor);
    Plan plan(const CsvTable &table, const Mapping &mapping, const Options &options) const;
    // Writes every row that is not rejected, and the leavers. Throws StorageError (also for a
    // plan of a damaged file); then nothing was written.
    void apply(const Plan &plan);
    static QString report(const Plan &plan);

private:
    RowPlan planRow(const CsvTable::Row &row, const Mapping &mapping, const Options &options) const;
    QList<Parent> planParents(const CsvTable::Row &row, const Mapping &mapping, const Person &pupil) const;

    Database &m_db;
    AccessScope m_actor;
};
