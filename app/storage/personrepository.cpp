#include "personrepository.h"

#include "accessdenial.h"
#include "accessfilter.h"
#include "database.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
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

} // namespace

Person PersonRepository::fromRow(const QSqlRecord &r)
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

namespace {

QString visible(const AccessScope &scope)
{
    return AccessFilter::persons(scope, QStringLiteral("persons"));
}

// The WHERE clause of the person list over `persons p`, and the values it binds, in order.
struct Where {
    QString sql;
    QVariantList values;
};

Where whereOf(Database &db, const AccessScope &scope, const PersonFilter &filter)
{
    Where where{ AccessFilter::persons(scope, QStringLiteral("p")), {} };
    if (filter.kind) {
        where.sql += QStringLiteral(" AND p.kind = ?");
        where.values.append(toCode(*filter.kind));
    }
    if (filter.schoolId > 0) {
        where.sql += QStringLiteral(" AND p.school_id = ?");
        where.values.append(filter.schoolId);
    }
    if (!filter.group.isEmpty()) {
        where.sql += QStringLiteral(" AND coalesce(p.group_name, p.function_title) = ?");
        where.values.append(filter.group);
    }
    // A leave date in the future (announced departure) still counts as current.
    const QVariant today = SqlValues::date(QDate::currentDate());
    if (filter.status == PersonFilter::Status::Current) {
        where.sql += QStringLiteral(" AND (p.leave_date IS NULL OR p.leave_date > ?)");
        where.values.append(today);
    } else if (filter.status == PersonFilter::Status::Left) {
        where.sql += QStringLiteral(" AND p.leave_date <= ?");
        where.values.append(today);
    }
    SearchIndex index(db);
    const QString match = index.matchExpression(filter.search);
    if (!match.isEmpty()) {
        where.sql += QStringLiteral(" AND p.id IN (%1)").arg(index.matchingIdsSql(QStringLiteral("persons")));
        where.values.append(match);
    }
    return where;
}

QString orderOf(const PersonFilter &filter)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    // Both columns of the name index, so the list is read in index order, never sorted whole.
    const QString byName = QStringLiteral("k.name_key") + direction + QStringLiteral(", k.person_id") + direction;
    QString first;
    switch (filter.sort) {
    case PersonFilter::Sort::Name: return byName;
    case PersonFilter::Sort::Kind: first = QStringLiteral("p.kind"); break;
    case PersonFilter::Sort::School: first = QStringLiteral("lower(s.name)"); break;
    case PersonFilter::Sort::Group: first = QStringLiteral("lower(coalesce(p.group_name, p.function_title))"); break;
    case PersonFilter::Sort::ExternalId: first = QStringLiteral("p.external_id"); break;
    case PersonFilter::Sort::BirthDate: first = QStringLiteral("p.birth_date"); break;
    case PersonFilter::Sort::LeaveDate: first = QStringLiteral("p.leave_date"); break;
    }
    // Empty values last in either direction, as a reader of a list expects.
    return QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1%2, ").arg(first, direction) + byName;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
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
    return fromRow(query.record());
}

qint64 PersonRepository::addLegalHold(Transaction &tx, qint64 personId, const QString &reason, const QDate &startsOn)
{
    return tx.insert(QStringLiteral("legal_holds"), { { "person_id", personId },
                                                     { "reason", reason },
                                                     { "starts_on", SqlValues::date(startsOn) } });
}

QString PersonRepository::sortNameFrom(const QSqlRecord &record, const QString &prefix)
{
    if (record.value(prefix + QStringLiteral("surname")).isNull())
        return QString();
    Person person;
    person.surname = record.value(prefix + QStringLiteral("surname")).toString();
    person.tussenvoegsel = record.value(prefix + QStringLiteral("tussenvoegsel")).toString();
    person.givenNames = record.value(prefix + QStringLiteral("given_names")).toString();
    person.roepnaam = record.value(prefix + QStringLiteral("roepnaam")).toString();
    return person.sortName();
}

std::optional<Person> PersonRepository::findByExternalId(PersonKind kind, const QString &externalId) const
{
    // Cached: an import asks this for every row.
    QSqlQuery &query = m_db.cached(QStringLiteral("SELECT * FROM persons WHERE kind = ? AND external_id = ?"));
    query.addBindValue(toCode(kind));
    query.addBindValue(externalId);
    SqlValues::exec(query);
    std::optional<Person> found;
    if (query.next())
        found = fromRow(query.record());
    query.finish();
    return found;
}

std::optional<Person> PersonRepository::findByNameAndBirth(PersonKind kind, const QString &surname,
                                                           const QString &tussenvoegsel, const QString &firstName,
                                                           const QDate &birthDate) const
{
    QSqlQuery &query = m_db.cached(QStringLiteral(
        "SELECT * FROM persons WHERE kind = ? AND lower(surname) = lower(?) AND lower(coalesce(tussenvoegsel, '')) = lower(?) "
        "AND birth_date = ? ORDER BY id"));
    query.addBindValue(toCode(kind));
    query.addBindValue(surname);
    query.addBindValue(tussenvoegsel.isEmpty() ? QStringLiteral("") : tussenvoegsel);   // never NULL
    query.addBindValue(SqlValues::date(birthDate));
    SqlValues::exec(query);
    std::optional<Person> found;
    while (!found && query.next()) {
        const Person p = fromRow(query.record());
        const QString first = p.roepnaam.isEmpty() ? p.givenNames.section(QLatin1Char(' '), 0, 0) : p.roepnaam;
        if (first.compare(firstName, Qt::CaseInsensitive) == 0
            || p.givenNames.section(QLatin1Char(' '), 0, 0).compare(firstName, Qt::CaseInsensitive) == 0)
            found = p;
    }
    query.finish();
    return found;
}

std::optional<Person> PersonRepository::findByEmail(PersonKind kind, const QString &email) const
{
    QSqlQuery &query = m_db.cached(QStringLiteral("SELECT * FROM persons WHERE kind = ? AND lower(email) = lower(?) ORDER BY id"));
    query.addBindValue(toCode(kind));
    query.addBindValue(email);
    SqlValues::exec(query);
    std::optional<Person> found;
    if (query.next())
        found = fromRow(query.record());
    query.finish();
    return found;
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
        result.append(fromRow(query.record()));
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

QList<Person> PersonRepository::list(const AccessScope &scope, const PersonFilter &filter, int offset, int limit) const
{
    const Where where = whereOf(m_db, scope, filter);
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT p.* FROM persons p JOIN person_sort_keys k ON k.person_id = p.id "
        "LEFT JOIN schools s ON s.id = p.school_id WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                                       .arg(where.sql, orderOf(filter)));
    bindAll(query, where.values);
    query.addBindValue(limit);
    query.addBindValue(offset);
    SqlValues::exec(query);
    QList<Person> result;
    while (query.next())
        result.append(fromRow(query.record()));
    return result;
}

int PersonRepository::count(const AccessScope &scope, const PersonFilter &filter) const
{
    const Where where = whereOf(m_db, scope, filter);
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM persons p WHERE ") + where.sql);
    bindAll(query, where.values);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList PersonRepository::groups(const AccessScope &scope, qint64 schoolId) const
{
    QString sql = QStringLiteral("SELECT DISTINCT coalesce(p.group_name, p.function_title) AS g FROM persons p "
                                 "WHERE coalesce(p.group_name, p.function_title) IS NOT NULL AND ")
                  + AccessFilter::persons(scope, QStringLiteral("p"));
    if (schoolId > 0)
        sql += QStringLiteral(" AND p.school_id = ?");
    QSqlQuery query = m_db.prepare(sql);
    if (schoolId > 0)
        query.addBindValue(schoolId);
    SqlValues::exec(query);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    // "groep 3" before "groep 10".
    QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

QList<Person> PersonRepository::byIds(const AccessScope &scope, const QList<qint64> &ids) const
{
    QList<Person> result;
    for (qint64 id : ids)
        if (const auto person = get(scope, id))
            result.append(*person);
    return result;
}

int PersonRepository::filedCount(qint64 personId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM involvements WHERE person_id = ?) "
        "+ (SELECT count(*) FROM measures WHERE person_id = ?) "
        "+ (SELECT count(*) FROM actions WHERE person_id = ?) "
        "+ (SELECT count(*) FROM correspondence WHERE person_id = ? OR about_person_id = ?) "
        "+ (SELECT count(*) FROM attachments WHERE person_id = ?) "
        "+ (SELECT count(*) FROM legal_holds WHERE person_id = ?) "
        "+ (SELECT count(*) FROM incidents WHERE reported_by_person_id = ?)"));
    for (int i = 0; i < 8; ++i)
        query.addBindValue(personId);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void PersonRepository::remove(Transaction &tx, qint64 personId)
{
    if (filedCount(personId) > 0)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("PersonRepository",
                                                       "This person cannot be deleted: records are filed on them. "
                                                       "Mark them as left instead."));
    QSqlQuery links = m_db.prepare(QStringLiteral("SELECT id FROM guardianships WHERE parent_id = ? OR pupil_id = ?"));
    links.addBindValue(personId);
    links.addBindValue(personId);
    SqlValues::exec(links);
    QList<qint64> ids;
    while (links.next())
        ids.append(links.value(0).toLongLong());
    links.finish();
    for (qint64 id : std::as_const(ids))
        tx.remove(QStringLiteral("guardianships"), id);
    tx.remove(QStringLiteral("persons"), personId);
}

Person PersonRepository::require(const AccessScope &scope, qint64 id) const
{
    if (auto found = get(scope, id))
        return *found;
    AccessDenial::raise(m_db, scope, QStringLiteral("persons"), id);
}
