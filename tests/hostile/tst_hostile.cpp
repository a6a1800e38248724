#include "accessscope.h"
#include "attachmentstore.h"
#include "correspondencerepository.h"
#include "database.h"
#include "displaytext.h"
#include "jsonexporter.h"
#include "msgfile.h"
#include "tneffile.h"
#include "personrepository.h"
#include "programrun.h"
#include "schoolrepository.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QTest>
#include <QtEndian>

// The real program over files made to hurt it: damaged school lists, mails, JSON exports and
// database files. For each: no crash or hang, a Dutch message that names the file (and the
// line, where there is one), and where the command failed the database is byte for byte what
// it was, and sound.
class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schoolLists_data();
    void schoolLists() { schoolList(false); }
    void schoolListsOnTheServer_data();
    void schoolListsOnTheServer() { schoolList(true); }
    void refusedRowMarksNobodyAsLeft();
    void pupilStartingLaterIsNotMarkedAsLeft();
    void storedControlCharactersArePrintedEscaped();
    void mails_data();
    void mails();
    void outlookMails_data();
    void outlookMails();

    void devicesAndHugeFilesAreRefusedUnread_data();
    void devicesAndHugeFilesAreRefusedUnread();
    void jsonExports_data();
    void jsonExports();
    void databaseFiles_data();
    void databaseFiles();
    void filesWaitForTheirAuditRecord_data();
    void filesWaitForTheirAuditRecord();
    void fullDiskIsNamedAndChangesNothing();
    void restoreRefusesWhatIsNoBackup_data();
    void restoreRefusesWhatIsNoBackup();

private:
    // Files `content` as `name` with import-mail and checks what was stored and said.
    void fileMailAndInspect(const QString &name, const QByteArray &content, int exitCode, const QStringList &mentions,
                            int wholeAttachments);

    ProgramRun::Result run(const QStringList &arguments) { return ProgramRun::run(m_dir.path(), arguments); }
    QString write(const QString &name, const QByteArray &content);
    QString freshDatabase(const QString &name);
    // The template's content on a new database of the PostgreSQL test server; its URL.
    QString freshServerDatabase();
    // What a server database holds, as its JSON export.
    QByteArray serverExport(const QString &url);
    void schoolList(bool server);
    // What every answer to bad input must be: Dutch, naming the place, no raw control characters,
    // not a screenful.
    static void checkMessage(const ProgramRun::Result &r, const QStringList &mentions);

    QTemporaryDir m_dir;
    QString m_template;
    qint64 m_pupil = 0;
};

namespace {

const QByteArray Header("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n");
const QString Regenboog = QStringLiteral("Basisschool De Regenboog");

QByteArray rows(int from, int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += QByteArray::number(700000 + from + i) + ";Achternaam" + QByteArray::number(from + i) + ";Kind;02-03-2016\n";
    return text;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray mail(const QByteArray &subject, const QByteArray &fileName, const QByteArray &encodedContent)
{
    return "From: Ouder <ouder@example.nl>\r\nTo: school@example.nl\r\nSubject: " + subject
           + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
             "Content-Type: multipart/mixed; boundary=\"grens\"\r\n\r\n"
             "--grens\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZie bijlage.\r\n"
             "--grens\r\nContent-Type: application/pdf; name=\"" + fileName + "\"\r\n"
             "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n" + encodedContent + "\r\n--grens--\r\n";
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}

} // namespace

void TestHostile::initTestCase()
{
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const ProgramRun::Result r = run({ "--database", m_template, "demo-data", "--seed", "5", "--incidents", "10" });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    auto db = Database::openExisting(m_template);
    PersonFilter filter;
    filter.kind = PersonKind::Leerling;
    const QList<Person> pupils = PersonRepository(*db).list(AccessScope::system(), filter, 0, 1);
    QVERIFY(!pupils.isEmpty());
    m_pupil = pupils.first().id;
}

QString TestHostile::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

QString TestHostile::freshDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    return QFile::copy(m_template, path) ? path : QString();
}

void TestHostile::checkMessage(const ProgramRun::Result &r, const QStringList &mentions)
{
    QVERIFY2(!r.crashed, "the program crashed");
    QVERIFY2(!r.timedOut, "the program did not end");
    QString text = r.out + r.err;
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention, Qt::CaseInsensitive), qPrintable(QStringLiteral("«%1» not in: %2").arg(mention, text)));
    // Dutch: our English source words never reach the user (the driver's own words, shown as a
    // technical detail for whoever supports the program, are its own).
    static const QRegularExpression detail(QStringLiteral("^Technische details:.*$"), QRegularExpression::MultilineOption);
    text.remove(detail);
    static const QRegularExpression english(QStringLiteral("\\b(the|cannot|could not|is not|was not|nothing was)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!english.match(text).hasMatch(), qPrintable(text));
    for (const QChar c : text)
        QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.unicode() >= 0x20, qPrintable(text.toUtf8().toPercentEncoding()));
    QVERIFY2(!text.contains(QChar(0x202E)), "a bidi override reached the terminal");
    QVERIFY2(text.size() < 4000, qPrintable(QStringLiteral("%1 characters of output").arg(text.size())));
}

void TestHostile::schoolLists_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("stray quote swallows rows") << QByteArray(Header + rows(0, 2) + "\"700090;Jansen;Piet;01-01-2016\n" + rows(2, 3)
                                                             + "700091;Visser\";Anna;01-01-2016\n" + rows(5, 2))
                                               << 1 << QStringList{ "regel 4", "aanhalingsteken" };
    QTest::newRow("quote never closed") << QByteArray(Header + rows(0, 2) + "700090;\"Jansen;Piet;01-01-2016\n" + rows(2, 3))
                                        << 1 << QStringList{ "regel 4" };
    QTest::newRow("mixed encodings") << QByteArray(Header + "700001;M\xc3\xbcller;Kim;02-03-2016\n" + rows(2, 2)
                                                   + "700009;M\xfcller;Bo;02-03-2016\n")
                                     << 1 << QStringList{ "regel 2", "regel 5" };
    QTest::newRow("invalid byte after BOM") << QByteArray("\xef\xbb\xbf" + QByteArray(Header) + rows(0, 3) + "700009;Bakker\xff;Bo;02-03-2016\n")
                                            << 1 << QStringList{ "regel 5", "UTF-8" };
    QTest::newRow("undefined Windows-1252 byte") << QByteArray(Header + rows(0, 2) + "700009;Bakker\x81;Bo;02-03-2016\n")
                                                 << 1 << QStringList{ "regel 4" };
    QTest::newRow("UTF-16 with BOM (Excel)")
        << utf16(QString::fromUtf8(Header) + QStringLiteral("700101;Öztürk;Ayşe;02-03-2016\n700102;Müller;Jan;03-03-2016\n"),
                 QStringConverter::Utf16LE, true)
        << 0 << QStringList{ "UTF-16", "Nieuw: 2" };
    QTest::newRow("UTF-16 big-endian without BOM")
        << utf16(QString::fromUtf8(Header) + QStringLiteral("700103;Çelik;Elif;02-03-2016\n"), QStringConverter::Utf16BE, false)
        << 0 << QStringList{ "UTF-16", "Nieuw: 1" };
    QTest::newRow("NUL byte in a row") << QByteArray(Header + rows(10, 1) + QByteArray("700120;Bak\0ker;Bo;02-03-2016\n", 29) + rows(11, 1))
                                       << 2 << QStringList{ "regel 3", "NUL" };
    QTest::newRow("terminal escape in a name") << QByteArray(Header + "700130;\x1b[2J\x1b]0;gehackt\x07;Bo;02-03-2016\n" + rows(13, 1))
                                               << 2 << QStringList{ "regel 2" };
    QTest::newRow("surname of 5000 characters") << QByteArray(Header + "700140;" + QByteArray(5000, 'x') + ";Bo;02-03-2016\n" + rows(14, 1))
                                                << 2 << QStringList{ "regel 2", "5000" };
    QTest::newRow("binary file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0" + QByteArray(3000, '\x01'))
                                 << 1 << QStringList{ "tekstbestand" };
    QTest::newRow("empty file") << QByteArray() << 1 << QStringList{ ".csv" };
    QTest::newRow("header only") << QByteArray(Header) << 1 << QStringList{};
    QTest::newRow("ten thousand columns, no surname") << (QByteArray("Kolom;").repeated(10000) + "\n1;2;3\n") << 1 << QStringList{ "achternaam" };
}

void TestHostile::schoolListsOnTheServer_data()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server (DOSSIERKAST_TEST_POSTGRESQL).");
    schoolLists_data();
}

QString TestHostile::freshServerDatabase()
{
    const QString url = TestDatabase::newPostgresqlDatabase();
    const ProgramRun::Result copied = run({ "--database", m_template, "migrate", "--to", url });
    return copied.code == 0 ? url : QString();
}

QByteArray TestHostile::serverExport(const QString &url)
{
    const QString path = m_dir.filePath(QStringLiteral("server-export.json"));
    QFile::remove(path);
    if (run({ "--database", url, "export-json", path }).code != 0)
        return QByteArray();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestHostile::schoolList(bool server)
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const QString database = server ? freshServerDatabase() : freshDatabase(QStringLiteral("lijst.sqlite"));
    QVERIFY(!database.isEmpty());
    const QString csv = write(QStringLiteral("lijst.csv"), content);
    const QByteArray before = server ? serverExport(database) : TestDatabase::fileHash(database);
    QVERIFY(!before.isEmpty());
    const ProgramRun::Result r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", Regenboog, csv });
    checkMessage(r, mentions);
    QVERIFY2(r.code == exitCode, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err)));
    if (exitCode == 1) {
        QVERIFY((server ? serverExport(database) : TestDatabase::fileHash(database)) == before);
        QVERIFY2(r.err.contains(QStringLiteral("lijst.csv")) || r.out.contains(QStringLiteral("lijst.csv")), qPrintable(r.err));
    }
    const ProgramRun::Result check = run({ "--database", database, "check" });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

void TestHostile::refusedRowMarksNobodyAsLeft()
{
    const QString database = freshDatabase(QStringLiteral("vertrek.sqlite"));
    int current = 0;
    {
        auto db = Database::openExisting(database);
        PersonFilter filter;
        filter.kind = PersonKind::Leerling;
        current = int(PersonRepository(*db).list(AccessScope::system(), filter, 0, 100000).size());
    }
    QVERIFY(current > 3);
    // One row with a typing error in its date: that pupil, and all others missing, stay.
    const QString csv = write(QStringLiteral("compleet.csv"), QByteArray(Header) + rows(0, 2) + "700050;Fout;Bo;31-02-2016\n");
    const ProgramRun::Result r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", Regenboog,
                                       "--mark-missing-as-left", csv });
    checkMessage(r, { "regel 4", "niemand" });
    QCOMPARE(r.code, 2);
    auto db = Database::openExisting(database);
    PersonFilter filter;
    filter.kind = PersonKind::Leerling;
    QCOMPARE(int(PersonRepository(*db).list(AccessScope::system(), filter, 0, 100000).size()), current + 2);
}

void TestHostile::storedControlCharactersArePrintedEscaped()
{
    const QString database = freshDatabase(QStringLiteral("escape.sqlite"));
    {
        auto db = Database::openExisting(database);
        Transaction tx(*db, AccessScope::system());
        Person p;
        p.kind = PersonKind::Overig;
        p.givenNames = QStringLiteral("Terminal");
        p.surname = QStringLiteral("Wisser\x1b[2J\x1b]0;gehackt\x07\u202Eexe.jpg");
        PersonRepository(*db).insert(tx, p);
        tx.commit();
    }
    const ProgramRun::Result r = run({ "--database", database, "search", "Terminal" });
    QCOMPARE(r.code, 0);
    checkMessage(r, { "Wisser\\x1b[2J", "\\x07", "\\u202e" });
}

void TestHostile::pupilStartingLaterIsNotMarkedAsLeft()
{
    // A clean, complete list that lacks a pupil who starts next month: the others who are
    // missing leave, that pupil does not (and the import is not aborted by the database).
    const QString database = freshDatabase(QStringLiteral("later.sqlite"));
    qint64 later = 0;
    QString schoolName;
    {
        auto db = Database::openExisting(database);
        PersonFilter filter;
        filter.kind = PersonKind::Leerling;
        Person p = PersonRepository(*db).list(AccessScope::system(), filter, 0, 1).first();
        p.startDate = QDate::currentDate().addMonths(1);
        Transaction tx(*db, AccessScope::system());
        PersonRepository(*db).update(tx, p);
        tx.commit();
        later = p.id;
        const auto school = SchoolRepository(*db).get(AccessScope::system(), p.schoolId);
        QVERIFY(school);
        schoolName = school->name;
    }
    const QString csv = write(QStringLiteral("later.csv"), QByteArray(Header) + rows(60, 2));
    const ProgramRun::Result r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school",
                                       schoolName, "--mark-missing-as-left", csv });
    checkMessage(r, {});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    auto db = Database::openExisting(database);
    QVERIFY(!PersonRepository(*db).get(AccessScope::system(), later)->leaveDate.isValid());
}

void TestHostile::mails_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<int>("wholeAttachments");    // stored besides the original mail

    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(6000, 'p') + "\n%%EOF\n";
    QByteArray broken = base64Lines(pdf);
    broken.replace(100, 4, "!@#$");
    QTest::newRow("broken base64") << mail("Verslag", "verslag.pdf", broken) << 0
                                   << QStringList{ "verslag.pdf", "Verslag", "beschadigd", "oorspronkelijke" } << 0;
    QByteArray padded = base64Lines(pdf.left(700)) + base64Lines(pdf.mid(700));
    QTest::newRow("padding in the middle") << mail("Foto's", "groot.pdf", padded) << 0
                                           << QStringList{ "groot.pdf", "beschadigd" } << 0;
    QTest::newRow("cut off") << mail("Afgebroken", "half.pdf", base64Lines(pdf).left(203)) << 0
                             << QStringList{ "half.pdf", "beschadigd" } << 0;
    QTest::newRow("file name with folders") << mail("Pad", "../../etc/passwd", base64Lines(pdf)) << 0 << QStringList{} << 1;
    QTest::newRow("bidi override in name") << mail("Bidi", "=?UTF-8?B?Zm90b+KArmdwai5leGU=?=", base64Lines(pdf)) << 0
                                           << QStringList{} << 1;
    QTest::newRow("name of 2000 characters") << mail("Lang", QByteArray(2000, 'n') + ".pdf", base64Lines(pdf)) << 0
                                             << QStringList{} << 1;
    QTest::newRow("escape sequences in subject") << mail("\x1b]0;gehackt\x07\x1b[31mRood", "a.pdf", base64Lines(pdf)) << 0
                                                 << QStringList{ "gehackt" } << 1;
    QTest::newRow("subject of 100,000 characters") << mail(QByteArray(100000, 's'), "a.pdf", base64Lines(pdf)) << 0
                                                   << QStringList{} << 1;
    QTest::newRow("not a mail at all") << QByteArray("\x89PNG\r\n\x1a\n" + QByteArray(500, '\0')) << 0
                                       << QStringList{ "mail.eml" } << 0;
}

void TestHostile::mails()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    QFETCH(int, wholeAttachments);
    fileMailAndInspect(QStringLiteral("mail.eml"), content, exitCode, mentions, wholeAttachments);
}

void TestHostile::outlookMails_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<int>("wholeAttachments");

    const auto outlook = [](const QString &subject, const QString &fileName, const QByteArray &data) {
        MsgFile file(MsgFile::Kind::Other);
        file.integer(0x3705, 1).unicode(0x3707, fileName).binary(0x3701, data);
        MsgFile msg;
        msg.unicode(0x0037, subject).unicode(0x0C1A, QStringLiteral("Ouder")).unicode(0x1000, QStringLiteral("Zie bijlage."))
            .attachment(file);
        return msg.bytes();
    };
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(6000, 'p') + "\n%%EOF\n";
    QTest::newRow("msg: escape sequences and folders") << "bericht.msg"
        << outlook(QStringLiteral("\x1b]0;gehackt\x07\x1b[31mRood"), QStringLiteral("../../etc/passwd"), pdf)
        << QStringList{ "gehackt" } << 1;
    QTest::newRow("msg: bidi override, 2000 characters") << "bericht.msg"
        << outlook(QString(2000, QLatin1Char('s')), QStringLiteral("foto") + QChar(0x202E) + QStringLiteral("gpj.exe"), pdf)
        << QStringList{} << 1;
    const QByteArray whole = outlook(QStringLiteral("Afgebroken"), QStringLiteral("a.pdf"), pdf);
    QTest::newRow("msg: cut in half") << "half.msg" << whole.left(whole.size() / 2) << QStringList{} << -1;
    QByteArray noise(9000, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    noise.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    QTest::newRow("msg: compound-file signature, then noise") << "ruis.msg" << noise << QStringList{ "ruis.msg" } << 0;
    // A winmail.dat whose MAPI property has a type libytnef ends its process on.
    const QByteArray tnef = TnefFile::make({}, TnefFile::unknownMapiType());
    QByteArray winmail = mail("Met winmail.dat", "winmail.dat", base64Lines(tnef));
    winmail.replace("application/pdf", "application/ms-tnef");
    QTest::newRow("winmail.dat that ends libytnef") << "winmail.eml" << winmail << QStringList{ "winmail.dat" } << 1;
}

void TestHostile::outlookMails()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);
    QFETCH(int, wholeAttachments);
    fileMailAndInspect(name, content, 0, mentions, wholeAttachments);
}

void TestHostile::fileMailAndInspect(const QString &name, const QByteArray &content, int exitCode, const QStringList &mentions,
                                     int wholeAttachments)
{
    const QString database = freshDatabase(QStringLiteral("mail.sqlite"));
    const QString path = write(name, content);
    const ProgramRun::Result r = run({ "--database", database, "import-mail", "--person", QString::number(m_pupil), path });
    checkMessage(r, mentions);
    QVERIFY2(r.code == exitCode, qPrintable(r.out + r.err));
    auto db = Database::openExisting(database);
    CorrespondenceFilter filter;
    filter.personId = m_pupil;
    const QList<Correspondence> items = CorrespondenceRepository(*db).list(AccessScope::system(), filter);
    QVERIFY(!items.isEmpty());
    Correspondence newest = items.first();
    for (const Correspondence &c : items)
        if (c.id > newest.id)
            newest = c;
    for (const QChar c : newest.subject)
        QVERIFY2(!DisplayText::isHidden(c), "a control character is stored in the subject");
    const QList<AttachmentInfo> files = AttachmentStore(*db).attachmentsOfCorrespondence(AccessScope::system(), newest.id);
    if (wholeAttachments >= 0)      // -1: as much as a cut file still holds
        QCOMPARE(int(files.size()), 1 + wholeAttachments);
    for (const AttachmentInfo &a : files) {
        QVERIFY2(!a.fileName.contains(QLatin1Char('/')) && !a.fileName.contains(QLatin1Char('\\')), qPrintable(a.fileName));
        QVERIFY2(a.fileName.size() <= 120, qPrintable(a.fileName));
        QVERIFY2(!a.fileName.contains(QChar(0x202E)), "the bidi override is in the stored name");
    }
    db.reset();
    const ProgramRun::Result check = run({ "--database", database, "check" });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

void TestHostile::devicesAndHugeFilesAreRefusedUnread_data()
{
    QTest::addColumn<QStringList>("command");       // the file comes last
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("sparseSize");         // > 0: made as a sparse file of this size
    const QStringList persons{ "import-persons", "--kind", "leerling", "--school", Regenboog };
    const QStringList mail{ "import-mail", "--person", QString::number(m_pupil) };
    const QStringList json{ "import-json" };
    QTest::newRow("school list from /dev/zero") << persons << QStringLiteral("/dev/zero") << qint64(0);
    QTest::newRow("mail from /dev/zero") << mail << QStringLiteral("/dev/zero") << qint64(0);
    QTest::newRow("JSON from /dev/zero") << json << QStringLiteral("/dev/zero") << qint64(0);
    QTest::newRow("school list of 40 MB") << persons << QStringLiteral("groot.csv") << qint64(40) * 1024 * 1024;
    QTest::newRow("JSON of 300 MB") << json << QStringLiteral("groot.json") << qint64(300) * 1024 * 1024;
    QTest::newRow("mail of 2 GB") << mail << QStringLiteral("groot.eml") << qint64(2) * 1024 * 1024 * 1024;
    QTest::newRow("school list that is a folder") << persons << QStringLiteral("map.csv") << qint64(-1);
}

void TestHostile::devicesAndHugeFilesAreRefusedUnread()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    QFETCH(qint64, sparseSize);
    QString path = file;
    if (sparseSize != 0) {
        path = m_dir.filePath(file);
        QDir(path).removeRecursively();
        QFile::remove(path);
        if (sparseSize < 0) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile sparse(path);
            QVERIFY(sparse.open(QIODevice::WriteOnly));
            QVERIFY(sparse.resize(sparseSize));      // no disk used, no time spent
        }
    }
    const bool json = command.first() == QLatin1String("import-json");
    const QString database = json ? m_dir.filePath(QStringLiteral("uit-json.sqlite")) : freshDatabase(QStringLiteral("groot.sqlite"));
    if (json)
        QFile::remove(database);
    const QByteArray before = json ? QByteArray() : TestDatabase::fileHash(database);
    const ProgramRun::Result r = ProgramRun::run(m_dir.path(), QStringList{ "--database", database } + command + QStringList{ path },
                                                 QString(), QByteArray(), 60000);
    checkMessage(r, { QFileInfo(path).fileName() });
    QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err)));
    if (json)
        QVERIFY(!QFile::exists(database));
    else
        QCOMPARE(TestDatabase::fileHash(database), before);
    if (sparseSize > 0)
        QFile::remove(path);
}

void TestHostile::jsonExports_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"dossierkast\",\n  \"version\": 1,\n  oeps }") << QStringList{ "regel 3" };
    QTest::newRow("empty") << QByteArray() << QStringList{ "export.json" };
    QTest::newRow("an array") << QByteArray("[1, 2, 3]") << QStringList{ "export.json" };
    QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << QStringList{ "export.json" };
    QTest::newRow("a string of 10 MB") << ("{\"format\": \"dossierkast\", \"x\": \"" + QByteArray(10 * 1000 * 1000, 'a') + "\"}")
                                       << QStringList{ "regel 1" };
    QTest::newRow("wrong types") << QByteArray("{\"format\": \"dossierkast\", \"format_version\": 1, \"persons\": 12}")
                                 << QStringList{ "persons" };
}

void TestHostile::jsonExports()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);
    const QString json = write(QStringLiteral("export.json"), content);
    const QString target = m_dir.filePath(QStringLiteral("nieuw.sqlite"));
    QFile::remove(target);
    const ProgramRun::Result r = run({ "--database", target, "import-json", json });
    checkMessage(r, mentions);
    QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
    QVERIFY2(!QFile::exists(target), "a failed import left a database behind");
}

void TestHostile::databaseFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("arguments");
    QFile source(m_template);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray real = source.readAll();
    const QList<std::pair<const char *, QByteArray>> files{
        { "empty", QByteArray() },
        { "random bytes", QByteArray(8192, '\x5a') },
        { "text", QByteArray("Dit is geen database.\n") },
        { "first half of a database", real.left(real.size() / 2) },
        { "SQLite header only", real.left(100) },
    };
    for (const auto &[name, content] : files)
        for (const char *command : { "check", "search", "deadlines", "export-json", "backup" }) {
            QStringList arguments{ command };
            if (QByteArray(command) == "search")
                arguments.append(QStringLiteral("pesten"));
            if (QByteArray(command) == "export-json" || QByteArray(command) == "backup")
                arguments.append(m_dir.filePath(QStringLiteral("uitvoer.out")));
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(name), QLatin1String(command)))) << content << arguments;
        }
}

void TestHostile::databaseFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    const QString path = write(QStringLiteral("kapot.sqlite"), content);
    QFile::remove(m_dir.filePath(QStringLiteral("uitvoer.out")));
    const ProgramRun::Result r = run(QStringList{ "--database", path } + arguments);
    checkMessage(r, { "kapot.sqlite" });
    QCOMPARE(r.code, 1);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), content);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("uitvoer.out"))));
}

void TestHostile::filesWaitForTheirAuditRecord_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = m_dir.filePath(QStringLiteral("uit/bestand"));
    QTest::newRow("export-json") << QStringList{ "export-json", out };
    QTest::newRow("backup") << QStringList{ "backup", out };
    QTest::newRow("summary --pdf") << QStringList{ "summary", "--person", QString::number(m_pupil), "--pdf", out };
    QTest::newRow("access-request") << QStringList{ "access-request", "--person", QString::number(m_pupil), "--zip", out };
}

void TestHostile::filesWaitForTheirAuditRecord()
{
    // The audit record cannot be written (as on a full disk): the file must not appear either,
    // nor any temporary file with the personal data in it.
    QFETCH(QStringList, arguments);
    const QString database = freshDatabase(QStringLiteral("audit.sqlite"));
    QVERIFY(TestDatabase::rawSql(database, QStringLiteral("CREATE TRIGGER vol BEFORE INSERT ON audit_log "
                                                          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))
                .isEmpty());
    QDir(m_dir.filePath(QStringLiteral("uit"))).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("uit"))));
    const ProgramRun::Result r = run(QStringList{ "--database", database } + arguments);
    QVERIFY2(!r.crashed && !r.timedOut, qPrintable(r.err));
    QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err)));
    const QStringList left = QDir(m_dir.filePath(QStringLiteral("uit"))).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestHostile::fullDiskIsNamedAndChangesNothing()
{
    // A small file system of its own (root may mount one; elsewhere this is skipped): an export
    // that does not fit, and a database whose disk fills up during an import.
    const QString disk = m_dir.filePath(QStringLiteral("kleine-schijf"));
    QVERIFY(QDir().mkpath(disk));
    const qint64 databaseSize = QFileInfo(m_template).size();
    QProcess mount;
    mount.start(QStringLiteral("mount"), { "-t", "tmpfs", "-o", QStringLiteral("size=%1").arg(databaseSize + 96 * 1024), "tmpfs", disk });
    if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP("No small file system could be mounted here (that takes root).");
    const auto unmount = qScopeGuard([&disk] { QProcess::execute(QStringLiteral("umount"), { disk }); });

    const QString source = freshDatabase(QStringLiteral("vol-bron.sqlite"));
    const QString filler = QDir(disk).filePath(QStringLiteral("vulling"));
    {
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        fill.write(QByteArray(int(databaseSize), 'v'));     // the export no longer fits
    }
    ProgramRun::Result r = run({ "--database", source, "export-json", QDir(disk).filePath(QStringLiteral("alles.json")) });
    checkMessage(r, { "alles.json", "schijf is vol" });
    QCOMPARE(r.code, 1);
    QCOMPARE(QDir(disk).entryList(QDir::Files | QDir::Hidden), QStringList{ QStringLiteral("vulling") });
    QVERIFY(QFile::remove(filler));

    // The database on the small disk, with little room left for its journal.
    const QString database = QDir(disk).filePath(QStringLiteral("vol.sqlite"));
    QVERIFY(QFile::copy(m_template, database));
    // The login goes into the trail before the disk fills; what the import wrote must not.
    const auto content = [&database] {
        auto db = Database::openExisting(database);
        return QJsonDocument(JsonExporter(*db).document()).toJson(QJsonDocument::Compact);
    };
    const QByteArray before = content();
    QByteArray list = Header;
    for (int i = 0; i < 3000; ++i)
        list += QByteArray::number(760000 + i) + ";Achternaam" + QByteArray::number(i) + ";" + QByteArray(60, 'v')
                + ";02-03-2016\n";
    const QString csv = write(QStringLiteral("veel.csv"), list);
    r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", Regenboog, csv });
    checkMessage(r, { "schijf", "vol", "vol.sqlite" });
    QCOMPARE(r.code, 1);
    QVERIFY(content() == before);
}

void TestHostile::restoreRefusesWhatIsNoBackup_data()
{
    QTest::addColumn<QByteArray>("content");
    QFile source(m_template);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray real = source.readAll();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("geen back-up\n");
    QTest::newRow("first half of a backup") << real.left(real.size() / 2);
    QTest::newRow("another program's database") << QByteArray();      // made below with SQL
}

void TestHostile::restoreRefusesWhatIsNoBackup()
{
    QFETCH(QByteArray, content);
    const QString database = freshDatabase(QStringLiteral("levend.sqlite"));
    const QString backup = write(QStringLiteral("backup.sqlite"), content);
    if (QByteArray(QTest::currentDataTag()) == "another program's database")
        QVERIFY(TestDatabase::rawSql(backup, QStringLiteral("CREATE TABLE klanten (naam TEXT)")).isEmpty());
    const QByteArray before = TestDatabase::fileHash(database);
    const ProgramRun::Result r = run({ "--database", database, "restore", backup });
    checkMessage(r, { "backup.sqlite" });
    QCOMPARE(r.code, 1);
    QCOMPARE(TestDatabase::fileHash(database), before);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("levend.sqlite.before-restore*") }).isEmpty());
    const ProgramRun::Result check = run({ "--database", database, "check" });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
