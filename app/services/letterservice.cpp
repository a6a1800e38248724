#include "letterservice.h"

#include "permissions.h"

#include "../domain/labels.h"
#include "../domain/lettermerge.h"
#include "../storage/actionrepository.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/personrepository.h"
#include "../storage/protocolrepository.h"
#include "../storage/schoolrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "procedures.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace {

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::Dutch, QLocale::Netherlands).toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace

LetterService::LetterService(Database &db, const AccessScope &actor, const QString &signerName, const QString &signerRole)
    : m_db(db), m_actor(actor), m_signerName(signerName), m_signerRole(signerRole)
{
}

QList<LetterService::Recipient> LetterService::recipientsFor(qint64 personId) const
{
    PersonRepository persons(m_db);
    const auto person = persons.get(m_actor, personId);
    if (!person)
        return {};
    QList<Recipient> result;
    if (person->kind == PersonKind::Medewerker) {
        result.append({ *person, person->id, 0, true, Labels::personKind(person->kind).toLower(), {} });
        return result;
    }
    if (person->kind != PersonKind::Leerling)
        return result;
    for (const Guardianship &link : GuardianshipRepository(m_db).ofPupil(personId))
        if (const auto parent = persons.get(m_actor, link.parentId))
            result.append({ *parent, personId, parent->id, link.parentalAuthority || link.receivesMail,
                            Labels::relation(link.relation).toLower(), {} });
    result.append({ *person, personId, 0, result.isEmpty(), Labels::personKind(person->kind).toLower(), {} });
    return result;
}

namespace {

QString addressKey(const Person &p)
{
    // "Dorpsstraat 1", "dorpsstraat  1" and "1234AB"/"1234 ab" are one address.
    QString key = (p.address + QLatin1Char('|') + p.postalCode).toLower();
    key.remove(QLatin1Char(' '));
    return p.address.trimmed().isEmpty() || p.postalCode.trimmed().isEmpty() ? QString() : key;
}

} // namespace

QList<LetterService::Recipient> LetterService::togetherAtOneAddress(const QList<Recipient> &recipients)
{
    QList<Recipient> result;
    for (const Recipient &r : recipients) {
        bool folded = false;
        const QString key = addressKey(r.person);
        if (r.aboutId > 0 && !key.isEmpty())
            for (Recipient &earlier : result)
                if (earlier.aboutId > 0 && earlier.dossierId == r.dossierId && addressKey(earlier.person) == key) {
                    earlier.together.append(r.everyone());
                    folded = true;
                    break;
                }
        if (!folded)
            result.append(r);
    }
    return result;
}

bool LetterService::shareAnAddress(const QList<Recipient> &recipients)
{
    return togetherAtOneAddress(recipients).size() < recipients.size();
}

QString LetterService::templateProblem(const LetterTemplate &letter)
{
    const QStringList unknown = LetterMerge::unknown(letter.body);
    if (unknown.isEmpty())
        return QString();
    return tr("The template \"%1\" uses fields that do not exist: %2. Correct them in Beheer → Letters before printing.")
        .arg(letter.name, unknown.join(QStringLiteral(", ")));
}

QString LetterService::templateFor(const std::optional<Measure> &measure, const std::optional<MeasureType> &type)
{
    if (!measure || !type)
        return QStringLiteral("uitnodiging_gesprek");
    const bool decided = measure->status != MeasureStatus::Voornemen;
    if (type->ladder == Ladder::Medewerker) {
        if (type->code == QLatin1String("ontslag_op_staande_voet"))
            return QStringLiteral("ontslag_op_staande_voet");
        if (!type->isDisciplinary)
            return QStringLiteral("waarschuwing");
        return decided ? QStringLiteral("besluit_maatregel_medewerker") : QStringLiteral("voornemen_maatregel_medewerker");
    }
    if (type->code == QLatin1String("schorsing") && type->ladder == Ladder::Leerling)
        return QStringLiteral("schorsing_leerling");
    if (type->code == QLatin1String("verwijdering"))
        return decided ? QStringLiteral("besluit_verwijdering") : QStringLiteral("voornemen_verwijdering");
    return QStringLiteral("waarschuwing");
}

bool LetterService::fits(const LetterTemplate &letter, PersonKind subjectKind)
{
    static const QStringList staffCodes = { QStringLiteral("voornemen_maatregel_medewerker"),
                                            QStringLiteral("besluit_maatregel_medewerker"),
                                            QStringLiteral("ontslag_op_staande_voet") };
    static const QStringList pupilCodes = { QStringLiteral("schorsing_leerling"), QStringLiteral("melding_inspectie_schorsing"),
                                            QStringLiteral("voornemen_verwijdering"), QStringLiteral("besluit_verwijdering"),
                                            QStringLiteral("melding_leerplicht") };
    bool forStaff = staffCodes.contains(letter.code);
    bool forPupils = pupilCodes.contains(letter.code);
    for (const QString &key : LetterMerge::used(letter.body)) {
        forStaff = forStaff || key.startsWith(QLatin1String("medewerker."));
        forPupils = forPupils || key.startsWith(QLatin1String("leerling."));
    }
    if (subjectKind == PersonKind::Medewerker)
        return !forPupils;
    if (subjectKind == PersonKind::Leerling)
        return !forStaff;
    return !forStaff && !forPupils;
}

QStringList LetterService::emptyFields(const Request &request, const Recipient &recipient) const
{
    const QHash<QString, QString> v = values(request, recipient);
    QStringList empty;
    for (const QString &key : LetterMerge::used(request.letter.body))
        if (v.value(key).trimmed().isEmpty())
            empty.append(key);
    return empty;
}

QString LetterService::problem(const Request &request) const
{
    const QString unknown = templateProblem(request.letter);
    if (!unknown.isEmpty())
        return unknown;
    if (request.recipients.isEmpty())
        return tr("Choose at least one recipient.");
    PersonRepository persons(m_db);
    const auto subject = persons.get(m_actor, request.subjectPersonId > 0 ? request.subjectPersonId
                                                                          : request.recipients.first().dossierId);
    if (subject && !fits(request.letter, subject->kind))
        return tr("The template \"%1\" is not meant for a letter about a %2. Choose another template.")
            .arg(request.letter.name, Labels::personKind(subject->kind).toLower());
    if (request.measureId > 0) {
        const auto measure = MeasureRepository(m_db).get(m_actor, request.measureId);
        if (!measure || (subject && measure->personId != subject->id)
            || (request.incidentId > 0 && measure->incidentId != request.incidentId))
            return tr("The measure this letter is about does not belong to this person and case.");
    }
    QStringList keys;
    for (const Recipient &recipient : request.recipients)
        for (const QString &key : emptyFields(request, recipient))
            if (!keys.contains(key))
                keys.append(key);
    if (keys.isEmpty())
        return QString();
    QHash<QString, QString> labels;
    for (const LetterMerge::Field &field : LetterMerge::fields())
        labels.insert(field.key, field.label);
    QStringList names;
    bool fromMeasure = false;
    for (const QString &key : std::as_const(keys)) {
        names.append(labels.value(key, key));
        fromMeasure = fromMeasure || key.startsWith(QLatin1String("maatregel.")) || key.startsWith(QLatin1String("termijn."));
    }
    const QString what = !fromMeasure ? tr("Fill them in (the case, the person or the school)")
                         : request.measureId > 0 ? tr("Fill them in at the measure (Maatregelen → Edit measure)")
                                                 : tr("Choose the measure the letter is about");
    return tr("The letter cannot go out yet: the template \"%1\" uses %n field(s) that would stay empty: %2. "
              "%3, or choose another template.", nullptr, int(names.size()))
        .arg(request.letter.name, names.join(QStringLiteral(", ")), what);
}

QHash<QString, QString> LetterService::values(const Request &request, const Recipient &recipient) const
{
    QHash<QString, QString> v;
    const QString day = QStringLiteral("dd-MM-yyyy");
    v.insert(QStringLiteral("datum"), longDate(QDate::currentDate()));
    if (const auto organisation = OrganisationRepository(m_db).get()) {
        v.insert(QStringLiteral("organisatie.naam"), organisation->name);
        v.insert(QStringLiteral("organisatie.adres"),
                 QStringList{ organisation->address, (organisation->postalCode + QStringLiteral("  ") + organisation->city).trimmed() }
                     .join(QLatin1Char('\n')).trimmed());
    }
    PersonRepository persons(m_db);
    const auto subject = persons.get(m_actor, request.subjectPersonId > 0 ? request.subjectPersonId : recipient.dossierId);
    const auto incident = request.incidentId > 0 ? IncidentRepository(m_db).get(m_actor, request.incidentId) : std::nullopt;
    const qint64 schoolId = incident ? incident->schoolId : subject ? subject->schoolId : 0;
    if (const auto school = schoolId > 0 ? SchoolRepository(m_db).get(m_actor, schoolId) : std::nullopt) {
        v.insert(QStringLiteral("school.naam"), school->name);
        v.insert(QStringLiteral("school.adres"),
                 QStringList{ school->address, (school->postalCode + QStringLiteral("  ") + school->city).trimmed() }
                     .join(QLatin1Char('\n')).trimmed());
        v.insert(QStringLiteral("school.directeur"), school->directorName);
    }
    v.insert(QStringLiteral("ontvanger.naam"), LetterMerge::names(recipient.everyone()));
    v.insert(QStringLiteral("ontvanger.aanhef"), LetterMerge::salutation(recipient.everyone()));
    v.insert(QStringLiteral("ontvanger.adresblok"), LetterMerge::addressBlock(recipient.everyone()));
    if (subject && subject->kind == PersonKind::Leerling) {
        v.insert(QStringLiteral("leerling.naam"), subject->displayName());
        v.insert(QStringLiteral("leerling.roepnaam"), subject->roepnaam.isEmpty() ? subject->givenNames.section(QLatin1Char(' '), 0, 0)
                                                                                  : subject->roepnaam);
        v.insert(QStringLiteral("leerling.groep"), subject->groupName);
        v.insert(QStringLiteral("leerling.geboortedatum"), subject->birthDate.toString(day));
    }
    if (subject && subject->kind == PersonKind::Medewerker) {
        v.insert(QStringLiteral("medewerker.naam"), subject->displayName());
        v.insert(QStringLiteral("medewerker.functie"), subject->functionTitle);
    }
    if (incident) {
        v.insert(QStringLiteral("melding.kenmerk"), incident->reference);
        v.insert(QStringLiteral("melding.titel"), incident->title);
        v.insert(QStringLiteral("melding.datum"), longDate(incident->occurredAt.toLocalTime().date()));
        v.insert(QStringLiteral("melding.omschrijving"), incident->description);
        if (const auto protocol = ProtocolRepository(m_db).version(incident->protocolVersionId)) {
            QStringList articles;
            for (const ProtocolArticle &a : protocol->articles)
                if (incident->articleIds.contains(a.id))
                    articles.append(QStringLiteral("%1 %2: %3").arg(a.code, a.title, a.body));
            v.insert(QStringLiteral("artikelen"), articles.join(QLatin1Char('\n')));
        }
    }
    if (const auto measure = request.measureId > 0 ? MeasureRepository(m_db).get(m_actor, request.measureId) : std::nullopt) {
        const Procedures procedures(m_db);
        const LegalTerms terms = procedures.terms();
        const auto type = MeasureTypeRepository(m_db).get(measure->measureTypeId);
        if (type)
            v.insert(QStringLiteral("maatregel.naam"), type->name.toLower());
        v.insert(QStringLiteral("maatregel.besloten_op"), longDate(measure->decidedOn));
        v.insert(QStringLiteral("maatregel.eerste_dag"), longDate(measure->startsOn));
        v.insert(QStringLiteral("maatregel.laatste_dag"), longDate(measure->endsOn));
        v.insert(QStringLiteral("maatregel.motivering"), measure->motivation);
        // A term runs from the day after its letter is sent: the day it was sent, or today for
        // the letter being written now; the Algemene termijnenwet moves an end on a rest day.
        const DeadlinePlanner planner = procedures.planner(incident ? incident->schoolId : 0);
        const DeadlinePlanner::Done sent = procedures.doneSteps(measure->id);
        const auto sentOn = [&sent](const QString &rule) { return sent.value(rule, QDate::currentDate()); };
        const QString decision = type ? DeadlinePlanner::decisionLetterRule(*type, *measure) : QString();
        v.insert(QStringLiteral("termijn.reactie"),
                 longDate(planner.termAfter(sentOn(QStringLiteral("staff_intent_registered")), terms.staffResponseWeeks).due));
        v.insert(QStringLiteral("termijn.bezwaar"), longDate(planner.termAfter(sentOn(decision), terms.removalObjectionWeeks).due));
        v.insert(QStringLiteral("termijn.beroep"), longDate(planner.termAfter(sentOn(decision), terms.staffAppealWeeks).due));
    }
    v.insert(QStringLiteral("ondertekenaar.naam"), m_signerName);
    v.insert(QStringLiteral("ondertekenaar.functie"), m_signerRole);
    return v;
}

QString LetterService::html(const Request &request, const Recipient &recipient) const
{
    const QHash<QString, QString> v = values(request, recipient);
    QString letterhead;
    if (const auto organisation = OrganisationRepository(m_db).get()) {
        letterhead = QStringLiteral("<table width=\"100%\"><tr><td><b>%1</b><br>%2</td><td align=\"right\">%3</td></tr></table><hr>")
                         .arg(organisation->name.toHtmlEscaped(),
                              v.value(QStringLiteral("organisatie.adres")).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                              organisation->letterheadText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">%1%2</body></html>")
        .arg(letterhead, LetterMerge::fill(request.letter.body, v));
}

QByteArray LetterService::pdf(const QString &html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Dossierkast"));
    writer.setCreator(QStringLiteral("Dossierkast"));
    QTextDocument document;
    document.setHtml(html);
    // Without a page size of its own, print() lays the text out for the writer's resolution,
    // so point sizes come out as points on paper.
    document.print(&writer);
    buffer.close();
    return bytes;
}

QByteArray LetterService::odt(const QString &html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocument document;
    document.setHtml(html);
    QTextDocumentWriter writer(&buffer, "odf");
    writer.write(&document);
    return bytes;
}

QList<LetterService::Issued> LetterService::issue(const Request &request)
{
    // Letters are part of handling a case or a dossier, in ones the user sees.
    Permissions::require(m_db, m_actor, Permission::EditCase, QStringLiteral("correspondence"));
    if (request.incidentId > 0)
        IncidentRepository(m_db).require(m_actor, request.incidentId);
    for (const Recipient &recipient : request.recipients)
        PersonRepository(m_db).require(m_actor, recipient.dossierId);
    if (const QString refused = problem(request); !refused.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, refused);
    const auto incident = request.incidentId > 0 ? IncidentRepository(m_db).get(m_actor, request.incidentId) : std::nullopt;
    QList<Issued> result;
    for (const Recipient &recipient : request.recipients) {
        Issued issued;
        issued.pdf = pdf(html(request, recipient));
        Correspondence &c = issued.item;
        c.personId = recipient.dossierId;
        c.aboutPersonId = recipient.aboutId;
        c.incidentId = request.incidentId;
        c.direction = Direction::Uit;
        c.channel = request.letter.channel;
        c.sentOn = QDate::currentDate();
        c.correspondent = LetterMerge::names(recipient.everyone());
        c.subject = incident ? QStringLiteral("%1 — %2").arg(request.letter.name, incident->reference) : request.letter.name;
        c.summary = tr("Letter from the template \"%1\" to %2.").arg(request.letter.name, c.correspondent);
        c.createdByUserId = m_actor.userId();
        result.append(issued);
    }
    AttachmentStore store(m_db);
    Transaction tx(m_db, m_actor);
    for (Issued &issued : result) {
        CorrespondenceRepository(m_db).insert(tx, issued.item);
        AttachmentInfo pdfFile;
        pdfFile.correspondenceId = issued.item.id;
        pdfFile.fileName = QStringLiteral("%1 - %2.pdf").arg(request.letter.name, issued.item.correspondent);
        pdfFile.fileName.replace(QLatin1Char('/'), QLatin1Char('-'));
        pdfFile.mimeType = QStringLiteral("application/pdf");
        store.attachBytes(tx, pdfFile, issued.pdf);
    }
    if (request.actionToComplete > 0) {
        ActionRepository actions(m_db);
        if (auto action = actions.get(m_actor, request.actionToComplete); action && action->status == ActionStatus::Open) {
            action->status = ActionStatus::Gedaan;
            action->doneOn = QDate::currentDate();
            action->doneNote = tr("Letter \"%1\" sent.").arg(request.letter.name);
            actions.update(tx, *action);
            if (action->measureId != 0)
                Procedures(m_db).replanTerms(tx, action->measureId);
        }
    }
    tx.commit();
    return result;
}
