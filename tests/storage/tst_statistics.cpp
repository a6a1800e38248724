// Rapportages: counts without names from StatisticsRepository and Statistics on both databases —
// per month by the local day an incident was reported, per school, platform, harm, person kind
// and measure; the period's edges, the school filter, what a director may see, and the CSV.
#include "accessscope.h"
#include "incidentservice.h"
#include "labels.h"
#include "languagesetup.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "schoolrepository.h"
#include "statistics.h"
#include "statisticsrepository.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QTest>
#include <QTimeZone>
#include <ctime>

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void countsPerTable();
    void periodEdgesAreLocalDays();
    void schoolFilterAndAccess();
    void csvForASpreadsheet();

private:
    qint64 addPerson(Transaction &tx, PersonKind kind, const QString &surname, qint64 school);
    qint64 registered(qint64 school, const QDateTime &reported, Platform platform, const QList<Harm> &harms, qint64 causer,
                      qint64 victim);
    static int count(const QList<Statistics::Row> &rows, const QString &label);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AccessScope m_board;
    AccessScope m_esch;     // director of De Esch only
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
    qint64 m_pupil1 = 0;
    qint64 m_pupil2 = 0;
    qint64 m_teacher = 0;
};

void TestStatistics::initTestCase()
{
    // Month and period edges are local days: test them where local time is not UTC.
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

qint64 TestStatistics::addPerson(Transaction &tx, PersonKind kind, const QString &surname, qint64 school)
{
    Person p;
    p.kind = kind;
    p.givenNames = QStringLiteral("Sam");
    p.surname = surname;
    p.schoolId = school;
    if (kind == PersonKind::Leerling)
        p.birthDate = QDate(2014, 1, 1);
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

void TestStatistics::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    Transaction tx(*m_db, AccessScope::system());
    School a;
    a.name = QStringLiteral("De Esch");
    SchoolRepository(*m_db).insert(tx, a);
    School b;
    b.name = QStringLiteral("Het Baken");
    SchoolRepository(*m_db).insert(tx, b);
    m_schoolA = a.id;
    m_schoolB = b.id;
    User board;
    board.login = QStringLiteral("bestuur");
    board.displayName = QStringLiteral("Bestuur");
    board.role = UserRole::Bestuur;
    UserRepository(*m_db).insert(tx, board);
    m_board = AccessScope(board.id, board.login, board.role, {});
    User director;
    director.login = QStringLiteral("esch");
    director.displayName = QStringLiteral("Directeur De Esch");
    director.role = UserRole::Directeur;
    director.schoolIds = { a.id };
    UserRepository(*m_db).insert(tx, director);
    m_esch = AccessScope(director.id, director.login, director.role, director.schoolIds);
    m_pupil1 = addPerson(tx, PersonKind::Leerling, QStringLiteral("Een"), a.id);
    m_pupil2 = addPerson(tx, PersonKind::Leerling, QStringLiteral("Twee"), a.id);
    m_teacher = addPerson(tx, PersonKind::Medewerker, QStringLiteral("Drie"), b.id);
    tx.commit();

    const QTimeZone amsterdam("Europe/Amsterdam");
    const auto at = [&amsterdam](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), amsterdam); };
    const qint64 first = registered(m_schoolA, at(2026, 3, 10, 10, 0), Platform::Instagram, { Harm::Pesten, Harm::Kwetsen }, m_pupil1, m_pupil2);
    registered(m_schoolA, at(2026, 3, 31, 23, 30), Platform::X, { Harm::Pesten }, 0, m_pupil1);
    // 00:30 on 1 April in Amsterdam is still 31 March in UTC: it counts as April.
    registered(m_schoolB, at(2026, 4, 1, 0, 30), Platform::WhatsApp, {}, m_teacher, m_pupil1);
    registered(m_schoolB, at(2026, 4, 15, 12, 0), Platform::Instagram, {}, m_pupil2, 0);
    registered(m_schoolA, at(2026, 2, 28, 12, 0), Platform::Instagram, { Harm::Bedreigen }, m_pupil2, 0);     // before the period

    MeasureType warning;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(Ladder::Leerling))
        if (t.rank == 1)
            warning = t;
    Measure m;
    m.incidentId = first;
    m.personId = m_pupil1;
    m.measureTypeId = warning.id;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = QDate(2026, 3, 12);
    MeasureService(*m_db, m_board).propose(m);
}

qint64 TestStatistics::registered(qint64 school, const QDateTime &reported, Platform platform, const QList<Harm> &harms, qint64 causer,
                                  qint64 victim)
{
    IncidentService service(*m_db, m_board);
    Incident i = service.draft(school);
    i.title = QStringLiteral("Melding");
    i.occurredAt = reported.addSecs(-3600);
    i.reportedAt = reported;
    i.platform = platform;
    i.harms = harms;
    if (causer) {
        Involvement v;
        v.personId = causer;
        v.role = InvolvementRole::Veroorzaker;
        i.involvements.append(v);
    } else {
        i.noCauserReason = QStringLiteral("anoniem");
    }
    if (victim) {
        Involvement v;
        v.personId = victim;
        v.role = InvolvementRole::Slachtoffer;
        i.involvements.append(v);
    }
    service.registerIncident(i);
    return i.id;
}

void TestStatistics::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestStatistics::count(const QList<Statistics::Row> &rows, const QString &label)
{
    for (const Statistics::Row &row : rows)
        if (row.label == label)
            return row.count;
    return -1;
}

void TestStatistics::countsPerTable()
{
    const QDate from(2026, 3, 1);
    const QDate to(2026, 4, 30);
    const Statistics s(StatisticsRepository(*m_db).facts(m_board, from, to), from, to);
    QCOMPARE(s.incidents(), 4);
    const QList<Statistics::Row> months = s.rows(Statistics::Dimension::Month);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).label, QStringLiteral("mrt. 2026"));
    QCOMPARE(months.at(0).count, 2);
    QCOMPARE(months.at(1).count, 2);
    const QList<Statistics::Row> platforms = s.rows(Statistics::Dimension::Platform);
    QCOMPARE(platforms.first().label, Labels::platform(Platform::Instagram));      // most first
    QCOMPARE(count(platforms, Labels::platform(Platform::Instagram)), 2);
    QCOMPARE(count(platforms, Labels::platform(Platform::WhatsApp)), 1);
    QCOMPARE(count(platforms, Labels::platform(Platform::X)), 1);
    const QList<Statistics::Row> harms = s.rows(Statistics::Dimension::Harm);
    QCOMPARE(count(harms, Labels::harm(Harm::Pesten)), 2);
    QCOMPARE(count(harms, Labels::harm(Harm::Kwetsen)), 1);
    QCOMPARE(count(harms, Labels::harm(Harm::Bedreigen)), -1);     // outside the period
    QCOMPARE(count(harms, QStringLiteral("(niet vastgelegd)")), 2);
    QCOMPARE(count(s.rows(Statistics::Dimension::School), QStringLiteral("De Esch")), 2);
    QCOMPARE(count(s.rows(Statistics::Dimension::School), QStringLiteral("Het Baken")), 2);
    const QList<Statistics::Row> causers = s.rows(Statistics::Dimension::CauserKind);
    QCOMPARE(count(causers, Labels::personKind(PersonKind::Leerling)), 2);
    QCOMPARE(count(causers, Labels::personKind(PersonKind::Medewerker)), 1);
    QCOMPARE(count(s.rows(Statistics::Dimension::VictimKind), Labels::personKind(PersonKind::Leerling)), 3);
    const QList<Statistics::Row> measures = s.rows(Statistics::Dimension::Measure);
    QCOMPARE(measures.size(), 1);
    QCOMPARE(measures.first().count, 1);
    QCOMPARE(count(s.rows(Statistics::Dimension::Article), QStringLiteral("(geen artikel gekozen)")), 4);
}

void TestStatistics::periodEdgesAreLocalDays()
{
    StatisticsRepository repository(*m_db);
    QCOMPARE(repository.facts(m_board, QDate(2026, 3, 1), QDate(2026, 3, 31)).size(), 2);
    QCOMPARE(repository.facts(m_board, QDate(2026, 4, 1), QDate(2026, 4, 1)).size(), 1);
    QCOMPARE(repository.facts(m_board, QDate(2026, 2, 28), QDate(2026, 2, 28)).size(), 1);
    // Every month of the period is a row, also the empty ones.
    const Statistics year(repository.facts(m_board, QDate(2026, 1, 1), QDate(2026, 12, 31)), QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QList<Statistics::Row> months = year.rows(Statistics::Dimension::Month);
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(0).count, 0);
    QCOMPARE(months.at(1).count, 1);
    int sum = 0;
    for (const Statistics::Row &row : months)
        sum += row.count;
    QCOMPARE(sum, year.incidents());
}

void TestStatistics::schoolFilterAndAccess()
{
    StatisticsRepository repository(*m_db);
    QCOMPARE(repository.facts(m_board, QDate(2026, 1, 1), QDate(2026, 12, 31), m_schoolB).size(), 2);
    QCOMPARE(repository.facts(m_esch, QDate(2026, 1, 1), QDate(2026, 12, 31)).size(), 3);
    QCOMPARE(repository.facts(m_esch, QDate(2026, 1, 1), QDate(2026, 12, 31), m_schoolB).size(), 0);
}

void TestStatistics::csvForASpreadsheet()
{
    const QDate from(2026, 3, 1);
    const QDate to(2026, 4, 30);
    const QByteArray csv = Statistics(StatisticsRepository(*m_db).facts(m_board, from, to), from, to).csv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("Tabel;Waarde;Aantal;Periode"));
    QVERIFY(lines.contains(QStringLiteral("Meldingen gemeld;;4;01-03-2026 – 30-04-2026")));
    QVERIFY(lines.contains(QStringLiteral("Meldingen per maand;mrt. 2026;2;01-03-2026 – 30-04-2026")));
    QVERIFY(lines.contains(QStringLiteral("Meldingen per school;De Esch;2;01-03-2026 – 30-04-2026")));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char(';')), 3);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
