// Summaries made for one person: a case with three pupils, two parents and a teacher, printed
// for one pupil's parents, names nobody else anywhere in the PDF's text; and the ZIP that
// answers an access request (the PDF, the person's own attachments, JSON), recorded once.
#include "accessrequestexport.h"
#include "accessscope.h"
#include "actionrepository.h"
#include "casesummary.h"
#include "correspondenceservice.h"
#include "dossiersummary.h"
#include "guardianshiprepository.h"
#include "incidentrepository.h"
#include "incidentservice.h"
#include "languagesetup.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "redactionpeople.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "summarydocument.h"
#include "testdatabase.h"
#include "textfolding.h"
#include "transaction.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include "publicholidays.h"

#include <QTest>
#include <zip.h>

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void caseSummaryForOnePupilsParents();
    void dossierSummaryForThePupil();
    void copyForTheVictimLeavesOutOthersMeasures();
    void staffCanBeHiddenAndTermsAdded();
    void previewMarksWhatWasReplaced();
    void accessRequestZip();
    void accessRequestRecordedOnce();
    void failedAccessRequestWritesNothing();

private:
    qint64 addPerson(Transaction &tx, PersonKind kind, const QString &given, const QString &roepnaam, const QString &particle,
                     const QString &surname, const QString &email = QString());
    QString pdfText(const QString &html);
    QString pdfFileText(const QString &path) const;
    static QMap<QString, QByteArray> unzip(const QString &path);
    qint64 count(const QString &sql) const;
    // The folded words of a text, to look for names in every spelling at once.
    static QSet<QString> words(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AccessScope m_director;
    qint64 m_school = 0;
    qint64 m_noor = 0;      // the pupil the copies are for
    qint64 m_ingrid = 0;    // her mother
    qint64 m_joep = 0;
    qint64 m_zoe = 0;
    qint64 m_marieke = 0;   // Joep's mother
    qint64 m_maarten = 0;   // the teacher
    qint64 m_incident = 0;
};

void TestRedaction::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

qint64 TestRedaction::addPerson(Transaction &tx, PersonKind kind, const QString &given, const QString &roepnaam,
                                const QString &particle, const QString &surname, const QString &email)
{
    Person p;
    p.kind = kind;
    p.givenNames = given;
    p.roepnaam = roepnaam;
    p.tussenvoegsel = particle;
    p.surname = surname;
    p.email = email;
    p.schoolId = kind == PersonKind::Ouder ? 0 : m_school;
    if (kind == PersonKind::Leerling)
        p.birthDate = QDate(2014, 3, 3);
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

void TestRedaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(QStringLiteral("QSQLITE"), *m_dir);
    {
        Transaction tx(*m_db, AccessScope::system());
        School school;
        school.name = QStringLiteral("De Esch");
        SchoolRepository(*m_db).insert(tx, school);
        m_school = school.id;
        User director;
        director.login = QStringLiteral("karin");
        director.displayName = QStringLiteral("Karin Visser");
        director.role = UserRole::Directeur;
        director.schoolIds = { school.id };
        UserRepository(*m_db).insert(tx, director);
        m_director = AccessScope(director.id, director.login, director.role, director.schoolIds);
        m_noor = addPerson(tx, PersonKind::Leerling, QStringLiteral("Noor"), QString(), QString(), QStringLiteral("Bakker"));
        m_joep = addPerson(tx, PersonKind::Leerling, QStringLiteral("Johannes Petrus"), QStringLiteral("Joep"), QStringLiteral("van 't"),
                           QStringLiteral("Hof"));
        m_zoe = addPerson(tx, PersonKind::Leerling, QStringLiteral("Zoë"), QString(), QString(), QStringLiteral("Öztürk"));
        m_ingrid = addPerson(tx, PersonKind::Ouder, QStringLiteral("Ingrid"), QString(), QString(), QStringLiteral("Bakker"),
                             QStringLiteral("ingrid.bakker@example.nl"));
        m_marieke = addPerson(tx, PersonKind::Ouder, QStringLiteral("Marieke"), QString(), QStringLiteral("de"), QStringLiteral("Vos"),
                              QStringLiteral("m.devos@example.nl"));
        m_maarten = addPerson(tx, PersonKind::Medewerker, QStringLiteral("Maarten"), QString(), QString(), QStringLiteral("Schouten"));
        for (const auto &[parent, pupil] : { std::pair{ m_ingrid, m_noor }, std::pair{ m_marieke, m_joep } }) {
            Guardianship link;
            link.parentId = parent;
            link.pupilId = pupil;
            link.relation = GuardianRelation::Moeder;
            GuardianshipRepository(*m_db).insert(tx, link);
        }
        tx.commit();
    }
    IncidentService service(*m_db, m_director);
    Incident i = service.draft(m_school);
    i.title = QStringLiteral("Joep maakte een nepaccount over Noor");
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-3);
    i.reportedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    i.platform = Platform::Instagram;
    i.reportedByPersonId = m_ingrid;
    i.description = QStringLiteral(
        "Joep van 't Hof (groep 7) maakte een nepaccount op naam van NOOR BAKKER. Zoe Ozturk zag het en vertelde het aan "
        "meester Schouten. Mevrouw De Vos (m.devos@example.nl) belde later; J.P. van ’t Hof ontkende eerst.\n"
        "Hof, Joep van 't kreeg een gesprek met Karin Visser.");
    const QList<std::pair<qint64, InvolvementRole>> roles{ { m_joep, InvolvementRole::Veroorzaker },
                                                           { m_noor, InvolvementRole::Slachtoffer },
                                                           { m_zoe, InvolvementRole::Getuige },
                                                           { m_maarten, InvolvementRole::Getuige },
                                                           { m_marieke, InvolvementRole::BetrokkenOuder } };
    for (const auto &[person, role] : roles) {
        Involvement v;
        v.personId = person;
        v.role = role;
        i.involvements.append(v);
    }
    service.registerIncident(i);
    m_incident = i.id;
    service.addNote(i.id, QStringLiteral("gesprek met zoë en marieke de vos; joep bood excuses aan. MAARTEN SCHOUTEN was erbij."));
    const auto writeFile = [this](const QString &name, const QByteArray &bytes) {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    };
    service.addEvidenceFile(i.id, writeFile(QStringLiteral("schermafdruk-joep.txt"), "bewijs van een ander"), QString(), QDateTime());
    CorrespondenceService letters(*m_db, m_director);
    Correspondence in;
    in.personId = m_joep;
    in.aboutPersonId = m_marieke;
    in.incidentId = i.id;
    in.direction = Direction::In;
    in.channel = Channel::Email;
    in.sentOn = QDate::currentDate().addDays(-1);
    in.correspondent = QStringLiteral("Marieke de Vos <m.devos@example.nl>");
    in.subject = QStringLiteral("Reactie van mevrouw de Vos over Joep");
    letters.file(in, { writeFile(QStringLiteral("mail-de-vos.txt"), "van de moeder van een ander kind") });
    Correspondence out;
    out.personId = m_noor;
    out.aboutPersonId = m_ingrid;
    out.incidentId = i.id;
    out.direction = Direction::Uit;
    out.channel = Channel::Brief;
    out.sentOn = QDate::currentDate();
    out.correspondent = QStringLiteral("Ingrid Bakker");
    out.subject = QStringLiteral("Brief aan de ouders van Noor Bakker over Joep van 't Hof");
    letters.file(out, { writeFile(QStringLiteral("brief-noor.txt"), "brief aan de ouders van Noor") });
}

void TestRedaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QSet<QString> TestRedaction::words(const QString &text)
{
    const QStringList list = TextFolding::words(text);
    return QSet<QString>(list.cbegin(), list.cend());
}

QString TestRedaction::pdfText(const QString &html)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    const QString path = m_dir->filePath(QStringLiteral("summary.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(SummaryDocument(html, QStringLiteral("Karin Visser"), QDateTime::currentDateTime()).pdf());
    file.close();
    QProcess process;
    process.start(tool, { path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestRedaction::caseSummaryForOnePupilsParents()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    // Unredacted, every name is there: the test would notice names that never made it in.
    const QSet<QString> full = words(pdfText(CaseSummary(*m_db, m_director).html(m_incident)));
    for (const char *name : { "joep", "hof", "zoe", "ozturk", "marieke", "vos", "devos", "maarten", "schouten", "noor", "bakker" })
        QVERIFY2(full.contains(QString::fromLatin1(name)), name);

    const RedactionOptions options = RedactionPeople::optionsFor(*m_db, m_noor);
    QCOMPARE(options.keptPersons, (QSet<qint64>{ m_noor, m_ingrid }));
    QStringList ambiguous;
    const QString text = pdfText(CaseSummary(*m_db, m_director, options).html(m_incident, &ambiguous));
    const QSet<QString> redacted = words(text);
    for (const char *name : { "joep", "johannes", "petrus", "hof", "zoe", "ozturk", "marieke", "vos", "devos", "maarten", "schouten" })
        QVERIFY2(!redacted.contains(QString::fromLatin1(name)), name);
    for (const char *name : { "noor", "bakker", "ingrid", "karin", "visser" })
        QVERIFY2(redacted.contains(QString::fromLatin1(name)), name);
    for (const char *label : { "Leerling A", "Leerling B", "Ouder C", "Medewerker D" })
        QVERIFY2(text.contains(QString::fromLatin1(label)), label);
    QVERIFY(ambiguous.isEmpty());
    QVERIFY(text.contains(QStringLiteral("Leerling A maakte een nepaccount over Noor")));
    QVERIFY(text.contains(QStringLiteral("Afschrift voor Noor Bakker.")));
}

void TestRedaction::dossierSummaryForThePupil()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    RedactionOptions options = RedactionPeople::optionsFor(*m_db, m_noor);
    const QString text = pdfText(DossierSummary(*m_db, m_director, options).html(m_noor));
    const QSet<QString> redacted = words(text);
    for (const char *name : { "joep", "johannes", "hof", "zoe", "ozturk", "marieke", "vos", "devos", "maarten", "schouten" })
        QVERIFY2(!redacted.contains(QString::fromLatin1(name)), name);
    QVERIFY(text.contains(QStringLiteral("Noor Bakker")));
    QVERIFY(text.contains(QStringLiteral("Brief aan de ouders van Noor Bakker over Leerling A")));
    QVERIFY(text.contains(QStringLiteral("pagina 1 van")));
    // The people a dossier copy has to know about include the other incident's persons.
    QList<qint64> people;
    for (const Person &p : DossierSummary(*m_db, m_director).people(m_noor))
        people.append(p.id);
    for (const qint64 id : { m_noor, m_ingrid, m_joep, m_zoe, m_marieke, m_maarten })
        QVERIFY(people.contains(id));
}

void TestRedaction::copyForTheVictimLeavesOutOthersMeasures()
{
    // Joep is suspended; the copy for Noor's mother tells her what concerns Noor, not his
    // sanction, its actions or the letter from his mother, not even renamed.
    Measure suspension;
    suspension.incidentId = m_incident;
    suspension.personId = m_joep;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(Ladder::Leerling))
        if (t.code == QLatin1String("schorsing"))
            suspension.measureTypeId = t.id;
    suspension.status = MeasureStatus::Opgelegd;
    const QDate monday = QDate::currentDate().addDays(-(QDate::currentDate().dayOfWeek() - 1) - 7);
    suspension.proposedOn = suspension.decidedOn = suspension.startsOn = monday;
    suspension.endsOn = suspension.startsOn.addDays(1);
    suspension.motivation = QStringLiteral("Nepaccount na een eerdere waarschuwing.");
    suspension.escalationMotivation = QStringLiteral("Ernstig.");
    suspension.hearingHeld = true;
    suspension.hearingOn = suspension.proposedOn;
    MeasureService(*m_db, m_director).propose(suspension);
    QVERIFY(!ActionRepository(*m_db).ofIncident(m_director, m_incident).isEmpty());
    const QString full = CaseSummary(*m_db, m_director).html(m_incident);
    QVERIFY(full.contains(QStringLiteral("Schorsing")));
    QVERIFY(full.contains(QStringLiteral("Reactie van mevrouw")));

    const QString copy = CaseSummary(*m_db, m_director, RedactionPeople::optionsFor(*m_db, m_noor)).html(m_incident);
    QVERIFY2(!copy.contains(QStringLiteral("Schorsing"), Qt::CaseInsensitive), qPrintable(copy));
    QVERIFY(!copy.contains(QStringLiteral("Nepaccount na een eerdere")));
    QVERIFY(!copy.contains(QStringLiteral("Reactie van mevrouw")));
    QVERIFY(!copy.contains(QStringLiteral("Ouders schriftelijk"), Qt::CaseInsensitive));
    QVERIFY(copy.contains(QStringLiteral("Brief aan de ouders van Noor Bakker")));
    QVERIFY2(copy.contains(QStringLiteral("andere personen betreffen, zijn in dit afschrift weggelaten (1 maatregel")), qPrintable(copy));
    QVERIFY(!copy.contains(QStringLiteral("Leerling Leerling")));
    // The copy for Joep's mother holds his measure.
    const QString forJoep = CaseSummary(*m_db, m_director, RedactionPeople::optionsFor(*m_db, m_marieke)).html(m_incident);
    QVERIFY(forJoep.contains(QStringLiteral("Schorsing")));
    QVERIFY(forJoep.contains(QStringLiteral("Reactie van mevrouw")));
    QVERIFY(!forJoep.contains(QStringLiteral("Brief aan de ouders van")));
}

void TestRedaction::staffCanBeHiddenAndTermsAdded()
{
    RedactionOptions options = RedactionPeople::optionsFor(*m_db, m_noor);
    options.nameStaffInRole = false;
    options.extraTerms = { QStringLiteral("groep 7") };
    const QString html = CaseSummary(*m_db, m_director, options).html(m_incident);
    QVERIFY(!html.contains(QStringLiteral("Karin Visser")));
    QVERIFY(html.contains(QStringLiteral("Schoolmedewerker")));
    QVERIFY(!html.contains(QStringLiteral("groep 7")));
    QVERIFY(html.contains(QStringLiteral("[weggelakt]")));
}

void TestRedaction::previewMarksWhatWasReplaced()
{
    // A second Bakker who is not in the copy: the shared surname is left for the user to decide.
    {
        Transaction tx(*m_db, AccessScope::system());
        const qint64 brother = addPerson(tx, PersonKind::Leerling, QStringLiteral("Daan"), QString(), QString(), QStringLiteral("Bakker"));
        tx.commit();
        Incident i = *IncidentRepository(*m_db).get(m_director, m_incident);
        Involvement v;
        v.personId = brother;
        v.role = InvolvementRole::Getuige;
        i.involvements.append(v);
        IncidentService(*m_db, m_director).save(i);
        IncidentService(*m_db, m_director).addNote(m_incident, QStringLiteral("Vader BAKKER belde terug."));
    }
    RedactionOptions options = RedactionPeople::optionsFor(*m_db, m_noor);
    options.highlight = true;
    QStringList ambiguous;
    const QString html = CaseSummary(*m_db, m_director, options).html(m_incident, &ambiguous);
    QVERIFY(html.contains(QStringLiteral("<span style=\"background-color: #ffe27a;\">Leerling A</span>")));
    QCOMPARE(ambiguous, QStringList{ QStringLiteral("BAKKER") });
    QVERIFY(html.contains(QStringLiteral("<span style=\"background-color: #ffb3a7;\">BAKKER</span>")));
}

QMap<QString, QByteArray> TestRedaction::unzip(const QString &path)
{
    QMap<QString, QByteArray> result;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return result;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        result.insert(QString::fromUtf8(stat.name), data);
    }
    zip_close(archive);
    return result;
}

QString TestRedaction::pdfFileText(const QString &path) const
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), { path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

qint64 TestRedaction::count(const QString &sql) const
{
    QSqlQuery query = m_db->prepare(sql);
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

void TestRedaction::accessRequestZip()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    AccessRequestExport::Request request;
    request.personId = m_noor;
    request.receivedOn = QDate::currentDate().addDays(-3);
    request.printedBy = QStringLiteral("Karin Visser");
    const QString path = m_dir->filePath(QStringLiteral("inzage.zip"));
    const AccessRequestExport::Result result = AccessRequestExport(*m_db, m_director).write(request, path);
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    const QMap<QString, QByteArray> files = unzip(path);
    QCOMPARE(files.keys(), (QStringList{ QStringLiteral("LEESMIJ.txt"), QStringLiteral("bijlagen/01-brief-noor.txt"),
                                         QStringLiteral("dossieroverzicht.pdf"), QStringLiteral("gegevens.json") }));
    QCOMPARE(result.files.size(), 4);
    QCOMPARE(result.attachments, 1);
    // Her own letter, byte for byte; not the evidence of the case nor the other mother's mail.
    QCOMPARE(files.value(QStringLiteral("bijlagen/01-brief-noor.txt")), QByteArray("brief aan de ouders van Noor"));

    const QString pdf = m_dir->filePath(QStringLiteral("uit-zip.pdf"));
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(files.value(QStringLiteral("dossieroverzicht.pdf")));
    out.close();
    const QString text = pdfFileText(pdf);
    QVERIFY(text.contains(QStringLiteral("Leerlingendossier: Noor Bakker")));
    const QSet<QString> pdfWords = words(text);
    const QJsonObject json = QJsonDocument::fromJson(files.value(QStringLiteral("gegevens.json"))).object();
    const QSet<QString> jsonWords = words(QString::fromUtf8(files.value(QStringLiteral("gegevens.json"))));
    for (const char *name : { "joep", "johannes", "hof", "zoe", "ozturk", "marieke", "vos", "devos", "maarten", "schouten" }) {
        QVERIFY2(!pdfWords.contains(QString::fromLatin1(name)), name);
        QVERIFY2(!jsonWords.contains(QString::fromLatin1(name)), name);
    }
    QCOMPARE(json.value(QStringLiteral("formaat")).toString(), QStringLiteral("dossierkast-inzage"));
    QCOMPARE(json.value(QStringLiteral("verzoek_ontvangen")).toString(), request.receivedOn.toString(Qt::ISODate));
    QCOMPARE(json.value(QStringLiteral("persoon")).toObject().value(QStringLiteral("achternaam")).toString(), QStringLiteral("Bakker"));
    QCOMPARE(json.value(QStringLiteral("ouders_of_kinderen")).toArray().first().toObject().value(QStringLiteral("naam")).toString(),
             QStringLiteral("Ingrid Bakker"));
    bool sawLetter = false;
    for (const QJsonValue &entry : json.value(QStringLiteral("dossier")).toArray())
        if (entry.toObject().value(QStringLiteral("bijlagen")).toArray().contains(QStringLiteral("bijlagen/01-brief-noor.txt")))
            sawLetter = true;
    QVERIFY(sawLetter);

    // Recorded with the request date, and the action to answer within a month is in Termijnen.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access_request' AND entity = 'persons' "
                                  "AND entity_id = %1 AND detail LIKE '%%2%'")
                       .arg(m_noor)
                       .arg(request.receivedOn.toString(Qt::ISODate))),
             1);
    const Action action = *ActionRepository(*m_db).get(m_director, result.actionId);
    QCOMPARE(action.kind, ActionKind::Inzageverzoek);
    QCOMPARE(action.personId, m_noor);
    QCOMPARE(action.status, ActionStatus::Open);
    // A month from the day after receipt; on a rest day the next working day (tst_deadlines has
    // the dates, such as a request of 25 November 2026 due on Monday 28 December).
    QCOMPARE(action.dueOn, PublicHolidays::extendStatutory(request.receivedOn.addMonths(1)));
    QCOMPARE(action.countedFrom, request.receivedOn.addDays(1));
    DeadlineFilter filter;
    bool listed = false;
    for (const Action &a : ActionRepository(*m_db).deadlines(m_director, filter))
        listed = listed || a.id == action.id;
    QVERIFY(listed);
}

void TestRedaction::accessRequestRecordedOnce()
{
    AccessRequestExport::Request request;
    request.personId = m_noor;
    request.receivedOn = QDate::currentDate().addDays(-10);
    const QString path = m_dir->filePath(QStringLiteral("inzage.zip"));
    AccessRequestExport exporter(*m_db, m_director);
    QVERIFY(exporter.write(request, path).actionId > 0);
    // Sent again (a second copy): recorded again, but the same request files no second action.
    QCOMPARE(exporter.write(request, path).actionId, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM actions WHERE kind = 'inzageverzoek'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access_request'")), 2);
    // A new request that the export answers at once is filed as done.
    request.receivedOn = QDate::currentDate();
    request.answered = true;
    const AccessRequestExport::Result answered = exporter.write(request, path);
    const Action action = *ActionRepository(*m_db).get(m_director, answered.actionId);
    QCOMPARE(action.status, ActionStatus::Gedaan);
    QCOMPARE(action.doneOn, QDate::currentDate());
}

void TestRedaction::failedAccessRequestWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("bestaat.zip"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("eerder bestand");
    existing.close();
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    AccessRequestExport exporter(*m_db, m_director);
    AccessRequestExport::Request request;
    request.personId = m_noor;
    request.receivedOn = QDate::currentDate().addDays(1);       // not yet received
    QVERIFY_THROWS_EXCEPTION(StorageError, exporter.write(request, path));
    request.receivedOn = QDate::currentDate();
    QVERIFY_THROWS_EXCEPTION(StorageError, exporter.write(request, m_dir->filePath(QStringLiteral("geen-map/inzage.zip"))));
    request.personId = 999999;
    QVERIFY_THROWS_EXCEPTION(StorageError, exporter.write(request, path));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM actions WHERE kind = 'inzageverzoek'")), 0);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("eerder bestand"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".new")));
}

QTEST_MAIN(TestRedaction)
#include "tst_redaction.moc"
