#include "accessscope.h"
#include "actionrepository.h"
#include "database.h"
#include "deadlineplanner.h"
#include "incidentrepository.h"
#include "measurerepository.h"
#include "measurerules.h"
#include "measuretyperepository.h"
#include "procedures.h"
#include "demodatagenerator.h"
#include "integritychecker.h"
#include "jsonexporter.h"
#include "rowstore.h"
#include "schemacatalog.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesCheck();
    void fillsEveryTable();
    void realisticDutchContent();
    void looksLikeASchoolsOwn();
    void sameSeedSameContent();
    void incidentsScaleEverything();
    void refusesFilledDatabase();
    void followsTheRules();

private:
    static QJsonObject withoutTimestamps(QJsonObject doc);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DemoDataGenerator::Summary m_summary;
};

void TestDemoData::initTestCase()
{
    m_db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.today = QDate(2026, 6, 1);
    int calls = 0;
    m_summary = DemoDataGenerator(*m_db).generate(options, [&calls](int done, int total) {
        ++calls;
        QVERIFY(done <= total);
    });
    QVERIFY(calls > 0);
}

void TestDemoData::passesCheck()
{
    const IntegrityChecker::Report report = IntegrityChecker(*m_db).run();
    QVERIFY2(report.sound(), qPrintable(report.problems.join('\n')));
}

void TestDemoData::fillsEveryTable()
{
    QCOMPARE(m_summary.schools, 3);
    QCOMPARE(m_summary.incidents, 120);
    QVERIFY(qAbs(m_summary.pupils - 600) <= 10);
    QVERIFY(qAbs(m_summary.staff - 60) <= 3);
    QVERIFY2(m_summary.parents > 750 && m_summary.parents < 1050, qPrintable(QString::number(m_summary.parents)));
    QCOMPARE(m_summary.users, 4);
    RowStore store(*m_db);
    const QStringList notFilledByDemoData{ "destruction_records" };   // written by retention only
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        if (notFilledByDemoData.contains(table.name))
            continue;
        QVERIFY2(store.count(table.name) > 0, qPrintable(table.name));
    }
}

void TestDemoData::realisticDutchContent()
{
    QSqlQuery query = m_db->prepare(QStringLiteral(
        "SELECT count(*) FROM persons WHERE tussenvoegsel IS NOT NULL"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 100);
    query = m_db->prepare(QStringLiteral("SELECT group_concat(surname, '|') FROM persons"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    const QString names = query.value(0).toString();
    QVERIFY(names.contains(QRegularExpression(QStringLiteral("[ÖöüëïéşçğıÇŞ]"))));
    query = m_db->prepare(QStringLiteral("SELECT count(DISTINCT pupil_id), count(*) FROM guardianships"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), m_summary.pupils);   // every pupil has a parent or carer
    // Correspondence about a parent is filed in the child's dossier, never the parent's.
    query = m_db->prepare(QStringLiteral(
        "SELECT count(*) FROM correspondence c JOIN persons p ON p.id = c.person_id WHERE p.kind NOT IN ('leerling', 'medewerker')"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDemoData::looksLikeASchoolsOwn()
{
    // Reports come in on working days in office hours, and case numbers follow the dates.
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT reference, reported_at FROM incidents ORDER BY reference"));
    SqlValues::exec(query);
    QDateTime previous;
    int cases = 0;
    while (query.next()) {
        const QString reference = query.value(0).toString();
        const QDateTime reported = SqlValues::toMoment(query.value(1)).toLocalTime();
        QVERIFY2(reported.isValid(), qPrintable(reference));
        QVERIFY2(reported.date().dayOfWeek() <= 5, qPrintable(reference + reported.toString(Qt::ISODate)));
        QVERIFY2(reported.time() >= QTime(8, 0) && reported.time() <= QTime(17, 0), qPrintable(reference + reported.toString(Qt::ISODate)));
        QVERIFY2(!previous.isValid() || reported >= previous, qPrintable(reference + QLatin1String(" reported before the case numbered before it")));
        QCOMPARE(reference.left(4).toInt(), reported.date().year());
        previous = reported;
        ++cases;
    }
    QCOMPARE(cases, m_summary.incidents);
    // Registered letters are sent by the school; a pupil's letters go to and come from a parent.
    query = m_db->prepare(QStringLiteral("SELECT count(*) FROM correspondence WHERE channel = 'aangetekend' AND direction <> 'uit'"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query = m_db->prepare(QStringLiteral(
        "SELECT count(*) FROM correspondence c JOIN persons p ON p.id = c.person_id "
        "WHERE p.kind = 'leerling' AND c.direction <> 'intern' AND c.about_person_id IS NULL"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDemoData::followsTheRules()
{
    // What the demonstration shows is what the program does: every measure carries the actions
    // the rules file for it, with their sources, and no decision skips a step unexplained.
    Procedures procedures(*m_db);
    MeasureTypeRepository types(*m_db);
    ActionRepository actions(*m_db);
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT id FROM measures ORDER BY id"));
    SqlValues::exec(query);
    int measures = 0, suspensionsWithInspectie = 0, removals = 0;
    QHash<qint64, QList<Measure>> suspensions;
    while (query.next()) {
        const Measure m = *MeasureRepository(*m_db).get(AccessScope::system(), query.value(0).toLongLong());
        const MeasureType type = *types.get(m.measureTypeId);
        const Incident incident = *IncidentRepository(*m_db).get(AccessScope::system(), m.incidentId);
        const SchoolCalendar calendar = procedures.calendar(incident.schoolId);
        ++measures;
        const QList<Action> filed = actions.ofMeasure(m.id);
        QStringList rules;
        for (const Action &a : filed) {
            QVERIFY2(!a.rule.isEmpty() && !a.legalSource.isEmpty(), qPrintable(incident.reference + QLatin1Char(' ') + a.title));
            rules.append(a.rule);
        }
        Measure asDecided = m;
        if (m.decidedOn.isValid())
            asDecided.status = MeasureStatus::Opgelegd;
        for (const Action &planned : DeadlinePlanner(procedures.terms(), calendar).forMeasure(asDecided, type))
            QVERIFY2(rules.contains(planned.rule), qPrintable(incident.reference + QLatin1String(" lacks ") + planned.rule));
        QCOMPARE(MeasureRules::problem(m, type, procedures.terms(), calendar), QString());
        if (m.decidedOn.isValid()) {
            QVERIFY2(MeasureRules::openSteps(m, type, filed).isEmpty() || !m.stepMotivation.isEmpty(),
                     qPrintable(incident.reference + QLatin1String(": ") + MeasureRules::openSteps(m, type, filed).join(';')));
        }
        if (MeasureRules::isPupilSuspension(type) && m.decidedOn.isValid()) {
            QVERIFY2(MeasureRules::chainProblem(m, type, procedures.terms(), calendar, suspensions.value(m.personId)).isEmpty(),
                     qPrintable(incident.reference));
            suspensions[m.personId].append(m);
            if (calendar.schoolDays(m.startsOn, m.endsOn) > 1) {
                QVERIFY2(rules.contains(QStringLiteral("suspension_inspectie")), qPrintable(incident.reference));
                ++suspensionsWithInspectie;
            }
        }
        if (type.code == QLatin1String("verwijdering") && m.decidedOn.isValid()) {
            for (const char *rule : { "removal_inform_leerplicht", "removal_inform_inspectie", "removal_reminder",
                                      "removal_objection_term" })
                QVERIFY2(rules.contains(QLatin1String(rule)), qPrintable(incident.reference + QLatin1Char(' ') + QLatin1String(rule)));
            ++removals;
        }
    }
    QVERIFY(measures > 20);
    QVERIFY(suspensionsWithInspectie > 0);
    // A possibly criminal case has its police report action by the rule, closed with a reference.
    query = m_db->prepare(QStringLiteral(
        "SELECT count(*) FROM incidents i WHERE i.possibly_criminal = 1 AND NOT EXISTS "
        "(SELECT 1 FROM actions a WHERE a.incident_id = i.id AND a.rule = 'police_report')"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query = m_db->prepare(QStringLiteral(
        "SELECT count(*) FROM actions WHERE kind = 'aangifte' AND status = 'gedaan' AND coalesce(police_reference, '') = ''"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(removals > 0);
}

QJsonObject TestDemoData::withoutTimestamps(QJsonObject doc)
{
    // Creation moments are when the rows were written; everything else follows from the seed.
    const QStringList written{ "created_at", "updated_at", "added_at" };
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.value().isArray())
            continue;
        QJsonArray rows = it.value().toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            for (const QString &key : written)
                row.remove(key);
            rows.replace(i, row);
        }
        it.value() = rows;
    }
    return doc;
}

void TestDemoData::sameSeedSameContent()
{
    QTemporaryDir dir;
    auto again = Database::open(dir.filePath(QStringLiteral("again.sqlite")));
    auto other = Database::open(dir.filePath(QStringLiteral("other.sqlite")));
    DemoDataGenerator::Options options;
    options.today = QDate(2026, 6, 1);
    DemoDataGenerator(*again).generate(options);
    options.seed = 2;
    DemoDataGenerator(*other).generate(options);
    const QJsonObject first = withoutTimestamps(JsonExporter(*m_db).document());
    QCOMPARE(withoutTimestamps(JsonExporter(*again).document()), first);
    QVERIFY(withoutTimestamps(JsonExporter(*other).document()) != first);
}

void TestDemoData::incidentsScaleEverything()
{
    QTemporaryDir dir;
    auto small = Database::open(dir.filePath(QStringLiteral("small.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 12;
    options.today = QDate(2026, 6, 1);
    const DemoDataGenerator::Summary s = DemoDataGenerator(*small).generate(options);
    QCOMPARE(s.incidents, 12);
    QVERIFY(s.pupils < m_summary.pupils / 5);
    QVERIFY(s.correspondence < m_summary.correspondence / 5);
    QVERIFY(IntegrityChecker(*small).run().sound());
}

void TestDemoData::refusesFilledDatabase()
{
    QVERIFY_THROWS_EXCEPTION(StorageError, DemoDataGenerator(*m_db).generate({}));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
