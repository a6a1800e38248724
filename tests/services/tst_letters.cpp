#include "accessscope.h"
#include "actionrepository.h"
#include "attachmentstore.h"
#include "correspondencerepository.h"
#include "database.h"
#include "guardianshiprepository.h"
#include "incidentservice.h"
#include "languagesetup.h"
#include "lettermerge.h"
#include "letterservice.h"
#include "lettertemplaterepository.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// Letters: merge fields, Dutch salutations, the default templates, and a suspension letter to
// both parents issued as two outgoing items with their PDF, the parents' action marked done.
class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void initTestCase() { LanguageSetup::install(*qApp, QStringLiteral("nl")); }
    void fieldsAndUnknownFields();
    void salutations_data();
    void salutations();
    void init();
    void cleanup();
    void defaultTemplatesUseKnownFieldsOnly();
    void suspensionLetterToBothParents();
    void unknownFieldRefusesToIssue();
    void odtIsAnOpenDocument();

private:
    LetterTemplate byCode(const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_pupil = 0;
    Incident m_incident;
    Measure m_measure;
};

void TestLetters::fieldsAndUnknownFields()
{
    const QString body = QStringLiteral("<p>[[ontvanger.aanhef]]</p><p>[[ leerling.roepnaam ]] en [[leerling.vader]]</p><p>[[kapot</p>");
    QCOMPARE(LetterMerge::used(body), QStringList({ "ontvanger.aanhef", "leerling.roepnaam", "leerling.vader" }));
    const QStringList unknown = LetterMerge::unknown(body);
    QVERIFY(unknown.contains(QStringLiteral("leerling.vader")));
    QCOMPARE(unknown.size(), 2);        // and the unclosed one
    const QString filled = LetterMerge::fill(QStringLiteral("<p>[[leerling.roepnaam]] & [[melding.titel]]</p>"),
                                             { { "leerling.roepnaam", "Emir" }, { "melding.titel", "<script> & co\nregel 2" } });
    QCOMPARE(filled, QStringLiteral("<p>Emir & &lt;script&gt; &amp; co<br>regel 2</p>"));
    QVERIFY(!LetterMerge::fields().isEmpty());
}

void TestLetters::salutations_data()
{
    QTest::addColumn<int>("gender");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("woman with tussenvoegsel") << int(Gender::Female) << "Marieke van den Berg" << "Geachte mevrouw Van den Berg,";
    QTest::newRow("man") << int(Gender::Male) << "Tom Bakker" << "Geachte heer Bakker,";
    QTest::newRow("unknown") << int(Gender::Unknown) << "Sam de Vries" << "Geachte Sam de Vries,";
}

void TestLetters::salutations()
{
    QFETCH(int, gender);
    QFETCH(QString, name);
    Person p;
    p.gender = Gender(gender);
    p.setFullName(name);
    QTEST(LetterMerge::salutation(p), "expected");
    p.address = QStringLiteral("Kastanjelaan 7");
    p.postalCode = QStringLiteral("7437 RZ");
    p.city = QStringLiteral("Almelo");
    QCOMPARE(LetterMerge::addressBlock(p), p.displayName() + QStringLiteral("\nKastanjelaan 7\n7437 RZ  Almelo"));
}

void TestLetters::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    qint64 school = 0;
    {
        Transaction tx(*m_db, AccessScope::system());
        School s;
        s.name = QStringLiteral("De Esch");
        SchoolRepository(*m_db).insert(tx, s);
        school = s.id;
        Person pupil;
        pupil.kind = PersonKind::Leerling;
        pupil.setFullName(QStringLiteral("Emir Öztürk"));
        pupil.birthDate = QDate(2015, 4, 3);
        pupil.schoolId = school;
        pupil.groupName = QStringLiteral("groep 7");
        PersonRepository(*m_db).insert(tx, pupil);
        m_pupil = pupil.id;
        for (const auto &[name, gender, relation] : QList<std::tuple<QString, Gender, GuardianRelation>>{
                 { QStringLiteral("Ayşe Öztürk"), Gender::Female, GuardianRelation::Moeder },
                 { QStringLiteral("Mehmet Öztürk"), Gender::Male, GuardianRelation::Vader } }) {
            Person parent;
            parent.kind = PersonKind::Ouder;
            parent.setFullName(name);
            parent.gender = gender;
            parent.address = QStringLiteral("Kastanjelaan 7");
            parent.postalCode = QStringLiteral("7437 RZ");
            parent.city = QStringLiteral("Almelo");
            PersonRepository(*m_db).insert(tx, parent);
            Guardianship link;
            link.parentId = parent.id;
            link.pupilId = pupil.id;
            link.relation = relation;
            GuardianshipRepository(*m_db).insert(tx, link);
        }
        tx.commit();
    }
    const AccessScope director(0, QStringLiteral("directeur"), UserRole::Bestuur, {});
    IncidentService incidents(*m_db, director);
    m_incident = incidents.draft(school);
    m_incident.title = QStringLiteral("Nepaccount op naam van een klasgenoot");
    m_incident.occurredAt = QDateTime(QDate(2026, 11, 9), QTime(15, 0), Qt::UTC);
    m_incident.reportedAt = m_incident.occurredAt.addSecs(3600);
    m_incident.severity = Severity::Ernstig;
    Involvement causer;
    causer.personId = m_pupil;
    causer.role = InvolvementRole::Veroorzaker;
    m_incident.involvements.append(causer);
    incidents.registerIncident(m_incident);
    m_incident.articleIds = { ProtocolRepository(*m_db).version(m_incident.protocolVersionId)->articles.first().id };
    incidents.save(m_incident);
    m_measure.incidentId = m_incident.id;
    m_measure.personId = m_pupil;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(Ladder::Leerling))
        if (t.code == QLatin1String("schorsing"))
            m_measure.measureTypeId = t.id;
    m_measure.status = MeasureStatus::Opgelegd;
    m_measure.proposedOn = m_measure.decidedOn = QDate(2026, 11, 16);
    m_measure.startsOn = QDate(2026, 11, 17);
    m_measure.endsOn = QDate(2026, 11, 18);
    m_measure.motivation = QStringLiteral("Het account bleef na een gesprek bestaan.");
    MeasureService(*m_db, director).propose(m_measure);
}

void TestLetters::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

LetterTemplate TestLetters::byCode(const QString &code) const
{
    for (const LetterTemplate &t : LetterTemplateRepository(*m_db).list())
        if (t.code == code)
            return t;
    return {};
}

void TestLetters::defaultTemplatesUseKnownFieldsOnly()
{
    const QList<LetterTemplate> all = LetterTemplateRepository(*m_db).list();
    QCOMPARE(all.size(), 10);
    for (const LetterTemplate &t : all) {
        QVERIFY2(LetterService::templateProblem(t).isEmpty(), qPrintable(LetterService::templateProblem(t)));
        QVERIFY2(t.body.contains(QStringLiteral("[[ontvanger.aanhef]]")), qPrintable(t.code));
    }
    QVERIFY(byCode(QStringLiteral("schorsing_leerling")).body.contains(QStringLiteral("bezwaar")));
    QVERIFY(byCode(QStringLiteral("besluit_maatregel_medewerker")).body.contains(QStringLiteral("Commissie van Beroep")));
}

void TestLetters::suspensionLetterToBothParents()
{
    const AccessScope director(0, QStringLiteral("directeur"), UserRole::Bestuur, {});
    LetterService letters(*m_db, director, QStringLiteral("Dirk Directeur"), QStringLiteral("directeur"));
    LetterService::Request request;
    request.letter = byCode(QStringLiteral("schorsing_leerling"));
    request.incidentId = m_incident.id;
    request.measureId = m_measure.id;
    request.subjectPersonId = m_pupil;
    for (const LetterService::Recipient &r : letters.recipientsFor(m_pupil))
        if (r.preselected)
            request.recipients.append(r);
    QCOMPARE(request.recipients.size(), 2);      // both parents have parental authority
    const QString html = letters.html(request, request.recipients.first());
    QVERIFY2(html.contains(QStringLiteral("Geachte mevrouw Öztürk,")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("17 november 2026")));
    QVERIFY(html.contains(QStringLiteral("18 november 2026")));
    QVERIFY(html.contains(QStringLiteral("groep 7")));
    QVERIFY(!html.contains(QStringLiteral("[[")));
    // The parents' letter action of the suspension is done in the same step.
    qint64 parentsAction = 0;
    for (const Action &a : ActionRepository(*m_db).ofIncident(director, m_incident.id))
        if (a.rule == QLatin1String("suspension_parents_letter"))
            parentsAction = a.id;
    QVERIFY(parentsAction > 0);
    request.actionToComplete = parentsAction;
    const QList<LetterService::Issued> issued = letters.issue(request);
    QCOMPARE(issued.size(), 2);
    for (const LetterService::Issued &i : issued) {
        QVERIFY(i.pdf.startsWith("%PDF"));
        const Correspondence stored = *CorrespondenceRepository(*m_db).get(director, i.item.id);
        QCOMPARE(stored.personId, m_pupil);              // filed in the pupil's dossier
        QVERIFY(stored.aboutPersonId > 0);               // about the parent it went to
        QCOMPARE(stored.direction, Direction::Uit);
        QCOMPARE(stored.incidentId, m_incident.id);
        const QList<AttachmentInfo> files = AttachmentStore(*m_db).attachmentsOfCorrespondence(director, stored.id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(AttachmentStore(*m_db).read(files.first().sha256), i.pdf);
    }
    QCOMPARE(ActionRepository(*m_db).get(director, parentsAction)->status, ActionStatus::Gedaan);
}

void TestLetters::unknownFieldRefusesToIssue()
{
    const AccessScope director(0, QStringLiteral("directeur"), UserRole::Bestuur, {});
    LetterService letters(*m_db, director, QStringLiteral("Dirk Directeur"), QStringLiteral("directeur"));
    LetterService::Request request;
    request.letter = byCode(QStringLiteral("waarschuwing"));
    request.letter.body += QStringLiteral("<p>[[leerling.schoenmaat]]</p>");
    request.incidentId = m_incident.id;
    request.subjectPersonId = m_pupil;
    request.recipients = letters.recipientsFor(m_pupil).mid(0, 1);
    try {
        letters.issue(request);
        QFAIL("a letter with an unknown field was issued");
    } catch (const StorageError &error) {
        QVERIFY(error.message().contains(QStringLiteral("leerling.schoenmaat")));
    }
    QVERIFY(CorrespondenceRepository(*m_db).list(director, {}).isEmpty());
}

void TestLetters::odtIsAnOpenDocument()
{
    const AccessScope director(0, QStringLiteral("directeur"), UserRole::Bestuur, {});
    LetterService letters(*m_db, director, QStringLiteral("Dirk Directeur"), QStringLiteral("directeur"));
    LetterService::Request request;
    request.letter = byCode(QStringLiteral("schorsing_leerling"));
    request.incidentId = m_incident.id;
    request.measureId = m_measure.id;
    request.subjectPersonId = m_pupil;
    const QByteArray odt = LetterService::odt(letters.html(request, letters.recipientsFor(m_pupil).first()));
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    // Where LibreOffice is installed, it must turn the letter into a PDF.
    const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty() && qEnvironmentVariableIsSet("CI"))
        QFAIL("LibreOffice (soffice) is missing; test.sh installs it.");
    if (office.isEmpty())
        QSKIP("LibreOffice is not installed here; the ODT structure was checked above.");
    QTemporaryDir out;
    QFile file(out.filePath(QStringLiteral("brief.odt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(odt);
    file.close();
    QProcess process;
    process.start(office, { "--headless", "--convert-to", "pdf", "--outdir", out.path(), file.fileName() });
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("brief.pdf"))));
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
