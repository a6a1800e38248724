#include "democasewriter.h"

#include "../domain/action.h"
#include "../domain/attachmentinfo.h"
#include "../domain/correspondence.h"
#include "../domain/incident.h"
#include "../domain/measure.h"
#include "../storage/actionrepository.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/personrepository.h"
#include "../storage/protocolrepository.h"
#include "../storage/sqlvalues.h"
#include "../storage/transaction.h"
#include "demonames.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace {

const QList<Platform> &platforms()
{
    static const QList<Platform> list{ Platform::WhatsApp, Platform::WhatsApp, Platform::Instagram, Platform::TikTok,
                                       Platform::Snapchat, Platform::Facebook, Platform::X, Platform::YouTube,
                                       Platform::Email, Platform::WebsiteForum };
    return list;
}

// How the platform reads in a description.
const QStringList &platformNames()
{
    static const QStringList names{ "WhatsApp", "WhatsApp", "Instagram", "TikTok", "Snapchat", "Facebook", "X",
                                    "YouTube", "e-mail", "een forum" };
    return names;
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

DemoCaseWriter::DemoCaseWriter(Database &db, DemoRandom &random, const DemoPeople &people, const QDate &today,
                               const Shape &shape)
    : m_db(db), m_random(random), m_people(people), m_today(today), m_shape(shape), m_measures(db, random, people, today)
{
    const ProtocolVersion protocol = *ProtocolRepository(m_db).inForceOn(today);
    m_protocolId = protocol.id;
    for (const ProtocolArticle &a : protocol.articles)
        m_articles.insert(a.code, a.id);
    m_pupilLadder = MeasureTypeRepository(m_db).ladder(Ladder::Leerling);
    m_staffLadder = MeasureTypeRepository(m_db).ladder(Ladder::Medewerker);
    m_parentLadder = MeasureTypeRepository(m_db).ladder(Ladder::Ouder);
    for (QDate day = today.addDays(-730); day < today; day = day.addDays(1))
        if (day.dayOfWeek() <= 5)
            m_workingDays.append(day);
}

void DemoCaseWriter::write(Transaction &tx, DemoDataGenerator::Summary &summary)
{
    const int caseNumber = m_written++;
    // The frequent pupil's cases roll the same dice as any other, so the other cases of a seed
    // stay as they were.
    const bool frequent = m_shape.frequentEvery > 0 && caseNumber % m_shape.frequentEvery == m_shape.frequentEvery - 1;
    const int schoolIndex = m_random.between(0, int(m_people.schools.size()) - 1);
    const DemoPeople::School &school = m_people.schools.at(frequent ? 0 : schoolIndex);
    const int kindRoll = m_random.between(1, 100);
    const int causerKind = frequent ? 1 : kindRoll;     // 1–60 pupil, 61–75 staff, 76–100 parent
    const int platformIndex = m_random.between(0, int(platforms().size()) - 1);
    Incident incident;
    incident.schoolId = school.schoolId;
    incident.protocolVersionId = m_protocolId;
    incident.platform = platforms().at(platformIndex);
    // Reported one after another in office hours, so that the case numbers follow the dates;
    // it happened a few hours to three days before (an evening in the group chat, a weekend).
    const QDateTime reportedAt = reportMoment(caseNumber);
    incident.reportedAt = reportedAt.toUTC();
    incident.occurredAt = reportedAt.addSecs(-m_random.between(1, 72) * 3600).toUTC();
    incident.registeredByUserId = m_random.chance(0.2) ? m_people.reporterUser : m_people.directorUser;
    incident.handlerUserId = m_people.directorUser;
    const int severityRoll = m_random.between(1, 100);
    incident.severity = severityRoll <= 55 ? Severity::Licht : severityRoll <= 90 ? Severity::Ernstig : Severity::ZeerErnstig;
    incident.possiblyCriminal = incident.severity == Severity::ZeerErnstig && m_random.chance(0.6);

    qint64 causer = 0;
    qint64 victim = 0;
    const MeasureType *rung = nullptr;
    QList<MeasureType> ladder;
    Ladder causerLadder = Ladder::Leerling;
    DemoNames::IncidentText text;
    if (causerKind <= 60) {
        causer = m_random.pick(school.pupils);
        if (frequent)
            causer = school.pupils.first();
        victim = m_random.pick(school.pupils);
        text = m_random.pick(DemoNames::pupilIncidents());
        incident.context = m_random.chance(0.6) ? IncidentContext::BuitenSchool
                                         : (m_random.chance(0.5) ? IncidentContext::TijdensLes : IncidentContext::InSchool);
        incident.harms = { m_random.chance(0.5) ? Harm::Pesten : Harm::Kwetsen };
        if (text.title.contains(QStringLiteral("Foto")) || text.title.contains(QStringLiteral("Telefoon")))
            incident.harms = { Harm::BeeldZonderToestemming, Harm::ActiefTijdensLes };
        if (text.title.contains(QStringLiteral("Bedreiging")))
            incident.harms = { Harm::Bedreigen };
        incident.articleIds = { m_articles.value(incident.context == IncidentContext::BuitenSchool ? "E1" : "D1"),
                                m_articles.value("A7") };
        if (incident.harms.contains(Harm::BeeldZonderToestemming))
            incident.articleIds.append(m_articles.value("A5"));
        incident.parentsRefuseCooperation = incident.context == IncidentContext::BuitenSchool && m_random.chance(0.05);
        ladder = m_pupilLadder;
    } else if (causerKind <= 75) {
        causer = m_random.pick(school.staff);
        victim = m_random.pick(school.pupils);
        text = m_random.pick(DemoNames::staffIncidents());
        incident.context = m_random.chance(0.5) ? IncidentContext::BuitenWerk : IncidentContext::TijdensWerk;
        incident.harms = { text.title.contains(QStringLiteral("bevriend")) ? Harm::VriendWordenLeerling
                           : text.title.contains(QStringLiteral("Vertrouwelijke")) ? Harm::VertrouwelijkeInfo
                           : text.title.contains(QStringLiteral("disclaimer")) ? Harm::OntbrekendeDisclaimer
                                                                                : Harm::Overig };
        incident.articleIds = { m_articles.value(text.title.contains(QStringLiteral("bevriend")) ? "A6"
                                              : text.title.contains(QStringLiteral("Werkmail")) ? "B1"
                                              : incident.context == IncidentContext::BuitenWerk ? "C1" : "B2"),
                                m_articles.value("SM1") };
        incident.confidential = m_random.chance(0.3);
        ladder = m_staffLadder;
        causerLadder = Ladder::Medewerker;
    } else {
        const qint64 pupil = m_random.pick(school.pupils);
        const QList<qint64> parents = m_people.parentsOf.value(pupil);
        causer = parents.isEmpty() ? pupil : m_random.pick(parents);
        victim = m_random.pick(school.staff);
        text = m_random.pick(DemoNames::parentIncidents());
        incident.context = IncidentContext::BuitenSchool;
        incident.harms = { text.title.contains(QStringLiteral("Dreigende")) ? Harm::Bedreigen
                           : text.title.contains(QStringLiteral("beelden")) ? Harm::BeeldZonderToestemming
                                                                            : Harm::Zwartmaken };
        incident.articleIds = { m_articles.value("A7"), m_articles.value("SL1") };
        ladder = m_parentLadder;
        causerLadder = Ladder::Ouder;
    }
    if (incident.possiblyCriminal)
        incident.articleIds.append(m_articles.value("SL3"));
    incident.title = text.title;
    incident.description = QString(text.description)
                               .replace(QStringLiteral("{causer}"), m_people.names.value(causer))
                               .replace(QStringLiteral("{victim}"), m_people.names.value(victim))
                               .replace(QStringLiteral("{platform}"), platformNames().at(platformIndex));
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
    if (m_random.chance(0.4)) {
        Involvement w;
        w.personId = m_random.pick(school.pupils);
        w.role = InvolvementRole::Getuige;
        if (w.personId != causer && w.personId != victim)
            incident.involvements.append(w);
    }
    const int statusRoll = m_random.between(1, 100);
    const bool recent = incident.reportedAt.date() > m_today.addDays(-30);
    incident.status = recent ? (statusRoll <= 50 ? IncidentStatus::Gemeld : IncidentStatus::InBehandeling)
                      : statusRoll <= 10 ? IncidentStatus::InBehandeling
                      : statusRoll <= 25 ? IncidentStatus::Maatregel
                      : statusRoll <= 35 ? IncidentStatus::GeenActie
                                         : IncidentStatus::Afgesloten;
    if (incident.status == IncidentStatus::Afgesloten || incident.status == IncidentStatus::GeenActie)
        incident.closingSummary = m_random.pick(DemoNames::closingSummaries());
    IncidentRepository(m_db).insert(tx, incident);
    ++summary.incidents;

    const QDate reported = incident.reportedAt.toLocalTime().date();
    IncidentRepository(m_db).addNote(tx, incident.id, std::min(incident.reportedAt.addSecs(3600 * 24), SqlValues::now()),
                      m_random.pick(DemoNames::noteTexts()));
    if (m_previousIncident != 0 && m_random.chance(0.05))
        IncidentRepository(m_db).link(tx, m_previousIncident, incident.id);
    m_previousIncident = incident.id;

    // A measure for the causer in about half of the cases, from the lower rungs, with the steps
    // and actions the rules of §4 ask for.
    qint64 measureId = 0;
    if (m_random.chance(0.5) && !ladder.isEmpty()) {
        const int maxRank = incident.severity == Severity::Licht ? 1 : incident.severity == Severity::Ernstig ? 2 : 3;
        rung = &ladder.at(std::min(int(ladder.size()), m_random.between(1, maxRank)) - 1);
        measureId = m_measures.write(tx, incident, causer, *rung, summary);
    }
    if (measureId == 0) {
        // Without a measure the director talks to those involved (an action added by hand).
        Action a;
        a.incidentId = incident.id;
        a.personId = causer;
        a.kind = causerLadder == Ladder::Medewerker ? ActionKind::Leidinggevende : ActionKind::Hoorgesprek;
        a.title = a.kind == ActionKind::Hoorgesprek ? QStringLiteral("Gesprek met betrokkenen voeren")
                                                    : QStringLiteral("Contact met de leidinggevende");
        a.dueOn = reported.addDays(m_random.between(1, 14));
        a.responsibleUserId = m_people.directorUser;
        if (a.dueOn < m_today.addDays(-14) || incident.status == IncidentStatus::Afgesloten) {
            a.status = ActionStatus::Gedaan;
            a.doneOn = std::min(a.dueOn, m_today);
            a.doneNote = QStringLiteral("Afgehandeld.");
        }
        ActionRepository(m_db).insert(tx, a);
        ++summary.actions;
    }
    m_measures.writeIncidentActions(tx, incident, summary);

    // Correspondence in the dossier of the causer, or of the child for a parent.
    const bool parentCauser = m_people.childOf.contains(causer);
    const qint64 dossier = parentCauser ? m_people.childOf.value(causer) : causer;
    const int letters = m_random.between(2, 6);
    qint64 firstItem = 0;
    for (int l = 0; l < letters; ++l) {
        Correspondence item;
        item.personId = dossier;
        item.incidentId = incident.id;
        item.direction = l == 0 ? Direction::Uit : (m_random.chance(0.5) ? Direction::In : Direction::Intern);
        item.channel = item.direction == Direction::Intern ? Channel::Gespreksverslag
                     : m_random.chance(0.6) ? Channel::Email : (m_random.chance(0.8) ? Channel::Brief : Channel::Aangetekend);
        // The school sends registered letters; nobody receives one from a parent or a child.
        if (item.channel == Channel::Aangetekend && item.direction != Direction::Uit)
            item.channel = Channel::Brief;
        if (item.channel == Channel::Aangetekend)
            item.registeredNumber = QStringLiteral("3S%1NL").arg(m_random.between(100000000, 999999999));
        item.sentOn = std::min(reported.addDays(l * m_random.between(1, 5)), m_today);
        if (item.direction == Direction::Intern) {
            item.correspondent = QStringLiteral("Directeur (demo)");
        } else {
            item.aboutPersonId = correspondentFor(dossier, parentCauser ? causer : 0);
            item.correspondent = m_people.names.value(item.aboutPersonId > 0 ? item.aboutPersonId : dossier);
        }
        item.subject = m_random.pick(DemoNames::correspondenceSubjects()) + QStringLiteral(" — ") + incident.reference;
        item.summary = QStringLiteral("Betreft melding %1: %2.").arg(incident.reference, incident.title.toLower());
        item.createdByUserId = m_people.directorUser;
        CorrespondenceRepository(m_db).insert(tx, item);
        if (l == 0)
            firstItem = item.id;
        ++summary.correspondence;
    }

    if (caseNumber == m_shape.longCase)
        writeLongHistory(tx, incident, dossier, summary);

    // Evidence for a few incidents; some screenshots were forwarded twice (same content).
    if (m_random.chance(0.04)) {
        AttachmentInfo evidence;
        evidence.incidentId = incident.id;
        evidence.fileName = QStringLiteral("schermafbeelding-%1.png").arg(incident.reference);
        evidence.mimeType = QStringLiteral("image/png");
        evidence.description = QStringLiteral("Schermafbeelding van het bericht");
        evidence.capturedAt = incident.reportedAt;
        const bool reuse = !m_sharedScreenshot.isEmpty() && m_random.chance(0.25);
        const QByteArray png = reuse ? m_sharedScreenshot : screenshotPng(m_random, incident.title);
        m_sharedScreenshot = png;
        AttachmentStore(m_db).attachBytes(tx, evidence, png);
        ++summary.attachments;
        AttachmentInfo letter;
        letter.correspondenceId = firstItem;
        letter.fileName = QStringLiteral("brief-%1.txt").arg(incident.reference);
        letter.mimeType = QStringLiteral("text/plain");
        AttachmentStore(m_db).attachBytes(tx, letter,
                                QStringLiteral("Brief over melding %1 (%2).\n").arg(incident.reference, incident.title).toUtf8());
        ++summary.attachments;
    }
    if (incident.possiblyCriminal && m_random.chance(0.3))
        PersonRepository(m_db).addLegalHold(tx, causer, QStringLiteral("Aangifte gedaan; strafzaak loopt"), reported);
}

QDateTime DemoCaseWriter::reportMoment(int caseNumber) const
{
    // The cases spread evenly over the working days of the last two years, between a quarter
    // past eight and a quarter to five, each later than the one before.
    const qint64 total = std::max(1, m_shape.total);
    const qint64 days = m_workingDays.size();
    const qint64 position = std::min<qint64>(caseNumber, total - 1) * days;
    const QDate day = m_workingDays.at(int(position / total));
    const int minute = 8 * 60 + 15 + int((position % total) * (8 * 60 + 30) / total);
    return QDateTime(day, QTime(minute / 60, minute % 60));
}

qint64 DemoCaseWriter::correspondentFor(qint64 dossier, qint64 parent) const
{
    // Letters about a pupil go to and come from a parent, not the child.
    if (parent > 0)
        return parent;
    const QList<qint64> parents = m_people.parentsOf.value(dossier);
    return parents.isEmpty() ? 0 : parents.first();
}

void DemoCaseWriter::writeLongHistory(Transaction &tx, const Incident &incident, qint64 dossier,
                                      DemoDataGenerator::Summary &summary)
{
    // A case that drags on: a note and a letter every few days since it was reported.
    const QDateTime now = SqlValues::now();
    const qint64 span = std::max<qint64>(1, incident.reportedAt.secsTo(now));
    for (int e = 0; e < m_shape.longCaseExtras; ++e) {
        const QDateTime at = incident.reportedAt.addSecs(span * (e + 1) / (m_shape.longCaseExtras + 1));
        IncidentRepository(m_db).addNote(tx, incident.id, at, m_random.pick(DemoNames::noteTexts()));
        Correspondence item;
        item.personId = dossier;
        item.incidentId = incident.id;
        item.direction = m_random.chance(0.5) ? Direction::In : Direction::Uit;
        item.channel = m_random.chance(0.7) ? Channel::Email : Channel::Brief;
        item.sentOn = at.toLocalTime().date();
        item.aboutPersonId = correspondentFor(dossier, 0);
        item.correspondent = m_people.names.value(item.aboutPersonId > 0 ? item.aboutPersonId : dossier);
        item.subject = m_random.pick(DemoNames::correspondenceSubjects()) + QStringLiteral(" — ") + incident.reference;
        item.summary = QStringLiteral("Vervolg in melding %1 (%2).").arg(incident.reference).arg(e + 1);
        item.createdByUserId = m_people.directorUser;
        CorrespondenceRepository(m_db).insert(tx, item);
        ++summary.correspondence;
    }
}
