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
#include "accessfilter.h"
#include "sqlvalues.h"
#include "statisticsrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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
    void serverShowsEachUserWhatTheProgramDoes();
    void serverRefusesWhatNoClientMay();
    void serverGrantsFollowThePermissionModel();

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
    // A plain connection to the server as the login role of `login`, as someone who copied a
    // PC's connection settings into psql would have; empty name when not on PostgreSQL.
    QString serverLogin(const QString &login);
    QSet<qint64> idsAs(const QString &connection, const QString &sql);

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

QString TestAccess::serverLogin(const QString &login)
{
    QSqlQuery sync(m_db->connection());
    sync.prepare(QStringLiteral("SELECT dossierkast_sync_login(?, ?)"));
    sync.addBindValue(login);
    sync.addBindValue(QStringLiteral("geheim-") + login);
    if (!sync.exec())
        qWarning() << sync.lastError().text();
    const QUrl url(m_db->location());
    const QString name = QStringLiteral("server-") + login;
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connection.setHostName(url.host());
    connection.setPort(url.port(5432));
    connection.setDatabaseName(url.path().mid(1));
    connection.setUserName(login);
    connection.setPassword(QStringLiteral("geheim-") + login);
    if (!connection.open())
        qWarning() << connection.lastError().text();
    return name;
}

QSet<qint64> TestAccess::idsAs(const QString &connection, const QString &sql)
{
    QSet<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return { -1 };
    }
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

void TestAccess::serverShowsEachUserWhatTheProgramDoes()
{
    QFETCH_GLOBAL(QString, driver);
    if (driver != QLatin1String("postgresql"))
        QSKIP("A database file has no server of its own.");
    // What the program's filter lets each user see, computed on the set-up connection ...
    const QMap<QString, QString> filtered{
        { "persons", "SELECT p.id FROM persons p WHERE %persons(p)" },
        { "incidents", "SELECT i.id FROM incidents i WHERE %incidents(i)" },
        { "involvements", "SELECT v.id FROM involvements v JOIN incidents i ON i.id = v.incident_id WHERE %incidents(i)" },
        { "incident_articles", "SELECT x.id FROM incident_articles x JOIN incidents i ON i.id = x.incident_id WHERE %incidents(i)" },
        { "measures", "SELECT m.id FROM measures m JOIN incidents i ON i.id = m.incident_id WHERE %incidents(i)" },
        { "actions", "SELECT a.id FROM actions a LEFT JOIN incidents i ON i.id = a.incident_id LEFT JOIN persons p ON p.id = a.person_id "
                     "WHERE (a.incident_id IS NOT NULL AND %incidents(i)) OR (a.incident_id IS NULL AND %records(p))" },
        { "correspondence", "SELECT c.id FROM correspondence c JOIN persons p ON p.id = c.person_id "
                            "LEFT JOIN incidents i ON i.id = c.incident_id WHERE %correspondence(p,i)" },
        { "guardianships", "SELECT g.id FROM guardianships g JOIN persons p ON p.id = g.pupil_id WHERE %persons(p)" },
        { "incident_notes", "SELECT n.id FROM incident_notes n JOIN incidents i ON i.id = n.incident_id WHERE %incidents(i)" },
        { "incident_harms", "SELECT h.id FROM incident_harms h JOIN incidents i ON i.id = h.incident_id WHERE %incidents(i)" },
        { "objections", "SELECT o.id FROM objections o JOIN measures m ON m.id = o.measure_id "
                        "JOIN incidents i ON i.id = m.incident_id WHERE %incidents(i)" },
        { "legal_holds", "SELECT h.id FROM legal_holds h JOIN persons p ON p.id = h.person_id WHERE %records(p)" },
        { "person_sort_keys", "SELECT k.person_id FROM person_sort_keys k JOIN persons p ON p.id = k.person_id WHERE %persons(p)" },
        { "attachments", "SELECT a.id FROM attachments a LEFT JOIN incidents i ON i.id = a.incident_id "
                         "LEFT JOIN persons p ON p.id = a.person_id WHERE (a.incident_id IS NOT NULL AND %incidents(i)) "
                         "OR (a.person_id IS NOT NULL AND %records(p))" },
    };
    for (auto user = m_users.cbegin(); user != m_users.cend(); ++user) {
        const AccessScope &scope = user.value();
        const QString connection = serverLogin(user.key());
        QVERIFY2(QSqlDatabase::database(connection, false).isOpen(), qPrintable(user.key()));
        for (auto table = filtered.cbegin(); table != filtered.cend(); ++table) {
            QString sql = table.value();
            sql.replace(QStringLiteral("%persons(p)"), AccessFilter::persons(scope, QStringLiteral("p")))
                .replace(QStringLiteral("%incidents(i)"), AccessFilter::incidents(scope, QStringLiteral("i")))
                .replace(QStringLiteral("%records(p)"), AccessFilter::personRecords(scope, QStringLiteral("p")))
                .replace(QStringLiteral("%correspondence(p,i)"),
                         AccessFilter::correspondence(scope, QStringLiteral("p"), QStringLiteral("i")));
            QSet<qint64> program;
            QSqlQuery query = m_db->prepare(sql);
            SqlValues::exec(query);
            while (query.next())
                program.insert(query.value(0).toLongLong());
            // ... and what the server shows the same user's login with no filter at all.
            const QString key = table.key() == QLatin1String("person_sort_keys") ? QStringLiteral("person_id") : QStringLiteral("id");
            const QSet<qint64> server = idsAs(connection, QStringLiteral("SELECT %2 FROM %1").arg(table.key(), key));
            QVERIFY2(server == program, qPrintable(QStringLiteral("%1 in %2: the server shows %3 rows, the program %4")
                                                       .arg(user.key(), table.key()).arg(server.size()).arg(program.size())));
        }
        // The rows the tests name, as each user may see them (the same lists the program's tests check).
        for (const char *table : { "persons", "incidents", "correspondence", "measures", "actions", "attachments" }) {
            const QSet<qint64> server = idsAs(connection, QStringLiteral("SELECT id FROM %1").arg(table));
            QCOMPARE(visible(table, user.key(), [&server](qint64 id) { return server.contains(id); }), expected(table, user.key()));
        }
        // The stored bytes only through an attachment the user may see.
        QCOMPARE(idsAs(connection, QStringLiteral("SELECT count(DISTINCT content_id) FROM attachment_chunks")).values().first(),
                 qint64(expected(QStringLiteral("attachments"), user.key()).size()));
    }
    for (const QString &login : m_users.keys())
        QSqlDatabase::removeDatabase(QStringLiteral("server-") + login);
}

void TestAccess::serverRefusesWhatNoClientMay()
{
    QFETCH_GLOBAL(QString, driver);
    if (driver != QLatin1String("postgresql"))
        QSKIP("A database file has no server of its own.");
    const auto fails = [](const QString &connection, const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        const bool done = query.exec(sql);
        return !done;
    };
    const auto affected = [](const QString &connection, const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        return query.exec(sql) ? query.numRowsAffected() : -1;
    };
    const qint64 incB = m_rows.at(10).id;
    QCOMPARE(m_rows.at(10).name, QStringLiteral("incB"));
    for (const QString &login : m_users.keys()) {
        const QString c = serverLogin(login);
        QVERIFY2(QSqlDatabase::database(c, false).isOpen(), qPrintable(login));
        // The trail: never emptied, switched off, changed, removed or written past the server.
        for (const char *attack : { "TRUNCATE audit_log", "ALTER TABLE audit_log DISABLE TRIGGER USER",
                                    "UPDATE audit_log SET detail = 'niets gebeurd' WHERE seq = 3",
                                    "DELETE FROM audit_log WHERE seq = 3", "DROP TABLE audit_log",
                                    "INSERT INTO audit_log (seq, at, user_login, action, entity, before_hash, after_hash, "
                                    "prev_hash, hash) VALUES (999999, 'x', 'x', 'x', 'x', '', '', 'x', 'y')",
                                    "ALTER TABLE incidents DISABLE ROW LEVEL SECURITY", "SET ROLE dossierkast_owner",
                                    "CREATE TABLE loot AS SELECT 1", "ALTER FUNCTION dk_user_id() OWNER TO CURRENT_USER" })
            QVERIFY2(fails(c, QString::fromLatin1(attack)), qPrintable(login + QStringLiteral(": ") + QString::fromLatin1(attack)));
        const bool admin = m_users.value(login).role() == UserRole::Beheerder;
        // Only an administrator reads the trail and the password hashes, and manages logins.
        QCOMPARE(fails(c, QStringLiteral("SELECT count(*) FROM audit_log")), !admin);
        QCOMPARE(fails(c, QStringLiteral("SELECT password_hash FROM users")), !admin);
        QVERIFY(!fails(c, QStringLiteral("SELECT id, login, display_name, role FROM users")));
        QCOMPARE(fails(c, QStringLiteral("SELECT dossierkast_sync_login('melderA2', 'overgenomen')")), !admin);
        QVERIFY(fails(c, QStringLiteral("SET ROLE dossierkast_beheerder")) || admin);
        // A record written through the server names the login, whatever the client says.
        QSqlQuery forged(QSqlDatabase::database(c, false));
        QVERIFY2(forged.exec(QStringLiteral("SELECT audit_append(1, 'admin', 'view', 'persons', 1, NULL, NULL, 'vervalst')")),
                 qPrintable(forged.lastError().text()));
        forged.finish();
        QSqlQuery written = m_db->prepare(QStringLiteral("SELECT user_login FROM audit_log WHERE detail = 'vervalst' ORDER BY seq DESC LIMIT 1"));
        SqlValues::exec(written);
        QVERIFY(written.next());
        QCOMPARE(written.value(0).toString(), login);
    }
    // Rights follow the role; rows the user may not see cannot be changed either.
    QVERIFY(fails(QStringLiteral("server-melderA"), QStringLiteral(
                "INSERT INTO measures (incident_id, person_id, measure_type_id, proposed_on) SELECT incident_id, person_id, "
                "measure_type_id, proposed_on FROM measures LIMIT 1")));
    QVERIFY(fails(QStringLiteral("server-melderA"), QStringLiteral("UPDATE incidents SET title = 'x'")));
    QVERIFY(fails(QStringLiteral("server-dirA"), QStringLiteral("UPDATE settings SET value = '50' WHERE key = 'max_suspension_days'")));
    QVERIFY(fails(QStringLiteral("server-dirA"), QStringLiteral("UPDATE users SET role = 'beheerder' WHERE login = 'dirA'")));
    QCOMPARE(affected(QStringLiteral("server-dirA"), QStringLiteral("UPDATE incidents SET title = 'Overgenomen' WHERE id = %1").arg(incB)), 0);
    // A director registers incidents for their own school only.
    const auto newIncident = [this](const QString &reference, qint64 school) {
        return QStringLiteral("INSERT INTO incidents (reference, school_id, protocol_version_id, title, occurred_at, "
                              "reported_at, platform, context, severity, registered_by_user_id, created_at, updated_at) "
                              "SELECT '%1', %2, min(id), 'Nieuw', now(), now(), 'x', 'in_school', 'licht', %3, now(), now() "
                              "FROM protocol_versions")
            .arg(reference).arg(school).arg(m_users.value(QStringLiteral("dirA")).userId());
    };
    QVERIFY(fails(QStringLiteral("server-dirA"), newIncident(QStringLiteral("2026-9001"), m_schoolB)));
    QCOMPARE(affected(QStringLiteral("server-dirA"), newIncident(QStringLiteral("2026-9002"), m_schoolA)), 1);
    QCOMPARE(affected(QStringLiteral("server-dirB"), QStringLiteral("UPDATE incidents SET title = 'Bijgewerkt' WHERE id = %1").arg(incB)), 1);
    for (const QString &login : m_users.keys())
        QSqlDatabase::removeDatabase(QStringLiteral("server-") + login);
}

void TestAccess::serverGrantsFollowThePermissionModel()
{
    QFETCH_GLOBAL(QString, driver);
    if (driver != QLatin1String("postgresql"))
        QSKIP("A database file has no server of its own.");
    // Which role may insert, update and delete in which table (README: Who may do what), tried
    // on every table with statements that touch no row: only the server's rights decide.
    const QStringList content{ "persons", "person_sort_keys", "guardianships", "legal_holds", "incidents",
                               "incident_harms", "incident_articles", "incident_links", "involvements", "incident_notes",
                               "measures", "objections", "actions", "correspondence", "attachments",
                               "attachment_content", "attachment_chunks", "search_index" };
    const QStringList reference{ "users", "user_schools", "organisation", "schools", "school_holidays",
                                 "protocol_versions", "protocol_articles", "measure_types", "settings", "letter_templates" };
    const QStringList melderInserts{ "incidents", "incident_harms", "incident_articles", "involvements", "incident_notes",
                                     "actions", "attachments", "attachment_content", "attachment_chunks", "search_index",
                                     "person_sort_keys" };
    const QStringList handlerDeletes{ "person_sort_keys", "guardianships", "incident_harms", "incident_articles",
                                      "incident_links", "involvements", "search_index" };
    const auto may = [&](UserRole role, const QString &what, const QString &table) {
        switch (role) {
        case UserRole::Beheerder:
            if (table == QLatin1String("destruction_records"))
                return what == QLatin1String("INSERT");
            return content.contains(table) || reference.contains(table);
        case UserRole::Bestuur:
        case UserRole::Directeur:
            if (what == QLatin1String("DELETE"))
                return handlerDeletes.contains(table);
            return content.contains(table);
        case UserRole::Melder:
            if (what == QLatin1String("INSERT"))
                return melderInserts.contains(table);
            return table == QLatin1String("search_index");
        }
        return false;
    };
    QStringList tables;
    QSqlQuery list = m_db->prepare(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
    SqlValues::exec(list);
    while (list.next())
        tables.append(list.value(0).toString());
    list.finish();
    QVERIFY(tables.contains(QStringLiteral("audit_log")) && tables.size() >= 30);
    for (const char *name : { "admin", "board", "dirA", "melderA" }) {
        const QString login = QString::fromLatin1(name);
        const QString c = serverLogin(login);
        const UserRole role = m_users.value(login).role();
        for (const QString &table : std::as_const(tables)) {
            const QString key = table == QLatin1String("audit_log") ? QStringLiteral("seq")
                              : table == QLatin1String("attachment_chunks") ? QStringLiteral("chunk_no")
                              : table == QLatin1String("person_sort_keys") ? QStringLiteral("person_id")
                              : table == QLatin1String("search_index") ? QStringLiteral("key")
                              : table == QLatin1String("schema_migrations") ? QStringLiteral("version")
                                                                              : QStringLiteral("id");
            const QMap<QString, QString> statements{
                { "INSERT", QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %1 WHERE false").arg(table, key) },
                { "UPDATE", QStringLiteral("UPDATE %1 SET %2 = %2 WHERE false").arg(table, key) },
                { "DELETE", QStringLiteral("DELETE FROM %1 WHERE false").arg(table) },
            };
            for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
                QSqlQuery query(QSqlDatabase::database(c, false));
                const bool done = query.exec(it.value());
                const bool expected = may(role, it.key(), table);
                QVERIFY2(done == expected, qPrintable(QStringLiteral("%1 %2 %3: %4 (%5)")
                                                          .arg(login, it.key(), table,
                                                               done ? QStringLiteral("allowed") : QStringLiteral("refused"),
                                                               query.lastError().databaseText())));
            }
        }
    }
    for (const QString &login : m_users.keys())
        QSqlDatabase::removeDatabase(QStringLiteral("server-") + login);
}

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
