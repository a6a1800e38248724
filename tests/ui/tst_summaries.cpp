#include "authenticator.h"
#include "database.h"
#include "demodatagenerator.h"
#include "incidentfinder.h"
#include "incidentrepository.h"
#include "incidents/caseview.h"
#include "incidents/incidentsarea.h"
#include "languagesetup.h"
#include "modalhelper.h"
#include "personrepository.h"
#include "persons/dossierview.h"
#include "persons/personsarea.h"
#include "actionrepository.h"
#include "reports/accessrequestdialog.h"
#include "reports/redactiondialog.h"
#include "textfolding.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTextBrowser>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include "publicholidays.h"

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
    void redactedCopyFromTheCaseView();
    void accessRequestFromTheDossier();

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
    const Incident shown = IncidentFinder(*m_db).list(m_session->scope, {}, 1).first();
    CaseView *view = area.openCase(shown.id);
    const QString pdf = m_dir->filePath(QStringLiteral("casus.pdf"));
    const qint64 before = printRecords();
    QVERIFY(view->savePdf(pdf));
    QCOMPARE(printRecords(), before + 1);
    // PDF/A-1b: identified as such in its metadata, with an output intent.
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("pdfaid:part"));
    QVERIFY(bytes.contains("/OutputIntents"));
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
    const Incident shown = IncidentFinder(*m_db).list(m_session->scope, {}, 1).first();
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

void TestSummaries::redactedCopyFromTheCaseView()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
        QSKIP("pdftotext is not installed here.");
    }
    // A case with more than one person, so that someone has to be hidden.
    IncidentsArea area(*m_session);
    std::optional<Incident> chosen;
    for (const Incident &i : IncidentFinder(*m_db).list(m_session->scope, {}, 50)) {
        const Incident full = *IncidentRepository(*m_db).get(m_session->scope, i.id);
        if (full.involvements.size() >= 2) {
            chosen = full;
            break;
        }
    }
    QVERIFY(chosen);
    CaseView *view = area.openCase(chosen->id);
    const std::unique_ptr<RedactionDialog> dialog = view->redactedSummary();
    dialog->show();
    auto *forCombo = dialog->findChild<QComboBox *>(QStringLiteral("forCombo"));
    auto *people = dialog->findChild<QListWidget *>(QStringLiteral("peopleList"));
    auto *preview = dialog->findChild<QTextBrowser *>(QStringLiteral("preview"));
    QVERIFY(forCombo && people && preview);
    const qint64 forId = forCombo->currentData().toLongLong();
    QVERIFY(forId > 0);
    // The person the copy is for is ticked; the others of the case are not, and are labelled.
    PersonRepository persons(*m_db);
    QStringList hidden;
    for (int row = 0; row < people->count(); ++row) {
        const qint64 id = people->item(row)->data(Qt::UserRole).toLongLong();
        if (id == forId)
            QCOMPARE(people->item(row)->checkState(), Qt::Checked);
        if (people->item(row)->checkState() == Qt::Unchecked)
            hidden.append(persons.get(AccessScope::system(), id)->displayName());
    }
    QVERIFY(!hidden.isEmpty());
    QVERIFY(preview->toHtml().contains(QStringLiteral("#ffe27a")));
    for (const QString &name : std::as_const(hidden))
        QVERIFY2(!preview->toPlainText().contains(name), qPrintable(name));
    const QString forName = persons.get(AccessScope::system(), forId)->displayName();
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Afschrift voor %1.").arg(forName)));

    // A word added by hand disappears too; the organisation's city is on the letterhead.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("termEdit")), QStringLiteral("Hengelo"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addTermButton")), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("termList"))->count(), 1);
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Hengelo")));

    const QString pdf = m_dir->filePath(QStringLiteral("afschrift.pdf"));
    const qint64 before = printRecords();
    QVERIFY(dialog->savePdf(pdf));
    QCOMPARE(printRecords(), before + 1);
    const QString content = text(pdf);
    const QStringList words = TextFolding::words(content);
    for (const QString &name : std::as_const(hidden))
        for (const QString &word : TextFolding::words(name))
            if (word.size() > 3 && !TextFolding::words(forName).contains(word))
                QVERIFY2(!words.contains(word), qPrintable(name));
    QVERIFY(content.contains(forName));
    QVERIFY(!content.contains(QStringLiteral("Hengelo")));
    QVERIFY(!content.contains(QStringLiteral("#ffe27a")));
}

void TestSummaries::accessRequestFromTheDossier()
{
    // The request date sets the term shown before anything is written.
    AccessRequestDialog ask(QStringLiteral("Noor Bakker"), 1, nullptr);
    ask.setReceivedOn(QDate(2026, 10, 31));
    QVERIFY(ask.findChild<QLabel *>(QStringLiteral("dueLabel"))->text().contains(QStringLiteral("30-11-2026")));
    ask.setAnswered(true);
    QVERIFY(ask.findChild<QLabel *>(QStringLiteral("dueLabel"))->text().contains(QStringLiteral("als gedaan")));
    QCOMPARE(ask.findChild<QDateEdit *>(QStringLiteral("receivedEdit"))->maximumDate(), QDate::currentDate());

    const Incident shown = IncidentFinder(*m_db).list(m_session->scope, {}, 1).first();
    const qint64 personId = IncidentRepository(*m_db).get(m_session->scope, shown.id)->involvements.first().personId;
    PersonsArea area(*m_session);
    DossierView *view = area.openDossier(personId);
    const std::unique_ptr<RedactionDialog> dialog = view->redactedSummary();
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("forCombo"))->currentData().toLongLong(), personId);
    bool hasZipButton = false;
    for (QPushButton *button : dialog->findChildren<QPushButton *>())
        hasZipButton = hasZipButton || button->text() == QStringLiteral("Inzage&verzoek (ZIP)…");
    QVERIFY(hasZipButton);
    const QString zip = m_dir->filePath(QStringLiteral("inzage.zip"));
    const QDate received = QDate::currentDate().addDays(-5);
    QVERIFY(dialog->exportAccessRequest(received, false, zip));
    QVERIFY(QFileInfo(zip).size() > 1000);
    DeadlineFilter filter;
    filter.personId = personId;
    bool filed = false;
    for (const Action &a : ActionRepository(*m_db).deadlines(m_session->scope, filter))
        filed = filed || (a.kind == ActionKind::Inzageverzoek && a.dueOn == PublicHolidays::extendStatutory(received.addMonths(1)));
    QVERIFY(filed);
    // A folder that does not exist: a Dutch message naming the file, nothing written.
    QString message;
    ModalHelper::answerNextMessageBox(&message);
    QVERIFY(!dialog->exportAccessRequest(received, false, m_dir->filePath(QStringLiteral("geen/inzage.zip"))));
    QVERIFY2(message.contains(QStringLiteral("kan niet worden geschreven")), qPrintable(message));
}

QTEST_MAIN(TestSummaries)
#include "tst_summaries.moc"
