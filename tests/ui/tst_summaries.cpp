#include "authenticator.h"
#include "database.h"
#include "demodatagenerator.h"
#include "incidentfinder.h"
#include "incidentrepository.h"
#include "incidents/caseview.h"
#include "incidents/incidentsarea.h"
#include "languagesetup.h"
#include "personrepository.h"
#include "persons/dossierview.h"
#include "persons/personsarea.h"
#include "session.h"

#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// Summaries from the window: the case summary and the dossier summary saved as PDF, their text
// read back with pdftotext, and the printing recorded in the audit log.
class TestSummaries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void caseSummaryFromTheCaseView();
    void dossierSummaryFromTheDossier();

private:
    QString text(const QString &pdf) const;
    qint64 printRecords() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestSummaries::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestSummaries::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 5;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("bestuur"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
}

void TestSummaries::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestSummaries::text(const QString &pdf) const
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, { "-layout", pdf, "-" });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

qint64 TestSummaries::printRecords() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'print'"));
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

void TestSummaries::caseSummaryFromTheCaseView()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    IncidentsArea area(*m_session);
    const Incident shown = IncidentFinder(*m_db).list(m_session->scope, {}, 0, 1).first();
    CaseView *view = area.openCase(shown.id);
    const QString pdf = m_dir->filePath(QStringLiteral("casus.pdf"));
    const qint64 before = printRecords();
    QVERIFY(view->savePdf(pdf));
    QCOMPARE(printRecords(), before + 1);
    const QString content = text(pdf);
    QVERIFY(content.contains(QStringLiteral("Casusoverzicht %1").arg(shown.reference)));
    QVERIFY2(content.contains(QStringLiteral("afgedrukt door %1").arg(m_session->user.displayName)), qPrintable(content.right(600)));
    const Incident full = *IncidentRepository(*m_db).get(m_session->scope, shown.id);
    for (const Involvement &v : full.involvements)
        QVERIFY(content.contains(PersonRepository(*m_db).get(AccessScope::system(), v.personId)->displayName()));
}

void TestSummaries::dossierSummaryFromTheDossier()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    const Incident shown = IncidentFinder(*m_db).list(m_session->scope, {}, 0, 1).first();
    const qint64 personId = IncidentRepository(*m_db).get(m_session->scope, shown.id)->involvements.first().personId;
    const Person person = *PersonRepository(*m_db).get(AccessScope::system(), personId);
    PersonsArea area(*m_session);
    DossierView *view = area.openDossier(personId);
    QVERIFY(view);
    const QString pdf = m_dir->filePath(QStringLiteral("dossier.pdf"));
    QVERIFY(view->savePdf(pdf));
    const QString content = text(pdf);
    QVERIFY2(content.contains(person.displayName()), qPrintable(content.left(400)));
    for (const char *section : { "Meldingen", "Maatregelen", "Chronologie", "Correspondentie", "Bijlagen" })
        QVERIFY2(content.contains(QString::fromUtf8(section)), section);
    QVERIFY(content.contains(shown.reference));
    QVERIFY(content.contains(QStringLiteral("pagina 1 van")));
}

QTEST_MAIN(TestSummaries)
#include "tst_summaries.moc"
