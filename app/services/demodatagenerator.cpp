#include "demodatagenerator.h"

#include "../domain/guardianship.h"
#include "../domain/organisation.h"
#include "../domain/person.h"
#include "../domain/school.h"
#include "../domain/user.h"
#include "../storage/database.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/personrepository.h"
#include "../storage/rowstore.h"
#include "../storage/schoolrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "democasewriter.h"
#include "demonames.h"
#include "passwordhasher.h"
#include "demorandom.h"

#include <QHash>
#include <cmath>
#include <tuple>

namespace {

constexpr int IncidentsPerTransaction = 250;

QString dutchPhone(DemoRandom &r)
{
    return QStringLiteral("06-%1").arg(r.between(10000000, 99999999));
}

Person makePerson(DemoRandom &r, PersonKind kind, bool female)
{
    Person p;
    p.kind = kind;
    const QString first = female ? r.pick(DemoNames::girlNames()) : r.pick(DemoNames::boyNames());
    const QString second = female ? r.pick(DemoNames::girlNames()) : r.pick(DemoNames::boyNames());
    p.givenNames = r.chance(0.4) && first != second ? first + QLatin1Char(' ') + second : first;
    p.roepnaam = first;
    const auto &surname = r.pick(DemoNames::surnames());
    p.tussenvoegsel = surname.first;
    p.surname = surname.second;
    p.gender = female ? Gender::Female : Gender::Male;
    return p;
}

void giveAddress(DemoRandom &r, Person &p)
{
    p.address = QStringLiteral("%1 %2").arg(r.pick(DemoNames::streets())).arg(r.between(1, 180));
    p.postalCode = QStringLiteral("%1 %2%3").arg(r.between(7400, 7699)).arg(QChar('A' + r.between(0, 25))).arg(QChar('A' + r.between(0, 25)));
    p.city = r.pick(DemoNames::cities());
}

QString emailFor(const Person &p, const QString &domain)
{
    QString local = (p.roepnaam.left(1) + QLatin1Char('.') + p.tussenvoegsel + p.surname).toLower();
    local = local.normalized(QString::NormalizationForm_D);
    QString ascii;
    for (QChar c : local)
        if (c.unicode() < 128 && c != QLatin1Char(' ') && c != QLatin1Char('\''))
            ascii.append(c);
    return ascii + QLatin1Char('@') + domain;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Database &db) : m_db(db)
{
}

DemoDataGenerator::Summary DemoDataGenerator::generate(const Options &options, const std::function<void(int, int)> &progress)
{
    if (!RowStore(m_db).holdsOnlyDefaults())
        throw StorageError(StorageError::Kind::Refused,
                           tr("The database %1 already holds data; demo data is only written into a new database.")
                               .arg(m_db.location()));
    if (options.incidents < 1)
        throw StorageError(StorageError::Kind::Invalid, tr("The number of incidents must be at least 1."));

    DemoRandom r(options.seed);
    Summary summary;
    DemoPeople g;
    const AccessScope system = AccessScope::system();
    const double f = options.incidents / 120.0;
    const double personFactor = f <= 1.0 ? f : std::pow(f, 0.6);
    const int schoolCount = std::max(1, int(std::lround(3.0 * std::sqrt(std::max(personFactor, 0.34)))));
    const int pupilsPerSchool = std::max(8, int(std::lround(600.0 * personFactor / schoolCount)));
    const int staffPerSchool = std::max(3, int(std::lround(60.0 * personFactor / schoolCount)));
    const QDate today = options.today;

    SchoolRepository schools(m_db);
    PersonRepository persons(m_db);
    GuardianshipRepository guardianships(m_db);
    UserRepository users(m_db);

    const int totalSteps = schoolCount + options.incidents;
    int done = 0;

    // Organisation, schools, users, and per school its staff, pupils and parents.
    {
        Transaction tx(m_db, system);
        Organisation organisation;
        organisation.name = QStringLiteral("Stichting Primair Onderwijs Lindewaard");
        organisation.address = QStringLiteral("Havezatelaan 12");
        organisation.postalCode = QStringLiteral("7551 AB");
        organisation.city = QStringLiteral("Hengelo");
        organisation.phone = QStringLiteral("074-2500000");
        organisation.email = QStringLiteral("bestuursbureau@lindewaard.example");
        organisation.website = QStringLiteral("https://www.lindewaard.example");
        organisation.letterheadText = QStringLiteral("Stichting Primair Onderwijs Lindewaard — samen werken aan veilig onderwijs");
        OrganisationRepository(m_db).save(tx, organisation);
        // The holidays of the current school year, for all schools.
        const int year = today.month() >= 8 ? today.year() : today.year() - 1;
        const QList<std::tuple<QString, QDate, QDate>> holidays{
            { QStringLiteral("Herfstvakantie"), QDate(year, 10, 19), QDate(year, 10, 27) },
            { QStringLiteral("Kerstvakantie"), QDate(year, 12, 21), QDate(year + 1, 1, 5) },
            { QStringLiteral("Voorjaarsvakantie"), QDate(year + 1, 2, 15), QDate(year + 1, 2, 23) },
            { QStringLiteral("Meivakantie"), QDate(year + 1, 4, 26), QDate(year + 1, 5, 4) },
            { QStringLiteral("Zomervakantie"), QDate(year + 1, 7, 12), QDate(year + 1, 8, 24) } };
        for (const auto &holiday : holidays)
            schools.addHoliday(tx, 0, std::get<0>(holiday), std::get<1>(holiday), std::get<2>(holiday));
        tx.commit();
    }

    for (int s = 0; s < schoolCount; ++s) {
        Transaction tx(m_db, system);
        School school;
        const QStringList &names = DemoNames::schoolNames();
        school.name = names.at(s % names.size()) + (s >= names.size() ? QStringLiteral(" %1").arg(s / names.size() + 1) : QString());
        school.brin = QStringLiteral("%1%2%3%4%5").arg(10 + s % 90).arg(QChar('A' + s % 26)).arg(QChar('A' + (s / 26) % 26))
                          .arg(0).arg(s % 10);
        school.address = QStringLiteral("%1 %2").arg(r.pick(DemoNames::streets())).arg(r.between(1, 90));
        school.postalCode = QStringLiteral("%1 %2%3").arg(r.between(7400, 7699)).arg(QChar('A' + r.between(0, 25))).arg(QChar('A' + r.between(0, 25)));
        school.city = r.pick(DemoNames::cities());
        school.phone = QStringLiteral("074-%1").arg(r.between(2000000, 2999999));
        school.email = QStringLiteral("info@school%1.lindewaard.example").arg(s + 1);
        schools.insert(tx, school);
        ++summary.schools;
        DemoPeople::School people;
        people.schoolId = school.id;

        for (int i = 0; i < staffPerSchool; ++i) {
            Person p = makePerson(r, PersonKind::Medewerker, r.chance(0.75));
            p.schoolId = school.id;
            p.birthDate = today.addYears(-r.between(23, 63)).addDays(-r.between(0, 364));
            p.functionTitle = i == 0 ? QStringLiteral("Directeur") : r.pick(DemoNames::staffFunctions());
            if (p.functionTitle == QLatin1String("Leerkracht"))
                p.functionTitle += QStringLiteral(" groep %1").arg(r.between(1, 8));
            p.externalId = QStringLiteral("P%1").arg(10000 + summary.staff, 5, 10, QLatin1Char('0'));
            p.email = emailFor(p, QStringLiteral("lindewaard.example"));
            p.phone = dutchPhone(r);
            giveAddress(r, p);
            p.startDate = today.addYears(-r.between(0, 25)).addDays(-r.between(0, 364));
            if (r.chance(0.05))
                p.leaveDate = today.addDays(-r.between(30, 1400));
            if (p.leaveDate.isValid() && p.leaveDate < p.startDate)
                p.leaveDate = p.startDate.addDays(r.between(30, 400));
            persons.insert(tx, p);
            if (i == 0) {
                school.directorName = p.displayName();
                schools.update(tx, school);
            }
            people.staff.append(p.id);
            g.names.insert(p.id, p.displayName());
            ++summary.staff;
        }

        QList<qint64> previousParents;
        for (int i = 0; i < pupilsPerSchool; ++i) {
            Person p = makePerson(r, PersonKind::Leerling, r.chance(0.5));
            const int group = r.between(1, 8);
            p.schoolId = school.id;
            p.groupName = QStringLiteral("Groep %1%2").arg(group).arg(QChar('A' + r.between(0, 1)));
            p.birthDate = today.addYears(-(group + 3)).addDays(-r.between(0, 364));
            p.externalId = QStringLiteral("%1").arg(100000 + summary.pupils);
            p.startDate = p.birthDate.addYears(4).addDays(r.between(0, 60));
            if (r.chance(0.04))
                p.leaveDate = today.addDays(-r.between(30, 1400));
            if (p.leaveDate.isValid() && p.leaveDate < p.startDate)
                p.leaveDate = p.startDate.addDays(r.between(30, 400));
            giveAddress(r, p);
            const bool sibling = !previousParents.isEmpty() && r.chance(0.15);
            if (sibling) {
                const Person parent = *persons.get(system, previousParents.first());
                p.tussenvoegsel = parent.tussenvoegsel;
                p.surname = parent.surname;
            }
            persons.insert(tx, p);
            people.pupils.append(p.id);
            g.names.insert(p.id, p.displayName());
            ++summary.pupils;

            QList<qint64> parents = sibling ? previousParents : QList<qint64>();
            if (!sibling) {
                const int count = r.chance(0.75) ? 2 : 1;
                for (int k = 0; k < count; ++k) {
                    Person parent = makePerson(r, PersonKind::Ouder, k == 0 ? r.chance(0.7) : r.chance(0.3));
                    if (k == 0 || r.chance(0.6)) {
                        parent.tussenvoegsel = p.tussenvoegsel;
                        parent.surname = p.surname;
                    }
                    parent.birthDate = p.birthDate.addYears(-r.between(24, 42));
                    parent.address = p.address;
                    parent.postalCode = p.postalCode;
                    parent.city = p.city;
                    parent.email = emailFor(parent, QStringLiteral("mail.example"));
                    parent.phone = dutchPhone(r);
                    persons.insert(tx, parent);
                    g.names.insert(parent.id, parent.displayName());
                    parents.append(parent.id);
                    ++summary.parents;
                }
            }
            for (int k = 0; k < parents.size(); ++k) {
                Guardianship link;
                link.parentId = parents.at(k);
                link.pupilId = p.id;
                const bool mother = persons.get(system, parents.at(k))->gender == Gender::Female;
                link.relation = r.chance(0.05) ? GuardianRelation::Verzorger
                                               : (mother ? GuardianRelation::Moeder : GuardianRelation::Vader);
                link.parentalAuthority = !r.chance(0.05);
                link.receivesMail = k == 0 || r.chance(0.7);
                guardianships.insert(tx, link);
                g.childOf.insert(parents.at(k), p.id);
            }
            g.parentsOf.insert(p.id, parents);
            previousParents = parents;
        }
        g.schools.append(people);
        tx.commit();
        if (progress)
            progress(++done, totalSteps);
    }

    // One demo user per role; the directors and reporters work at the first school.
    {
        const QString demoPassword = PasswordHasher::hash(QStringLiteral("demo"));
        Transaction tx(m_db, system);
        const QList<QPair<UserRole, QString>> roles{ { UserRole::Beheerder, QStringLiteral("Beheerder (demo)") },
                                                     { UserRole::Bestuur, QStringLiteral("Bestuursbureau (demo)") },
                                                     { UserRole::Directeur, QStringLiteral("Directeur (demo)") },
                                                     { UserRole::Melder, QStringLiteral("Melder (demo)") } };
        for (const auto &role : roles) {
            User user;
            user.login = toCode(role.first);
            user.displayName = role.second;
            user.email = user.login + QStringLiteral("@lindewaard.example");
            user.role = role.first;
            user.mayReportToPolice = role.first == UserRole::Bestuur;
            if (role.first == UserRole::Directeur || role.first == UserRole::Melder)
                user.schoolIds = { g.schools.first().schoolId };
            users.insert(tx, user);
            // For demonstrations only: every demo user logs in with "demo".
            users.setPasswordHash(tx, user.id, demoPassword, false);
            users.syncServerLogin(tx, user.id, QStringLiteral("demo"));
            if (role.first == UserRole::Bestuur)
                g.boardUser = user.id;
            else if (role.first == UserRole::Directeur)
                g.directorUser = user.id;
            else if (role.first == UserRole::Melder)
                g.reporterUser = user.id;
            ++summary.users;
        }
        tx.commit();
    }

    // One pupil with some 75 cases (about 500 items in their dossier at the bench size) and one
    // case with some 300 items in its chronology.
    DemoCaseWriter::Shape shape;
    shape.frequentEvery = std::max(40, options.incidents / 75);
    shape.longCase = options.incidents / 2;
    shape.longCaseExtras = std::min(150, options.incidents / 1600);
    shape.total = options.incidents;
    DemoCaseWriter cases(m_db, r, g, today, shape);
    for (int n = 0; n < options.incidents; n += IncidentsPerTransaction) {
        Transaction tx(m_db, system);
        const int end = std::min(options.incidents, n + IncidentsPerTransaction);
        for (int k = n; k < end; ++k) {
            cases.write(tx, summary);
            if (progress)
                progress(++done, totalSteps);
        }
        tx.commit();
    }
    return summary;
}
