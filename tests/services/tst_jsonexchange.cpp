#include "database.h"
#include "demodatagenerator.h"
#include "jsonexporter.h"
#include "jsonimporter.h"
#include "rowstore.h"
#include "sqlvalues.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestJsonExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsExact_data() { TestDatabase::addDriverRows(); }
    void roundTripIsExact();
    void badValuesNamedByPath_data();
    void badValuesNamedByPath();
    void databaseRefusalChangesNothing();
    void malformedJsonNamesLineAndColumn();
    void filledDatabaseRefused();
    void noPasswordHashesExported();

private:
    static qint64 auditCount(Database &db);
    QTemporaryDir m_dir;
    QJsonObject m_export;
};

qint64 TestJsonExchange::auditCount(Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestJsonExchange::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("source.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 30;
    options.seed = 5;
    options.today = QDate(2026, 6, 1);
    DemoDataGenerator(*db).generate(options);
    m_export = JsonExporter(*db).document();
    QCOMPARE(m_export.value("format").toString(), QStringLiteral("dossierkast"));
    QCOMPARE(m_export.value("incidents").toArray().size(), 30);
}

void TestJsonExchange::roundTripIsExact()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(m_export).toJson());
    }
    auto target = TestDatabase::create(driver, dir, QStringLiteral("target.sqlite"));
    const JsonImporter::Result result = JsonImporter(*target, AccessScope::system()).importFile(file);
    QVERIFY2(result.ok, qPrintable(result.errors.join('\n')));
    QVERIFY(result.rows > 1000);
    QCOMPARE(JsonExporter(*target).document(), m_export);
    // The imported attachments are descriptions only: their content stays in the backups.
    QSqlQuery query = target->prepare(QStringLiteral("SELECT count(*) FROM attachments WHERE content_sha256 IS NULL"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), m_export.value("attachments").toArray().size());
}

void TestJsonExchange::badValuesNamedByPath_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("date") << "persons" << 3 << "birth_date" << QJsonValue("12-03-2015") << "$.persons[3].birth_date";
    QTest::newRow("code") << "persons" << 0 << "kind" << QJsonValue("leraar") << "$.persons[0].kind";
    QTest::newRow("flag") << "incidents" << 2 << "confidential" << QJsonValue(1) << "$.incidents[2].confidential";
    QTest::newRow("reference") << "incidents" << 4 << "school_id" << QJsonValue(999) << "$.incidents[4].school_id";
    QTest::newRow("moment without zone") << "incidents" << 1 << "occurred_at" << QJsonValue("2026-01-01T10:00:00")
                                         << "$.incidents[1].occurred_at";
    QTest::newRow("required") << "schools" << 0 << "name" << QJsonValue(QJsonValue::Null) << "$.schools[0].name";
    QTest::newRow("unknown field") << "measures" << 0 << "sanctie" << QJsonValue("x") << "$.measures[0].sanctie";
    QTest::newRow("whole number") << "attachments" << 0 << "size" << QJsonValue(1.5) << "$.attachments[0].size";
}

void TestJsonExchange::badValuesNamedByPath()
{
    QFETCH(QString, collection);
    QFETCH(int, index);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedPath);
    QJsonObject doc = m_export;
    QJsonArray rows = doc.value(collection).toArray();
    QJsonObject row = rows.at(index).toObject();
    row.insert(field, value);
    rows.replace(index, row);
    doc.insert(collection, rows);

    QTemporaryDir dir;
    auto target = TestDatabase::create("sqlite", dir);
    const qint64 before = auditCount(*target);
    const JsonImporter::Result result = JsonImporter(*target, AccessScope::system()).importDocument(doc);
    QVERIFY(!result.ok);
    QVERIFY2(result.errors.join('\n').contains(expectedPath + ": "), qPrintable(result.errors.join('\n')));
    QCOMPARE(auditCount(*target), before);
    QVERIFY(RowStore(*target).holdsOnlyDefaults());
}

void TestJsonExchange::databaseRefusalChangesNothing()
{
    // A value that passes the format checks but breaks a schema rule, late in the document:
    // everything written before it is rolled back, and the error names the record.
    QJsonObject doc = m_export;
    QJsonArray incidents = doc.value("incidents").toArray();
    QJsonObject last = incidents.last().toObject();
    last.insert("reported_at", "2000-01-01T00:00:00.000Z");
    incidents.replace(incidents.size() - 1, last);
    doc.insert("incidents", incidents);
    QTemporaryDir dir;
    auto target = TestDatabase::create("sqlite", dir);
    const qint64 before = auditCount(*target);
    const JsonImporter::Result result = JsonImporter(*target, AccessScope::system()).importDocument(doc);
    QVERIFY(!result.ok);
    QVERIFY2(result.errors.join('\n').contains(QStringLiteral("$.incidents[%1]").arg(incidents.size() - 1)),
             qPrintable(result.errors.join('\n')));
    QCOMPARE(auditCount(*target), before);
    QVERIFY(RowStore(*target).holdsOnlyDefaults());
    QCOMPARE(RowStore(*target).count("protocol_articles"), 22);    // the defaults are still there
}

void TestJsonExchange::malformedJsonNamesLineAndColumn()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kapot.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\n  \"format\": \"dossierkast\",\n  \"persons\": [ { \"id\": 1, } ]\n}\n");
    }
    auto target = TestDatabase::create("sqlite", dir);
    const JsonImporter::Result result = JsonImporter(*target, AccessScope::system()).importFile(file);
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(file + QStringLiteral(", line 3, column")), qPrintable(result.errors.first()));
}

void TestJsonExchange::filledDatabaseRefused()
{
    auto source = Database::open(m_dir.filePath(QStringLiteral("source.sqlite")));
    const qint64 before = auditCount(*source);
    const JsonImporter::Result result = JsonImporter(*source, AccessScope::system()).importDocument(m_export);
    QVERIFY(!result.ok);
    QVERIFY(result.errors.first().contains(source->location()));
    QCOMPARE(auditCount(*source), before);
}

void TestJsonExchange::noPasswordHashesExported()
{
    const QJsonArray users = m_export.value("users").toArray();
    QVERIFY(!users.isEmpty());
    for (const QJsonValue &user : users) {
        QVERIFY(!user.toObject().contains("password_hash"));
        QVERIFY(user.toObject().contains("login"));
    }
}

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
