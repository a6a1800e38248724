#include "personimport.h"

#include "../domain/displaytext.h"
#include "../domain/guardianship.h"
#include "../domain/textfolding.h"
#include "../storage/database.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/personrepository.h"
#include "../storage/schemacatalog.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"

#include "permissions.h"
#include "../storage/largewrite.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

QString cell(const CsvTable::Row &row, const PersonImport::Mapping &mapping, PersonImport::Field field)
{
    const int column = mapping.value(field, -1);
    return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
}

bool mapped(const PersonImport::Mapping &mapping, PersonImport::Field field)
{
    return mapping.value(field, -1) >= 0;
}

// The most characters a cell may hold: what its column in the database holds.
int cellLimit(PersonImport::Field field)
{
    using F = PersonImport::Field;
    static const QHash<F, const char *> columns{
        { F::ExternalId, "external_id" }, { F::Surname, "surname" }, { F::Tussenvoegsel, "tussenvoegsel" },
        { F::GivenNames, "given_names" }, { F::Roepnaam, "roepnaam" }, { F::Group, "group_name" },
        { F::FunctionTitle, "function_title" }, { F::Email, "email" }, { F::Phone, "phone" }, { F::Address, "address" },
        { F::PostalCode, "postal_code" }, { F::City, "city" }, { F::Parent1Email, "email" }, { F::Parent2Email, "email" },
        { F::Parent1Phone, "phone" }, { F::Parent2Phone, "phone" },
    };
    const char *column = columns.value(field, nullptr);
    if (field == F::Parent1Name || field == F::Parent2Name)
        return SchemaCatalog::maxLength(QStringLiteral("persons"), QStringLiteral("given_names"))
               + SchemaCatalog::maxLength(QStringLiteral("persons"), QStringLiteral("surname"));
    return column ? SchemaCatalog::maxLength(QStringLiteral("persons"), QLatin1String(column)) : 50;
}

} // namespace

QList<PersonImport::Field> PersonImport::fields()
{
    QList<Field> all;
    for (int f = int(Field::ExternalId); f <= int(Field::Parent2Phone); ++f)
        all.append(Field(f));
    return all;
}

QString PersonImport::label(Field field)
{
    switch (field) {
    case Field::ExternalId: return tr("Pupil or staff number");
    case Field::Surname: return tr("Surname");
    case Field::Tussenvoegsel: return tr("Tussenvoegsel");
    case Field::GivenNames: return tr("Given names");
    case Field::Roepnaam: return tr("Roepnaam");
    case Field::BirthDate: return tr("Date of birth");
    case Field::Gender: return tr("Gender");
    case Field::Group: return tr("Group or class");
    case Field::FunctionTitle: return tr("Function");
    case Field::Email: return tr("E-mail");
    case Field::Phone: return tr("Phone");
    case Field::Address: return tr("Address");
    case Field::PostalCode: return tr("Postal code");
    case Field::City: return tr("City");
    case Field::StartDate: return tr("Start date");
    case Field::LeaveDate: return tr("Leave date");
    case Field::Parent1Name: return tr("Parent 1: name");
    case Field::Parent1Email: return tr("Parent 1: e-mail");
    case Field::Parent1Phone: return tr("Parent 1: phone");
    case Field::Parent2Name: return tr("Parent 2: name");
    case Field::Parent2Email: return tr("Parent 2: e-mail");
    case Field::Parent2Phone: return tr("Parent 2: phone");
    }
    return QString();
}

PersonImport::Mapping PersonImport::propose(const QStringList &header)
{
    // Header names as the Dutch school and HR systems write them, folded for comparison.
    static const QList<QPair<Field, QStringList>> names{
        { Field::ExternalId, { "leerlingnummer", "leerling nummer", "llnr", "personeelsnummer", "medewerkernummer", "nummer", "id" } },
        { Field::Surname, { "achternaam", "geslachtsnaam", "naam" } },
        { Field::Tussenvoegsel, { "tussenvoegsel", "voorvoegsel", "voorvoegsels", "tussenvoegsels" } },
        { Field::GivenNames, { "voornamen", "voornaam", "officiele voornamen" } },
        { Field::Roepnaam, { "roepnaam" } },
        { Field::BirthDate, { "geboortedatum", "geb datum", "geboren" } },
        { Field::Gender, { "geslacht" } },
        { Field::Group, { "groep", "klas", "stamgroep", "jaargroep" } },
        { Field::FunctionTitle, { "functie", "functienaam" } },
        { Field::Email, { "e mail", "email", "emailadres", "e mailadres" } },
        { Field::Phone, { "telefoon", "telefoonnummer", "mobiel" } },
        { Field::Address, { "adres", "straat en huisnummer", "straat" } },
        { Field::PostalCode, { "postcode" } },
        { Field::City, { "plaats", "woonplaats" } },
        { Field::StartDate, { "datum inschrijving", "inschrijfdatum", "datum in dienst", "begindatum" } },
        { Field::LeaveDate, { "datum uitschrijving", "uitschrijfdatum", "datum uit dienst", "einddatum" } },
        { Field::Parent1Name, { "verzorger 1 naam", "ouder 1 naam", "naam verzorger 1", "verzorger1 naam" } },
        { Field::Parent1Email, { "verzorger 1 e mail", "ouder 1 e mail", "e mail verzorger 1", "verzorger 1 email" } },
        { Field::Parent1Phone, { "verzorger 1 telefoon", "ouder 1 telefoon", "telefoon verzorger 1" } },
        { Field::Parent2Name, { "verzorger 2 naam", "ouder 2 naam", "naam verzorger 2", "verzorger2 naam" } },
        { Field::Parent2Email, { "verzorger 2 e mail", "ouder 2 e mail", "e mail verzorger 2", "verzorger 2 email" } },
        { Field::Parent2Phone, { "verzorger 2 telefoon", "ouder 2 telefoon", "telefoon verzorger 2" } },
    };
    Mapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString folded = TextFolding::words(header.at(column)).join(QLatin1Char(' '));
        for (const auto &entry : names) {
            if (!mapping.contains(entry.first) && entry.second.contains(folded)) {
                mapping.insert(entry.first, column);
                break;
            }
        }
    }
    return mapping;
}

QDate PersonImport::parseDate(const QString &text)
{
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$"));
    const QString trimmed = text.trimmed();
    auto match = dutch.match(trimmed);
    if (match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    match = iso.match(trimmed);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return QDate();
}

int PersonImport::Plan::count(Result result) const
{
    int n = 0;
    for (const RowPlan &row : rows)
        n += row.result == result ? 1 : 0;
    return n;
}

PersonImport::PersonImport(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

PersonImport::Plan PersonImport::plan(const CsvTable &table, const Mapping &mapping, const Options &options) const
{
    Plan plan;
    plan.options = options;
    plan.fileProblem = table.problem();
    if (!plan.fileProblem.isEmpty())
        return plan;
    QSet<qint64> seen;
    QSet<QString> externalIds;
    for (const CsvTable::Row &row : table.rows()) {
        RowPlan rowPlan = planRow(row, mapping, options);
        const QString externalId = rowPlan.person.externalId;
        if (rowPlan.result != Result::Rejected && !externalId.isEmpty() && externalIds.contains(externalId)) {
            rowPlan.result = Result::Rejected;
            rowPlan.reason = tr("the number %1 occurs earlier in the file").arg(externalId);
        }
        if (rowPlan.result != Result::Rejected) {
            externalIds.insert(externalId);
            if (rowPlan.person.id != 0)
                seen.insert(rowPlan.person.id);
        }
        plan.rows.append(rowPlan);
    }
    if (!options.markMissingAsLeft || options.schoolId == 0)
        return plan;
    // Only a complete, clean list says who left: a refused row may be a pupil who is still there.
    if (const int rejected = plan.count(Result::Rejected); rejected > 0) {
        plan.leavingWithheld = tr("Nobody is marked as left: %n row(s) of the file were refused, and those may be "
                                  "pupils who are still there. Correct the file and import it again.", nullptr, rejected);
        return plan;
    }
    for (Person p : PersonRepository(m_db).currentAtSchool(options.kind, options.schoolId))
        if (!seen.contains(p.id) && !(p.startDate.isValid() && p.startDate > options.today)) {
            p.leaveDate = options.today;        // not for someone who has not started yet
            plan.leaving.append(p);
        }
    return plan;
}

PersonImport::RowPlan PersonImport::planRow(const CsvTable::Row &row, const Mapping &mapping, const Options &options) const
{
    RowPlan plan;
    plan.line = row.line;
    const auto reject = [&plan](const QString &reason) {
        plan.result = Result::Rejected;
        plan.reason = reason;
        return plan;
    };
    Person incoming;
    incoming.kind = options.kind;
    incoming.surname = cell(row, mapping, Field::Surname);
    incoming.tussenvoegsel = cell(row, mapping, Field::Tussenvoegsel);
    incoming.givenNames = cell(row, mapping, Field::GivenNames);
    incoming.roepnaam = cell(row, mapping, Field::Roepnaam);
    incoming.externalId = cell(row, mapping, Field::ExternalId);
    plan.person = incoming;     // a rejected row still shows whose it is
    if (!row.problem.isEmpty())
        return reject(row.problem);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString value = cell(row, mapping, it.key());
        if (value.size() > cellLimit(it.key()))
            return reject(tr("%1 is %2 characters long; at most %3 fit")
                              .arg(label(it.key())).arg(value.size()).arg(cellLimit(it.key())));
    }
    if (incoming.surname.isEmpty())
        return reject(tr("the surname is empty"));
    QHash<Field, QDate> dates;
    for (Field field : { Field::BirthDate, Field::StartDate, Field::LeaveDate }) {
        const QString text = cell(row, mapping, field);
        if (text.isEmpty())
            continue;
        const QDate date = parseDate(text);
        if (!date.isValid())
            return reject(tr("%1 \"%2\" is not a date (use dd-mm-jjjj or jjjj-mm-dd)")
                              .arg(label(field).toLower(), DisplayText::escaped(text, 40)));
        dates.insert(field, date);
    }
    incoming.birthDate = dates.value(Field::BirthDate);
    incoming.startDate = dates.value(Field::StartDate);
    incoming.leaveDate = dates.value(Field::LeaveDate);
    if (incoming.birthDate.isValid() && incoming.birthDate > options.today)
        return reject(tr("the date of birth lies in the future"));
    if (incoming.startDate.isValid() && incoming.leaveDate.isValid() && incoming.leaveDate < incoming.startDate)
        return reject(tr("the leave date lies before the start date"));
    if (options.kind == PersonKind::Leerling && !incoming.birthDate.isValid())
        return reject(tr("a pupil needs a date of birth"));
    if (options.kind == PersonKind::Leerling && options.schoolId == 0)
        return reject(tr("a pupil needs a school: choose the school of this export"));
    const QString email = cell(row, mapping, Field::Email);
    if (!email.isEmpty() && !Person::looksLikeEmail(email))
        return reject(tr("the e-mail address \"%1\" is not valid").arg(DisplayText::escaped(email, 80)));

    PersonRepository persons(m_db);
    std::optional<Person> existing;
    if (!incoming.externalId.isEmpty())
        existing = persons.findByExternalId(options.kind, incoming.externalId);
    if (!existing && incoming.birthDate.isValid()) {
        const QString first = incoming.roepnaam.isEmpty() ? incoming.givenNames.section(QLatin1Char(' '), 0, 0)
                                                          : incoming.roepnaam;
        existing = persons.findByNameAndBirth(options.kind, incoming.surname, incoming.tussenvoegsel, first,
                                              incoming.birthDate);
    }
    Person person = existing.value_or(incoming);
    // Only what the export holds is written; an empty cell leaves what is stored.
    const auto take = [&](Field field, QString &target) {
        const QString value = cell(row, mapping, field);
        if (mapped(mapping, field) && !value.isEmpty())
            target = value;
    };
    take(Field::Surname, person.surname);
    take(Field::Tussenvoegsel, person.tussenvoegsel);
    take(Field::GivenNames, person.givenNames);
    take(Field::Roepnaam, person.roepnaam);
    take(Field::ExternalId, person.externalId);
    take(Field::Group, person.groupName);
    take(Field::FunctionTitle, person.functionTitle);
    take(Field::Email, person.email);
    take(Field::Phone, person.phone);
    take(Field::Address, person.address);
    take(Field::PostalCode, person.postalCode);
    take(Field::City, person.city);
    if (dates.contains(Field::BirthDate))
        person.birthDate = incoming.birthDate;
    if (dates.contains(Field::StartDate))
        person.startDate = incoming.startDate;
    if (dates.contains(Field::LeaveDate))
        person.leaveDate = incoming.leaveDate;
    const QString gender = TextFolding::fold(cell(row, mapping, Field::Gender));
    if (gender == QLatin1String("m") || gender == QLatin1String("man") || gender == QLatin1String("jongen"))
        person.gender = Gender::Male;
    else if (gender == QLatin1String("v") || gender == QLatin1String("vrouw") || gender == QLatin1String("meisje"))
        person.gender = Gender::Female;
    if (options.schoolId != 0 && options.kind != PersonKind::Ouder)
        person.schoolId = options.schoolId;

    plan.person = person;
    if (!existing) {
        plan.result = Result::New;
    } else {
        const Person &old = *existing;
        const bool same = old.surname == person.surname && old.tussenvoegsel == person.tussenvoegsel
                          && old.givenNames == person.givenNames && old.roepnaam == person.roepnaam
                          && old.externalId == person.externalId && old.groupName == person.groupName
                          && old.functionTitle == person.functionTitle && old.email == person.email
                          && old.phone == person.phone && old.address == person.address
                          && old.postalCode == person.postalCode && old.city == person.city
                          && old.birthDate == person.birthDate && old.startDate == person.startDate
                          && old.leaveDate == person.leaveDate && old.gender == person.gender
                          && old.schoolId == person.schoolId;
        plan.result = same ? Result::Unchanged : Result::Updated;
    }
    if (options.kind == PersonKind::Leerling)
        plan.parents = planParents(row, mapping, person);
    if (plan.result == Result::Unchanged) {
        for (const Parent &parent : std::as_const(plan.parents))
            if (parent.link || parent.person.id == 0)
                plan.result = Result::Updated;     // a new parent or link is a change too
    }
    return plan;
}

QList<PersonImport::Parent> PersonImport::planParents(const CsvTable::Row &row, const Mapping &mapping,
                                                       const Person &pupil) const
{
    QList<Parent> parents;
    const QList<Guardianship> links = pupil.id ? GuardianshipRepository(m_db).ofPupil(pupil.id) : QList<Guardianship>();
    PersonRepository persons(m_db);
    const QList<std::tuple<Field, Field, Field>> columns{ { Field::Parent1Name, Field::Parent1Email, Field::Parent1Phone },
                                                         { Field::Parent2Name, Field::Parent2Email, Field::Parent2Phone } };
    for (const auto &[nameField, emailField, phoneField] : columns) {
        const QString name = cell(row, mapping, nameField);
        if (name.isEmpty())
            continue;
        Parent parent;
        Person named;
        named.kind = PersonKind::Ouder;
        named.setFullName(name);
        named.email = cell(row, mapping, emailField);
        named.phone = cell(row, mapping, phoneField);
        // The same parent: by e-mail address, else by name among the pupil's parents.
        std::optional<Person> found;
        if (!named.email.isEmpty() && Person::looksLikeEmail(named.email))
            found = persons.findByEmail(PersonKind::Ouder, named.email);
        for (const Guardianship &link : links) {
            if (found)
                break;
            const std::optional<Person> candidate = persons.get(AccessScope::system(), link.parentId);
            if (candidate && TextFolding::fold(candidate->displayName()) == TextFolding::fold(named.displayName()))
                found = candidate;
        }
        parent.person = found.value_or(named);
        parent.link = true;
        for (const Guardianship &link : links)
            if (parent.person.id != 0 && link.parentId == parent.person.id)
                parent.link = false;
        if (parent.person.id == 0 || parent.link)
            parents.append(parent);
    }
    return parents;
}

void PersonImport::apply(const Plan &plan)
{
    Permissions::require(m_db, m_actor, Permission::ManagePersons, QStringLiteral("persons"));
    Permissions::requireSchool(m_db, m_actor, plan.options.schoolId, QStringLiteral("persons"));
    if (!plan.fileProblem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("The file is damaged and was not imported: %1.").arg(plan.fileProblem));
    PersonRepository persons(m_db);
    GuardianshipRepository guardianships(m_db);
    const LargeWrite large(m_db);
    Transaction tx(m_db, m_actor);
    // Siblings share their parents: a parent created for one row is the same person in the
    // next when the e-mail address (or, without one, name and phone) is the same.
    QHash<QString, qint64> created;
    const auto parentKey = [](const Person &parent) {
        if (!parent.email.isEmpty())
            return QStringLiteral("e:") + parent.email.toLower();
        if (!parent.phone.isEmpty())
            return QStringLiteral("n:") + TextFolding::fold(parent.displayName()) + QLatin1Char('|') + parent.phone;
        return QString();
    };
    for (const RowPlan &row : plan.rows) {
        if (row.result == Result::Rejected || row.result == Result::Unchanged)
            continue;
        Person person = row.person;
        if (person.id == 0)
            persons.insert(tx, person);
        else
            persons.update(tx, person);
        for (const Parent &planned : row.parents) {
            Person parent = planned.person;
            const QString key = parentKey(parent);
            if (parent.id == 0 && !key.isEmpty() && created.contains(key)) {
                parent.id = created.value(key);
            } else if (parent.id == 0) {
                persons.insert(tx, parent);
                if (!key.isEmpty())
                    created.insert(key, parent.id);
            }
            if (planned.link || planned.person.id == 0) {
                Guardianship link;
                link.parentId = parent.id;
                link.pupilId = person.id;
                link.relation = GuardianRelation::Verzorger;
                guardianships.insert(tx, link);
            }
        }
    }
    for (Person leaver : plan.leaving)
        persons.update(tx, leaver);
    tx.commit();
}

QString PersonImport::report(const Plan &plan)
{
    QStringList lines;
    lines.append(tr("New: %1, updated: %2, unchanged: %3, rejected: %4.")
                     .arg(plan.count(Result::New)).arg(plan.count(Result::Updated))
                     .arg(plan.count(Result::Unchanged)).arg(plan.count(Result::Rejected)));
    for (const RowPlan &row : plan.rows)
        if (row.result == Result::Rejected)
            lines.append(tr("  line %1 rejected: %2").arg(row.line).arg(row.reason));
    if (!plan.fileProblem.isEmpty())
        lines.append(tr("The file is damaged and cannot be imported: %1.").arg(plan.fileProblem));
    if (!plan.leavingWithheld.isEmpty())
        lines.append(plan.leavingWithheld);
    if (!plan.leaving.isEmpty()) {
        lines.append(tr("Marked as left (missing from this complete export): %n", nullptr, int(plan.leaving.size())));
        for (const Person &p : plan.leaving)
            lines.append(QStringLiteral("  ") + p.sortName());
    }
    return lines.join(QLatin1Char('\n'));
}
