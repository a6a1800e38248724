#include "database.h"
#include "schemacatalog.h"
#include "sqlvalues.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QSet>
#include <QTest>

// The catalogue drives the audit, `check` and the JSON format: it must match the real schema.
class TestSchemaCatalog : public QObject
{
    Q_OBJECT

private slots:
    void matchesSchema_data() { TestDatabase::addDriverRows(); }
    void matchesSchema();
    void codesMatchCheckConstraints();
    void everyTableHasALabel();
};

void TestSchemaCatalog::matchesSchema()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    QSet<QString> catalogued;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        catalogued.insert(table.name);
        QSqlQuery query = db->prepare(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table.name));
        SqlValues::exec(query);
        const QSqlRecord record = query.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        QStringList fields;
        for (const SchemaCatalog::Field &field : table.fields)
            fields.append(field.name);
        columns.sort();
        fields.sort();
        QCOMPARE(fields, columns);
        QCOMPARE(table.versioned, columns.contains(QStringLiteral("version")));
        for (const SchemaCatalog::Child &child : table.children)
            QVERIFY2(SchemaCatalog::table(child.table), qPrintable(child.table));
    }
    // Every table of the schema is catalogued, except the ones that are deliberately not audited.
    QSqlQuery tables = db->prepare(db->dialect() == Database::Dialect::Sqlite
                                       ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                                       : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                        "WHERE table_schema = 'public'"));
    SqlValues::exec(tables);
    // Not audited: bookkeeping, content covered by its hash, the log itself, the search index
    // and name order keys (derived from audited rows; FTS5 keeps its own shadow tables).
    const QSet<QString> unaudited{ "schema_migrations", "attachment_chunks", "audit_log", "search_index", "person_sort_keys",
                                   "search_index_data", "search_index_idx", "search_index_content",
                                   "search_index_docsize", "search_index_config" };
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QVERIFY2(catalogued.contains(name) || unaudited.contains(name), qPrintable(name));
    }
}

void TestSchemaCatalog::codesMatchCheckConstraints()
{
    // Each code column's CHECK (col IN (...)) in the migration lists exactly the domain's codes.
    QString schema;
    for (const QString &name : QDir(QStringLiteral(":/sql/sqlite")).entryList(QDir::Files, QDir::Name)) {
        QFile file(QStringLiteral(":/sql/sqlite/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        schema += QString::fromUtf8(file.readAll());
    }
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        const int start = schema.indexOf(QStringLiteral("CREATE TABLE %1 (").arg(table.name));
        QVERIFY2(start >= 0, qPrintable(table.name));
        const QString body = schema.mid(start, schema.indexOf(QStringLiteral(");\n"), start) - start);
        for (const SchemaCatalog::Field &field : table.fields) {
            if (field.type != SchemaCatalog::Type::Code)
                continue;
            const QRegularExpression in(QStringLiteral("\\b%1 IN \\(([^)]*)\\)").arg(field.name));
            const auto match = in.match(body);
            QVERIFY2(match.hasMatch(), qPrintable(table.name + "." + field.name));
            QStringList listed = match.captured(1).remove(QLatin1Char('\'')).split(QStringLiteral(", "));
            QStringList expected = field.codes;
            listed.sort();
            expected.sort();
            QCOMPARE(listed, expected);
        }
    }
}

void TestSchemaCatalog::everyTableHasALabel()
{
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables())
        QVERIFY2(SchemaCatalog::label(table.name) != table.name, qPrintable(table.name));
}

QTEST_GUILESS_MAIN(TestSchemaCatalog)
#include "tst_schemacatalog.moc"
