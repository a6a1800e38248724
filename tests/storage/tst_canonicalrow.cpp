// The audit trail keeps every row as canonical JSON, and `check` compares each stored row with
// the hash of the last one recorded: the JSON written today must be byte for byte what was
// written before (by QJsonDocument), for every text a row can hold.
#include "canonicalrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlField>
#include <QTest>

class TestCanonicalRow : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQtJson_data();
    void sameBytesAsQtJson();
    void randomTextAsQtJson();
    void secretsAreHashed();
};

namespace {

// How rows were serialised before step 17: through QJsonObject.
QByteArray throughQtJson(const QSqlRecord &record)
{
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = record.value(i);
        if (value.isNull())
            continue;
        QJsonValue json;
        switch (value.metaType().id()) {
        case QMetaType::Bool: json = qint64(value.toBool() ? 1 : 0); break;
        case QMetaType::Int:
        case QMetaType::LongLong: json = value.toLongLong(); break;
        case QMetaType::Double: json = value.toDouble(); break;
        case QMetaType::QByteArray: json = QStringLiteral("base64:") + QString::fromLatin1(value.toByteArray().toBase64()); break;
        case QMetaType::QDate: json = value.toDate().toString(Qt::ISODate); break;
        default: json = value.toString();
        }
        object.insert(record.fieldName(i), json);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QSqlRecord row(const QList<QPair<QString, QVariant>> &values)
{
    QSqlRecord record;
    for (const auto &[name, value] : values) {
        QSqlField field(name, value.metaType());
        field.setValue(value);
        record.append(field);
    }
    return record;
}

} // namespace

void TestCanonicalRow::sameBytesAsQtJson_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("plain") << QVariant(QStringLiteral("Jansen"));
    QTest::newRow("empty") << QVariant(QStringLiteral(""));
    QTest::newRow("quotes and backslash") << QVariant(QStringLiteral("\"a\\b\" / c"));
    QTest::newRow("control characters") << QVariant(QString::fromUtf16(u"\u0001\b\f\n\r\t\u001f\u007f end"));
    QTest::newRow("diacritics") << QVariant(QStringLiteral("Öztürk, Ĳsselmeer, café"));
    QTest::newRow("emoji") << QVariant(QString::fromUtf16(u"\U0001F600 lacht"));
    QTest::newRow("lone high surrogate") << QVariant(QString(QChar(0xd83d)) + QStringLiteral("x"));
    QTest::newRow("lone high surrogate at end") << QVariant(QStringLiteral("x") + QChar(0xd83d));
    QTest::newRow("lone low surrogate") << QVariant(QString(QChar(0xde00)) + QStringLiteral("x"));
    QTest::newRow("reversed pair") << QVariant(QString(QChar(0xde00)) + QChar(0xd83d));
    QTest::newRow("bidi and noncharacters") << QVariant(QString::fromUtf16(u"\u202e\ufeff\ufffe\uffff"));
    QTest::newRow("integer") << QVariant(qint64(-9007199254740993));
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("double") << QVariant(2.5);
    QTest::newRow("integral double") << QVariant(3.0);
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xff", 3));
    QTest::newRow("date") << QVariant(QDate(2026, 12, 6));
    QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString));
}

void TestCanonicalRow::sameBytesAsQtJson()
{
    QFETCH(QVariant, value);
    const QSqlRecord record = row({ { QStringLiteral("version"), qint64(3) }, { QStringLiteral("value"), value },
                                    { QStringLiteral("id"), qint64(7) }, { QStringLiteral("a_first"), QStringLiteral("x") } });
    QCOMPARE(CanonicalRow::json(record), throughQtJson(record));
}

void TestCanonicalRow::randomTextAsQtJson()
{
    // Every kind of UTF-16 code unit, surrogates in and out of their pairs included.
    QRandomGenerator random(20261206);
    for (int n = 0; n < 5000; ++n) {
        QString text;
        const int length = int(random.bounded(0, 24));
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(0, 5)) {
            case 0: text += QChar(char16_t(random.bounded(0, 0x80))); break;
            case 1: text += QChar(char16_t(random.bounded(0x80, 0x800))); break;
            case 2: text += QChar(char16_t(random.bounded(0xd800, 0xe000))); break;
            case 3: text += QChar(char16_t(random.bounded(0xe000, 0x10000))); break;
            default: text += QChar(char16_t(random.bounded(0x800, 0xd800))); break;
            }
        }
        const QSqlRecord record = row({ { QStringLiteral("body"), text }, { QStringLiteral("id"), qint64(n) } });
        const QByteArray ours = CanonicalRow::json(record);
        if (ours != throughQtJson(record))
            QFAIL(qPrintable(QStringLiteral("differs for %1: %2 instead of %3")
                                 .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(text.utf16()),
                                                                     text.size() * 2).toHex()),
                                      QString::fromLatin1(ours.toHex()), QString::fromLatin1(throughQtJson(record).toHex()))));
    }
}

void TestCanonicalRow::secretsAreHashed()
{
    const QSqlRecord record = row({ { QStringLiteral("password_hash"), QStringLiteral("$argon2id$geheim") },
                                    { QStringLiteral("login"), QStringLiteral("jan") } });
    const QByteArray json = CanonicalRow::json(record, { QStringLiteral("password_hash") });
    QVERIFY(!json.contains("geheim"));
    QCOMPARE(json, QByteArray("{\"login\":\"jan\",\"password_hash\":\"sha256:")
                       + CanonicalRow::hash("$argon2id$geheim") + "\"}");
    QCOMPARE(CanonicalRow::hash("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestCanonicalRow)
#include "tst_canonicalrow.moc"
