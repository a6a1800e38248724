#include "admin/adminarea.h"
#include "admin/auditpage.h"
#include "admin/backupkeydialog.h"
#include "admin/backuppage.h"
#include "admin/recoverysheetdialog.h"
#include "backupkeyservice.h"
#include "common/passphraseform.h"
#include "sealedbackup.h"
#include "backupschedule.h"
#include "startupflow.h"
#include "admin/databasepage.h"
#include "common/connectionform.h"
#include "connectionsettings.h"
#include "admin/organisationpage.h"
#include "admin/protocolpage.h"
#include "admin/retentionpage.h"
#include "persons/personpicker.h"
#include "persons/pickpersondialog.h"
#include "protocolrepository.h"
#include "admin/settingspage.h"
#include "admin/userspage.h"
#include "authenticator.h"
#include "database.h"
#include "demodatagenerator.h"
#include "languagesetup.h"
#include "modalhelper.h"
#include "models/auditlogmodel.h"
#include "models/settingsmodel.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "schoolrepository.h"
#include "admin/ladderspage.h"
#include "procedures.h"
#include "session.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "settingsrepository.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"
#include "userservice.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QTextBrowser>
#include <QComboBox>
#include <QDateEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolBar>

// Beheer through its real pages: organisation and schools, users, settings; and what someone
// who is not an administrator may not do there.
class TestAdminArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void organisationEditedAndSaved();
    void staleOrganisationSaveIsRefused();
    void schoolAddedEditedAndDeactivated();
    void userAddedWithTemporaryPassword();
    void userResetAndDeactivated();
    void settingsEditedThroughTheTable();
    void nonAdministratorCannotChangeAnything();
    void databasePageCopiesToServer();
    void protocolEditedInANewVersion();
    void auditTrailShowsWhatHappened();
    void retentionPageDestroysAfterConfirmation();
    void backupPageMakesAndPutsBack();
    void backupPageSealsAndOpensWithThePassphrase();
    void databasePageSaysWhetherTheDiskIsEncrypted();

private:
    static void type(QWidget *parent, const char *name, const QString &text);
    static void clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which);
    static int rowOf(QTableView *view, int column, const QString &text);
    Session login(const QString &name);
    // Closes the window and starts the program again, as after "Close and put back"; returns
    // what it said about the backup.
    QString restartWithPendingRestore(const QString &location);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AdminArea> m_area;
};

void TestAdminArea::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

Session TestAdminArea::login(const QString &name)
{
    const Authenticator::Result result = Authenticator(*m_db).login(name, QStringLiteral("demo"));
    return Session{ m_db.get(), result.user, result.scope };
}

void TestAdminArea::init()
{
    QSettings().clear();    // no connection or column widths remembered from an earlier run
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 5;
    DemoDataGenerator(*m_db).generate(options);
    m_session = std::make_unique<Session>(login(QStringLiteral("beheerder")));
    m_area = std::make_unique<AdminArea>(*m_session);
    m_area->resize(1200, 800);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
}

void TestAdminArea::cleanup()
{
    m_area.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAdminArea::type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestAdminArea::clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    dialog->findChild<QDialogButtonBox *>()->button(which)->click();
}

int TestAdminArea::rowOf(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    return -1;
}

void TestAdminArea::organisationEditedAndSaved()
{
    OrganisationPage *page = m_area->organisationPage();
    QVERIFY(!page->saveOrganisationAction()->isEnabled());
    type(page, "cityEdit", QStringLiteral("Borne"));
    QVERIFY(page->saveOrganisationAction()->isEnabled());
    QVERIFY(m_area->hasUnsavedChanges());
    page->saveOrganisationAction()->trigger();
    QCOMPARE(OrganisationRepository(*m_db).get()->city, QStringLiteral("Borne"));
    QVERIFY(!m_area->hasUnsavedChanges());
}

void TestAdminArea::staleOrganisationSaveIsRefused()
{
    // Someone else saves the organisation after this page loaded it.
    {
        Organisation other = *OrganisationRepository(*m_db).get();
        other.phone = QStringLiteral("074-1234567");
        Transaction tx(*m_db, login(QStringLiteral("bestuur")).scope);
        OrganisationRepository(*m_db).save(tx, other);
        tx.commit();
    }
    OrganisationPage *page = m_area->organisationPage();
    type(page, "cityEdit", QStringLiteral("Goor"));
    QString message;
    QString question;
    ModalHelper::onNextModal([&](QWidget *error) {
        message = qobject_cast<QMessageBox *>(error)->text();
        ModalHelper::answerNextMessageBox(&question, false);     // "reload?" — no, keep my edits on screen
        qobject_cast<QMessageBox *>(error)->button(QMessageBox::Ok)->click();
    });
    page->saveOrganisationAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("opnieuw laden")), qPrintable(question));
    QVERIFY2(message.contains(QStringLiteral("bestuur")), qPrintable(message));
    const Organisation stored = *OrganisationRepository(*m_db).get();
    QCOMPARE(stored.phone, QStringLiteral("074-1234567"));
    QVERIFY(stored.city != QStringLiteral("Goor"));
}

void TestAdminArea::schoolAddedEditedAndDeactivated()
{
    OrganisationPage *page = m_area->organisationPage();
    QTableView *view = page->schoolsView();
    const int before = view->model()->rowCount();
    ModalHelper::onNextModal([](QWidget *dialog) {
        type(dialog, "nameEdit", QStringLiteral("IKC Het Anker"));
        type(dialog, "brinEdit", QStringLiteral("99zz"));
        clickButton(dialog, QDialogButtonBox::Save);
    });
    page->addSchoolAction()->trigger();
    QCOMPARE(view->model()->rowCount(), before + 1);
    const int row = rowOf(view, 0, QStringLiteral("IKC Het Anker"));
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, 1).data().toString(), QStringLiteral("99ZZ"));

    view->setCurrentIndex(view->model()->index(row, 0));
    ModalHelper::onNextModal([](QWidget *dialog) {
        type(dialog, "cityEdit", QStringLiteral("Delden"));
        clickButton(dialog, QDialogButtonBox::Save);
    });
    QTest::keyClick(view, Qt::Key_Return);      // Enter opens the school
    QCOMPARE(view->model()->index(rowOf(view, 0, QStringLiteral("IKC Het Anker")), 2).data().toString(), QStringLiteral("Delden"));

    view->setCurrentIndex(view->model()->index(rowOf(view, 0, QStringLiteral("IKC Het Anker")), 0));
    QString question;
    ModalHelper::answerNextMessageBox(&question);
    page->toggleSchoolAction()->trigger();
    QVERIFY(question.contains(QStringLiteral("IKC Het Anker")));
    bool active = true;
    for (const School &s : SchoolRepository(*m_db).list(AccessScope::system()))
        if (s.name == QLatin1String("IKC Het Anker"))
            active = s.active;
    QVERIFY(!active);
    QCOMPARE(view->model()->rowCount(), before + 1);        // deactivated, never deleted
}

void TestAdminArea::userAddedWithTemporaryPassword()
{
    UsersPage *page = m_area->usersPage();
    QTableView *view = page->view();
    const int before = view->model()->rowCount();
    ModalHelper::onNextModal([](QWidget *dialog) {
        type(dialog, "displayNameEdit", QStringLiteral("Joost ter Horst"));
        type(dialog, "loginEdit", QStringLiteral("j.terhorst"));
        auto *schools = dialog->findChild<QListWidget *>(QStringLiteral("schoolsList"));
        schools->item(0)->setCheckState(Qt::Checked);
        type(dialog, "passwordEdit", QStringLiteral("Tijdelijk-2026"));
        type(dialog, "repeatEdit", QStringLiteral("Tijdelijk-2026"));
        clickButton(dialog, QDialogButtonBox::Save);
    });
    page->newUserAction()->trigger();
    QCOMPARE(view->model()->rowCount(), before + 1);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("j.terhorst"), QStringLiteral("Tijdelijk-2026"));
    QCOMPARE(result.outcome, Authenticator::Outcome::LoggedIn);
    QVERIFY(result.user.mustChangePassword);
    QCOMPARE(result.user.role, UserRole::Directeur);
    QCOMPARE(result.user.schoolIds.size(), 1);
    // The filter finds them.
    QTest::keyClicks(page->filterEdit(), QStringLiteral("horst"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestAdminArea::userResetAndDeactivated()
{
    UsersPage *page = m_area->usersPage();
    QTableView *view = page->view();
    const int row = rowOf(view, 1, QStringLiteral("melder"));
    QVERIFY(row >= 0);
    view->setCurrentIndex(view->model()->index(row, 0));
    QVERIFY(page->resetAction()->isEnabled());
    ModalHelper::onNextModal([](QWidget *dialog) {
        type(dialog, "newEdit", QStringLiteral("Opnieuw-beginnen-1"));
        type(dialog, "repeatEdit", QStringLiteral("Opnieuw-beginnen-1"));
        ModalHelper::answerNextMessageBox();        // "the password was reset"
        clickButton(dialog, QDialogButtonBox::Ok);
    });
    page->resetAction()->trigger();
    QVERIFY(Authenticator(*m_db).login(QStringLiteral("melder"), QStringLiteral("Opnieuw-beginnen-1")).user.mustChangePassword);

    view->setCurrentIndex(view->model()->index(rowOf(view, 1, QStringLiteral("melder")), 0));
    ModalHelper::answerNextMessageBox();
    page->toggleAction()->trigger();
    QCOMPARE(Authenticator(*m_db).login(QStringLiteral("melder"), QStringLiteral("Opnieuw-beginnen-1")).outcome,
             Authenticator::Outcome::Inactive);
    // An administrator cannot deactivate themselves.
    view->setCurrentIndex(view->model()->index(rowOf(view, 1, QStringLiteral("beheerder")), 0));
    QVERIFY(!page->toggleAction()->isEnabled());
}

void TestAdminArea::settingsEditedThroughTheTable()
{
    m_area->tabs()->setCurrentWidget(m_area->settingsPage());
    SettingsPage *page = m_area->settingsPage();
    QTableView *view = page->view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(Qt::UserRole).toString() == QLatin1String("lock_after_minutes"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex value = view->model()->index(row, SettingsModel::Value);
    view->setCurrentIndex(value);
    QTest::keyClick(view, Qt::Key_F2);          // the platform's edit key opens the spin box
    auto *editor = view->findChild<QSpinBox *>();
    QVERIFY(editor);
    QCOMPARE(editor->maximum(), 240);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("30"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(value.data().toInt(), 30);     // the delegate commits through a queued call
    QVERIFY(page->saveAction()->isEnabled());
    page->languageCombo()->setCurrentIndex(page->languageCombo()->findData(QStringLiteral("en")));
    page->saveAction()->trigger();
    QCOMPARE(SettingsRepository(*m_db).intValue("lock_after_minutes", 0), 30);
    QCOMPARE(SettingsRepository(*m_db).value("language"), QStringLiteral("en"));
    QVERIFY(!page->saveAction()->isEnabled());

    // A choice (Liberation Day) is shown in words and edited with a list.
    row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(Qt::UserRole).toString() == QLatin1String("liberation_day_off"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex choice = view->model()->index(row, SettingsModel::Value);
    QCOMPARE(choice.data().toString(), QStringLiteral("eens per vijf jaar vrij (2025, 2030, …)"));
    QVERIFY(!view->model()->index(row, SettingsModel::Source).data().toString().isEmpty());
    view->setCurrentIndex(choice);
    QTest::keyClick(view, Qt::Key_F2);
    auto *list = view->findChild<QComboBox *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    // Beheer → Ladders en vakanties lists the public holidays of this year and the next as the
    // settings count them, and follows a change.
    const auto publicDays = [this] {
        return m_area->laddersPage()->findChild<QLabel *>(QStringLiteral("publicHolidaysLabel"))->text();
    };
    const int year = QDate::currentDate().year();
    if (year % 5 != 0 && (year + 1) % 5 != 0)
        QVERIFY2(!publicDays().contains(QStringLiteral("5 mei Bevrijdingsdag")), qPrintable(publicDays()));
    list->setCurrentIndex(2);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(choice.data().toString(), QStringLiteral("elk jaar vrij"));
    page->saveAction()->trigger();
    QCOMPARE(SettingsRepository(*m_db).intValue("liberation_day_off", 0), 2);
    QVERIFY2(publicDays().contains(QStringLiteral("5 mei Bevrijdingsdag")), qPrintable(publicDays()));
    QVERIFY(!Procedures(*m_db).calendar(0).isWorkingDay(QDate(2027, 5, 5)));
}

void TestAdminArea::nonAdministratorCannotChangeAnything()
{
    Session director = login(QStringLiteral("directeur"));
    AdminArea area(director);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(!area.organisationPage()->addSchoolAction()->isEnabled());
    QVERIFY(!area.organisationPage()->saveOrganisationAction()->isEnabled());
    QVERIFY(!area.organisationPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled()
            || area.organisationPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
    QCOMPARE(area.organisationPage()->schoolsView()->model()->rowCount(), 1);     // their own school
    QCOMPARE(area.usersPage()->view()->model()->rowCount(), 1);                  // only themselves
    QVERIFY(!area.usersPage()->newUserAction()->isEnabled());
    QVERIFY(!area.settingsPage()->languageCombo()->isEnabled());
    QVERIFY(!area.auditPage());
    QVERIFY(!area.retentionPage());
    QVERIFY(!area.backupPage());     // the trail holds confidential content: administrators only
    QCOMPARE(area.settingsPage()->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    // The disabled buttons are not the guard: the services refuse the same director.
    User self = director.user;
    self.role = UserRole::Beheerder;
    self.schoolIds.clear();
    QVERIFY_THROWS_EXCEPTION(StorageError, UserService(*m_db, director.scope).save(self));
    QCOMPARE(UserRepository(*m_db).get(AccessScope::system(), director.user.id)->role, UserRole::Directeur);
    QVERIFY_THROWS_EXCEPTION(StorageError, SettingsService(*m_db, director.scope)
                                               .save({ { QStringLiteral("pupil_suspension_max_school_days"), QStringLiteral("4") } }));
    QCOMPARE(SettingsRepository(*m_db).intValue(QStringLiteral("pupil_suspension_max_school_days"), 0), 5);
}

void TestAdminArea::databasePageCopiesToServer()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server (DOSSIERKAST_TEST_POSTGRESQL).");
    m_area->tabs()->setCurrentWidget(m_area->databasePage());
    DatabasePage *page = m_area->databasePage();
    QVERIFY(!page->copyAction()->isEnabled());      // the form still shows this file
    const QString server = TestDatabase::newPostgresqlDatabase();
    page->form()->setLocation(server);
    emit page->form()->edited();
    QVERIFY(page->copyAction()->isEnabled());
    QString done;
    ModalHelper::onNextModal([&done](QWidget *question) {
        ModalHelper::answerNextMessageBox(&done);     // "copied and checked"
        qobject_cast<QMessageBox *>(question)->button(QMessageBox::Yes)->click();
    });
    page->copyAction()->trigger();
    QVERIFY2(done.contains(QStringLiteral("gecontroleerd")), qPrintable(done));
    QCOMPARE(ConnectionSettings::location(), server);
    auto copy = Database::open(server);
    QCOMPARE(Authenticator(*copy).login(QStringLiteral("directeur"), QStringLiteral("demo")).outcome,
             Authenticator::Outcome::LoggedIn);
    QCOMPARE(SchoolRepository(*copy).list(AccessScope::system()).size(),
             SchoolRepository(*m_db).list(AccessScope::system()).size());
}

void TestAdminArea::protocolEditedInANewVersion()
{
    ProtocolPage *page = m_area->protocolPage();
    m_area->tabs()->setCurrentWidget(page);
    ProtocolRepository protocols(*m_db);
    const ProtocolVersion old = protocols.versions().last();
    const int oldArticles = int(protocols.version(old.id)->articles.size());
    QVERIFY(page->addVersion(QStringLiteral("Protocol 2027"), QDate(2027, 1, 1)));
    QCOMPARE(protocols.versions().size(), 2);
    QCOMPARE(page->currentVersion().name, QStringLiteral("Protocol 2027"));
    QCOMPARE(page->currentVersion().articles.size(), oldArticles);
    // The same in-force date twice is refused with a message.
    QVERIFY(!page->addVersion(QStringLiteral("Nog een"), QDate(2027, 1, 1)));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    // The board pastes its official wording into the new version's first article.
    page->selectArticle(0);
    auto *body = page->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    body->setPlainText(QStringLiteral("Officiële tekst van het bestuur."));
    QVERIFY(page->saveArticle());
    QCOMPARE(protocols.version(page->currentVersion().id)->articles.first().body, QStringLiteral("Officiële tekst van het bestuur."));
    QVERIFY(protocols.version(old.id)->articles.first().body != QStringLiteral("Officiële tekst van het bestuur."));
    // An unused article of the new version is removed after confirmation.
    page->selectArticle(oldArticles - 1);
    ModalHelper::answerNextMessageBox(nullptr, true);
    page->findChild<QPushButton *>(QStringLiteral("removeArticleButton"))->click();
    QCOMPARE(protocols.version(page->currentVersion().id)->articles.size(), oldArticles - 1);
    // Someone who is not an administrator reads only.
    Session director = login(QStringLiteral("directeur"));
    ProtocolPage readOnly(director);
    QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("saveArticleButton"))->isEnabled());
    QVERIFY(readOnly.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->isReadOnly());
}

void TestAdminArea::auditTrailShowsWhatHappened()
{
    // A failed login and a change made elsewhere in the program.
    QCOMPARE(Authenticator(*m_db).login(QStringLiteral("melder"), QStringLiteral("fout")).outcome,
             Authenticator::Outcome::WrongCredentials);
    School school = SchoolRepository(*m_db).list(m_session->scope).first();
    const QString oldCity = school.city;
    school.city = QStringLiteral("Zevenaar");
    {
        Transaction tx(*m_db, m_session->scope);
        SchoolRepository(*m_db).update(tx, school);
        tx.commit();
    }

    AuditPage *page = m_area->auditPage();
    QVERIFY(page);
    m_area->findChild<QTabWidget *>()->setCurrentWidget(page);      // showing it loads what is new
    QTableView *view = page->view();
    QCOMPARE(view->model()->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("gewijzigd"));
    QCOMPARE(view->model()->index(0, AuditLogModel::Entity).data().toString(), QStringLiteral("School"));

    page->actionFilter()->setCurrentIndex(page->actionFilter()->findData(QStringLiteral("login_failed")));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("mislukte aanmelding"));
    QCOMPARE(view->model()->index(0, AuditLogModel::Detail).data().toString(), QStringLiteral("wrong password"));
    QVERIFY(page->findChild<QLabel *>() != nullptr);

    // Yesterday's records only: none of these.
    page->fromEdit()->setDate(QDate::currentDate().addDays(-3));
    page->toEdit()->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(view->model()->rowCount(), 0);
    page->toEdit()->setDate(page->toEdit()->minimumDate());         // "(any day)"
    QCOMPARE(view->model()->rowCount(), 1);

    page->actionFilter()->setCurrentIndex(page->actionFilter()->findData(QStringLiteral("update")));
    page->entityFilter()->setCurrentIndex(page->entityFilter()->findData(QStringLiteral("schools")));
    QVERIFY(view->model()->rowCount() >= 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTableWidget *details = page->details();
    int cityRow = -1;
    for (int row = 0; row < details->rowCount(); ++row)
        if (details->item(row, 0)->text() == QStringLiteral("Plaats"))
            cityRow = row;
    QVERIFY(cityRow >= 0);
    QCOMPARE(details->item(cityRow, 1)->text(), oldCity);
    QCOMPARE(details->item(cityRow, 2)->text(), QStringLiteral("Zevenaar"));
    QVERIFY(details->item(cityRow, 2)->font().bold());
    QCOMPARE(details->item(0, 0)->text(), QStringLiteral("Nummer"));
    QVERIFY(!details->item(0, 2)->font().bold());

    QString message;
    ModalHelper::answerNextMessageBox(&message);
    page->verifyAction()->trigger();
    QVERIFY2(message.contains(QStringLiteral("De database is in orde")), qPrintable(message));
}

namespace {

// Waits for the next message box (skipping a progress dialog that shows first) and clicks the
// button with `role`; `text` receives the box's text and informative text.
void clickInNextMessageBox(QMessageBox::ButtonRole role, QString *text)
{
    ModalHelper::onNextModal([role, text](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (!box) {
            clickInNextMessageBox(role, text);
            return;
        }
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        box->close();
    });
}

// Waits for the next modal dialog that holds a child named `child` (the one before it may still
// be closing) and runs `action` on it.
void onModalWith(const char *child, const std::function<void(QWidget *)> &action)
{
    ModalHelper::onNextModal([child, action](QWidget *widget) {
        if (!widget->findChild<QWidget *>(QLatin1String(child)))
            onModalWith(child, action);
        else
            action(widget);
    });
}

} // namespace

void TestAdminArea::retentionPageDestroysAfterConfirmation()
{
    const QDate today = QDate::currentDate();
    qint64 left = 0;
    qint64 held = 0;
    {
        Transaction tx(*m_db, m_session->scope);
        const qint64 school = SchoolRepository(*m_db).list(m_session->scope).first().id;
        for (const QString &surname : { QStringLiteral("Oudeschool"), QStringLiteral("Vastgehouden") }) {
            Person p;
            p.kind = PersonKind::Leerling;
            p.givenNames = QStringLiteral("Bram");
            p.surname = surname;
            p.birthDate = QDate(2009, 1, 1);
            p.schoolId = school;
            p.startDate = today.addYears(-8);
            p.leaveDate = today.addYears(-3);
            PersonRepository(*m_db).insert(tx, p);
            (left ? held : left) = p.id;
        }
        tx.commit();
    }
    RetentionPage *page = m_area->retentionPage();
    QVERIFY(page);
    m_area->findChild<QTabWidget *>()->setCurrentWidget(page);
    QTableView *due = page->dueView();
    const int row = rowOf(due, 0, QStringLiteral("Bram Oudeschool"));
    QVERIFY(row >= 0);
    QVERIFY(rowOf(due, 0, QStringLiteral("Bram Vastgehouden")) >= 0);

    // A legal hold through the page: pick the person, give the reason.
    ModalHelper::onNextModal([](QWidget *widget) {
        auto *pick = qobject_cast<PickPersonDialog *>(widget);
        QVERIFY(pick);
        QTest::keyClicks(pick->picker()->searchEdit(), QStringLiteral("Vastgehouden"));
        QTRY_COMPARE(pick->picker()->view()->model()->rowCount(), 1);
        pick->picker()->view()->selectRow(0);
        onModalWith("reasonEdit", [](QWidget *dialog) {
            type(dialog, "reasonEdit", QStringLiteral("Rechtszaak loopt"));
            clickButton(dialog, QDialogButtonBox::Ok);
        });
        clickButton(pick, QDialogButtonBox::Ok);
    });
    page->addHoldAction()->trigger();
    QCOMPARE(rowOf(page->holdsView(), 0, QStringLiteral("Bram Vastgehouden")), 0);
    QCOMPARE(page->holdsView()->model()->index(0, 4).data().toString(), QStringLiteral("van kracht"));
    // A held dossier cannot be chosen for destruction.
    due->selectRow(rowOf(due, 0, QStringLiteral("Bram Vastgehouden")));
    QVERIFY(!page->destroyAction()->isEnabled());

    // Cancelling the confirmation keeps everything.
    due->clearSelection();
    due->selectRow(rowOf(due, 0, QStringLiteral("Bram Oudeschool")));
    QVERIFY(page->destroyAction()->isEnabled());
    QString question;
    clickInNextMessageBox(QMessageBox::RejectRole, &question);
    page->destroyAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("Bram Oudeschool")), qPrintable(question));
    QVERIFY(PersonRepository(*m_db).get(m_session->scope, left).has_value());

    // Confirmed: the dossier goes, the destruction record appears, the held one stays.
    due->selectRow(rowOf(due, 0, QStringLiteral("Bram Oudeschool")));
    QString done;
    ModalHelper::onNextModal([&done](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        clickInNextMessageBox(QMessageBox::AcceptRole, &done);
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    page->destroyAction()->trigger();
    QVERIFY2(done.contains(QStringLiteral("vernietigd")), qPrintable(done));
    QVERIFY(!PersonRepository(*m_db).get(m_session->scope, left).has_value());
    QVERIFY(PersonRepository(*m_db).get(m_session->scope, held).has_value());
    QCOMPARE(rowOf(due, 0, QStringLiteral("Bram Oudeschool")), -1);
    QCOMPARE(page->recordsView()->model()->rowCount(), 1);
    QCOMPARE(page->recordsView()->model()->index(0, 2).data().toString(), QStringLiteral("Leerling"));
}

QString TestAdminArea::restartWithPendingRestore(const QString &location)
{
    m_area.reset();
    m_session.reset();
    m_db.reset();
    qputenv("DOSSIERKAST_PASSWORD", "demo");
    QString said;
    clickInNextMessageBox(QMessageBox::AcceptRole, &said);
    const int code = StartupFlow(location, { QStringLiteral("--user"), QStringLiteral("beheerder"),
                                             QStringLiteral("--exit-when-ready") }).run();
    if (code != 0)
        said += QStringLiteral(" (exit code %1)").arg(code);
    return said;
}

void TestAdminArea::backupPageMakesAndPutsBack()
{
    BackupSchedule::setFolder(m_dir->filePath(QStringLiteral("backups")));
    BackupPage *page = m_area->backupPage();
    QVERIFY(page);
    m_area->findChild<QTabWidget *>()->setCurrentWidget(page);
    QCOMPARE(page->view()->model()->rowCount(), 0);
    const QString backup = m_dir->filePath(QStringLiteral("backups/dossierkast-2026-11-24-0930.sqlite"));
    QString made;
    clickInNextMessageBox(QMessageBox::AcceptRole, &made);
    QVERIFY(page->backupTo(backup));
    QVERIFY2(made.contains(QStringLiteral("in orde")), qPrintable(made));
    QCOMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(page->view()->model()->index(0, 3).data().toString(), QStringLiteral("met de hand"));

    // Something is recorded after the backup; then the backup is chosen to be put back.
    School school = SchoolRepository(*m_db).list(m_session->scope).first();
    const QString name = school.name;
    school.name = QStringLiteral("Na de back-up hernoemd");
    {
        Transaction tx(*m_db, m_session->scope);
        SchoolRepository(*m_db).update(tx, school);
        tx.commit();
    }
    QSignalSpy restart(page, &BackupPage::restartRequested);
    clickInNextMessageBox(QMessageBox::AcceptRole, nullptr);
    QVERIFY(page->restoreFrom(backup));
    QCOMPARE(restart.count(), 1);

    // The program starts again: before opening the database it puts the backup back and says so.
    const QString location = m_db->location();
    const QString said = restartWithPendingRestore(location);
    QVERIFY2(said.contains(QStringLiteral("teruggezet")), qPrintable(said));
    auto db = Database::open(location);
    QCOMPARE(SchoolRepository(*db).get(AccessScope::system(), school.id)->name, name);
    const QStringList aside = QDir(QFileInfo(location).absolutePath()).entryList({ QStringLiteral("*before-restore*") });
    QVERIFY(!aside.isEmpty());
    auto old = Database::open(QFileInfo(location).absoluteDir().filePath(aside.first()));
    QCOMPARE(SchoolRepository(*old).get(AccessScope::system(), school.id)->name, QStringLiteral("Na de back-up hernoemd"));
}

void TestAdminArea::backupPageSealsAndOpensWithThePassphrase()
{
    BackupSchedule::setFolder(m_dir->filePath(QStringLiteral("backups")));
    BackupPage *page = m_area->backupPage();
    m_area->findChild<QTabWidget *>()->setCurrentWidget(page);
    QVERIFY2(page->keyStatus()->text().contains(QStringLiteral("NIET verzegeld")), qPrintable(page->keyStatus()->text()));

    // The passphrase is set in its dialog (a suggestion taken), then the recovery sheet shows it.
    QString passphrase;
    QString sheet;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<BackupKeyDialog *>(widget);
        QVERIFY(dialog);
        dialog->form()->suggest();
        passphrase = dialog->passphrase();
        ModalHelper::onNextModal([&](QWidget *next) {
            auto *recovery = qobject_cast<RecoverySheetDialog *>(next);
            if (!recovery) {
                next->close();
                return;
            }
            sheet = recovery->sheet()->toPlainText();
            clickInNextMessageBox(QMessageBox::AcceptRole, nullptr);
            recovery->reject();
        }, 20000);
        clickButton(dialog, QDialogButtonBox::Ok);
    });
    QVERIFY(page->setPassphrase());
    const std::optional<SealedBackup::Key> key = BackupKeyService(*m_db).current();
    QVERIFY(key);
    QVERIFY2(sheet.contains(passphrase) && sheet.contains(key->fingerprint()), qPrintable(sheet));
    QVERIFY2(page->keyStatus()->text().contains(key->fingerprint()), qPrintable(page->keyStatus()->text()));

    const QString backup = m_dir->filePath(QStringLiteral("backups/dossierkast-2026-12-06-0930.dkbackup"));
    QString made;
    clickInNextMessageBox(QMessageBox::AcceptRole, &made);
    QVERIFY(page->backupTo(backup));
    QVERIFY2(made.contains(key->fingerprint()), qPrintable(made));
    QVERIFY(SealedBackup::isSealed(backup));
    QCOMPARE(page->view()->model()->index(0, 4).data().toString(), QStringLiteral("ja"));

    School school = SchoolRepository(*m_db).list(m_session->scope).first();
    const QString name = school.name;
    school.name = QStringLiteral("Na de verzegelde back-up");
    {
        Transaction tx(*m_db, m_session->scope);
        SchoolRepository(*m_db).update(tx, school);
        tx.commit();
    }
    // Put back: a wrong passphrase is said and asked again; the right one opens it.
    QString wrongSaid;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *input = qobject_cast<QInputDialog *>(widget);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("niet-de-goede-wachtwoordzin"));
        clickInNextMessageBox(QMessageBox::AcceptRole, &wrongSaid);
        ModalHelper::onNextModal([&](QWidget *again) {
            auto *second = qobject_cast<QInputDialog *>(again);
            if (!second) {
                again->close();
                return;
            }
            second->setTextValue(passphrase);
            clickInNextMessageBox(QMessageBox::AcceptRole, nullptr);   // "Close and put back"
            second->accept();
        }, 20000);
        input->accept();
    });
    QSignalSpy restart(page, &BackupPage::restartRequested);
    QVERIFY(page->restoreFrom(backup));
    QCOMPARE(restart.count(), 1);
    QVERIFY2(wrongSaid.contains(QStringLiteral("opent deze back-up niet")), qPrintable(wrongSaid));
    // Only the opened, checked copy waits beside the database; never in the backup folder.
    const QString location = m_db->location();
    const QStringList waiting = QDir(QFileInfo(location).absolutePath()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part"));
    QCOMPARE(waiting.size(), 1);
    QVERIFY(QDir(BackupSchedule::folder()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")).isEmpty());

    const QString said = restartWithPendingRestore(location);
    QVERIFY2(said.contains(QStringLiteral("teruggezet")) && said.contains(QFileInfo(backup).fileName()), qPrintable(said));
    auto db = Database::open(location);
    QCOMPARE(SchoolRepository(*db).get(AccessScope::system(), school.id)->name, name);
    QVERIFY(QDir(QFileInfo(location).absolutePath()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")).isEmpty());
}

void TestAdminArea::databasePageSaysWhetherTheDiskIsEncrypted()
{
    auto *page = m_area->findChild<DatabasePage *>();
    QVERIFY(page);
    const QString text = page->encryption()->text();
    QVERIFY2(text.contains(QStringLiteral("versleuteld")) || text.contains(QStringLiteral("vaststellen"))
                 || text.contains(QStringLiteral("geheugen")) || text.contains(QStringLiteral("netwerkschijf")),
             qPrintable(text));
}

QTEST_MAIN(TestAdminArea)
#include "tst_adminarea.moc"
