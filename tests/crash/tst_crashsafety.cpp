// Crash safety: a writer process is killed with SIGKILL at random moments, 50 times; after each
// kill the database must be sound (`check`) and hold every record the writer reported as
// committed.
#include "database.h"
#include "integritychecker.h"
#include "sqlvalues.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesASoundDatabase();
};

void TestCrashSafety::killedWriterLeavesASoundDatabase()
{
    QTemporaryDir dir;
    QString location;
    {
        auto db = TestDatabase::create(QStringLiteral("sqlite"), dir);
        location = db->location();
    }
    QSet<qint64> reported;
    for (int round = 0; round < 50; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(DOSSIERKAST_CRASHWRITER), { location });
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Let it commit a few records, then kill it at a random moment.
        QTest::qWait(int(QRandomGenerator::global()->bounded(40, 250)));
        QVERIFY2(writer.state() == QProcess::Running, qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        writer.kill();      // SIGKILL: no clean-up of any kind
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const qint64 id = line.trimmed().toLongLong(&ok);
            if (ok)
                reported.insert(id);
        }

        auto db = Database::open(location);
        const IntegrityChecker::Report report = IntegrityChecker(*db).run();
        QVERIFY2(report.sound(), qPrintable(QStringLiteral("after kill %1: ").arg(round + 1) + report.problems.join(QLatin1Char('\n'))));
        QSqlQuery query = db->prepare(QStringLiteral("SELECT id FROM persons"));
        SqlValues::exec(query);
        QSet<qint64> present;
        while (query.next())
            present.insert(query.value(0).toLongLong());
        for (qint64 id : std::as_const(reported))
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("after kill %1, record %2 is missing").arg(round + 1).arg(id)));
    }
    QVERIFY2(reported.size() >= 50, qPrintable(QString::number(reported.size())));
    qInfo("%d records reported committed over 50 kills", int(reported.size()));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
