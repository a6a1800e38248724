#include "accessscope.h"
#include "backupschedule.h"
#include "database.h"
#include "personrepository.h"
#include "programrun.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <csignal>
#include <unistd.h>

// One database file used by two processes at once: this test holds it open the way the window
// does (its connection, then a second one for the day's backup), while the real program runs a
// command on the same file. The shared journal must survive, and each side must see the other's
// commits.
class TestSharedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandLeavesTheWindowsJournal_data();
    void commandLeavesTheWindowsJournal();
    void restoreWaitsUntilNobodyHasTheFile();
    void interruptedExportLeavesNoFile();

private:
    // The journal files this process holds open that were deleted from the folder.
    QStringList deletedJournalsHeld() const;
    ProgramRun::Result run(const QStringList &arguments) { return ProgramRun::run(m_dir.path(), arguments); }
    qint64 addPerson(Database &db, const QString &surname);

    QTemporaryDir m_dir;
    QString m_template;
};

void TestSharedFile::initTestCase()
{
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const ProgramRun::Result r = run({ "--database", m_template, "demo-data", "--seed", "3", "--incidents", "12" });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

QStringList TestSharedFile::deletedJournalsHeld() const
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    // Read raw: the target of a deleted file does not resolve.
    for (const QString &name : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        char buffer[4096];
        const QByteArray link = QFile::encodeName(fds.filePath(name));
        const ssize_t length = ::readlink(link.constData(), buffer, sizeof buffer - 1);
        if (length <= 0)
            continue;
        const QString target = QFile::decodeName(QByteArray(buffer, int(length)));
        if (target.startsWith(m_dir.path()) && target.endsWith(QStringLiteral(" (deleted)")))
            deleted.append(target);
    }
    return deleted;
}

qint64 TestSharedFile::addPerson(Database &db, const QString &surname)
{
    Transaction tx(db, AccessScope::system());
    Person p;
    p.kind = PersonKind::Overig;
    p.givenNames = QStringLiteral("Gedeeld");
    p.surname = surname;
    PersonRepository(db).insert(tx, p);
    tx.commit();
    return p.id;
}

void TestSharedFile::commandLeavesTheWindowsJournal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("deadlines") << QStringList{ "deadlines" };
    QTest::newRow("backup") << QStringList{ "backup", m_dir.filePath("kopie.sqlite") };
    QTest::newRow("check") << QStringList{ "check" };
    QTest::newRow("search") << QStringList{ "search", "pesten" };
    QTest::newRow("export-json") << QStringList{ "export-json", m_dir.filePath("uit.json") };
    QTest::newRow("retention") << QStringList{ "retention" };
}

void TestSharedFile::commandLeavesTheWindowsJournal()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag()));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    QFile::remove(m_dir.filePath("kopie.sqlite"));
    QFile::remove(m_dir.filePath("uit.json"));

    // As the window: its connection, a first write, then the day's backup on a second connection.
    auto window = Database::openExisting(path);
    addPerson(*window, QStringLiteral("Voor"));
    {
        auto second = Database::openExisting(path);
        BackupSchedule::runDaily(*second, m_dir.filePath(QStringLiteral("backups-%1").arg(QTest::currentDataTag())),
                                 QDate::currentDate());
    }
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    const ProgramRun::Result command = run(QStringList{ "--database", path } + arguments);
    QVERIFY2(command.code == 0, qPrintable(command.out + command.err));
    QVERIFY2(deletedJournalsHeld().isEmpty(), qPrintable(deletedJournalsHeld().join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    // A row the window commits now is seen by the next process …
    addPerson(*window, QStringLiteral("Zichtbaarvoorandere"));
    const ProgramRun::Result search = run({ "--database", path, "search", "Zichtbaarvoorandere" });
    QVERIFY2(search.code == 0 && search.out.contains(QStringLiteral("Zichtbaarvoorandere")), qPrintable(search.out + search.err));

    // … and one that another process commits is seen by the window.
    const QString csv = m_dir.filePath(QStringLiteral("lijst.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n990001;Vananderekant;Noor;02-03-2016\n");
    }
    const ProgramRun::Result import = run({ "--database", path, "import-persons", "--kind", "leerling", "--school",
                                            "Basisschool De Regenboog", csv });
    QVERIFY2(import.code == 0, qPrintable(import.out + import.err));
    PersonFilter filter;
    filter.search = QStringLiteral("Vananderekant");
    QCOMPARE(PersonRepository(*window).list(AccessScope::system(), filter, 0, 10).size(), 1);

    window.reset();
    const ProgramRun::Result check = run({ "--database", path, "check" });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

void TestSharedFile::restoreWaitsUntilNobodyHasTheFile()
{
    // Putting a backup back under an open window would send the window's next writes into the
    // file moved aside: refused while anyone has the database open.
    const QString path = m_dir.filePath(QStringLiteral("terugzetten.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    const QString backup = m_dir.filePath(QStringLiteral("terugzetten-backup.sqlite"));
    QFile::remove(backup);
    QCOMPARE(run({ "--database", path, "backup", backup }).code, 0);
    auto window = Database::openExisting(path);
    const qint64 id = addPerson(*window, QStringLiteral("Naterugzetten"));
    const ProgramRun::Result refused = run({ "--database", path, "restore", backup });
    QVERIFY2(refused.code == 1 && refused.err.contains(QStringLiteral("geopend")), qPrintable(refused.out + refused.err));
    QVERIFY(deletedJournalsHeld().isEmpty());
    QVERIFY(PersonRepository(*window).get(AccessScope::system(), id));
    addPerson(*window, QStringLiteral("Nogeen"));
    window.reset();
    const ProgramRun::Result restored = run({ "--database", path, "restore", backup });
    QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
}

void TestSharedFile::interruptedExportLeavesNoFile()
{
    // The export is written and waits for its audit record while another process writes; ended
    // then with Ctrl+C, it leaves neither the export nor its temporary file. The other writer
    // takes the database as soon as the command's login is in the trail; a database large enough
    // that writing its export takes a while keeps the command from finishing first.
    const QString path = m_dir.filePath(QStringLiteral("onderbroken.sqlite"));
    QFile::remove(path);
    const ProgramRun::Result made = run({ "--database", path, "demo-data", "--seed", "4", "--incidents", "600" });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const QString folder = m_dir.filePath(QStringLiteral("onderbroken"));
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schrijver"));
    writer.setDatabaseName(path);
    QVERIFY(writer.open());
    QSqlQuery lock(writer);
    QVERIFY(lock.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    const auto logins = [&lock] {
        lock.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login'"));
        const qint64 n = lock.next() ? lock.value(0).toLongLong() : -1;
        lock.finish();
        return n;
    };
    const qint64 before = logins();
    QProcess command;
    ProgramRun::prepare(command, m_dir.path());
    command.setArguments({ "--database", path, "export-json", QDir(folder).filePath(QStringLiteral("alles.json")) });
    command.start();
    QVERIFY(command.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (logins() == before && waited.elapsed() < 20000)
        QThread::usleep(200);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).entryList({ QStringLiteral("*.part") }, QDir::Files).isEmpty(), 8000);
    ::kill(pid_t(command.processId()), SIGINT);
    QVERIFY(command.waitForFinished(10000));
    QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    lock.exec(QStringLiteral("ROLLBACK"));
    lock = QSqlQuery();
    writer.close();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("schrijver"));
}

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
