// Retention on both databases: which dossiers are past their term (pupils, staff, parents who
// follow their children, legal holds), and destruction: the person and all that is filed on
// them go, a case shared with a pupil who stays keeps its facts with the name replaced, the
// audit chain stays provable with the content erased, a destruction record without personal
// data remains — and on SQLite no byte of the name is left in the database file.
#include "accessscope.h"
#include "attachmentstore.h"
#include "auditlog.h"
#include "correspondencerepository.h"
#include "correspondenceservice.h"
#include "guardianshiprepository.h"
#include "incidentrepository.h"
#include "incidentservice.h"
#include "integritychecker.h"
#include "languagesetup.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "retentionservice.h"
#include "schoolrepository.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void reviewListsWhatIsPastItsTerm();
    void heldAndCurrentDossiersAreRefused();
    void destructionRemovesThePersonAndKeepsTheChain();
    void noTraceOfTheNameInTheFile();
    void onlyAdministratorsDestroy();

private:
    qint64 person(Transaction &tx, PersonKind kind, const QString &given, const QString &surname, const QDate &left);
    qint64 incident(const QString &title, const QString &description, const QList<QPair<qint64, InvolvementRole>> &people);
    qint64 count(const QString &sql) const;
    QList<qint64> dueIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_driver;
    qint64 m_school = 0;
    qint64 m_gone = 0;          // pupil Zwanenburg, left three years ago
    qint64 m_mother = 0;        // her mother, no other children
    qint64 m_stays = 0;         // pupil Kortenaar, still at school
    qint64 m_held = 0;          // pupil Hoogland, left long ago, under a legal hold
    qint64 m_recent = 0;        // staff member who left last year
    qint64 m_alone = 0;         // the case with only Zwanenburg
    qint64 m_shared = 0;        // the case with Zwanenburg and Kortenaar
    qint64 m_letterToOther = 0; // in Kortenaar's dossier, about the shared case
};

void TestRetention::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

qint64 TestRetention::person(Transaction &tx, PersonKind kind, const QString &given, const QString &surname, const QDate &left)
{
    Person p;
    p.kind = kind;
    p.givenNames = given;
    p.surname = surname;
    p.email = given.toLower() + QStringLiteral(".") + surname.toLower() + QStringLiteral("@example.nl");
    if (kind == PersonKind::Leerling || kind == PersonKind::Medewerker)
        p.schoolId = m_school;
    if (kind == PersonKind::Leerling)
        p.birthDate = QDate(2008, 2, 3);
    if (left.isValid()) {
        p.startDate = left.addYears(-4);
        p.leaveDate = left;
    }
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

qint64 TestRetention::incident(const QString &title, const QString &description,
                               const QList<QPair<qint64, InvolvementRole>> &people)
{
    IncidentService service(*m_db, AccessScope::system());
    Incident i = service.draft(m_school);
    i.title = title;
    i.description = description;
    i.occurredAt = QDateTime(QDate::currentDate().addYears(-4), QTime(10, 0));
    i.reportedAt = i.occurredAt.addSecs(3600);
    for (const auto &who : people) {
        Involvement v;
        v.personId = who.first;
        v.role = who.second;
        i.involvements.append(v);
    }
    service.registerIncident(i);
    return i.id;
}

void TestRetention::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_driver = driver;
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    const QDate today = QDate::currentDate();
    {
        Transaction tx(*m_db, AccessScope::system());
        School school;
        school.name = QStringLiteral("De Vlinderboom");
        SchoolRepository(*m_db).insert(tx, school);
        m_school = school.id;
        m_gone = person(tx, PersonKind::Leerling, QStringLiteral("Femke"), QStringLiteral("Zwanenburg"), today.addYears(-3));
        m_mother = person(tx, PersonKind::Ouder, QStringLiteral("Ilse"), QStringLiteral("Zwanenburg"), QDate());
        m_stays = person(tx, PersonKind::Leerling, QStringLiteral("Daan"), QStringLiteral("Kortenaar"), QDate());
        m_held = person(tx, PersonKind::Leerling, QStringLiteral("Mees"), QStringLiteral("Hoogland"), today.addYears(-5));
        m_recent = person(tx, PersonKind::Medewerker, QStringLiteral("Joost"), QStringLiteral("Veldkamp"), today.addYears(-1));
        Guardianship g;
        g.parentId = m_mother;
        g.pupilId = m_gone;
        GuardianshipRepository(*m_db).insert(tx, g);
        PersonRepository(*m_db).addLegalHold(tx, m_held, QStringLiteral("Aangifte, zaak loopt"), today.addYears(-1));
        tx.commit();
    }
    m_alone = incident(QStringLiteral("Nepaccount van Femke"), QStringLiteral("Femke Zwanenburg maakte een nepaccount."),
                       { { m_gone, InvolvementRole::Veroorzaker } });
    m_shared = incident(QStringLiteral("Groepsapp"), QStringLiteral("Zwanenburg stuurde Daan Kortenaar berichten; Femke gaf het toe."),
                        { { m_gone, InvolvementRole::Veroorzaker }, { m_stays, InvolvementRole::Slachtoffer } });
    IncidentService(*m_db, AccessScope::system()).addNote(m_shared, QStringLiteral("Gesprek met F. Zwanenburg en haar moeder."));
    IncidentService(*m_db, AccessScope::system()).addNote(m_alone, QStringLiteral("Femke heeft het account verwijderd."));
    // Evidence, a measure and letters with attachments.
    QTemporaryDir files;
    const auto file = [&files](const QString &name, const QByteArray &content) {
        QFile f(files.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    };
    IncidentService(*m_db, AccessScope::system())
        .addEvidenceFile(m_alone, file(QStringLiteral("schermafdruk.txt"), "profiel van Femke Zwanenburg (uniek-bewijs-7731)"),
                         QString(), QDateTime());
    MeasureType warning;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(Ladder::Leerling))
        if (t.rank == 1)
            warning = t;
    Measure m;
    m.incidentId = m_shared;
    m.personId = m_gone;
    m.measureTypeId = warning.id;
    m.proposedOn = QDate::currentDate().addYears(-4);
    m.motivation = QStringLiteral("Femke Zwanenburg kreeg een waarschuwing.");
    MeasureService(*m_db, AccessScope::system()).propose(m);
    CorrespondenceService letters(*m_db, AccessScope::system());
    Correspondence own;
    own.personId = m_gone;
    own.aboutPersonId = m_mother;
    own.incidentId = m_alone;
    own.direction = Direction::Uit;
    own.channel = Channel::Email;
    own.sentOn = QDate::currentDate().addYears(-4);
    own.correspondent = QStringLiteral("Ilse Zwanenburg <ilse.zwanenburg@example.nl>");
    own.subject = QStringLiteral("Brief aan mevrouw Zwanenburg");
    letters.file(own, { file(QStringLiteral("brief-zwanenburg.txt"), "Geachte mevrouw Zwanenburg (uniek-brief-5520)") });
    Correspondence other;
    other.personId = m_stays;
    other.incidentId = m_shared;
    other.direction = Direction::Uit;
    other.channel = Channel::Brief;
    other.sentOn = QDate::currentDate().addYears(-4);
    other.subject = QStringLiteral("Over de berichten van Femke Zwanenburg");
    letters.file(other, {});
    m_letterToOther = other.id;

}

void TestRetention::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestRetention::count(const QString &sql) const
{
    QSqlQuery query = m_db->prepare(sql);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QList<qint64> TestRetention::dueIds() const
{
    QList<qint64> ids;
    for (const RetentionCandidate &c : RetentionService(*m_db, AccessScope::system()).review(QDate::currentDate()))
        ids.append(c.facts.personId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestRetention::reviewListsWhatIsPastItsTerm()
{
    const QList<RetentionCandidate> due = RetentionService(*m_db, AccessScope::system()).review(QDate::currentDate());
    QHash<qint64, RetentionCandidate> byId;
    for (const RetentionCandidate &c : due)
        byId.insert(c.facts.personId, c);
    // The pupil who left three years ago, her mother (no other children), the held pupil; not
    // the pupil who stays, nor the staff member who left a year ago.
    const QList<qint64> ids = dueIds();
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), QSet<qint64>({ m_gone, m_mother, m_held }));
    QCOMPARE(byId.value(m_gone).dueOn, QDate::currentDate().addYears(-1));
    QVERIFY2(byId.value(m_gone).reason.contains(QStringLiteral("vertrokken")), qPrintable(byId.value(m_gone).reason));
    QVERIFY(!byId.value(m_gone).held());
    QVERIFY(byId.value(m_held).held());
    QCOMPARE(byId.value(m_held).facts.holdReason, QStringLiteral("Aangifte, zaak loopt"));
    QVERIFY(byId.value(m_mother).reason.contains(QStringLiteral("kinderen")));

    // A later record counts: a letter filed last month keeps the pupil another term.
    Correspondence late;
    late.personId = m_gone;
    late.direction = Direction::In;
    late.channel = Channel::Email;
    late.sentOn = QDate::currentDate().addMonths(-1);
    late.subject = QStringLiteral("Vraag om inzage");
    CorrespondenceService(*m_db, AccessScope::system()).file(late, {});
    QCOMPARE(dueIds(), QList<qint64>({ m_held }));      // and the mother stays with her child
}

void TestRetention::heldAndCurrentDossiersAreRefused()
{
    RetentionService service(*m_db, AccessScope::system());
    for (qint64 id : { m_held, m_stays, m_recent }) {
        try {
            service.destroy({ m_gone, id }, QDate::currentDate());
            QFAIL("a dossier that must be kept was destroyed");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        }
    }
    QVERIFY(PersonRepository(*m_db).get(AccessScope::system(), m_gone).has_value());     // nothing happened
    QVERIFY(IntegrityChecker(*m_db).run().sound());
}

void TestRetention::destructionRemovesThePersonAndKeepsTheChain()
{
    RetentionService service(*m_db, AccessScope::system());
    const RetentionService::Preview preview = service.preview({ m_gone, m_mother }, QDate::currentDate());
    QCOMPARE(preview.people.size(), 2);
    QVERIFY(preview.people.first().contains(QStringLiteral("Zwanenburg")));
    QCOMPARE(preview.incidents, 1);                 // the case with only her; the shared one stays
    QVERIFY(preview.attachments >= 2);

    const qint64 erasedBefore = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE content_erased = 1"));
    const RetentionService::Result result = service.destroy({ m_gone, m_mother }, QDate::currentDate());
    QCOMPARE(result.persons, 2);
    QCOMPARE(result.incidents, 1);
    QVERIFY(result.rewritten >= 3);                 // the shared case, its note, the letter to the other family
    QVERIFY(result.contents >= 2);

    QVERIFY(!PersonRepository(*m_db).get(AccessScope::system(), m_gone));
    QVERIFY(!PersonRepository(*m_db).get(AccessScope::system(), m_mother));
    QVERIFY(!IncidentRepository(*m_db).get(AccessScope::system(), m_alone));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM guardianships")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM measures")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 0);
    // The shared case stays, for the pupil who stays, with her name replaced by her role.
    const Incident shared = *IncidentRepository(*m_db).get(AccessScope::system(), m_shared);
    QCOMPARE(shared.involvements.size(), 1);
    QCOMPARE(shared.involvements.first().personId, m_stays);
    QVERIFY2(!shared.description.contains(QStringLiteral("Zwanenburg")) && !shared.description.contains(QStringLiteral("Femke")),
             qPrintable(shared.description));
    QVERIFY2(shared.description.contains(QStringLiteral("Daan Kortenaar")), qPrintable(shared.description));
    for (const IncidentNote &note : IncidentRepository(*m_db).notes(m_shared))
        QVERIFY2(!note.body.contains(QStringLiteral("Zwanenburg")), qPrintable(note.body));
    const Correspondence letter = *CorrespondenceRepository(*m_db).get(AccessScope::system(), m_letterToOther);
    QVERIFY2(!letter.subject.contains(QStringLiteral("Zwanenburg")), qPrintable(letter.subject));
    QCOMPARE(letter.incidentId, m_shared);
    QVERIFY(SearchIndex(*m_db).search(AccessScope::system(), QStringLiteral("zwanenburg")).isEmpty());
    QVERIFY(SearchIndex(*m_db).search(AccessScope::system(), QStringLiteral("femke")).isEmpty());

    // The destruction record says what kind of dossier went, when and why, and nobody's name.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM destruction_records")), 2);
    QSqlQuery records = m_db->prepare(QStringLiteral("SELECT dossier_kind, ground, rows_removed FROM destruction_records ORDER BY id"));
    SqlValues::exec(records);
    QStringList kinds;
    while (records.next()) {
        kinds.append(records.value(0).toString());
        QVERIFY(!records.value(1).toString().contains(QStringLiteral("Zwanenburg")));
        QVERIFY(records.value(1).toString().contains(QStringLiteral("bewaartermijn")));
        QVERIFY(records.value(2).toInt() > 0);
    }
    std::sort(kinds.begin(), kinds.end());
    QCOMPARE(kinds, QStringList({ "leerling", "ouder" }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'destroy'")), 2);

    // The chain is whole; the erased records are reported as erased, not as tampering.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE content_erased = 1")) > erasedBefore + 20);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE before_json LIKE '%Zwanenburg%' "
                                  "OR after_json LIKE '%Zwanenburg%' OR detail LIKE '%Zwanenburg%'")), 0);
    const IntegrityChecker::Report report = IntegrityChecker(*m_db).run();
    QVERIFY2(report.sound(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("gewist")));
}

void TestRetention::noTraceOfTheNameInTheFile()
{
    if (m_driver != QLatin1String("sqlite"))
        QSKIP("the bytes of a file: SQLite only");
    RetentionService(*m_db, AccessScope::system()).destroy({ m_gone, m_mother }, QDate::currentDate());
    const QString path = m_db->location();
    m_db.reset();       // closed: everything is in the file itself
    const QStringList files = QDir(QFileInfo(path).absolutePath()).entryList({ QFileInfo(path).fileName() + QStringLiteral("*") }, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(QFileInfo(path).absoluteDir().filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll().toLower();
        for (const QByteArray &trace : { QByteArray("zwanenburg"), QByteArray("femke"), QByteArray("uniek-bewijs-7731"),
                                         QByteArray("uniek-brief-5520") })
            QVERIFY2(!bytes.contains(trace), qPrintable(name + QStringLiteral(" still holds ") + QString::fromLatin1(trace)));
        // The pupil who stays is still there (the test reads the right file).
        if (name == QFileInfo(path).fileName())
            QVERIFY(bytes.contains("kortenaar"));
    }
}

void TestRetention::onlyAdministratorsDestroy()
{
    for (UserRole role : { UserRole::Bestuur, UserRole::Directeur, UserRole::Melder }) {
        try {
            RetentionService(*m_db, AccessScope(1, QStringLiteral("x"), role, { m_school })).destroy({ m_gone }, QDate::currentDate());
            QFAIL("destroyed by someone who is not an administrator");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Denied);
        }
    }
    QVERIFY(PersonRepository(*m_db).get(AccessScope::system(), m_gone).has_value());
}

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
