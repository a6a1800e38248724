#include "accessscope.h"
#include "attachmentstore.h"
#include "database.h"
#include "incidentfinder.h"
#include "incidentrepository.h"
#include "incidentservice.h"
#include "personrepository.h"
#include "privatecopies.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "sqlvalues.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

// Registering and following a case through IncidentService, the incident list's filters and
// search, and protocol versions; the same expectations on every driver.
class TestIncidents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void registersUnderTheProtocolInForce();
    void brokenRulesWriteNothing();
    void newOtherPersonAddedWithTheIncident();
    void editsSyncHarmsArticlesAndPeople();
    void staleSaveNamesWhoSavedFirst();
    void statusWorkflow();
    void correctedNotesStayReadable();
    void notesKeepWhenTheyTookPlace();
    void evidenceStoredAndRemoved();
    void linksRelatedIncidents();
    void listFiltersAndSearches_data();
    void listFiltersAndSearches();
    void newProtocolVersionLeavesOldIncidents();
    void pagesFollowEachOtherInEveryOrder();

private:
    Incident registered(const QString &title, qint64 person, InvolvementRole role = InvolvementRole::Veroorzaker);
    qint64 auditCount() const;
    qint64 articleId(const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AccessScope m_director;
    qint64 m_school = 0;
    qint64 m_pupil = 0;
    qint64 m_teacher = 0;
};

void TestIncidents::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    Transaction tx(*m_db, AccessScope::system());
    School school;
    school.name = QStringLiteral("De Esch");
    SchoolRepository(*m_db).insert(tx, school);
    m_school = school.id;
    User director;
    director.login = QStringLiteral("directeur");
    director.displayName = QStringLiteral("Dirk Directeur");
    director.role = UserRole::Directeur;
    director.schoolIds = { school.id };
    UserRepository(*m_db).insert(tx, director);
    m_director = AccessScope(director.id, director.login, director.role, director.schoolIds);
    Person pupil;
    pupil.kind = PersonKind::Leerling;
    pupil.givenNames = QStringLiteral("Émile");
    pupil.surname = QStringLiteral("Öztürk");
    pupil.birthDate = QDate(2015, 5, 5);
    pupil.schoolId = school.id;
    PersonRepository(*m_db).insert(tx, pupil);
    m_pupil = pupil.id;
    Person teacher;
    teacher.kind = PersonKind::Medewerker;
    teacher.givenNames = QStringLiteral("Sanne");
    teacher.surname = QStringLiteral("Jansen");
    teacher.schoolId = school.id;
    PersonRepository(*m_db).insert(tx, teacher);
    m_teacher = teacher.id;
    tx.commit();
}

void TestIncidents::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestIncidents::auditCount() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

qint64 TestIncidents::articleId(const QString &code) const
{
    const ProtocolVersion current = *ProtocolRepository(*m_db).inForceOn(QDate::currentDate());
    for (const ProtocolArticle &a : current.articles)
        if (a.code == code)
            return a.id;
    return 0;
}

Incident TestIncidents::registered(const QString &title, qint64 person, InvolvementRole role)
{
    IncidentService service(*m_db, m_director);
    Incident i = service.draft(m_school);
    i.title = title;
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    i.reportedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    i.platform = Platform::Instagram;
    Involvement v;
    v.personId = person;
    v.role = role;
    i.involvements.append(v);
    if (role != InvolvementRole::Veroorzaker)
        i.noCauserReason = QStringLiteral("anoniem account");
    service.registerIncident(i);
    return i;
}

void TestIncidents::registersUnderTheProtocolInForce()
{
    const Incident i = registered(QStringLiteral("Nepaccount op naam van een klasgenoot"), m_pupil);
    QVERIFY(i.id > 0);
    QCOMPARE(i.status, IncidentStatus::Gemeld);
    QCOMPARE(i.reference, QStringLiteral("%1-0001").arg(i.reportedAt.toLocalTime().date().year()));
    QCOMPARE(i.protocolVersionId, ProtocolRepository(*m_db).inForceOn(QDate::currentDate())->id);
    const Incident stored = *IncidentRepository(*m_db).get(m_director, i.id);
    QCOMPARE(stored.registeredByUserId, m_director.userId());
    QCOMPARE(stored.involvements.size(), 1);
    QCOMPARE(stored.involvements.first().personId, m_pupil);
    QCOMPARE(registered(QStringLiteral("Tweede"), m_pupil).reference.right(4), QStringLiteral("0002"));
}

void TestIncidents::brokenRulesWriteNothing()
{
    const qint64 before = auditCount();
    IncidentService service(*m_db, m_director);
    Incident i = service.draft(m_school);
    i.title = QStringLiteral("Zonder veroorzaker");
    try {
        service.registerIncident(i);
        QFAIL("registered without a causer or a reason");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY(!error.message().isEmpty());
    }
    i.noCauserReason = QStringLiteral("onbekend");
    i.reportedAt = i.occurredAt.addDays(-1);
    QVERIFY_THROWS_EXCEPTION(StorageError, service.registerIncident(i));
    QCOMPARE(auditCount(), before);
    QCOMPARE(IncidentRepository(*m_db).count(AccessScope::system()), 0);
}

void TestIncidents::newOtherPersonAddedWithTheIncident()
{
    IncidentService service(*m_db, m_director);
    Incident i = service.draft(m_school);
    i.title = QStringLiteral("Buurman filmt het schoolplein");
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    i.reportedAt = i.occurredAt;
    Involvement neighbour;
    neighbour.personId = -1;
    neighbour.role = InvolvementRole::Veroorzaker;
    i.involvements.append(neighbour);
    Person stranger;
    stranger.setFullName(QStringLiteral("Kees de Buurman"));
    // A broken rule: neither the person nor the incident is written.
    Incident broken = i;
    broken.title.clear();
    const int persons = PersonRepository(*m_db).count(AccessScope::system());
    QVERIFY_THROWS_EXCEPTION(StorageError, service.registerIncident(broken, { stranger }));
    QCOMPARE(PersonRepository(*m_db).count(AccessScope::system()), persons);
    service.registerIncident(i, { stranger });
    const qint64 personId = i.involvements.first().personId;
    QVERIFY(personId > 0);
    const Person created = *PersonRepository(*m_db).get(AccessScope::system(), personId);
    QCOMPARE(created.kind, PersonKind::Overig);
    QCOMPARE(created.surname, QStringLiteral("Buurman"));
    QCOMPARE(IncidentRepository(*m_db).get(m_director, i.id)->involvements.first().personId, personId);
}

void TestIncidents::editsSyncHarmsArticlesAndPeople()
{
    Incident i = registered(QStringLiteral("Kwetsende berichten"), m_pupil);
    const qint64 pupilInvolvement = i.involvements.first().id;
    i.harms = { Harm::Pesten, Harm::Kwetsen };
    i.articleIds = { articleId(QStringLiteral("B1")), articleId(QStringLiteral("B2")) };
    Involvement witness;
    witness.personId = m_teacher;
    witness.role = InvolvementRole::Getuige;
    i.involvements.append(witness);
    IncidentService(*m_db, m_director).save(i);
    Incident stored = *IncidentRepository(*m_db).get(m_director, i.id);
    QCOMPARE(stored.harms, QList<Harm>({ Harm::Pesten, Harm::Kwetsen }));
    QCOMPARE(stored.articleIds.size(), 2);
    QCOMPARE(stored.involvements.size(), 2);
    QCOMPARE(stored.involvements.first().id, pupilInvolvement);
    // Take one harm, one article and the witness away; change the pupil's role note.
    stored.harms = { Harm::Kwetsen };
    stored.articleIds = { articleId(QStringLiteral("B2")) };
    stored.involvements.removeLast();
    stored.involvements.first().notes = QStringLiteral("ontkent");
    IncidentService(*m_db, m_director).save(stored);
    const Incident again = *IncidentRepository(*m_db).get(m_director, i.id);
    QCOMPARE(again.harms, QList<Harm>({ Harm::Kwetsen }));
    QCOMPARE(again.articleIds, QList<qint64>({ articleId(QStringLiteral("B2")) }));
    QCOMPARE(again.involvements.size(), 1);
    QCOMPARE(again.involvements.first().id, pupilInvolvement);
    QCOMPARE(again.involvements.first().notes, QStringLiteral("ontkent"));
    // Saving without changes bumps the version but touches no child rows.
    const qint64 before = auditCount();
    Incident same = again;
    IncidentService(*m_db, m_director).save(same);
    QCOMPARE(auditCount(), before + 1);
}

void TestIncidents::staleSaveNamesWhoSavedFirst()
{
    Incident mine = registered(QStringLiteral("Bedreiging"), m_pupil);
    // A second connection (another PC) saves first.
    auto other = Database::open(m_db->location());
    const AccessScope board(0, QStringLiteral("bestuur"), UserRole::Bestuur, {});
    Incident theirs = *IncidentRepository(*other).get(board, mine.id);
    theirs.description = QStringLiteral("Aangevuld door het bestuur.");
    IncidentService(*other, board).save(theirs);
    mine.description = QStringLiteral("Mijn versie.");
    try {
        IncidentService(*m_db, m_director).save(mine);
        QFAIL("a stale save went through");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Stale);
        QVERIFY2(error.message().contains(QStringLiteral("bestuur")), qPrintable(error.message()));
    }
    QCOMPARE(IncidentRepository(*m_db).get(m_director, mine.id)->description, QStringLiteral("Aangevuld door het bestuur."));
}

void TestIncidents::statusWorkflow()
{
    Incident i = registered(QStringLiteral("Foto zonder toestemming"), m_pupil);
    IncidentService service(*m_db, m_director);
    QVERIFY_THROWS_EXCEPTION(StorageError, service.changeStatus(i, IncidentStatus::InBehandeling, QString()));
    QCOMPARE(i.status, IncidentStatus::Gemeld);
    i.articleIds = { articleId(QStringLiteral("C1")) };
    service.save(i);
    service.changeStatus(i, IncidentStatus::InBehandeling, QString());
    QVERIFY_THROWS_EXCEPTION(StorageError, service.changeStatus(i, IncidentStatus::Afgesloten, QStringLiteral(" ")));
    service.changeStatus(i, IncidentStatus::Afgesloten, QStringLiteral("Foto verwijderd, gesprek gevoerd."));
    Incident stored = *IncidentRepository(*m_db).get(m_director, i.id);
    QCOMPARE(stored.status, IncidentStatus::Afgesloten);
    QCOMPARE(stored.closingSummary, QStringLiteral("Foto verwijderd, gesprek gevoerd."));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.changeStatus(stored, IncidentStatus::InBehandeling, QString()));
    service.changeStatus(stored, IncidentStatus::InBehandeling, QStringLiteral("Er is een nieuwe foto geplaatst."));
    const QList<IncidentNote> notes = IncidentRepository(*m_db).notes(i.id);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().body.contains(QStringLiteral("Er is een nieuwe foto geplaatst.")));
    QCOMPARE(notes.first().authorName, QStringLiteral("Dirk Directeur"));
}

void TestIncidents::correctedNotesStayReadable()
{
    const Incident i = registered(QStringLiteral("Stalken"), m_pupil);
    IncidentService service(*m_db, m_director);
    service.addNote(i.id, QStringLiteral("Gesprek met moeder op dinsdag."));
    IncidentNote first = IncidentRepository(*m_db).notes(i.id).first();
    service.correctNote(first, QStringLiteral("Gesprek met moeder op woensdag."));
    const QList<IncidentNote> notes = IncidentRepository(*m_db).notes(i.id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).body, QStringLiteral("Gesprek met moeder op dinsdag."));
    QCOMPARE(notes.at(0).replacedByNoteId, notes.at(1).id);
    QCOMPARE(notes.at(1).replacesNoteId, notes.at(0).id);
    // Correcting the old wording again is refused: only the newest is corrected.
    QVERIFY_THROWS_EXCEPTION(StorageError, service.correctNote(notes.at(0), QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addNote(i.id, QStringLiteral("   ")));
}

void TestIncidents::notesKeepWhenTheyTookPlace()
{
    // A conversation of yesterday morning, written down now: both moments are kept, and the log
    // reads in the order things took place. Both databases (the new column has a migration each).
    const Incident i = registered(QStringLiteral("Stalken"), m_pupil);
    IncidentService service(*m_db, m_director);
    service.addNote(i.id, QStringLiteral("Telefoontje van de school van de zus."));
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(9, 30));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    service.addNote(i.id, QStringLiteral("Gesprek met vader op school."), yesterday);
    QList<IncidentNote> notes = IncidentRepository(*m_db).notes(i.id);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).body, QStringLiteral("Gesprek met vader op school."));
    QCOMPARE(notes.at(0).happenedAt.toLocalTime(), yesterday);
    QVERIFY(notes.at(0).writtenAt >= before.addSecs(-1));
    QCOMPARE(notes.at(0).shownAt().toLocalTime(), yesterday);
    QVERIFY(!notes.at(1).happenedAt.isValid());
    // A correction took place when the note it corrects did.
    service.correctNote(notes.at(0), QStringLiteral("Gesprek met vader en oom op school."));
    notes = IncidentRepository(*m_db).notes(i.id);
    QCOMPARE(notes.size(), 3);
    bool corrected = false;
    for (const IncidentNote &n : notes)
        if (n.replacesNoteId != 0) {
            corrected = true;
            QCOMPARE(n.happenedAt.toLocalTime(), yesterday);
        }
    QVERIFY(corrected);
    // Ahead, or before the incident happened: refused, nothing written.
    const qint64 records = auditCount();
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addNote(i.id, QStringLiteral("x"), QDateTime::currentDateTime().addSecs(3600)));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addNote(i.id, QStringLiteral("x"), i.occurredAt.addDays(-3)));
    QCOMPARE(IncidentRepository(*m_db).notes(i.id).size(), 3);
    QCOMPARE(auditCount(), records);
}

void TestIncidents::evidenceStoredAndRemoved()
{
    const Incident i = registered(QStringLiteral("Screenshot van een post"), m_pupil);
    IncidentService service(*m_db, m_director);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QDateTime captured = QDateTime::currentDateTimeUtc().addSecs(-600);
    const AttachmentInfo shot = service.addEvidenceImage(i.id, image, QStringLiteral("https://instagram.example/p/1"), captured);
    QCOMPARE(shot.mimeType, QStringLiteral("image/png"));
    QCOMPARE(shot.sha256.size(), 64);
    QImage back;
    QVERIFY(back.loadFromData(AttachmentStore(*m_db).read(shot.sha256), "PNG"));
    QCOMPARE(back.size(), image.size());
    const QString path = m_dir->filePath(QStringLiteral("bericht.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Je bent niks waard");
    file.close();
    service.addEvidenceFile(i.id, path, QString(), QDateTime());
    QList<AttachmentInfo> evidence = AttachmentStore(*m_db).attachmentsOfIncident(m_director, i.id);
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.first().sourceUrl, QStringLiteral("https://instagram.example/p/1"));
    QCOMPARE(evidence.first().capturedAt, captured.addMSecs(-captured.time().msec()).addMSecs(captured.time().msec()));
    QCOMPARE(evidence.first().addedByUserId, m_director.userId());
    QCOMPARE(evidence.last().fileName, QStringLiteral("bericht.txt"));
    QCOMPARE(evidence.last().mimeType, QStringLiteral("text/plain"));
    // Opening writes a private copy: the user alone can read it, and it goes with the program.
    QString folder;
    {
        PrivateCopies copies;
        const QString copy = copies.write(*m_db, evidence.last().sha256, evidence.last().fileName);
        QFile opened(copy);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), QByteArray("Je bent niks waard"));
        QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("bericht.txt"));
        QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        folder = copies.folder();
        QCOMPARE(QFile::permissions(folder) & (QFileDevice::ExeGroup | QFileDevice::ExeOther | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // A second copy of the same name does not overwrite the first.
        QVERIFY(copies.write(*m_db, evidence.last().sha256, evidence.last().fileName) != copy);
    }
    QVERIFY(!QFileInfo::exists(folder));
    // Removing needs a reason, and the trail keeps it beside the removal.
    const qint64 before = auditCount();
    QVERIFY_THROWS_EXCEPTION(StorageError, service.removeEvidence(evidence.last(), QStringLiteral("  ")));
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfIncident(m_director, i.id).size(), 2);
    service.removeEvidence(evidence.last(), QStringLiteral("Verkeerd bestand gekozen"));
    QCOMPARE(auditCount(), before + 2);
    QSqlQuery reason = m_db->prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'evidence_removed'"));
    SqlValues::exec(reason);
    QVERIFY(reason.next());
    QCOMPARE(reason.value(0).toString(), QStringLiteral("bericht.txt: Verkeerd bestand gekozen"));
    reason.finish();
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfIncident(m_director, i.id).size(), 1);
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addEvidenceImage(i.id, QImage(), QString(), QDateTime()));
    // Nothing to keep: an empty file, or a capture that has not happened yet.
    const QString empty = m_dir->filePath(QStringLiteral("leeg.png"));
    QFile none(empty);
    QVERIFY(none.open(QIODevice::WriteOnly));
    none.close();
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addEvidenceFile(i.id, empty, QString(), QDateTime()));
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addEvidenceFile(i.id, path, QString(), tomorrow));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addEvidenceImage(i.id, image, QString(), tomorrow));
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfIncident(m_director, i.id).size(), 1);
}

void TestIncidents::linksRelatedIncidents()
{
    const Incident a = registered(QStringLiteral("Groepsapp klas 8"), m_pupil);
    const Incident b = registered(QStringLiteral("Groepsapp klas 8, tweede leerling"), m_teacher, InvolvementRole::Getuige);
    IncidentService service(*m_db, m_director);
    service.link(b.id, a.id);
    QCOMPARE(IncidentRepository(*m_db).related(m_director, a.id).size(), 1);
    QCOMPARE(IncidentRepository(*m_db).related(m_director, b.id).first().id, a.id);
    QVERIFY_THROWS_EXCEPTION(StorageError, service.link(a.id, a.id));
    service.unlink(a.id, b.id);
    QVERIFY(IncidentRepository(*m_db).related(m_director, a.id).isEmpty());
}

void TestIncidents::listFiltersAndSearches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything, newest first") << QString() << 0 << QStringList{ "Derde", "Tweede", "Eerste" };
    QTest::newRow("person's name without diacritics") << "ozturk" << 0 << QStringList{ "Tweede", "Eerste" };
    QTest::newRow("word in a note") << "politie" << 0 << QStringList{ "Derde" };
    QTest::newRow("words in different places") << "emile scheldwoorden" << 0 << QStringList{ "Eerste" };
    QTest::newRow("description") << "SCHELDWOORDEN" << 0 << QStringList{ "Eerste" };
    QTest::newRow("status") << QString() << 1 << QStringList{ "Tweede" };
    QTest::newRow("platform") << QString() << 2 << QStringList{ "Derde" };
    QTest::newRow("article code") << QString() << 3 << QStringList{ "Tweede" };
    QTest::newRow("person") << QString() << 4 << QStringList{ "Derde" };
    QTest::newRow("severity") << QString() << 5 << QStringList{ "Derde" };
    QTest::newRow("period") << QString() << 6 << QStringList{ "Derde", "Tweede", "Eerste" };
    QTest::newRow("period before") << QString() << 7 << QStringList{};
    QTest::newRow("sorted by title") << QString() << 8 << QStringList{ "Derde", "Eerste", "Tweede" };
}

void TestIncidents::listFiltersAndSearches()
{
    QFETCH(QString, search);
    QFETCH(int, filter);
    QFETCH(QStringList, expected);
    IncidentService service(*m_db, m_director);
    Incident first = registered(QStringLiteral("Eerste"), m_pupil);
    first.description = QStringLiteral("Scheldwoorden in de klassenapp.");
    service.save(first);
    Incident second = registered(QStringLiteral("Tweede"), m_pupil);
    second.articleIds = { articleId(QStringLiteral("B2")) };
    service.save(second);
    service.changeStatus(second, IncidentStatus::InBehandeling, QString());
    Incident third = registered(QStringLiteral("Derde"), m_teacher);
    third.platform = Platform::TikTok;
    third.severity = Severity::Ernstig;
    service.save(third);
    service.addNote(third.id, QStringLiteral("Aangifte bij de politie gedaan."));
    IncidentFilter f;
    f.search = search;
    switch (filter) {
    case 1: f.status = IncidentStatus::InBehandeling; break;
    case 2: f.platform = Platform::TikTok; break;
    case 3: f.articleCode = QStringLiteral("b2"); break;
    case 4: f.personId = m_teacher; break;
    case 5: f.severity = Severity::Ernstig; break;
    case 6: f.from = QDate::currentDate().addDays(-7); f.to = QDate::currentDate(); break;
    case 7: f.to = QDate::currentDate().addDays(-7); break;
    case 8: f.sort = IncidentFilter::Sort::Title; f.descending = false; break;
    }
    QStringList titles;
    for (const Incident &i : IncidentFinder(*m_db).list(m_director, f, 100))
        titles.append(i.title);
    QCOMPARE(titles, expected);
    QCOMPARE(IncidentFinder(*m_db).count(m_director, f), int(expected.size()));
    // Another school's director finds nothing.
    const AccessScope elsewhere(99, QStringLiteral("ander"), UserRole::Directeur, { m_school + 100 });
    QCOMPARE(IncidentFinder(*m_db).count(elsewhere, f), 0);
}

void TestIncidents::pagesFollowEachOtherInEveryOrder()
{
    // Keyset paging: page after page gives exactly the whole list, in every order and
    // direction, also where many rows share a sort key and a moment of reporting.
    IncidentService service(*m_db, m_director);
    const QDateTime reported = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int n = 0; n < 13; ++n) {
        Incident i = registered(n % 3 ? QStringLiteral("Groepsapp") : QStringLiteral("Filmpje %1").arg(n), m_pupil);
        i.platform = n % 2 ? Platform::TikTok : Platform::WhatsApp;
        i.severity = n % 4 ? Severity::Licht : Severity::Ernstig;
        i.reportedAt = n < 6 ? reported : reported.addSecs(n);
        i.occurredAt = i.reportedAt.addSecs(-3600);
        service.save(i);
    }
    IncidentFinder finder(*m_db);
    for (int sort = 0; sort <= int(IncidentFilter::Sort::Status); ++sort) {
        for (bool descending : { false, true }) {
            IncidentFilter filter;
            filter.sort = IncidentFilter::Sort(sort);
            filter.descending = descending;
            const QList<Incident> whole = finder.list(m_director, filter, 100);
            QCOMPARE(whole.size(), 13);
            QList<qint64> expected, paged;
            for (const Incident &i : whole)
                expected.append(i.id);
            QList<Incident> page = finder.list(m_director, filter, 4);
            while (!page.isEmpty()) {
                for (const Incident &i : page)
                    paged.append(i.id);
                page = finder.list(m_director, filter, 4, &page.last());
            }
            QVERIFY2(paged == expected, qPrintable(QStringLiteral("sort %1, descending %2").arg(sort).arg(descending)));
        }
    }
}

void TestIncidents::newProtocolVersionLeavesOldIncidents()
{
    Incident old = registered(QStringLiteral("Onder het oude protocol"), m_pupil);
    old.articleIds = { articleId(QStringLiteral("B2")) };
    IncidentService(*m_db, m_director).save(old);
    ProtocolRepository protocols(*m_db);
    const ProtocolVersion current = *protocols.inForceOn(QDate::currentDate());
    ProtocolVersion next;
    next.name = QStringLiteral("Protocol 2027");
    next.inForceFrom = QDate::currentDate().addDays(1);
    {
        Transaction tx(*m_db, AccessScope::system());
        protocols.insertVersion(tx, next, current.id);
        tx.commit();
    }
    QCOMPARE(next.articles.size(), current.articles.size());
    ProtocolArticle changed = next.articles.first();
    changed.body = QStringLiteral("Nieuwe, officiële tekst.");
    {
        Transaction tx(*m_db, AccessScope::system());
        protocols.updateArticle(tx, changed);
        tx.commit();
    }
    // The old incident keeps its own version's article and text.
    const Incident stored = *IncidentRepository(*m_db).get(m_director, old.id);
    QCOMPARE(stored.protocolVersionId, current.id);
    QCOMPARE(stored.articleIds, QList<qint64>({ articleId(QStringLiteral("B2")) }));
    QCOMPARE(protocols.version(current.id)->articles.first().body, current.articles.first().body);
    // An article that incidents link is not removed; an unused one is.
    {
        Transaction tx(*m_db, AccessScope::system());
        QVERIFY_THROWS_EXCEPTION(StorageError, protocols.removeArticle(tx, articleId(QStringLiteral("B2"))));
    }
    {
        Transaction tx(*m_db, AccessScope::system());
        protocols.removeArticle(tx, next.articles.last().id);
        tx.commit();
    }
    QCOMPARE(protocols.version(next.id)->articles.size(), current.articles.size() - 1);
    QCOMPARE(protocols.incidentsUnder(current.id), 1);
    // An article of another version is refused for this incident.
    Incident wrong = stored;
    wrong.articleIds = { next.articles.first().id };
    QVERIFY_THROWS_EXCEPTION(StorageError, IncidentService(*m_db, m_director).save(wrong));
}

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
