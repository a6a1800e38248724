// The access matrix of DESIGN.md §6 on both databases: six users (administrator, board, the
// directors of two schools, two reporters of one school) against incidents (own school, other
// school, confidential handled by the board, confidential handled by the director), persons of
// every kind (with and without a school), correspondence with and without an incident,
// documents, measures and actions. Every list, count, search, statistic, dossier timeline,
// read by id, summary and export must show exactly what the role may see; asking by id for the
// rest gives "geen toegang" and an audit record.
#include "accessrequestexport.h"
#include "accessscope.h"
#include "actionrepository.h"
#include "actionservice.h"
#include "attachmentstore.h"
#include "casesummary.h"
#include "correspondencerepository.h"
#include "correspondenceservice.h"
#include "databaseconnection.h"
#include "dossierrepository.h"
#include "dossiersummary.h"
#include "guardianshiprepository.h"
#include "incidentfinder.h"
#include "incidentrepository.h"
#include "incidentservice.h"
#include "languagesetup.h"
#include "measurerepository.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "schoolrepository.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "statisticsrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTest>
#include <functional>

using Names = QStringList;

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void incidentLists();
    void personLists();
    void correspondenceLists();
    void searchFindsOnlyWhatIsVisible();
    void statisticsCountOnlyWhatIsVisible();
    void dossierTimeline();
    void attachmentsAndDeadlines();
    void readByIdIsRefusedAndLogged();
    void summariesAndExports();

private:
    struct Row {
        QString name;       // how the test names it
        QString table;
        qint64 id = 0;
        QString word;       // a word only this row contains, for the search
        Names seenBy;       // users who may see it
    };

    qint64 user(Transaction &tx, const QString &login, UserRole role, const QList<qint64> &schools);
    qint64 person(Transaction &tx, PersonKind kind, const QString &surname, qint64 school);
    qint64 incident(const QString &registrar, const QString &title, qint64 school, bool confidential,
                    const QString &handler, const QList<QPair<qint64, InvolvementRole>> &people);
    qint64 letter(qint64 personId, qint64 incidentId, const QString &subject);
    void add(const QString &name, const QString &table, qint64 id, const QString &word, const Names &seenBy);
    Names expected(const QString &table, const QString &userName) const;
    Names visible(const QString &table, const QString &userName, const std::function<bool(qint64)> &sees) const;
    qint64 deniedRecords() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QMap<QString, AccessScope> m_users;
    QList<Row> m_rows;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
};

namespace {

const Names everybody{ "admin", "board", "dirA", "dirB", "melderA", "melderA2" };
const Names boardOnly{ "admin", "board" };

} // namespace

void TestAccess::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

qint64 TestAccess::user(Transaction &tx, const QString &login, UserRole role, const QList<qint64> &schools)
{
    const AccessScope scope = TestDatabase::addUser(*m_db, tx, login, role, schools);
    m_users.insert(login, scope);
    return scope.userId();
}

qint64 TestAccess::person(Transaction &tx, PersonKind kind, const QString &surname, qint64 school)
{
    Person p;
    p.kind = kind;
    p.givenNames = QStringLiteral("Kim");
    p.surname = surname;
    p.schoolId = school;
    if (kind == PersonKind::Leerling)
        p.birthDate = QDate(2013, 5, 1);
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

qint64 TestAccess::incident(const QString &registrar, const QString &title, qint64 school, bool confidential,
                            const QString &handler, const QList<QPair<qint64, InvolvementRole>> &people)
{
    IncidentService service(*m_db, m_users.value(registrar));
    Incident i = service.draft(school);
    i.title = title;
    i.confidential = confidential;
    i.handlerUserId = handler.isEmpty() ? 0 : m_users.value(handler).userId();
    i.occurredAt = QDateTime(QDate(2026, 9, 14), QTime(9, 0));
    i.reportedAt = QDateTime(QDate(2026, 9, 14), QTime(11, 0));
    for (const auto &who : people) {
        Involvement v;
        v.personId = who.first;
        v.role = who.second;
        i.involvements.append(v);
    }
    service.registerIncident(i);
    return i.id;
}

qint64 TestAccess::letter(qint64 personId, qint64 incidentId, const QString &subject)
{
    Correspondence c;
    c.personId = personId;
    c.incidentId = incidentId;
    c.direction = Direction::Uit;
    c.channel = Channel::Brief;
    c.sentOn = QDate(2026, 9, 20);
    c.subject = subject;
    CorrespondenceService(*m_db, AccessScope::system()).file(c, {});
    return c.id;
}

void TestAccess::add(const QString &name, const QString &table, qint64 id, const QString &word, const Names &seenBy)
{
    m_rows.append({ name, table, id, word, seenBy });
}

void TestAccess::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    m_rows.clear();
    m_users.clear();

    Transaction tx(*m_db, AccessScope::system());
    School a;
    a.name = QStringLiteral("De Akker");
    SchoolRepository(*m_db).insert(tx, a);
    School b;
    b.name = QStringLiteral("De Boomgaard");
    SchoolRepository(*m_db).insert(tx, b);
    m_schoolA = a.id;
    m_schoolB = b.id;
    user(tx, QStringLiteral("admin"), UserRole::Beheerder, {});
    user(tx, QStringLiteral("board"), UserRole::Bestuur, {});
    user(tx, QStringLiteral("dirA"), UserRole::Directeur, { a.id });
    user(tx, QStringLiteral("dirB"), UserRole::Directeur, { b.id });
    user(tx, QStringLiteral("melderA"), UserRole::Melder, { a.id });
    user(tx, QStringLiteral("melderA2"), UserRole::Melder, { a.id });

    const Names schoolA{ "admin", "board", "dirA", "melderA", "melderA2" };
    const Names schoolB{ "admin", "board", "dirB" };
    const qint64 pupilA = person(tx, PersonKind::Leerling, QStringLiteral("Aalbers"), a.id);
    const qint64 pupilB = person(tx, PersonKind::Leerling, QStringLiteral("Bosman"), b.id);
    const qint64 staffA = person(tx, PersonKind::Medewerker, QStringLiteral("Claessen"), a.id);
    const qint64 parentA = person(tx, PersonKind::Ouder, QStringLiteral("Dekker"), 0);
    const qint64 parentB = person(tx, PersonKind::Ouder, QStringLiteral("Evers"), 0);
    const qint64 otherB = person(tx, PersonKind::Overig, QStringLiteral("Fransen"), 0);
    const qint64 loose = person(tx, PersonKind::Overig, QStringLiteral("Gerritsen"), 0);
    for (const auto &[parent, pupil] : { std::pair{ parentA, pupilA }, std::pair{ parentB, pupilB } }) {
        Guardianship g;
        g.parentId = parent;
        g.pupilId = pupil;
        GuardianshipRepository(*m_db).insert(tx, g);
    }
    tx.commit();
    add("pupilA", "persons", pupilA, "Aalbers", schoolA);
    add("pupilB", "persons", pupilB, "Bosman", schoolB);
    add("staffA", "persons", staffA, "Claessen", schoolA);
    add("parentA", "persons", parentA, "Dekker", schoolA);      // a parent follows their child's school
    add("parentB", "persons", parentB, "Evers", schoolB);
    add("otherB", "persons", otherB, "Fransen", schoolB);       // involved only in a case of school B
    add("loose", "persons", loose, "Gerritsen", everybody);     // linked to nothing yet

    const qint64 incA = incident("melderA", QStringLiteral("Spotprent"), a.id, false, QString(),
                                 { { pupilA, InvolvementRole::Veroorzaker } });
    const qint64 confBoard = incident("board", QStringLiteral("Nachtbericht"), a.id, true, QStringLiteral("board"),
                                      { { staffA, InvolvementRole::Veroorzaker }, { pupilA, InvolvementRole::Slachtoffer } });
    const qint64 confDir = incident("board", QStringLiteral("Doorstuurmail"), a.id, true, QStringLiteral("dirA"),
                                    { { pupilA, InvolvementRole::Veroorzaker } });
    const qint64 incB = incident("dirB", QStringLiteral("Schermafbeelding"), b.id, false, QString(),
                                 { { pupilB, InvolvementRole::Veroorzaker }, { otherB, InvolvementRole::Getuige } });
    add("incA", "incidents", incA, "Spotprent", { "admin", "board", "dirA", "melderA" });
    add("confBoard", "incidents", confBoard, "Nachtbericht", boardOnly);
    add("confDir", "incidents", confDir, "Doorstuurmail", { "admin", "board", "dirA" });
    add("incB", "incidents", incB, "Schermafbeelding", schoolB);

    add("letterIncA", "correspondence", letter(pupilA, incA, QStringLiteral("Ouderbrief")), "Ouderbrief",
        { "admin", "board", "dirA", "melderA" });
    add("letterA", "correspondence", letter(pupilA, 0, QStringLiteral("Schoolverslag")), "Schoolverslag",
        { "admin", "board", "dirA" });
    add("letterConf", "correspondence", letter(staffA, confBoard, QStringLiteral("Aanzegging")), "Aanzegging", boardOnly);
    add("letterB", "correspondence", letter(pupilB, incB, QStringLiteral("Terugkoppeling")), "Terugkoppeling", schoolB);

    MeasureType warning;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(Ladder::Leerling))
        if (t.rank == 1)
            warning = t;
    Measure m;
    m.incidentId = incA;
    m.personId = pupilA;
    m.measureTypeId = warning.id;
    m.proposedOn = QDate(2026, 9, 15);
    MeasureService(*m_db, AccessScope::system()).propose(m);
    add("measureA", "measures", m.id, QString(), { "admin", "board", "dirA", "melderA" });
    MeasureType staffWarning;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(Ladder::Medewerker))
        if (t.rank == 1)
            staffWarning = t;
    Measure conf;
    conf.incidentId = confBoard;
    conf.personId = staffA;
    conf.measureTypeId = staffWarning.id;
    conf.proposedOn = QDate(2026, 9, 15);
    MeasureService(*m_db, AccessScope::system()).propose(conf);
    add("measureConf", "measures", conf.id, QString(), boardOnly);

    Action request;
    request.personId = pupilA;
    request.kind = ActionKind::Inzageverzoek;
    request.title = QStringLiteral("Inzageverzoek beantwoorden");
    request.dueOn = QDate(2026, 10, 20);
    ActionService(*m_db, AccessScope::system()).add(request);
    add("actionA", "actions", request.id, QString(), { "admin", "board", "dirA" });

    Transaction files(*m_db, AccessScope::system());
    AttachmentInfo document;
    document.personId = pupilA;
    document.fileName = QStringLiteral("verslag-zorgoverleg.txt");
    document.mimeType = QStringLiteral("text/plain");
    AttachmentStore(*m_db).attachBytes(files, document, QByteArray("zorgoverleg"));
    AttachmentInfo evidence;
    evidence.incidentId = confBoard;
    evidence.fileName = QStringLiteral("bericht.png");
    evidence.mimeType = QStringLiteral("image/png");
    AttachmentStore(*m_db).attachBytes(files, evidence, QByteArray("beeld"));
    files.commit();
    add("documentA", "attachments", document.id, QString(), { "admin", "board", "dirA" });
    add("evidenceConf", "attachments", evidence.id, QString(), boardOnly);
}

void TestAccess::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Names TestAccess::expected(const QString &table, const QString &userName) const
{
    Names names;
    for (const Row &row : m_rows)
        if (row.table == table && row.seenBy.contains(userName))
            names.append(row.name);
    names.sort();
    return names;
}

Names TestAccess::visible(const QString &table, const QString &userName, const std::function<bool(qint64)> &sees) const
{
    Q_UNUSED(userName)
    Names names;
    for (const Row &row : m_rows)
        if (row.table == table && sees(row.id))
            names.append(row.name);
    names.sort();
    return names;
}

qint64 TestAccess::deniedRecords() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied'"));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestAccess::incidentLists()
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        const QList<Incident> list = IncidentFinder(*m_db).list(*it, IncidentFilter(), 100);
        QSet<qint64> ids;
        for (const Incident &i : list)
            ids.insert(i.id);
        const Names want = expected("incidents", it.key());
        QCOMPARE(visible("incidents", it.key(), [&ids](qint64 id) { return ids.contains(id); }), want);
        QCOMPARE(IncidentFinder(*m_db).count(*it, IncidentFilter()), int(want.size()));
        QCOMPARE(IncidentRepository(*m_db).count(*it), int(want.size()));
        QCOMPARE(visible("incidents", it.key(), [&](qint64 id) { return IncidentRepository(*m_db).get(*it, id).has_value(); }),
                 want);
        // The measures of a case follow the case.
        QCOMPARE(visible("measures", it.key(), [&](qint64 id) { return MeasureRepository(*m_db).get(*it, id).has_value(); }),
                 expected("measures", it.key()));
    }
}

void TestAccess::personLists()
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        PersonFilter all;
        QSet<qint64> ids;
        for (const Person &p : PersonRepository(*m_db).list(*it, all, 0, 100))
            ids.insert(p.id);
        const Names want = expected("persons", it.key());
        QCOMPARE(visible("persons", it.key(), [&ids](qint64 id) { return ids.contains(id); }), want);
        QCOMPARE(PersonRepository(*m_db).count(*it, all), int(want.size()));
        QCOMPARE(visible("persons", it.key(), [&](qint64 id) { return PersonRepository(*m_db).get(*it, id).has_value(); }), want);
    }
}

void TestAccess::correspondenceLists()
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        QSet<qint64> ids;
        for (const Correspondence &c : CorrespondenceRepository(*m_db).list(*it, CorrespondenceFilter()))
            ids.insert(c.id);
        const Names want = expected("correspondence", it.key());
        QCOMPARE(visible("correspondence", it.key(), [&ids](qint64 id) { return ids.contains(id); }), want);
        QCOMPARE(visible("correspondence", it.key(),
                         [&](qint64 id) { return CorrespondenceRepository(*m_db).get(*it, id).has_value(); }),
                 want);
    }
}

void TestAccess::searchFindsOnlyWhatIsVisible()
{
    SearchIndex index(*m_db);
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        for (const QString &table : { QStringLiteral("persons"), QStringLiteral("incidents"), QStringLiteral("correspondence") }) {
            const Names found = visible(table, it.key(), [&](qint64 id) {
                for (const Row &row : std::as_const(m_rows))
                    if (row.table == table && row.id == id)
                        return index.search(*it, row.word).contains(SearchIndex::Hit{ table, id });
                return false;
            });
            QCOMPARE(found, expected(table, it.key()));
        }
        // Search by a person's name also finds the cases they are in, as far as they are visible.
        QSet<qint64> cases;
        for (const Incident &i : IncidentFinder(*m_db).list(*it, [] { IncidentFilter f; f.search = QStringLiteral("Aalbers"); return f; }(), 100))
            cases.insert(i.id);
        const Names want = [&] {
            Names n = expected("incidents", it.key());
            n.removeAll(QStringLiteral("incB"));
            return n;
        }();
        QCOMPARE(visible("incidents", it.key(), [&cases](qint64 id) { return cases.contains(id); }), want);
    }
}

void TestAccess::statisticsCountOnlyWhatIsVisible()
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        QSet<qint64> ids;
        for (const IncidentFacts &f : StatisticsRepository(*m_db).facts(*it, QDate(2026, 1, 1), QDate(2026, 12, 31)))
            ids.insert(f.id);
        QCOMPARE(visible("incidents", it.key(), [&ids](qint64 id) { return ids.contains(id); }),
                 expected("incidents", it.key()));
    }
}

void TestAccess::dossierTimeline()
{
    const qint64 pupilA = m_rows.at(0).id;
    const auto entries = [&](const QString &userName) {
        QStringList seen;
        for (const DossierEntry &e : DossierRepository(*m_db).entries(m_users.value(userName), pupilA)) {
            switch (e.kind) {
            case DossierEntry::Kind::Involvement:
                for (const Row &row : std::as_const(m_rows))
                    if (row.table == QLatin1String("incidents") && row.id == e.incidentId)
                        seen.append(QStringLiteral("in ") + row.name);
                break;
            case DossierEntry::Kind::Measure:
                seen.append(QStringLiteral("measure"));
                break;
            case DossierEntry::Kind::Action:
                seen.append(QStringLiteral("action"));
                break;
            case DossierEntry::Kind::Correspondence:
                seen.append(QStringLiteral("letter ") + e.title);
                break;
            case DossierEntry::Kind::Document:
                seen.append(QStringLiteral("document"));
                break;
            case DossierEntry::Kind::Note:
                break;
            }
        }
        seen.sort();
        return seen;
    };
    const QStringList all{ "action", "document", "in confBoard", "in confDir", "in incA", "letter Ouderbrief",
                           "letter Schoolverslag", "measure" };
    QCOMPARE(entries("admin"), all);
    QCOMPARE(entries("board"), all);
    QCOMPARE(entries("dirA"), QStringList({ "action", "document", "in confDir", "in incA", "letter Ouderbrief",
                                            "letter Schoolverslag", "measure" }));
    // A reporter sees the pupil (to register a case) but only what belongs to their own case.
    QCOMPARE(entries("melderA"), QStringList({ "in incA", "letter Ouderbrief", "measure" }));
    QCOMPARE(entries("melderA2"), QStringList());
}

void TestAccess::attachmentsAndDeadlines()
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        AttachmentStore store(*m_db);
        QSet<qint64> ids;
        for (const Row &row : std::as_const(m_rows)) {
            if (row.table == QLatin1String("persons"))
                for (const AttachmentInfo &a : store.attachmentsOfPerson(*it, row.id))
                    ids.insert(a.id);
            if (row.table == QLatin1String("incidents"))
                for (const AttachmentInfo &a : store.attachmentsOfIncident(*it, row.id))
                    ids.insert(a.id);
        }
        QCOMPARE(visible("attachments", it.key(), [&ids](qint64 id) { return ids.contains(id); }),
                 expected("attachments", it.key()));

        // Every open action listed belongs to a visible case or is a visible person record.
        QSet<qint64> actions;
        for (const Action &a : ActionRepository(*m_db).deadlines(*it, DeadlineFilter())) {
            actions.insert(a.id);
            if (a.incidentId > 0)
                QVERIFY2(IncidentRepository(*m_db).get(*it, a.incidentId).has_value(), qPrintable(it.key()));
        }
        QCOMPARE(visible("actions", it.key(), [&actions](qint64 id) { return actions.contains(id); }),
                 expected("actions", it.key()));
    }
}

void TestAccess::readByIdIsRefusedAndLogged()
{
    qint64 denied = deniedRecords();
    QCOMPARE(denied, 0);
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.table == QLatin1String("attachments") || row.table == QLatin1String("actions"))
                continue;
            const bool may = row.seenBy.contains(it.key());
            try {
                if (row.table == QLatin1String("incidents"))
                    QCOMPARE(IncidentRepository(*m_db).require(*it, row.id).id, row.id);
                else if (row.table == QLatin1String("persons"))
                    QCOMPARE(PersonRepository(*m_db).require(*it, row.id).id, row.id);
                else if (row.table == QLatin1String("correspondence"))
                    QCOMPARE(CorrespondenceRepository(*m_db).require(*it, row.id).id, row.id);
                else if (row.table == QLatin1String("measures"))
                    QCOMPARE(MeasureRepository(*m_db).require(*it, row.id).id, row.id);
                QVERIFY2(may, qPrintable(it.key() + QStringLiteral(" read ") + row.name));
            } catch (const StorageError &error) {
                QVERIFY2(!may, qPrintable(it.key() + QStringLiteral(" was refused ") + row.name));
                QCOMPARE(error.kind(), StorageError::Kind::Denied);
                QVERIFY(error.message().startsWith(QStringLiteral("Geen toegang")));
                QCOMPARE(deniedRecords(), ++denied);
                QSqlQuery last = m_db->prepare(QStringLiteral(
                    "SELECT user_id, entity, entity_id FROM audit_log WHERE action = 'denied' ORDER BY seq DESC LIMIT 1"));
                SqlValues::exec(last);
                QVERIFY(last.next());
                QCOMPARE(last.value(0).toLongLong(), it->userId());
                QCOMPARE(last.value(1).toString(), row.table);
                QCOMPARE(last.value(2).toLongLong(), row.id);
            }
        }
    }
    QVERIFY(denied > 20);
    // By reference, as someone would type it.
    const Incident confBoard = IncidentRepository(*m_db).require(AccessScope::system(), m_rows.at(8).id);
    QVERIFY_THROWS_EXCEPTION(StorageError, IncidentRepository(*m_db).requireByReference(m_users.value("dirA"), confBoard.reference));
    QCOMPARE(deniedRecords(), ++denied);
    // What does not exist is "not found", and is not logged as a denial.
    try {
        IncidentRepository(*m_db).require(m_users.value("dirA"), 99999);
        QFAIL("a missing incident was returned");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NotFound);
    }
    QCOMPARE(deniedRecords(), denied);
}

void TestAccess::summariesAndExports()
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.table != QLatin1String("incidents") && row.table != QLatin1String("persons"))
                continue;
            const bool may = row.seenBy.contains(it.key());
            try {
                const QString html = row.table == QLatin1String("incidents") ? CaseSummary(*m_db, *it).html(row.id)
                                                                              : DossierSummary(*m_db, *it).html(row.id);
                QVERIFY2(may, qPrintable(it.key() + QStringLiteral(" printed ") + row.name));
                // Nothing hidden leaks into a summary the user may print.
                for (const Row &other : std::as_const(m_rows))
                    if (!other.word.isEmpty() && !other.seenBy.contains(it.key()))
                        QVERIFY2(!html.contains(other.word),
                                 qPrintable(QStringLiteral("%1's summary of %2 names %3").arg(it.key(), row.name, other.word)));
            } catch (const StorageError &error) {
                QVERIFY2(!may, qPrintable(it.key() + QStringLiteral(" could not print ") + row.name));
                QCOMPARE(error.kind(), StorageError::Kind::Denied);
            }
        }
    }

    // An access request: a director answers for their own pupil, not for another school's;
    // a reporter does not answer them at all. A refusal writes no file.
    const qint64 pupilA = m_rows.at(0).id;
    const qint64 pupilB = m_rows.at(1).id;
    AccessRequestExport::Request request;
    request.receivedOn = QDate::currentDate();
    request.printedBy = QStringLiteral("test");
    const QString zip = m_dir->filePath(QStringLiteral("inzage.zip"));
    request.personId = pupilB;
    QVERIFY_THROWS_EXCEPTION(StorageError, AccessRequestExport(*m_db, m_users.value("dirA")).write(request, zip));
    request.personId = pupilA;
    QVERIFY_THROWS_EXCEPTION(StorageError, AccessRequestExport(*m_db, m_users.value("melderA")).write(request, zip));
    QVERIFY(!QFile::exists(zip));
    AccessRequestExport(*m_db, m_users.value("dirA")).write(request, zip);
    QVERIFY(QFile::exists(zip));

    // A copy of the whole database is for an administrator only.
    QTemporaryDir other;
    const QString target = other.filePath(QStringLiteral("copy.sqlite"));
    try {
        DatabaseConnection::copyToServer(*m_db, m_users.value("board"), target, QString());
        QFAIL("the board copied the whole database");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Denied);
    }
    QVERIFY(!QFile::exists(target));
}

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
