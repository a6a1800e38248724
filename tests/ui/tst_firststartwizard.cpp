#include "admin/recoverysheetdialog.h"
#include "authenticator.h"
#include "backupkeyservice.h"
#include "database.h"
#include "languagesetup.h"
#include "firststartsetup.h"
#include "modalhelper.h"
#include "organisationrepository.h"
#include "schoolrepository.h"
#include "start/firststartwizard.h"
#include "start/wizardbackuppage.h"
#include "start/wizardschoolspage.h"
#include "testdatabase.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>

// The first start, through the real wizard: nothing is written before the last page, and then
// the organisation, its schools and the administrator are there and the administrator can log in.
class TestFirstStartWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LanguageSetup::install(*qApp, QStringLiteral("nl")); }
    void completesAndWritesEverything();
    void cancellingWritesNothing();
    void refusesBadInputWithAMessage();

private:
    static void type(QWidget *parent, const char *name, const QString &text);
    static void fillValidPages(FirstStartWizard &wizard);
    static inline const QString Passphrase = QStringLiteral("kluis van het bestuur 2026");
};

void TestFirstStartWizard::type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestFirstStartWizard::fillValidPages(FirstStartWizard &wizard)
{
    type(wizard.currentPage(), "nameEdit", QStringLiteral("Stichting Primair Onderwijs Lindewaard"));
    type(wizard.currentPage(), "cityEdit", QStringLiteral("Hengelo"));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentPage(), static_cast<QWizardPage *>(wizard.schoolsPage()));
    QTableWidget *table = wizard.schoolsPage()->table();
    table->item(0, WizardSchoolsPage::Name)->setText(QStringLiteral("Basisschool De Regenboog"));
    table->item(0, WizardSchoolsPage::Brin)->setText(QStringLiteral("12ab00"));
    wizard.schoolsPage()->addRow();
    table->item(1, WizardSchoolsPage::Name)->setText(QStringLiteral("OBS De Vlinderhof"));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentPage(), static_cast<QWizardPage *>(wizard.backupPage()));
    type(wizard.currentPage(), "passphraseEdit", Passphrase);
    type(wizard.currentPage(), "repeatEdit", Passphrase);
    wizard.button(QWizard::NextButton)->click();
    type(wizard.currentPage(), "displayNameEdit", QStringLiteral("Anna de Boer"));
    type(wizard.currentPage(), "passwordEdit", QStringLiteral("Veilig-wachtwoord-1"));
    type(wizard.currentPage(), "repeatEdit", QStringLiteral("Veilig-wachtwoord-1"));
}

void TestFirstStartWizard::completesAndWritesEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nieuw.sqlite"));
    std::unique_ptr<Database> db;
    FirstStartWizard wizard(true, [&](const FirstStartSetup::Input &input) {
        db = Database::open(path);
        FirstStartSetup::run(*db, input);
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillValidPages(wizard);
    QVERIFY(!QFile::exists(path));           // nothing written yet
    // Once everything is written the recovery sheet shows the passphrase, to print; closing it
    // unprinted asks once more.
    QString sheet;
    QString asked;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<RecoverySheetDialog *>(widget);
        if (!dialog) {
            widget->close();
            return;
        }
        sheet = dialog->sheet()->toPlainText();
        ModalHelper::answerNextMessageBox(&asked);
        dialog->reject();
    });
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.committed());
    QVERIFY2(sheet.contains(Passphrase), qPrintable(sheet));
    QVERIFY2(asked.contains(QStringLiteral("niet afgedrukt")), qPrintable(asked));
    const std::optional<SealedBackup::Key> key = BackupKeyService(*db).current();
    QVERIFY(key);
    QVERIFY(sheet.contains(key->fingerprint()));
    QVERIFY(!key->toJson().contains(Passphrase));
    QVERIFY(!wizard.isVisible());
    QCOMPARE(OrganisationRepository(*db).get()->name, QStringLiteral("Stichting Primair Onderwijs Lindewaard"));
    const QList<School> schools = SchoolRepository(*db).list(AccessScope::system());
    QCOMPARE(schools.size(), 2);
    QCOMPARE(schools.first().brin, QStringLiteral("12AB00"));
    QCOMPARE(Authenticator(*db).login(QStringLiteral("beheerder"), QStringLiteral("Veilig-wachtwoord-1")).outcome,
             Authenticator::Outcome::LoggedIn);
}

void TestFirstStartWizard::cancellingWritesNothing()
{
    bool committed = false;
    FirstStartWizard wizard(true, [&](const FirstStartSetup::Input &) { committed = true; });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillValidPages(wizard);
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(!wizard.isVisible());
    QVERIFY(!committed);
    QVERIFY(!wizard.committed());
}

void TestFirstStartWizard::refusesBadInputWithAMessage()
{
    FirstStartWizard wizard(true, [](const FirstStartSetup::Input &) {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // No organisation name: a message, and the page stays.
    QString message;
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("organisatie")), qPrintable(message));
    QCOMPARE(wizard.currentId(), wizard.pageIds().first());
    type(wizard.currentPage(), "nameEdit", QStringLiteral("Stichting Lindewaard"));
    wizard.button(QWizard::NextButton)->click();
    // The row is there but empty: the message says to type in it, not to add one.
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("Typ de naam")), qPrintable(message));
    // A malformed postal code, then one typed without its space (it is written as 1234 AB).
    wizard.schoolsPage()->table()->item(0, WizardSchoolsPage::Name)->setText(QStringLiteral("De Esch"));
    wizard.schoolsPage()->table()->item(0, WizardSchoolsPage::PostalCode)->setText(QStringLiteral("123 AB"));
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("postcode")), qPrintable(message));
    wizard.schoolsPage()->table()->item(0, WizardSchoolsPage::PostalCode)->setText(QStringLiteral("7511ab"));
    QCOMPARE(wizard.schoolsPage()->schools().first().postalCode, QStringLiteral("7511 AB"));
    // A malformed BRIN code.
    wizard.schoolsPage()->table()->item(0, WizardSchoolsPage::Brin)->setText(QStringLiteral("123"));
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("BRIN")), qPrintable(message));
    QCOMPARE(wizard.currentPage(), static_cast<QWizardPage *>(wizard.schoolsPage()));
    wizard.schoolsPage()->table()->item(0, WizardSchoolsPage::Brin)->setText(QStringLiteral("12AB"));
    wizard.button(QWizard::NextButton)->click();
    // A backup passphrase that is too short; then none at all, after a warning.
    QCOMPARE(wizard.currentPage(), static_cast<QWizardPage *>(wizard.backupPage()));
    type(wizard.currentPage(), "passphraseEdit", QStringLiteral("kort"));
    type(wizard.currentPage(), "repeatEdit", QStringLiteral("kort"));
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("minstens 12")), qPrintable(message));
    QCOMPARE(wizard.currentPage(), static_cast<QWizardPage *>(wizard.backupPage()));
    wizard.backupPage()->sealCheck()->setChecked(false);
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("niet verzegeld")), qPrintable(message));
    QVERIFY(wizard.backupPage()->passphrase().isEmpty());
    // Passwords that differ, then one that is too weak.
    type(wizard.currentPage(), "displayNameEdit", QStringLiteral("Anna de Boer"));
    type(wizard.currentPage(), "passwordEdit", QStringLiteral("Veilig-wachtwoord-1"));
    type(wizard.currentPage(), "repeatEdit", QStringLiteral("Veilig-wachtwoord-2"));
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY2(message.contains(QStringLiteral("niet gelijk")), qPrintable(message));
    type(wizard.currentPage(), "passwordEdit", QStringLiteral("kort"));
    type(wizard.currentPage(), "repeatEdit", QStringLiteral("kort"));
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY2(message.contains(QStringLiteral("tekens")), qPrintable(message));
    QVERIFY(!wizard.committed());
    QVERIFY(wizard.isVisible());
}

QTEST_MAIN(TestFirstStartWizard)
#include "tst_firststartwizard.moc"
