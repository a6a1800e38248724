#include "demodatagenerator.h"

#include "../domain/action.h"
#include "../domain/attachmentinfo.h"
#include "../domain/correspondence.h"
#include "../domain/guardianship.h"
#include "../domain/incident.h"
#include "../domain/measure.h"
#include "../domain/organisation.h"
#include "../domain/person.h"
#include "../domain/school.h"
#include "../domain/user.h"
#include "../storage/actionrepository.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/database.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/personrepository.h"
#include "../storage/protocolrepository.h"
#include "../storage/rowstore.h"
#include "../storage/schoolrepository.h"
#include "../storage/sqlvalues.h"
#include "../storage/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "demonames.h"
#include "passwordhasher.h"
#include "demorandom.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <cmath>
#include <tuple>

namespace {

constexpr int IncidentsPerTransaction = 250;

struct SchoolPeople {
    qint64 schoolId = 0;
    QList<qint64> pupils;
    QList<qint64> staff;
};

struct Generated {
    QList<SchoolPeople> schools;
    QHash<qint64, QString> names;               // person id → display name
    QHash<qint64, QList<qint64>> parentsOf;     // pupil → parents
    QHash<qint64, qint64> childOf;              // parent → one child
    QList<qint64> userIds;
};

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

QByteArray screenshotPng(DemoRandom &r, const QString &caption)
{
    QImage image(160, 90, QImage::Format_RGB32);
    image.fill(QColor(r.between(180, 255), r.between(180, 255), r.between(180, 255)));
    QPainter painter(&image);
    painter.fillRect(8, 8, 144, 14, QColor(60, 90, 160));
    painter.fillRect(8, 30, r.between(60, 140), 8, QColor(90, 90, 90));
    painter.fillRect(8, 44, r.between(60, 140), 8, QColor(90, 90, 90));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.setText(QStringLiteral("Description"), caption);
    image.save(&buffer, "PNG");
    return bytes;
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
    Generated g;
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
    IncidentRepository incidents(m_db);
    MeasureRepository measures(m_db);
    ActionRepository actions(m_db);
    CorrespondenceRepository correspondence(m_db);
    AttachmentStore attachments(m_db);

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
        SchoolPeople people;
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
            if (sibling)
                p.surname = persons.get(system, previousParents.first())->surname;
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
            g.userIds.append(user.id);
            ++summary.users;
        }
        tx.commit();
    }

    const ProtocolVersion protocol = *ProtocolRepository(m_db).inForceOn(today);
    QHash<QString, qint64> article;
    for (const ProtocolArticle &a : protocol.articles)
        article.insert(a.code, a.id);
    const QList<MeasureType> pupilLadder = MeasureTypeRepository(m_db).ladder(Ladder::Leerling);
    const QList<MeasureType> staffLadder = MeasureTypeRepository(m_db).ladder(Ladder::Medewerker);
    const QList<MeasureType> parentLadder = MeasureTypeRepository(m_db).ladder(Ladder::Ouder);
    const QList<Platform> platforms{ Platform::WhatsApp, Platform::WhatsApp, Platform::Instagram, Platform::TikTok,
                                     Platform::Snapchat, Platform::Facebook, Platform::X, Platform::YouTube,
                                     Platform::Email, Platform::WebsiteForum };
    const QStringList platformNames{ "WhatsApp", "WhatsApp", "Instagram", "TikTok", "Snapchat", "Facebook", "X",
                                     "YouTube", "e-mail", "een forum" };
    const qint64 directorUser = g.userIds.at(2);
    const qint64 boardUser = g.userIds.at(1);
    const qint64 reporterUser = g.userIds.at(3);
    QByteArray sharedScreenshot;
    qint64 previousIncident = 0;

    for (int n = 0; n < options.incidents; n += IncidentsPerTransaction) {
        Transaction tx(m_db, system);
        const int end = std::min(options.incidents, n + IncidentsPerTransaction);
        for (int k = n; k < end; ++k) {
            const SchoolPeople &school = g.schools.at(r.between(0, int(g.schools.size()) - 1));
            const int causerKind = r.between(1, 100);     // 1–60 pupil, 61–75 staff, 76–100 parent
            const int platformIndex = r.between(0, int(platforms.size()) - 1);
            Incident incident;
            incident.schoolId = school.schoolId;
            incident.protocolVersionId = protocol.id;
            incident.platform = platforms.at(platformIndex);
            const QDateTime occurred(today.addDays(-r.between(1, 730)), QTime(r.between(7, 21), r.between(0, 59)));
            incident.occurredAt = occurred.toUTC();
            incident.reportedAt = occurred.addSecs(r.between(1, 72) * 3600).toUTC();
            if (incident.reportedAt > QDateTime::currentDateTimeUtc())
                incident.reportedAt = incident.occurredAt;
            incident.registeredByUserId = r.chance(0.2) ? reporterUser : directorUser;
            incident.handlerUserId = directorUser;
            const int severityRoll = r.between(1, 100);
            incident.severity = severityRoll <= 55 ? Severity::Licht : severityRoll <= 90 ? Severity::Ernstig : Severity::ZeerErnstig;
            incident.possiblyCriminal = incident.severity == Severity::ZeerErnstig && r.chance(0.6);

            qint64 causer = 0;
            qint64 victim = 0;
            const MeasureType *rung = nullptr;
            QList<MeasureType> ladder;
            Ladder causerLadder = Ladder::Leerling;
            DemoNames::IncidentText text;
            if (causerKind <= 60) {
                causer = r.pick(school.pupils);
                victim = r.pick(school.pupils);
                text = r.pick(DemoNames::pupilIncidents());
                incident.context = r.chance(0.6) ? IncidentContext::BuitenSchool
                                                 : (r.chance(0.5) ? IncidentContext::TijdensLes : IncidentContext::InSchool);
                incident.harms = { r.chance(0.5) ? Harm::Pesten : Harm::Kwetsen };
                if (text.title.contains(QStringLiteral("Foto")) || text.title.contains(QStringLiteral("Telefoon")))
                    incident.harms = { Harm::BeeldZonderToestemming, Harm::ActiefTijdensLes };
                if (text.title.contains(QStringLiteral("Bedreiging")))
                    incident.harms = { Harm::Bedreigen };
                incident.articleIds = { article.value(incident.context == IncidentContext::BuitenSchool ? "E1" : "D1"),
                                        article.value("A7") };
                if (incident.harms.contains(Harm::BeeldZonderToestemming))
                    incident.articleIds.append(article.value("A5"));
                incident.parentsRefuseCooperation = incident.context == IncidentContext::BuitenSchool && r.chance(0.05);
                ladder = pupilLadder;
            } else if (causerKind <= 75) {
                causer = r.pick(school.staff);
                victim = r.pick(school.pupils);
                text = r.pick(DemoNames::staffIncidents());
                incident.context = r.chance(0.5) ? IncidentContext::BuitenWerk : IncidentContext::TijdensWerk;
                incident.harms = { text.title.contains(QStringLiteral("bevriend")) ? Harm::VriendWordenLeerling
                                   : text.title.contains(QStringLiteral("Vertrouwelijke")) ? Harm::VertrouwelijkeInfo
                                   : text.title.contains(QStringLiteral("disclaimer")) ? Harm::OntbrekendeDisclaimer
                                                                                        : Harm::Overig };
                incident.articleIds = { article.value(text.title.contains(QStringLiteral("bevriend")) ? "A6"
                                                      : text.title.contains(QStringLiteral("Werkmail")) ? "B1"
                                                      : incident.context == IncidentContext::BuitenWerk ? "C1" : "B2"),
                                        article.value("SM1") };
                incident.confidential = r.chance(0.3);
                ladder = staffLadder;
                causerLadder = Ladder::Medewerker;
            } else {
                const qint64 pupil = r.pick(school.pupils);
                const QList<qint64> parents = g.parentsOf.value(pupil);
                causer = parents.isEmpty() ? pupil : r.pick(parents);
                victim = r.pick(school.staff);
                text = r.pick(DemoNames::parentIncidents());
                incident.context = IncidentContext::BuitenSchool;
                incident.harms = { text.title.contains(QStringLiteral("Dreigende")) ? Harm::Bedreigen
                                   : text.title.contains(QStringLiteral("beelden")) ? Harm::BeeldZonderToestemming
                                                                                    : Harm::Zwartmaken };
                incident.articleIds = { article.value("A7"), article.value("SL1") };
                ladder = parentLadder;
                causerLadder = Ladder::Ouder;
            }
            if (incident.possiblyCriminal)
                incident.articleIds.append(article.value("SL3"));
            incident.title = text.title;
            incident.description = QString(text.description)
                                       .replace(QStringLiteral("{causer}"), g.names.value(causer))
                                       .replace(QStringLiteral("{victim}"), g.names.value(victim))
                                       .replace(QStringLiteral("{platform}"), platformNames.at(platformIndex));
            Involvement c;
            c.personId = causer;
            c.role = InvolvementRole::Veroorzaker;
            incident.involvements.append(c);
            if (victim != causer) {
                Involvement v;
                v.personId = victim;
                v.role = InvolvementRole::Slachtoffer;
                incident.involvements.append(v);
            }
            if (r.chance(0.4)) {
                Involvement w;
                w.personId = r.pick(school.pupils);
                w.role = InvolvementRole::Getuige;
                if (w.personId != causer && w.personId != victim)
                    incident.involvements.append(w);
            }
            const int statusRoll = r.between(1, 100);
            const bool recent = incident.reportedAt.date() > today.addDays(-30);
            incident.status = recent ? (statusRoll <= 50 ? IncidentStatus::Gemeld : IncidentStatus::InBehandeling)
                              : statusRoll <= 10 ? IncidentStatus::InBehandeling
                              : statusRoll <= 25 ? IncidentStatus::Maatregel
                              : statusRoll <= 35 ? IncidentStatus::GeenActie
                                                 : IncidentStatus::Afgesloten;
            if (incident.status == IncidentStatus::Afgesloten || incident.status == IncidentStatus::GeenActie)
                incident.closingSummary = r.pick(DemoNames::closingSummaries());
            incidents.insert(tx, incident);
            ++summary.incidents;

            const QDate reported = incident.reportedAt.toLocalTime().date();
            incidents.addNote(tx, incident.id, std::min(incident.reportedAt.addSecs(3600 * 24), SqlValues::now()),
                              r.pick(DemoNames::noteTexts()));
            if (previousIncident != 0 && r.chance(0.05))
                incidents.link(tx, previousIncident, incident.id);
            previousIncident = incident.id;

            // A measure for the causer in about half of the cases, from the lower rungs.
            qint64 measureId = 0;
            if (r.chance(0.5) && !ladder.isEmpty()) {
                const int maxRank = incident.severity == Severity::Licht ? 1 : incident.severity == Severity::Ernstig ? 2 : 3;
                rung = &ladder.at(std::min(int(ladder.size()), r.between(1, maxRank)) - 1);
                Measure m;
                m.incidentId = incident.id;
                m.personId = causer;
                m.measureTypeId = rung->id;
                m.proposedOn = reported.addDays(r.between(1, 7));
                m.proposedByUserId = directorUser;
                m.advisedMeasureTypeId = rung->id;
                const bool decided = m.proposedOn.addDays(7) < today;
                m.status = decided ? MeasureStatus::Opgelegd : MeasureStatus::Voornemen;
                if (decided) {
                    m.decidedOn = m.proposedOn.addDays(r.between(0, 7));
                    m.decidedByUserId = rung->rank >= 3 || causerLadder == Ladder::Medewerker ? boardUser : directorUser;
                    m.hearingHeld = true;
                    m.hearingOn = m.proposedOn;
                    m.hearingBy = QStringLiteral("Directeur (demo)");
                }
                if (rung->hasPeriod) {
                    m.startsOn = (decided ? m.decidedOn : m.proposedOn).addDays(1);
                    m.endsOn = m.startsOn.addDays(r.between(0, 3));
                }
                m.motivation = QStringLiteral("Passend bij de ernst van het incident en eerdere afspraken.");
                // A few measures meet an objection; decided ones were found unfounded.
                const bool objection = decided && r.chance(0.05);
                const QDate received = decided ? m.decidedOn.addDays(r.between(5, 30)) : QDate();
                const bool objectionDecided = objection && received.addDays(28) < today;
                if (objection)
                    m.status = objectionDecided ? MeasureStatus::BezwaarOngegrond : MeasureStatus::Bezwaar;
                measures.insert(tx, m);
                measureId = m.id;
                ++summary.measures;
                if (objection && received <= today)
                    measures.addObjection(tx, m.id, received, objectionDecided ? received.addDays(28) : QDate(),
                                          objectionDecided ? QStringLiteral("ongegrond") : QString());
            }

            Action a;
            a.incidentId = incident.id;
            a.measureId = measureId;
            a.personId = causer;
            a.kind = measureId != 0 ? ActionKind::OudersInformeren : ActionKind::Hoorgesprek;
            if (causerLadder == Ladder::Medewerker)
                a.kind = ActionKind::Leidinggevende;
            a.title = a.kind == ActionKind::Hoorgesprek ? QStringLiteral("Gesprek met betrokkenen voeren")
                    : a.kind == ActionKind::Leidinggevende ? QStringLiteral("Contact met de leidinggevende")
                                                           : QStringLiteral("Ouders schriftelijk informeren over de maatregel");
            a.dueOn = reported.addDays(r.between(1, 14));
            a.responsibleUserId = directorUser;
            if (a.dueOn < today.addDays(-14) || incident.status == IncidentStatus::Afgesloten) {
                a.status = ActionStatus::Gedaan;
                a.doneOn = std::min(a.dueOn, today);
                a.doneNote = QStringLiteral("Afgehandeld.");
            }
            actions.insert(tx, a);
            ++summary.actions;
            if (incident.possiblyCriminal) {
                Action police;
                police.incidentId = incident.id;
                police.kind = ActionKind::Aangifte;
                police.title = QStringLiteral("Aangifte doen bij de politie (bevoegde medewerker)");
                police.dueOn = reported.addDays(2);
                police.responsibleUserId = boardUser;
                police.legalSource = QStringLiteral("Protocol, sancties leerlingen en ouders");
                police.rule = QStringLiteral("mogelijk_strafbaar");
                if (police.dueOn < today) {
                    police.status = ActionStatus::Gedaan;
                    police.doneOn = police.dueOn;
                    police.policeReference = QStringLiteral("PL0%1-%2").arg(r.between(100, 999)).arg(r.between(1000000, 9999999));
                }
                actions.insert(tx, police);
                ++summary.actions;
            }

            // Correspondence in the dossier of the causer, or of the child for a parent.
            const bool parentCauser = g.childOf.contains(causer);
            const qint64 dossier = parentCauser ? g.childOf.value(causer) : causer;
            const int letters = r.between(2, 6);
            qint64 firstItem = 0;
            for (int l = 0; l < letters; ++l) {
                Correspondence item;
                item.personId = dossier;
                item.aboutPersonId = parentCauser ? causer : 0;
                item.incidentId = incident.id;
                item.direction = l == 0 ? Direction::Uit : (r.chance(0.5) ? Direction::In : Direction::Intern);
                item.channel = item.direction == Direction::Intern ? Channel::Gespreksverslag
                             : r.chance(0.6) ? Channel::Email : (r.chance(0.8) ? Channel::Brief : Channel::Aangetekend);
                if (item.channel == Channel::Aangetekend)
                    item.registeredNumber = QStringLiteral("3S%1NL").arg(r.between(100000000, 999999999));
                item.sentOn = std::min(reported.addDays(l * r.between(1, 5)), today);
                item.correspondent = item.direction == Direction::Intern ? QStringLiteral("Directeur (demo)")
                                                                         : g.names.value(parentCauser ? causer : dossier);
                item.subject = r.pick(DemoNames::correspondenceSubjects()) + QStringLiteral(" — ") + incident.reference;
                item.summary = QStringLiteral("Betreft melding %1: %2.").arg(incident.reference, incident.title.toLower());
                item.createdByUserId = directorUser;
                correspondence.insert(tx, item);
                if (l == 0)
                    firstItem = item.id;
                ++summary.correspondence;
            }

            // Evidence for a few incidents; some screenshots were forwarded twice (same content).
            if (r.chance(0.08)) {
                AttachmentInfo evidence;
                evidence.incidentId = incident.id;
                evidence.fileName = QStringLiteral("schermafbeelding-%1.png").arg(incident.reference);
                evidence.mimeType = QStringLiteral("image/png");
                evidence.description = QStringLiteral("Schermafbeelding van het bericht");
                evidence.capturedAt = incident.reportedAt;
                const bool reuse = !sharedScreenshot.isEmpty() && r.chance(0.25);
                const QByteArray png = reuse ? sharedScreenshot : screenshotPng(r, incident.title);
                sharedScreenshot = png;
                attachments.attachBytes(tx, evidence, png);
                ++summary.attachments;
                AttachmentInfo letter;
                letter.correspondenceId = firstItem;
                letter.fileName = QStringLiteral("brief-%1.txt").arg(incident.reference);
                letter.mimeType = QStringLiteral("text/plain");
                attachments.attachBytes(tx, letter,
                                        QStringLiteral("Brief over melding %1 (%2).\n").arg(incident.reference, incident.title).toUtf8());
                ++summary.attachments;
            }
            if (incident.possiblyCriminal && r.chance(0.3))
                persons.addLegalHold(tx, causer, QStringLiteral("Aangifte gedaan; strafzaak loopt"), reported);
            if (progress)
                progress(++done, totalSteps);
        }
        tx.commit();
    }
    return summary;
}
