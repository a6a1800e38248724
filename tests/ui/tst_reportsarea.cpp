// Rapportages offscreen on demo data: the counts agree with the incident list for the same
// period and school, the table runs under QAbstractItemModelTester, and the CSV and the PDF
// (read back with pdftotext) hold every table.
#include "authenticator.h"
#include "database.h"
#include "demodatagenerator.h"
#include "incidentfinder.h"
#include "incidentservice.h"
#include "languagesetup.h"
#include "reports/chartview.h"
#include "reports/reportsarea.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestReportsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsAgreeWithTheIncidentList();
    void schoolFilter();
    void csvAndPdf();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    const QDate m_from = QDate::currentDate().addYears(-3);
    const QDate m_to = QDate::currentDate();
};

void TestReportsArea::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 40;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("bestuur"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
}

void TestReportsArea::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestReportsArea::countsAgreeWithTheIncidentList()
{
    ReportsArea area(*m_session);
    area.show();
    area.setPeriod(m_from, m_to);
    IncidentFilter filter;
    filter.from = m_from;
    filter.to = m_to;
    const int listed = IncidentFinder(*m_db).count(m_session->scope, filter);
    QVERIFY(listed > 10);
    QCOMPARE(area.statistics().incidents(), listed);
    QVERIFY(area.totalLabel()->text().startsWith(QStringLiteral("%1 meldingen gemeld van").arg(listed)));

    area.showDimension(Statistics::Dimension::Month);
    QAbstractItemModelTester tester(area.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    int sum = 0;
    for (int row = 0; row < area.model()->rowCount(); ++row)
        sum += area.model()->item(row, 1)->data(Qt::UserRole).toInt();
    QCOMPARE(sum, listed);
    QCOMPARE(area.chart()->rows().size(), area.model()->rowCount());
    // Per platform the incidents add up too (one platform each); the table sorts by count.
    area.showDimension(Statistics::Dimension::Platform);
    sum = 0;
    for (int row = 0; row < area.model()->rowCount(); ++row)
        sum += area.model()->item(row, 1)->data(Qt::UserRole).toInt();
    QCOMPARE(sum, listed);
    area.table()->sortByColumn(1, Qt::AscendingOrder);
    const QAbstractItemModel *shown = area.table()->model();
    for (int row = 1; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row - 1, 1).data(Qt::UserRole).toInt() <= shown->index(row, 1).data(Qt::UserRole).toInt());
    // Registered elsewhere, counted here at once: the ChangeBus refreshes the area.
    IncidentService service(*m_db, m_session->scope);
    Incident added = service.draft(area.schoolCombo()->itemData(1).toLongLong());
    added.title = QStringLiteral("Nieuwe melding");
    added.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
    added.reportedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    added.noCauserReason = QStringLiteral("onbekend");
    service.registerIncident(added);
    QCOMPARE(area.statistics().incidents(), listed + 1);
}

void TestReportsArea::schoolFilter()
{
    ReportsArea area(*m_session);
    area.setPeriod(m_from, m_to);
    QComboBox *school = area.schoolCombo();
    QVERIFY(school->count() >= 3);
    school->setCurrentIndex(1);
    IncidentFilter filter;
    filter.from = m_from;
    filter.to = m_to;
    filter.schoolId = school->currentData().toLongLong();
    QCOMPARE(area.statistics().incidents(), IncidentFinder(*m_db).count(m_session->scope, filter));
    area.showDimension(Statistics::Dimension::School);
    QCOMPARE(area.model()->rowCount(), area.statistics().incidents() > 0 ? 1 : 0);
}

void TestReportsArea::csvAndPdf()
{
    ReportsArea area(*m_session);
    area.setPeriod(m_from, m_to);
    const QString csvPath = m_dir->filePath(QStringLiteral("rapportage.csv"));
    QVERIFY(area.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    for (Statistics::Dimension d : Statistics::dimensions())
        QVERIFY2(text.contains(Statistics::title(d) + QLatin1Char(';')) || area.statistics().rows(d).isEmpty(), qPrintable(Statistics::title(d)));
    QVERIFY(text.contains(QStringLiteral("Meldingen gemeld;;%1;").arg(area.statistics().incidents())));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    const QString pdf = m_dir->filePath(QStringLiteral("rapportage.pdf"));
    QVERIFY(area.savePdf(pdf));
    QProcess extract;
    extract.start(pdftotext, { pdf, QStringLiteral("-") });
    QVERIFY(extract.waitForFinished(60000));
    // NFKC: pdftotext writes ligatures ("ﬀ") where the font has them.
    const QString content = QString::fromUtf8(extract.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY(content.contains(QStringLiteral("Rapportage sociale veiligheid")));
    for (Statistics::Dimension d : Statistics::dimensions())
        QVERIFY2(content.contains(Statistics::title(d)), qPrintable(Statistics::title(d)));
    QVERIFY(content.contains(QStringLiteral("pagina 1 van")));
}

QTEST_MAIN(TestReportsArea)
#include "tst_reportsarea.moc"
