#include "authenticator.h"
#include "common/connectionform.h"
#include "connectionsettings.h"
#include "database.h"
#include "languagesetup.h"
#include "start/firststartwizard.h"
#include "start/wizardconnectionpage.h"
#include "testdatabase.h"
#include "modalhelper.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUrl>

// Choosing where the dossiers live: the connection form, the wizard's database page.
class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LanguageSetup::install(*qApp, QStringLiteral("nl")); }
    void formBuildsServerAddress();
    void formReadsAddressBack();
    void formSaysWhatIsMissing();
    void testReachesTheServer();
    void wizardChoosesDatabaseFirst();
    void wizardEndsEarlyForDatabaseInUse();
    void connectionIsRememberedWithoutPassword();

private:
    static void type(QWidget *parent, const char *name, const QString &text);
};

void TestConnection::type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestConnection::formBuildsServerAddress()
{
    ConnectionForm form;
    form.show();
    QVERIFY(!form.isServer());
    QTest::mouseClick(form.findChild<QRadioButton *>(QStringLiteral("serverRadio")), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(form.isServer());
    type(&form, "hostEdit", QStringLiteral("dossiers.lindewaard.local"));
    form.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(5433);
    type(&form, "databaseEdit", QStringLiteral("dossiers"));
    type(&form, "userEdit", QStringLiteral("m.jansen"));
    type(&form, "passwordEdit", QStringLiteral("geheim"));
    auto *ssl = form.findChild<QComboBox *>(QStringLiteral("sslCombo"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
    QCOMPARE(form.location(), QStringLiteral("postgresql://m.jansen@dossiers.lindewaard.local:5433/dossiers?sslmode=verify-full"));
    QVERIFY(!form.location().contains(QStringLiteral("geheim")));     // never part of the address
    QCOMPARE(form.password(), QStringLiteral("geheim"));
}

void TestConnection::formReadsAddressBack()
{
    ConnectionForm form;
    const QString address = QStringLiteral("postgresql://dossierkast@10.0.0.5:5432/bestuur?sslmode=require");
    form.setLocation(address);
    QVERIFY(form.isServer());
    QCOMPARE(form.location(), address);
    form.setLocation(QStringLiteral("/home/directeur/dossiers.sqlite"));
    QVERIFY(!form.isServer());
    QCOMPARE(form.location(), QStringLiteral("/home/directeur/dossiers.sqlite"));
}

void TestConnection::formSaysWhatIsMissing()
{
    ConnectionForm form;
    form.setLocation(QStringLiteral("postgresql://u@h:5432/d"));
    QVERIFY(form.problem().isEmpty());
    type(&form, "hostEdit", QString());
    QVERIFY(form.problem().contains(QStringLiteral("server")));
    form.setLocation(QString());
    QVERIFY(form.problem().contains(QStringLiteral("databasebestand")));
}

void TestConnection::testReachesTheServer()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server (DOSSIERKAST_TEST_POSTGRESQL).");
    ConnectionForm form;
    form.show();
    form.setLocation(TestDatabase::newPostgresqlDatabase());
    QVERIFY(form.test());
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("De verbinding werkt."));
    QUrl wrong(form.location());
    wrong.setPort(1);       // nothing listens there
    form.setLocation(wrong.toString());
    QVERIFY(!form.test());
    QVERIFY(form.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("kon niet")));
}

void TestConnection::wizardChoosesDatabaseFirst()
{
    QString inspected;
    auto *page = new WizardConnectionPage(QStringLiteral("/tmp/nieuw.sqlite"), [&](const QString &location, const QString &) {
        inspected = location;
        return WizardConnectionPage::Inspection();     // a new, empty database
    });
    FirstStartWizard wizard(page, [](const FirstStartSetup::Input &) {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::ConnectionPageId));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(inspected, QStringLiteral("/tmp/nieuw.sqlite"));
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::OrganisationPageId));
}

void TestConnection::wizardEndsEarlyForDatabaseInUse()
{
    auto *page = new WizardConnectionPage(QStringLiteral("postgresql://u@server:5432/bestuur"), [](const QString &, const QString &) {
        WizardConnectionPage::Inspection inUse;
        inUse.alreadySetUp = true;
        return inUse;
    });
    FirstStartWizard wizard(page, [](const FirstStartSetup::Input &) { QFAIL("nothing may be written"); });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QString message;
    ModalHelper::answerNextMessageBox(&message);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(message.contains(QStringLiteral("al door Dossierkast")), qPrintable(message));
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(wizard.existingChosen());
    QVERIFY(!wizard.committed());
}

void TestConnection::connectionIsRememberedWithoutPassword()
{
    ConnectionSettings::store(QStringLiteral("postgresql://m.jansen:geheim@server:5432/bestuur"));
    QVERIFY(ConnectionSettings::isStored());
    QCOMPARE(ConnectionSettings::location(), QStringLiteral("postgresql://m.jansen@server:5432/bestuur"));
    QSettings().clear();
}

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
