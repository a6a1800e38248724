// Every list and search query uses an index: each statement that the lists, searches and the
// dossier timeline run is handed to SQLite's EXPLAIN QUERY PLAN with its own bound values, and
// no large table may be read from start to end.
#include "accessscope.h"
#include "correspondencerepository.h"
#include "database.h"
#include "demodatagenerator.h"
#include "dossierrepository.h"
#include "actionrepository.h"
#include "csvtable.h"
#include "incidentfinder.h"
#include "incidentrepository.h"
#include "personimport.h"
#include "personrepository.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QRegularExpression>
#include <QTest>

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsAndSearchesUseIndexes_data();
    void listsAndSearchesUseIndexes();
    void incidentListIsReadInIndexOrder_data();
    void incidentListIsReadInIndexOrder();
    void writesFindTheirRowsInIndexes();

private:
    // The plans that read a large table from start to end; with `unsorted`, also those that
    // sort rows themselves instead of reading an index in order.
    QStringList fullScans(const std::function<void()> &run, bool unsorted = false);

    // Every plan line of the last fullScans(), with its statement.
    QStringList m_plans;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QMap<QString, AccessScope> m_scopes;
    qint64 m_school = 0;
    qint64 m_pupil = 0;
};

void TestQueryPlans::initTestCase()
{
    m_db = TestDatabase::create(QStringLiteral("sqlite"), m_dir);
    DemoDataGenerator::Options options;
    options.incidents = 150;
    DemoDataGenerator(*m_db).generate(options);
    m_scopes.insert(QStringLiteral("system"), AccessScope::system());
    for (const QString &login : { QStringLiteral("directeur"), QStringLiteral("melder") }) {
        const User u = *UserRepository(*m_db).findByLogin(login);
        m_scopes.insert(login, AccessScope(u.id, u.login, u.role, u.schoolIds));
    }
    m_school = m_scopes.value(QStringLiteral("directeur")).schoolIds().first();
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    m_pupil = PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 1).first().id;
}

void TestQueryPlans::cleanupTestCase()
{
    SqlValues::setRecorder({});
    m_db.reset();
}

QStringList TestQueryPlans::fullScans(const std::function<void()> &run, bool unsorted)
{
    QList<QPair<QString, QVariantList>> statements;
    SqlValues::setRecorder([&statements](const QString &sql, const QVariantList &values) {
        if (sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
            statements.append({ sql, values });
    });
    run();
    SqlValues::setRecorder({});
    // The tables that grow with the years; small tables (schools, users, settings) may be scanned.
    static const QStringList large{ "incidents", "persons", "correspondence", "measures", "actions", "involvements",
                                    "attachments", "incident_notes", "audit_log", "guardianships", "person_sort_keys",
                                    "objections", "incident_articles", "incident_harms", "legal_holds" };
    static const QRegularExpression aliases(QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)( USING)?"));
    QStringList found;
    m_plans.clear();
    // A recorder that heard nothing would let every plan pass unseen.
    if (statements.size() < (unsorted ? 2 : 10))
        found.append(QStringLiteral("only %1 statements were recorded").arg(statements.size()));
    for (const auto &statement : std::as_const(statements)) {
        QHash<QString, QString> tableOf;
        for (auto it = aliases.globalMatch(statement.first); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            tableOf.insert(m.captured(1), m.captured(1));
            if (!m.captured(2).isEmpty())
                tableOf.insert(m.captured(2), m.captured(1));
        }
        QSqlQuery plan(m_db->connection());
        if (!plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.first)) {
            found.append(QStringLiteral("cannot explain: ") + statement.first);
            continue;
        }
        for (const QVariant &value : statement.second)
            plan.addBindValue(value);
        if (!plan.exec()) {
            found.append(QStringLiteral("cannot explain: ") + statement.first);
            continue;
        }
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            m_plans.append(detail + QStringLiteral("  ←  ") + statement.first.simplified());
            if (qEnvironmentVariableIsSet("SHOW_PLANS"))
                qInfo("%s", qPrintable(detail));
            const QRegularExpressionMatch match = scan.match(detail);
            const bool sorts = unsorted && detail.contains(QLatin1String("TEMP B-TREE"));
            if ((match.hasMatch() && match.captured(2).isEmpty() && large.contains(tableOf.value(match.captured(1)))) || sorts)
                found.append(detail + QStringLiteral("  ←  ") + statement.first.simplified().left(300));
        }
    }
    return found;
}

void TestQueryPlans::listsAndSearchesUseIndexes_data()
{
    QTest::addColumn<QString>("scope");
    for (const QString &scope : { QStringLiteral("system"), QStringLiteral("directeur"), QStringLiteral("melder") })
        QTest::newRow(qPrintable(scope)) << scope;
}

void TestQueryPlans::listsAndSearchesUseIndexes()
{
    QFETCH(QString, scope);
    const AccessScope who = m_scopes.value(scope);
    const QStringList scans = fullScans([&] {
        IncidentFinder finder(*m_db);
        IncidentFilter incidents;
        finder.list(who, incidents, 200);
        incidents.schoolId = m_school;
        incidents.from = QDate::currentDate().addMonths(-6);
        incidents.to = QDate::currentDate();
        finder.list(who, incidents, 200);
        IncidentFilter words;
        words.search = QStringLiteral("groepsapp");
        finder.list(who, words, 200);

        PersonRepository persons(*m_db);
        PersonFilter everybody;
        persons.list(who, everybody, 0, 200);
        PersonFilter named;
        named.search = QStringLiteral("jansen");
        persons.list(who, named, 0, 200);

        CorrespondenceRepository(*m_db).list(who, CorrespondenceFilter(), 200);
        ActionRepository(*m_db).deadlines(who, DeadlineFilter());
        SearchIndex(*m_db).search(who, QStringLiteral("bericht"));
        DossierRepository(*m_db).entries(who, m_pupil);
    });
    QVERIFY2(scans.isEmpty(), qPrintable(QStringLiteral("\n") + scans.join(QLatin1Char('\n'))));
}

void TestQueryPlans::incidentListIsReadInIndexOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    const QStringList names{ "reference", "reported", "occurred", "school", "title", "platform", "severity", "status" };
    for (int sort = 0; sort < names.size(); ++sort) {
        QTest::newRow(qPrintable(names.at(sort) + QStringLiteral(" ascending"))) << sort << false;
        QTest::newRow(qPrintable(names.at(sort) + QStringLiteral(" descending"))) << sort << true;
    }
}

void TestQueryPlans::incidentListIsReadInIndexOrder()
{
    // Every order of the whole list, its first page and the page after a row far down: read
    // from an index in order, never sorted by the database (that means reading every row).
    QFETCH(int, sort);
    QFETCH(bool, descending);
    IncidentFilter filter;
    filter.sort = IncidentFilter::Sort(sort);
    filter.descending = descending;
    IncidentFinder finder(*m_db);
    const QList<Incident> first = finder.list(AccessScope::system(), filter, 100);
    QCOMPARE(first.size(), 100);
    const QList<Incident> next = finder.list(AccessScope::system(), filter, 100, &first.last());
    // The pages join up without a gap or an overlap.
    QCOMPARE(finder.list(AccessScope::system(), filter, 101).last().id, next.first().id);
    const QStringList scans = fullScans([&] {
        finder.list(AccessScope::system(), filter, 100);
        finder.list(AccessScope::system(), filter, 100, &first.last());
    }, true);
    QVERIFY2(scans.isEmpty(), qPrintable(QStringLiteral("\n") + scans.join(QLatin1Char('\n'))));
}

void TestQueryPlans::writesFindTheirRowsInIndexes()
{
    // What a write looks up before it writes, once per row: the next case number of the year and
    // the person an import row already is. Read through an index that leads to the row, never by
    // going through every case of the year or everyone born on one day (a cost that grows with
    // the database, paid for every row of an import or every new case).
    const QStringList sorted = fullScans([&] {
        Transaction tx(*m_db, AccessScope::system());
        // A copy of a demo case, numbered anew in the year it was reported.
        Incident incident = IncidentFinder(*m_db).list(AccessScope::system(), IncidentFilter(), 1).first();
        incident.id = 0;
        incident.reference.clear();
        incident.involvements.clear();
        IncidentRepository(*m_db).insert(tx, incident);
        QVERIFY(incident.reference.startsWith(QString::number(incident.reportedAt.toLocalTime().date().year())));
        // Left uncommitted: rolled back when it leaves scope.
        const CsvTable table = CsvTable::parse("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;Verzorger 1 naam\n"
                                               "X1;Jansen;Sem;01-03-2016;Els Jansen\n");
        PersonImport::Options options;
        options.schoolId = m_school;
        PersonImport(*m_db, AccessScope::system()).plan(table, PersonImport::propose(table.header()), options);
    }, true);
    QVERIFY2(sorted.isEmpty(), qPrintable(QStringLiteral("\n") + sorted.join(QLatin1Char('\n'))));
    const auto planOf = [this](const QString &query) {
        QStringList found;
        for (const QString &plan : std::as_const(m_plans))
            if (plan.contains(query))
                found.append(plan);
        return found.join(QLatin1Char('\n'));
    };
    const QString reference = planOf(QStringLiteral("FROM incidents WHERE substr(reference"));
    QVERIFY2(reference.contains(QLatin1String("INDEX incidents_reference_number")), qPrintable(reference));
    const QString byName = planOf(QStringLiteral("lower(surname) = lower(?)"));
    QVERIFY2(byName.contains(QLatin1String("INDEX persons_surname_birth")), qPrintable(byName));
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
