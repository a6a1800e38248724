#include "actionrepository.h"
#include "admin/ladderspage.h"
#include "authenticator.h"
#include "database.h"
#include "deadlines/deadlinesarea.h"
#include "demodatagenerator.h"
#include "incidents/caseview.h"
#include "incidents/incidentsarea.h"
#include "incidentservice.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "measures/measuredialog.h"
#include "measures/measurespanel.h"
#include "measuretyperepository.h"
#include "modalhelper.h"
#include "models/deadlinelistmodel.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "procedures.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QSortFilterProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// Measures through the real form, their actions in the case and in Termijnen, the summary after
// login, and the ladders and holidays in Beheer.
class TestTermijnen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suspensionThroughTheFormFillsTermijnen();
    void sixDaySuspensionRefusedInTheForm();
    void doneFromTheList();
    void laddersAndHolidays();

private:
    Incident freshIncident();
    QDate nextMonday() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_pupil = 0;
};

void TestTermijnen::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestTermijnen::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 6;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("directeur"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTermijnen::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

QDate TestTermijnen::nextMonday() const
{
    // A Monday in the past (decided) that starts eight school days in a row: no public holiday
    // or school holiday in it, whenever the tests run.
    const SchoolCalendar calendar = Procedures(*m_db).calendar(m_session->user.schoolIds.first());
    const QDate today = QDate::currentDate();
    QDate monday = today.addDays(-(today.dayOfWeek() - 1) - 7);
    while (calendar.schoolDays(monday, monday.addDays(9)) < 8)
        monday = monday.addDays(-7);
    return monday;
}

Incident TestTermijnen::freshIncident()
{
    IncidentService service(*m_db, m_session->scope);
    Incident incident = service.draft(m_session->user.schoolIds.first());
    incident.title = QStringLiteral("Dreigend bericht in de klassenapp");
    incident.occurredAt = QDateTime::currentDateTimeUtc().addDays(-20);
    incident.reportedAt = incident.occurredAt.addSecs(3600);
    incident.severity = Severity::Ernstig;
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    pupils.schoolId = incident.schoolId;
    m_pupil = PersonRepository(*m_db).list(m_session->scope, pupils, 0, 1).first().id;
    Involvement causer;
    causer.personId = m_pupil;
    causer.role = InvolvementRole::Veroorzaker;
    incident.involvements.append(causer);
    service.registerIncident(incident);
    incident.articleIds = { ProtocolRepository(*m_db).version(incident.protocolVersionId)->articles.first().id };
    service.save(incident);
    service.changeStatus(incident, IncidentStatus::InBehandeling, QString());
    return incident;
}

void TestTermijnen::suspensionThroughTheFormFillsTermijnen()
{
    const Incident incident = freshIncident();
    CaseView *view = m_window->incidentsArea()->openCase(incident.id);
    QVERIFY(view);
    const QDate monday = nextMonday();
    QString advice;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *form = qobject_cast<MeasureDialog *>(widget);
        QVERIFY(form);
        advice = form->findChild<QLabel *>(QStringLiteral("adviceLabel"))->text();
        QVERIFY(form->chooseType(QStringLiteral("schorsing")));
        form->setStatus(MeasureStatus::Opgelegd);
        form->findChild<QDateEdit *>(QStringLiteral("proposedEdit"))->setDate(monday);
        form->findChild<QDateEdit *>(QStringLiteral("decidedEdit"))->setDate(monday);
        form->setPeriod(monday, monday.addDays(1));
        form->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
    });
    view->measures()->newMeasureButton()->click();
    QVERIFY2(advice.contains(QStringLiteral("Schorsing")), qPrintable(advice));
    QCOMPARE(view->measures()->measuresTable()->rowCount(), 1);
    QCOMPARE(view->measures()->actionsTable()->rowCount(), 2);
    // Both actions are due on the first day of the suspension, and overdue now: in red in Termijnen.
    DeadlinesArea *deadlines = m_window->deadlinesArea();
    m_window->showArea(deadlines);
    QStringList titles;
    for (int row = 0; row < deadlines->model()->rowCount(); ++row) {
        const Action a = deadlines->model()->action(row);
        if (a.incidentId == incident.id) {
            titles.append(toCode(a.kind));
            QCOMPARE(a.dueOn, monday);
            QCOMPARE(deadlines->model()->data(deadlines->model()->index(row, 0), DeadlineListModel::UrgencyRole).toInt(), 2);
        }
    }
    titles.sort();
    QCOMPARE(titles, QStringList({ "inspectie_informeren", "ouders_informeren" }));
    // The summary after the next login names them.
    MainWindow again(*m_session);
    QVERIFY2(again.deadlineSummary().contains(QStringLiteral("verstreken")), qPrintable(again.deadlineSummary()));
}

void TestTermijnen::sixDaySuspensionRefusedInTheForm()
{
    const Incident incident = freshIncident();
    CaseView *view = m_window->incidentsArea()->openCase(incident.id);
    const QDate monday = nextMonday();
    QString message;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *form = qobject_cast<MeasureDialog *>(widget);
        QVERIFY(form->chooseType(QStringLiteral("schorsing")));
        form->setStatus(MeasureStatus::Opgelegd);
        form->findChild<QDateEdit *>(QStringLiteral("proposedEdit"))->setDate(monday);
        form->findChild<QDateEdit *>(QStringLiteral("decidedEdit"))->setDate(monday);
        form->setPeriod(monday, monday.addDays(7));
        form->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        message = form->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        QVERIFY(form->isVisible());
        form->reject();
    });
    view->measures()->newMeasureButton()->click();
    QVERIFY2(message.contains(QStringLiteral("40c")) && message.contains(QStringLiteral("6")), qPrintable(message));
    QCOMPARE(view->measures()->measuresTable()->rowCount(), 0);
}

void TestTermijnen::doneFromTheList()
{
    DeadlinesArea *deadlines = m_window->deadlinesArea();
    QAbstractItemModelTester tester(deadlines->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Incident incident = freshIncident();
    incident.unsafeHomeSigns = true;
    IncidentService(*m_db, m_session->scope).save(incident);
    const int before = deadlines->model()->rowCount();
    QVERIFY(before >= 1);
    int row = -1;
    for (int r = 0; r < before; ++r)
        if (deadlines->model()->action(r).kind == ActionKind::VeiligThuis)
            row = r;
    QVERIFY(row >= 0);
    deadlines->view()->setCurrentIndex(deadlines->view()->model()->index(
        static_cast<QSortFilterProxyModel *>(deadlines->view()->model())->mapFromSource(deadlines->model()->index(row, 0)).row(), 0));
    ModalHelper::onNextModal([](QWidget *widget) {
        widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    deadlines->doneAction()->trigger();
    QCOMPARE(deadlines->model()->rowCount(), before - 1);
    // Filters: by kind.
    deadlines->kindCombo()->setCurrentIndex(deadlines->kindCombo()->findData(int(ActionKind::VeiligThuis)));
    QCOMPARE(deadlines->model()->rowCount(), 0);
    // A police report is closed, either way, only by a user the board authorised: the director
    // of the demo is not.
    QVERIFY(!m_session->user.mayReportToPolice);
    incident.possiblyCriminal = true;
    IncidentService(*m_db, m_session->scope).save(incident);
    deadlines->kindCombo()->setCurrentIndex(deadlines->kindCombo()->findData(int(ActionKind::Aangifte)));
    QVERIFY(deadlines->model()->rowCount() >= 1);
    deadlines->view()->setCurrentIndex(deadlines->view()->model()->index(0, 0));
    QCOMPARE(deadlines->model()->action(0).kind, ActionKind::Aangifte);
    QVERIFY(!deadlines->doneAction()->isEnabled());
    QVERIFY(!deadlines->notNeededAction()->isEnabled());
}

void TestTermijnen::laddersAndHolidays()
{
    // Beheer as the administrator.
    const Authenticator::Result admin = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    Session session{ m_db.get(), admin.user, admin.scope };
    LaddersPage page(session);
    page.ladderCombo()->setCurrentIndex(page.ladderCombo()->findData(int(Ladder::Leerling)));
    const int rungs = page.rungsTable()->rowCount();
    QVERIFY(page.saveRung(QStringLiteral("Time-out"), 2, true, false, true, QString(), true));
    QCOMPARE(page.rungsTable()->rowCount(), rungs + 1);
    QCOMPARE(MeasureTypeRepository(*m_db).ladder(Ladder::Leerling).size(), rungs + 1);
    page.selectRung(0);
    QVERIFY(page.saveRung(QStringLiteral("Officiële waarschuwing"), 1, true, false, true, QString(), false));
    QCOMPARE(MeasureTypeRepository(*m_db).ladder(Ladder::Leerling).first().name, QStringLiteral("Officiële waarschuwing"));
    QCOMPARE(MeasureTypeRepository(*m_db).ladder(Ladder::Leerling).first().code, QStringLiteral("waarschuwing"));
    const qint64 school = SchoolRepository(*m_db).list(AccessScope::system()).first().id;
    page.holidaySchoolCombo()->setCurrentIndex(page.holidaySchoolCombo()->findData(school));
    const int holidays = page.holidaysTable()->rowCount();
    QVERIFY(page.addHoliday(QStringLiteral("Studiedag"), QDate(2026, 12, 2), QDate(2026, 12, 2)));
    QCOMPARE(page.holidaysTable()->rowCount(), holidays + 1);
    QCOMPARE(SchoolRepository(*m_db).holidays(school).size(), holidays + 1);
    // A day off of the board is no working day either; the public holidays are listed to check.
    QVERIFY(page.addHoliday(QStringLiteral("Brugdag"), QDate(2027, 5, 7), QDate(2027, 5, 7), true));
    QCOMPARE(page.holidaysTable()->rowCount(), holidays + 2);
    bool listed = false;
    for (int row = 0; row < page.holidaysTable()->rowCount(); ++row)
        listed = listed || (page.holidaysTable()->item(row, 0)->text() == QLatin1String("Brugdag")
                            && page.holidaysTable()->item(row, 4)->text() == QLatin1String("ja"));
    QVERIFY(listed);
    QVERIFY(!Procedures(*m_db).calendar(school).isWorkingDay(QDate(2027, 5, 7)));
    const QString publicDays = page.findChild<QLabel *>(QStringLiteral("publicHolidaysLabel"))->text();
    QVERIFY2(publicDays.contains(QStringLiteral("Koningsdag")) && publicDays.contains(QStringLiteral("Tweede Paasdag")),
             qPrintable(publicDays));
}

QTEST_MAIN(TestTermijnen)
#include "tst_termijnen.moc"
