#include "actionrepository.h"
#include "authenticator.h"
#include "backupkeyservice.h"
#include "backupschedule.h"
#include "sealedbackup.h"
#include "common/dailybackup.h"
#include "database.h"
#include "deadlines/deadlinesarea.h"
#include "models/deadlinelistmodel.h"
#include "incidents/incidentsarea.h"
#include "persons/personsarea.h"
#include "languagesetup.h"
#include "demodatagenerator.h"
#include "admin/adminarea.h"
#include "mainwindow.h"
#include "storageerror.h"
#include "modalhelper.h"
#include "session.h"
#include "start/logindialog.h"
#include "start/passworddialog.h"
#include "startupflow.h"
#include "databaseconnection.h"
#include "testdatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMessageBox>
#include <QTabWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

// Logging in through the real dialog: right, wrong, locked out; and unlocking a locked window.
class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rightPasswordAccepts();
    void wrongPasswordShowsMessage();
    void lockoutAfterFiveFailures();
    void lockedWindowUnlocksWithPassword();
    void forcedPasswordDialogChecksTheRule();
    void windowMakesTheDailyBackupAndWarnsWithoutOne();
    void areasAreMadeWhenFirstShown();
    void officePcLogsInWithTheServerLogin();
    void aSharedPcForgetsWhoWasThere();
    void everyAreaOpensOnEachRolesServerLogin();

private:
    static void attempt(LoginDialog &dialog, const QString &login, const QString &password);
    // A demo database on the test server, filled by the set-up account (the demo users get their
    // own logins, password demo); returns the address an office PC has: no account in it.
    static QString demoServer(int incidents);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestLogin::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
    m_db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 5;
    DemoDataGenerator(*m_db).generate(options);
}

QString TestLogin::demoServer(int incidents)
{
    const QString location = TestDatabase::newPostgresqlDatabase();
    auto setup = Database::open(location);
    DemoDataGenerator::Options options;
    options.incidents = incidents;
    DemoDataGenerator(*setup).generate(options);
    return DatabaseConnection::serverLocationAs(location, QString());
}

void TestLogin::attempt(LoginDialog &dialog, const QString &login, const QString &password)
{
    auto *loginEdit = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    if (!loginEdit->isReadOnly()) {
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
    }
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestLogin::rightPasswordAccepts()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    attempt(dialog, QStringLiteral("bestuur"), QStringLiteral("demo"));
    QCOMPARE(dialog.result().outcome, Authenticator::Outcome::LoggedIn);
    QCOMPARE(dialog.result().user.role, UserRole::Bestuur);
    QVERIFY(!dialog.isVisible());
}

void TestLogin::wrongPasswordShowsMessage()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    attempt(dialog, QStringLiteral("directeur"), QStringLiteral("verkeerd"));
    QVERIFY(dialog.isVisible());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Onbekende inlognaam of onjuist wachtwoord."));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    attempt(dialog, QStringLiteral("directeur"), QStringLiteral("demo"));
    QCOMPARE(dialog.result().outcome, Authenticator::Outcome::LoggedIn);
}

void TestLogin::lockoutAfterFiveFailures()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int i = 0; i < 5; ++i)
        attempt(dialog, QStringLiteral("melder"), QStringLiteral("raden%1").arg(i));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY2(message->text().contains(QStringLiteral("geblokkeerd")), qPrintable(message->text()));
    attempt(dialog, QStringLiteral("melder"), QStringLiteral("demo"));
    QCOMPARE(dialog.result().outcome, Authenticator::Outcome::Locked);
    QVERIFY(dialog.isVisible());
}

void TestLogin::lockedWindowUnlocksWithPassword()
{
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    Session session{ m_db.get(), result.user, result.scope };
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool sawLockedState = false;
    ModalHelper::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<LoginDialog *>(modal);
        QVERIFY(dialog);
        sawLockedState = window.isLocked() && !window.centralWidget()->isVisible();
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->isReadOnly());
        attempt(*dialog, QString(), QStringLiteral("verkeerd"));
        QVERIFY(dialog->isVisible());
        attempt(*dialog, QString(), QStringLiteral("demo"));
    });
    window.lock();
    QVERIFY(sawLockedState);
    QVERIFY(!window.isLocked());
    QVERIFY(window.centralWidget()->isVisible());
}

void TestLogin::forcedPasswordDialogChecksTheRule()
{
    QString applied;
    PasswordDialog dialog(PasswordDialog::Mode::Forced, QStringLiteral("melder"),
                          [&applied](const QString &, const QString &password) {
                              applied = password;
                              return QString();
                          });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("currentEdit"))->isVisible());
    auto *newEdit = dialog.findChild<QLineEdit *>(QStringLiteral("newEdit"));
    auto *repeatEdit = dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit"));
    QTest::keyClicks(newEdit, QStringLiteral("melder12345"));
    QTest::keyClicks(repeatEdit, QStringLiteral("melder12345"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("inlognaam")));
    newEdit->clear();
    repeatEdit->clear();
    QTest::keyClicks(newEdit, QStringLiteral("Zonnebloem-42"));
    QTest::keyClicks(repeatEdit, QStringLiteral("Zonnebloem-42"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(applied, QStringLiteral("Zonnebloem-42"));
    QVERIFY(!dialog.isVisible());
}

void TestLogin::windowMakesTheDailyBackupAndWarnsWithoutOne()
{
    QTemporaryDir folder;
    QSettings().remove(QStringLiteral("backup"));
    BackupSchedule::setFolder(folder.path());
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    Session session{ m_db.get(), result.user, result.scope };
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.backupWarning()->isVisible());
    QVERIFY2(window.backupWarning()->text().contains(QStringLiteral("nog geen back-up")), qPrintable(window.backupWarning()->text()));

    // The first start of the day makes the day's backup in the background; then the warning goes.
    QSignalSpy done(window.dailyBackup(), &DailyBackup::finished);
    window.startDailyBackup();
    QVERIFY(done.wait(120000));     // generous: a busy disk makes the checked copy slow
    QCOMPARE(done.first().at(1).toString(), QString());
    const QString made = done.first().at(0).toString();
    QCOMPARE(QFileInfo(made).fileName(), BackupSchedule::dailyName(QDate::currentDate(), false));
    QVERIFY(QFile::exists(made));
    // A second start on the same day makes no second one.
    window.startDailyBackup();
    QVERIFY(done.wait(120000));     // generous: a busy disk makes the checked copy slow
    QCOMPARE(done.at(1).at(0).toString(), QString());
    // The backup is recent but not sealed: the window says so (under the passing message that
    // the backup was made) until a passphrase is set.
    window.statusBar()->clearMessage();
    QVERIFY(window.backupWarning()->isVisible());
    QVERIFY2(window.backupWarning()->text().contains(QStringLiteral("niet verzegeld")), qPrintable(window.backupWarning()->text()));
    BackupKeyService(*m_db).set(result.scope, QStringLiteral("het-wachtwoord-van-het-bestuur"));
    QVERIFY(!window.backupWarning()->isVisible());
    // From then on the daily backup is sealed, without anyone typing the passphrase.
    window.startDailyBackup();
    QVERIFY(done.wait(120000));
    const QString sealed = done.at(2).at(0).toString();
    QCOMPARE(QFileInfo(sealed).fileName(), BackupSchedule::dailyName(QDate::currentDate(), true));
    QVERIFY(SealedBackup::isSealed(sealed));
    QSettings().remove(QStringLiteral("backup"));
}

void TestLogin::areasAreMadeWhenFirstShown()
{
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    Session session{ m_db.get(), result.user, result.scope };
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every area is listed; only the first one, shown at the start, has been made.
    QCOMPARE(window.navigation()->count(), 6);
    QCOMPARE(window.navigation()->item(2)->text(), DeadlinesArea::areaTitle());
    QVERIFY(window.findChild<IncidentsArea *>());
    QVERIFY(window.findChild<IncidentsArea *>()->isVisible());
    QVERIFY(!window.findChild<PersonsArea *>());
    QVERIFY(!window.findChild<DeadlinesArea *>());
    // Chosen in the navigation, an area is made, filled and shown.
    window.navigation()->setCurrentRow(2);
    auto *deadlines = window.findChild<DeadlinesArea *>();
    QVERIFY(deadlines);
    QVERIFY(deadlines->isVisible());
    QCOMPARE(deadlines->model()->rowCount(), int(ActionRepository(*m_db).deadlines(session.scope, DeadlineFilter()).size()));
    QCOMPARE(window.deadlinesArea(), deadlines);
    // The Go menu's shortcut reaches one not made yet.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto *persons = window.findChild<PersonsArea *>();
    QVERIFY(persons);
    QVERIFY(persons->isVisible());
    QVERIFY(!deadlines->isVisible());
    QCOMPARE(window.navigation()->currentRow(), 1);
}

void TestLogin::officePcLogsInWithTheServerLogin()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server: a database file has no logins of its own.");
    const QString office = demoServer(3);
    // (The wrong password first: once the window has been shown the process is ending.)
    qputenv("DOSSIERKAST_PASSWORD", "verkeerd");
    QCOMPARE(StartupFlow(office, { QStringLiteral("--user"), QStringLiteral("directeur"),
                                   QStringLiteral("--exit-when-ready") }).run(), 1);
    qputenv("DOSSIERKAST_PASSWORD", "demo");
    QCOMPARE(StartupFlow(office, { QStringLiteral("--user"), QStringLiteral("directeur"),
                                   QStringLiteral("--exit-when-ready") }).run(), 0);
    qunsetenv("DOSSIERKAST_PASSWORD");
}

void TestLogin::everyAreaOpensOnEachRolesServerLogin()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server: a database file has no logins of its own.");
    const QString office = demoServer(6);
    // Whatever the window would put in front of the user as a problem is taken down and kept.
    QStringList problems;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&problems] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(top);
            if (box && box->isVisible()) {
                problems.append(box->text());
                box->done(QMessageBox::Close);
            }
        }
    });
    watcher.start(50);
    for (const char *login : { "melder", "directeur", "bestuur", "beheerder" }) {
        OpenDatabase db = DatabaseConnection::openAs(office, QString::fromLatin1(login), QStringLiteral("demo"));
        const Authenticator::Result result = Authenticator(*db).connected();
        QCOMPARE(result.outcome, Authenticator::Outcome::LoggedIn);
        Session session{ db.get(), result.user, result.scope };
        try {
            MainWindow window(session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int row = 0; row < window.navigation()->count(); ++row) {
                window.navigation()->setCurrentRow(row);
                QTest::qWait(20);
            }
            if (AdminArea *admin = window.findChild<AdminArea *>()) {
                for (int tab = 0; tab < admin->tabs()->count(); ++tab) {
                    admin->tabs()->setCurrentIndex(tab);
                    QTest::qWait(20);
                }
            }
            QTest::qWait(100);
        } catch (const StorageError &error) {
            problems.append(QString::fromLatin1(login) + QStringLiteral(": ") + error.message() + QLatin1Char(' ') + error.detail());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QString::fromLatin1(login) + QStringLiteral(": ") + problems.join('\n')));
    }
}

void TestLogin::aSharedPcForgetsWhoWasThere()
{
    QSettings().remove(QStringLiteral("login/last"));
    {
        // Nobody's name is kept unless asked for.
        LoginDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        QVERIFY(remember && !remember->isChecked());
        attempt(dialog, QStringLiteral("directeur"), QStringLiteral("demo"));
        QCOMPARE(dialog.result().outcome, Authenticator::Outcome::LoggedIn);
        QVERIFY(!QSettings().contains(QStringLiteral("login/last")));
    }
    {
        LoginDialog dialog(*m_db);
        dialog.show();
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text().isEmpty());
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        attempt(dialog, QStringLiteral("directeur"), QStringLiteral("demo"));
        QCOMPARE(QSettings().value(QStringLiteral("login/last")).toString(), QStringLiteral("directeur"));
    }
    {
        LoginDialog dialog(*m_db);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("directeur"));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
        // Locked by hand, the window says so, not that it was left unused.
        dialog.setUnlockMode(QStringLiteral("directeur"), QStringLiteral("Directeur (demo)"), true);
        const QString intro = dialog.findChild<QLabel *>(QStringLiteral("introLabel"))->text();
        QVERIFY2(intro.contains(QStringLiteral("vergrendeld")) && !intro.contains(QStringLiteral("niet is gebruikt")), qPrintable(intro));
    }
    QSettings().remove(QStringLiteral("login/last"));
    // Logging off leaves the window for the next person's login.
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("melder"), QStringLiteral("demo"));
    Session session{ m_db.get(), result.user, result.scope };
    MainWindow window(session);
    QSignalSpy off(&window, &MainWindow::logOffRequested);
    auto *logOff = window.findChild<QAction *>(QStringLiteral("logOffAction"));
    QVERIFY(logOff);
    QCOMPARE(logOff->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    logOff->trigger();
    QCOMPARE(off.count(), 1);
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
