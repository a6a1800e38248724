#include "csvtable.h"
#include "personimport.h"

#include <QTest>

class TestCsvTable : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void quotedFieldsAndLineNumbers();
    void emptyLinesSkipped();
    void unclosedQuoteNamesItsLine();
    void dates_data();
    void dates();
    void headerNamesProposeTheMapping();
};

void TestCsvTable::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("Achternaam;Roepnaam\nÖztürk;Zoë\n");
    QTest::newRow("utf-8") << text.toUtf8() << "UTF-8";
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
    QTest::newRow("windows-1252") << text.toLatin1() << "Windows-1252";
}

void TestCsvTable::encodings()
{
    QFETCH(QByteArray, bytes);
    const CsvTable table = CsvTable::parse(bytes);
    QTEST(table.encoding(), "encoding");
    QCOMPARE(table.header(), QStringList({ "Achternaam", "Roepnaam" }));
    QCOMPARE(table.rows().size(), 1);
    QCOMPARE(table.rows().first().fields, QStringList({ "Öztürk", "Zoë" }));
}

void TestCsvTable::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QChar(';');
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(',');
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar('\t');
    QTest::newRow("comma inside quotes") << QByteArray("\"a,x\";b;c\n1;2;3\n") << QChar(';');
}

void TestCsvTable::delimiters()
{
    QFETCH(QByteArray, bytes);
    const CsvTable table = CsvTable::parse(bytes);
    QTEST(table.delimiter(), "delimiter");
    QCOMPARE(table.rows().first().fields, QStringList({ "1", "2", "3" }));
}

void TestCsvTable::quotedFieldsAndLineNumbers()
{
    const CsvTable table = CsvTable::parse("naam;opmerking\r\n\"Hof, Jan van 't\";\"zegt \"\"hoi\"\"\nen gaat\"\r\nBakker;gewoon\r\n");
    QCOMPARE(table.rows().size(), 2);
    QCOMPARE(table.rows().at(0).fields, QStringList({ "Hof, Jan van 't", "zegt \"hoi\"\nen gaat" }));
    QCOMPARE(table.rows().at(0).line, 2);
    QCOMPARE(table.rows().at(1).line, 4);      // after the two-line record
}

void TestCsvTable::emptyLinesSkipped()
{
    const CsvTable table = CsvTable::parse("a;b\n\n1;2\n;\n  ;  \n3;4");
    QCOMPARE(table.rows().size(), 2);
    QCOMPARE(table.rows().at(1).fields, QStringList({ "3", "4" }));
    QCOMPARE(table.rows().at(1).line, 6);
}

void TestCsvTable::unclosedQuoteNamesItsLine()
{
    const CsvTable table = CsvTable::parse("a;b\n1;2\n\"open;3\n4;5\n");
    QVERIFY(table.problem().contains(QStringLiteral("3")));
}

void TestCsvTable::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd-mm-jjjj") << "03-04-2016" << QDate(2016, 4, 3);
    QTest::newRow("d-m-jjjj") << "3-4-2016" << QDate(2016, 4, 3);
    QTest::newRow("slashes") << "03/04/2016" << QDate(2016, 4, 3);
    QTest::newRow("iso") << "2016-04-03" << QDate(2016, 4, 3);
    QTest::newRow("leap day") << "29-02-2016" << QDate(2016, 2, 29);
    QTest::newRow("no leap day") << "29-02-2015" << QDate();
    QTest::newRow("month 13") << "01-13-2015" << QDate();
    QTest::newRow("two-digit year") << "01-02-15" << QDate();
    QTest::newRow("text") << "gisteren" << QDate();
}

void TestCsvTable::dates()
{
    QFETCH(QString, text);
    QTEST(PersonImport::parseDate(text), "date");
}

void TestCsvTable::headerNamesProposeTheMapping()
{
    using F = PersonImport::Field;
    const PersonImport::Mapping m = PersonImport::propose({ "Leerlingnummer", "Achternaam", "Voorvoegsel", "Roepnaam",
                                                            "Voornamen", "Geboortedatum", "Groep", "E-mail",
                                                            "Verzorger 1 naam", "Verzorger 1 e-mail", "Onbekend" });
    QCOMPARE(m.value(F::ExternalId), 0);
    QCOMPARE(m.value(F::Surname), 1);
    QCOMPARE(m.value(F::Tussenvoegsel), 2);
    QCOMPARE(m.value(F::BirthDate), 5);
    QCOMPARE(m.value(F::Email), 7);
    QCOMPARE(m.value(F::Parent1Name), 8);
    QCOMPARE(m.value(F::Parent1Email), 9);
    QCOMPARE(m.size(), 10);
    QCOMPARE(PersonImport::propose({ "Personeelsnummer", "Achternaam", "Functie" }).value(F::FunctionTitle), 2);
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
