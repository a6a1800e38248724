// Backups: a copy made while another connection (the window) is writing holds exactly what was
// committed, is checked before it gets its name, and restores to an identical export; a damaged
// backup is refused and changes nothing; restoring keeps the current file aside; the daily
// backups rotate 7 daily, 4 weekly, 12 monthly.
#include "accessscope.h"
#include "backuprotation.h"
#include "backupschedule.h"
#include "database.h"
#include "databasebackup.h"
#include "demodatagenerator.h"
#include "jsonexporter.h"
#include "languagesetup.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTest>

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void backupWhileWritingRestoresToAnIdenticalExport();
    void damagedBackupIsRefused();
    void rotationKeepsDailyWeeklyMonthly();
    void dailyBackupOncePerDayAndRotated();

private:
    static QByteArray exported(Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_driver;
};

void TestBackup::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestBackup::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_driver = driver;
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    DemoDataGenerator::Options options;
    options.incidents = 8;
    DemoDataGenerator(*m_db).generate(options);
}

void TestBackup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TestBackup::exported(Database &db)
{
    return QJsonDocument(JsonExporter(db).document()).toJson(QJsonDocument::Compact);
}

void TestBackup::backupWhileWritingRestoresToAnIdenticalExport()
{
    const QByteArray before = exported(*m_db);
    const QString backup = m_dir->filePath(QStringLiteral("kopie/dossierkast-backup.sqlite"));

    // The window is in the middle of a change when the backup is made: the copy holds what was
    // committed, not the change in progress.
    std::unique_ptr<Database> window;
    std::unique_ptr<Transaction> open;
    if (m_driver == QLatin1String("sqlite")) {
        window = Database::open(m_db->location());
        open = std::make_unique<Transaction>(*window, AccessScope::system());
        School school;
        school.name = QStringLiteral("Nog niet opgeslagen");
        SchoolRepository(*window).insert(*open, school);
    }
    const DatabaseBackup::Checked checked = DatabaseBackup::write(*m_db, backup);
    QVERIFY(checked.bytes > 0);
    QVERIFY(!QFile::exists(backup + QStringLiteral(".part")));
    if (open) {
        open->commit();
        open.reset();
        QVERIFY(exported(*window) != before);       // the change is in the database now
        window.reset();
    }

    // Restored into a place of its own, the backup exports exactly what was there.
    const QString restored = m_dir->filePath(QStringLiteral("terug/dossierkast.sqlite"));
    QDir().mkpath(QFileInfo(restored).absolutePath());
    QCOMPARE(DatabaseBackup::restore(backup, restored), QString());      // nothing to move aside
    auto back = Database::open(restored);
    QCOMPARE(exported(*back), before);

    // Restoring over an existing database keeps that one aside, whole.
    {
        Transaction tx(*back, AccessScope::system());
        School school;
        school.name = QStringLiteral("Na de back-up");
        SchoolRepository(*back).insert(tx, school);
        tx.commit();
    }
    const QByteArray changed = exported(*back);
    back.reset();
    const QString aside = DatabaseBackup::restore(backup, restored);
    QVERIFY(aside.contains(QStringLiteral(".before-restore-")));
    auto kept = Database::open(aside);
    QCOMPARE(exported(*kept), changed);
    kept.reset();
    auto again = Database::open(restored);
    QCOMPARE(exported(*again), before);
}

void TestBackup::damagedBackupIsRefused()
{
    if (m_driver != QLatin1String("sqlite"))
        QSKIP("restoring is into a database file");
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    DatabaseBackup::write(*m_db, backup);
    const QString location = m_db->location();
    m_db.reset();
    const QByteArray current = TestDatabase::fileHash(location);

    // A backup changed behind the program's back, and a file that is no database at all.
    const QString edited = m_dir->filePath(QStringLiteral("bewerkt.sqlite"));
    QVERIFY(QFile::copy(backup, edited));
    QCOMPARE(TestDatabase::rawSql(edited, QStringLiteral("UPDATE schools SET city = 'Anders' WHERE id = 1")), QString());
    const QString garbage = m_dir->filePath(QStringLiteral("rommel.sqlite"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    for (const QString &bad : { edited, garbage }) {
        try {
            DatabaseBackup::restore(bad, location);
            QFAIL("a damaged backup was put back");
        } catch (const StorageError &error) {
            QVERIFY(!error.message().isEmpty());
        }
        QCOMPARE(TestDatabase::fileHash(location), current);
        QVERIFY(QDir(m_dir->path()).entryList({ QStringLiteral("*before-restore*") }).isEmpty());
    }
    // Writing a backup over the database's own location is refused by the command (tested there);
    // a backup into a folder that cannot be written leaves nothing behind.
    try {
        auto db = Database::open(location);
        DatabaseBackup::write(*db, QStringLiteral("/proc/geen-map/backup.sqlite"));
        QFAIL("a backup was reported into a folder that cannot exist");
    } catch (const StorageError &) {
    }
}

void TestBackup::rotationKeepsDailyWeeklyMonthly()
{
    // A backup every day for two years.
    const QDate today(2026, 11, 24);
    QList<QDate> days;
    for (QDate d = today.addYears(-2); d <= today; d = d.addDays(1))
        days.append(d);
    const QSet<QDate> kept = BackupRotation::keep(days);
    for (int i = 0; i < 7; ++i)
        QVERIFY(kept.contains(today.addDays(-i)));
    QVERIFY(!kept.contains(QDate(2026, 11, 14)));        // a Saturday, older than a week
    // Newest of each of the last 4 weeks: the Sundays before this week.
    QVERIFY(kept.contains(QDate(2026, 11, 15)));
    QVERIFY(kept.contains(QDate(2026, 11, 8)));
    // Newest of each of the last 12 months: the last day of each earlier month.
    QVERIFY(kept.contains(QDate(2026, 10, 31)));
    QVERIFY(kept.contains(QDate(2025, 12, 31)));
    QVERIFY(!kept.contains(QDate(2025, 11, 30)));       // the 13th month back
    QVERIFY(!kept.contains(QDate(2025, 6, 15)));
    QVERIFY(kept.size() <= 7 + 4 + 12);
    QVERIFY(kept.size() >= 12 + 4);
    // Few backups: all kept.
    QCOMPARE(BackupRotation::keep({ today, today.addDays(-40) }).size(), 2);
}

void TestBackup::dailyBackupOncePerDayAndRotated()
{
    if (m_driver != QLatin1String("sqlite"))
        QSKIP("automatic backups are for a database file on this PC");
    QSettings().remove(QStringLiteral("backup"));
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    QVERIFY(BackupSchedule::needsWarning(folder, QDateTime::currentDateTime()));     // none yet
    // Old daily backups (placeholders: rotation decides by name, it never opens them) and one
    // made by hand, which rotation leaves alone.
    QDir().mkpath(folder);
    const QDate today = QDate::currentDate();
    for (int i = 1; i <= 60; ++i) {
        QFile f(QDir(folder).filePath(BackupSchedule::dailyName(today.addDays(-i), false)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString byHand = QDir(folder).filePath(QStringLiteral("dossierkast-2020-01-01-1200.sqlite"));
    QFile(byHand).open(QIODevice::WriteOnly);

    const QString made = BackupSchedule::runDaily(*m_db, folder, today);
    QCOMPARE(made, QDir(folder).filePath(BackupSchedule::dailyName(today, false)));
    DatabaseBackup::verify(made);
    QCOMPARE(BackupSchedule::runDaily(*m_db, folder, today), QString());     // once a day
    QVERIFY(!BackupSchedule::needsWarning(folder, QDateTime::currentDateTime()));
    QVERIFY(BackupSchedule::needsWarning(folder, QDateTime::currentDateTime().addDays(8)));
    QVERIFY(QFile::exists(byHand));
    int daily = 0;
    for (const BackupSchedule::File &f : BackupSchedule::files(folder))
        if (f.day.isValid())
            ++daily;
    QVERIFY2(daily <= 7 + 4 + 12 && daily >= 7, qPrintable(QString::number(daily)));
    QVERIFY(QFile::exists(QDir(folder).filePath(BackupSchedule::dailyName(today.addDays(-6), false))));
    QVERIFY(!QFile::exists(QDir(folder).filePath(BackupSchedule::dailyName(today.addDays(-59), false))));
}

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
