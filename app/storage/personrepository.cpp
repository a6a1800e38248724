#include "personrepository.h"

#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

namespace {

QVariantMap toRow(const Person &p)
{
    return { { "kind", toCode(p.kind) },
             { "given_names", SqlValues::text(p.givenNames) },
             { "roepnaam", SqlValues::text(p.roepnaam) },
             { "tussenvoegsel", SqlValues::text(p.tussenvoegsel) },
             { "surname", p.surname },
             { "gender", toCode(p.gender) },
             { "birth_date", SqlValues::date(p.birthDate) },
             { "school_id", SqlValues::id(p.schoolId) },
             { "group_name", SqlValues::text(p.groupName) },
             { "function_title", SqlValues::text(p.functionTitle) },
             { "external_id", SqlValues::text(p.externalId) },
             { "email", SqlValues::text(p.email) },
             { "phone", SqlValues::text(p.phone) },
             { "address", SqlValues::text(p.address) },
             { "postal_code", SqlValues::text(p.postalCode) },
             { "city", SqlValues::text(p.city) },
             { "start_date", SqlValues::date(p.startDate) },
             { "leave_date", SqlValues::date(p.leaveDate) },
             { "notes", SqlValues::text(p.notes) } };
}

Person fromRecord(const QSqlRecord &r)
{
    Person p;
    p.id = r.value("id").toLongLong();
    p.version = r.value("version").toLongLong();
    p.kind = fromCode<PersonKind>(r.value("kind").toString()).value_or(PersonKind::Overig);
    p.givenNames = r.value("given_names").toString();
    p.roepnaam = r.value("roepnaam").toString();
    p.tussenvoegsel = r.value("tussenvoegsel").toString();
    p.surname = r.value("surname").toString();
    p.gender = fromCode<Gender>(r.value("gender").toString()).value_or(Gender::Unknown);
    p.birthDate = SqlValues::toDate(r.value("birth_date"));
    p.schoolId = r.value("school_id").toLongLong();
    p.groupName = r.value("group_name").toString();
    p.functionTitle = r.value("function_title").toString();
    p.externalId = r.value("external_id").toString();
    p.email = r.value("email").toString();
    p.phone = r.value("phone").toString();
    p.address = r.value("address").toString();
    p.postalCode = r.value("postal_code").toString();
    p.city = r.value("city").toString();
    p.startDate = SqlValues::toDate(r.value("start_date"));
    p.leaveDate = SqlValues::toDate(r.value("leave_date"));
    p.notes = r.value("notes").toString();
    p.createdAt = SqlValues::toMoment(r.value("created_at"));
    return p;
}

QString visible(const AccessScope &scope)
{
    return AccessFilter::persons(scope, QStringLiteral("persons"));
}

} // namespace

PersonRepository::PersonRepository(Database &db) : m_db(db)
{
}

void PersonRepository::insert(Transaction &tx, Person &p)
{
    p.createdAt = SqlValues::now();
    QVariantMap row = toRow(p);
    row.insert(QStringLiteral("created_at"), SqlValues::moment(p.createdAt));
    p.id = tx.insert(QStringLiteral("persons"), row);
    p.version = 1;
}

void PersonRepository::update(Transaction &tx, Person &p)
{
    p.version = tx.update(QStringLiteral("persons"), p.id, p.version, toRow(p));
}

std::optional<Person> PersonRepository::get(const AccessScope &scope, qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM persons WHERE id = ? AND ") + visible(scope));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

qint64 PersonRepository::addLegalHold(Transaction &tx, qint64 personId, const QString &reason, const QDate &startsOn)
{
    return tx.insert(QStringLiteral("legal_holds"), { { "person_id", personId },
                                                     { "reason", reason },
                                                     { "starts_on", SqlValues::date(startsOn) } });
}

std::optional<Person> PersonRepository::findByExternalId(PersonKind kind, const QString &externalId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM persons WHERE kind = ? AND external_id = ?"));
    query.addBindValue(toCode(kind));
    query.addBindValue(externalId);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

std::optional<Person> PersonRepository::findByNameAndBirth(PersonKind kind, const QString &surname,
                                                           const QString &tussenvoegsel, const QString &firstName,
                                                           const QDate &birthDate) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT * FROM persons WHERE kind = ? AND lower(surname) = lower(?) AND lower(coalesce(tussenvoegsel, '')) = lower(?) "
        "AND birth_date = ? ORDER BY id"));
    query.addBindValue(toCode(kind));
    query.addBindValue(surname);
    query.addBindValue(tussenvoegsel.isEmpty() ? QStringLiteral("") : tussenvoegsel);   // never NULL
    query.addBindValue(SqlValues::date(birthDate));
    SqlValues::exec(query);
    while (query.next()) {
        const Person p = fromRecord(query.record());
        const QString first = p.roepnaam.isEmpty() ? p.givenNames.section(QLatin1Char(' '), 0, 0) : p.roepnaam;
        if (first.compare(firstName, Qt::CaseInsensitive) == 0
            || p.givenNames.section(QLatin1Char(' '), 0, 0).compare(firstName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Person> PersonRepository::findByEmail(PersonKind kind, const QString &email) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM persons WHERE kind = ? AND lower(email) = lower(?) ORDER BY id"));
    query.addBindValue(toCode(kind));
    query.addBindValue(email);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

QList<Person> PersonRepository::currentAtSchool(PersonKind kind, qint64 schoolId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT * FROM persons WHERE kind = ? AND school_id = ? AND leave_date IS NULL ORDER BY id"));
    query.addBindValue(toCode(kind));
    query.addBindValue(schoolId);
    SqlValues::exec(query);
    QList<Person> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

int PersonRepository::count(const AccessScope &scope, std::optional<PersonKind> kind) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM persons WHERE ") + visible(scope);
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    QSqlQuery query = m_db.prepare(sql);
    if (kind)
        query.addBindValue(toCode(*kind));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}
