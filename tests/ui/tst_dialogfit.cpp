// Every dialog fits a school laptop's screen (1366×768, a task bar and a title bar taken off)
// with its buttons in view; a window remembered from a larger monitor is made to fit; the main
// window opens maximised the first time and keeps its area names readable.
#include "admin/legalholddialog.h"
#include "admin/schooldialog.h"
#include "admin/userdialog.h"
#include "authenticator.h"
#include "common/windowfit.h"
#include "correspondence/correspondencedialog.h"
#include "correspondence/letterdialog.h"
#include "database.h"
#include "demodatagenerator.h"
#include "incidentfinder.h"
#include "incidents/incidentdialog.h"
#include "languagesetup.h"
#include "lookup.h"
#include "mainwindow.h"
#include "measures/measuredialog.h"
#include "persons/guardianshipdialog.h"
#include "persons/importwizard.h"
#include "persons/persondialog.h"
#include "persons/pickpersondialog.h"
#include "privatecopies.h"
#include "reports/accessrequestdialog.h"
#include "reports/redactiondialog.h"
#include "session.h"
#include "start/firststartwizard.h"
#include "start/logindialog.h"
#include "start/passworddialog.h"

#include <QDialogButtonBox>
#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <functional>
#include <memory>

class TestDialogFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialogsFitALaptop_data();
    void dialogsFitALaptop();
    void rememberedSizeIsMadeToFit();
    void mainWindowFirstStartAndNavigation();

private:
    using Make = std::function<QWidget *()>;
    // Pairs of visible labels and buttons in `window` whose Alt+letter is the same.
    static QStringList shortcutClashes(QWidget *window);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    PrivateCopies m_copies;
    Incident m_incident;
};

// A 1366×768 screen less a 40-pixel task bar and a 40-pixel title bar and frame.
static const QSize Laptop(1366 - 16, 768 - 40 - 40);

void TestDialogFit::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 6;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    const QList<Incident> cases = IncidentFinder(*m_db).list(m_session->scope, IncidentFilter(), 10);
    QVERIFY(!cases.isEmpty());
    m_incident = *Lookup(*m_session).incident(cases.first().id);
}

void TestDialogFit::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
}

void TestDialogFit::dialogsFitALaptop_data()
{
    QTest::addColumn<Make>("make");
    Session &s = *m_session;
    const Incident incident = m_incident;
    qint64 pupil = 0;
    for (const Involvement &v : incident.involvements)
        if (const auto p = Lookup(s).person(v.personId); p && p->kind == PersonKind::Leerling)
            pupil = p->id;
    QTest::newRow("incident") << Make([&s, incident] { return new IncidentDialog(s, incident); });
    QTest::newRow("new incident") << Make([&s, incident] { return new IncidentDialog(s, Incident()); });
    QTest::newRow("measure") << Make([&s, incident] { return new MeasureDialog(s, incident, Measure()); });
    QTest::newRow("correspondence") << Make([this, &s] { return new CorrespondenceDialog(s, m_copies, Correspondence()); });
    QTest::newRow("letter") << Make([&s, incident, pupil] { return new LetterDialog(s, incident.id, 0, pupil, nullptr); });
    QTest::newRow("person") << Make([&s] { return new PersonDialog(s, Person()); });
    QTest::newRow("staff member") << Make([&s] {
        Person staff;
        staff.kind = PersonKind::Medewerker;
        return new PersonDialog(s, staff);
    });
    QTest::newRow("pick person") << Make([&s] { return new PickPersonDialog(s, QStringLiteral("Kies"), true); });
    QTest::newRow("guardianship") << Make([&s] { return new GuardianshipDialog(s, PersonKind::Ouder, DossierReader::Relative()); });
    QTest::newRow("import wizard") << Make([&s] { return new ImportWizard(s); });
    QTest::newRow("copy for one person") << Make([&s, incident, pupil] {
        return new RedactionDialog(s, RedactionDialog::Subject::Case, incident.id, QStringLiteral("Casusoverzicht"), pupil);
    });
    QTest::newRow("access request") << Make([] { return new AccessRequestDialog(QStringLiteral("Noor Bakker"), 1); });
    QTest::newRow("user") << Make([&s] { return new UserDialog(User(), Lookup(s).schools()); });
    QTest::newRow("school") << Make([] { return new SchoolDialog(School()); });
    QTest::newRow("legal hold") << Make([] { return new LegalHoldDialog(LegalHold()); });
    QTest::newRow("login") << Make([this] { return new LoginDialog(*m_db); });
    QTest::newRow("password") << Make([] {
        return new PasswordDialog(PasswordDialog::Mode::Change, QStringLiteral("beheerder"),
                                  [](const QString &, const QString &) { return QString(); });
    });
    QTest::newRow("first start") << Make([] { return new FirstStartWizard(true, [](const FirstStartSetup::Input &) {}); });
}

QStringList TestDialogFit::shortcutClashes(QWidget *window)
{
    const auto letterOf = [](const QString &text) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return QChar();
    };
    QList<QPair<QString, QWidget *>> texts;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->textFormat() != Qt::RichText)
            texts.append({ label->text(), label });
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts.append({ button->text(), button });
    QHash<QChar, QString> letters;
    QStringList clashes;
    for (const auto &[text, widget] : texts) {
        const QChar letter = letterOf(text);
        if (letter.isNull() || !widget->isVisible())
            continue;
        if (letters.contains(letter))
            clashes.append(QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(letter, letters.value(letter), text));
        letters.insert(letter, text);
    }
    return clashes;
}

void TestDialogFit::dialogsFitALaptop()
{
    QFETCH(Make, make);
    std::unique_ptr<QWidget> dialog(make());
    // As designed, before any screen is asked: the size it opens at and the least it can take.
    const QSize designed = dialog->size();
    const QSize least = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    QVERIFY2(designed.width() <= Laptop.width() && designed.height() <= Laptop.height(),
             qPrintable(QStringLiteral("opens at %1×%2").arg(designed.width()).arg(designed.height())));
    QVERIFY2(least.width() <= Laptop.width() && least.height() <= Laptop.height(),
             qPrintable(QStringLiteral("needs at least %1×%2").arg(least.width()).arg(least.height())));
    // Alt+letter of a label reaches its field: every label that shows a shortcut has a buddy.
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^& ]"));
        if (label->textFormat() != Qt::RichText && label->text().contains(mnemonic))
            QVERIFY2(label->buddy(), qPrintable(QStringLiteral("\"%1\" has no field").arg(label->text())));
    }
    // Alt+letter leads to one place: no two visible labels or buttons share a letter.
    dialog->show();
    const QStringList clashes = shortcutClashes(dialog.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    // Shown at that size, its buttons lie inside it.
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
        if (box->isVisible())
            QVERIFY(dialog->rect().contains(QRect(box->mapTo(dialog.get(), QPoint(0, 0)), box->size())));
}

void TestDialogFit::rememberedSizeIsMadeToFit()
{
    WindowFit::install();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    RedactionDialog dialog(*m_session, RedactionDialog::Subject::Case, m_incident.id, QStringLiteral("Casusoverzicht"), 0);
    dialog.resize(available.width() + 300, available.height() + 200);
    dialog.move(available.topLeft() + QPoint(200, 150));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.width() <= available.width() && dialog.height() <= available.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(dialog.width()).arg(dialog.height()).arg(available.width()).arg(available.height())));
    QVERIFY(available.contains(dialog.geometry().topLeft()));
    QVERIFY(dialog.geometry().bottom() <= available.bottom());
}

void TestDialogFit::mainWindowFirstStartAndNavigation()
{
    QSettings().remove(QStringLiteral("windows/main"));
    {
        MainWindow window(*m_session);
        window.present();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isMaximized());
        // No area asks for more room than a laptop has (the window would grow past the screen).
        for (int row = 0; row < window.navigation()->count(); ++row) {
            window.navigation()->setCurrentRow(row);
            QApplication::processEvents();
            const QSize least = window.minimumSizeHint();
            const QStringList clashes = shortcutClashes(&window);
            QVERIFY2(clashes.isEmpty(), qPrintable(window.navigation()->item(row)->text() + QStringLiteral(": ")
                                                   + clashes.join(QStringLiteral("; "))));
            for (QLabel *label : window.findChildren<QLabel *>()) {
                static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^& ]"));
                if (label->textFormat() != Qt::RichText && label->text().contains(mnemonic))
                    QVERIFY2(label->buddy(), qPrintable(QStringLiteral("\"%1\" has no field").arg(label->text())));
            }
            QVERIFY2(least.width() <= 1366 && least.height() <= Laptop.height(),
                     qPrintable(QStringLiteral("%1 needs %2×%3").arg(window.navigation()->item(row)->text()).arg(least.width()).arg(least.height())));
        }
        // Beheer (the last) asks for room; the area names keep theirs.
        QVERIFY2(window.navigation()->width() >= window.navigation()->sizeHintForColumn(0),
                 qPrintable(QStringLiteral("%1 < %2").arg(window.navigation()->width()).arg(window.navigation()->sizeHintForColumn(0))));
        window.showNormal();
        window.resize(900, 600);
        window.close();
    }
    // The next start keeps what the user chose.
    MainWindow again(*m_session);
    again.present();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.isMaximized());
    again.close();
}

QTEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
