#include "accessscope.h"
#include "database.h"
#include "incidentfinder.h"
#include "jsonexporter.h"
#include "msgfile.h"
#include "passwordhasher.h"
#include "programrun.h"
#include "sqlvalues.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QTest>
#include <sys/stat.h>

// The real program, as a script or an administrator runs it: Dutch messages, exit codes, and
// files that are not ours left alone.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void versionIsPrinted();
    void checkOnMissingPathIsAnError();
    void demoDataThenCheckIsSound();
    void rawEditMakesCheckFailAndNameIt();
    void foreignFileRefusedByEveryCommand_data();
    void foreignFileRefusedByEveryCommand();
    void exportImportRoundTrip();
    void failedImportLeavesNoDatabase();
    void wrongUse();
    void searchFindsWhatTheListFinds();
    void deadlinesListsOpenTerms();
    void retentionListsThenDestroys();
    void backupThenRestore();
    void sealedBackupThenRestore();
    void importMailFilesEveryFile();
    void caseSummaryAsPdf();
    void redactedSummaryAndAccessRequest();
    void importPersonsExitCodes();
    void migrateToPostgresqlCopiesEverything();
    void filesAreReadableByTheirOwnerOnly();
    void commandsActAsTheirUser_data();
    void commandsActAsTheirUser();
    void windowStartsAndExitsWhenReady_data();
    void windowStartsAndExitsWhenReady();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &password = QString());
    QTemporaryDir m_dir;
    QString m_demo;
};

TestCli::Run TestCli::run(const QStringList &arguments, const QString &password)
{
    const ProgramRun::Result r = ProgramRun::run(m_dir.path(), arguments, password);
    return { r.code, r.out, r.err };
}

void TestCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = run({ "--database", m_demo, "demo-data", "--seed", "1", "--incidents", "40" });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("40 meldingen")), qPrintable(r.out));
}

void TestCli::helpListsEveryCommand()
{
    const Run r = run({ "--help" });
    QCOMPARE(r.code, 0);
    for (const char *command : { "access-request", "check", "deadlines", "demo-data", "export-json", "import-json", "import-mail", "import-persons",
                                "migrate", "retention", "search", "summary", "backup", "restore" })
        QVERIFY2(r.out.contains(QStringLiteral("  ") + command), command);
    QVERIFY2(r.out.contains(QStringLiteral("Gebruik:")), qPrintable(r.out));
    const Run one = run({ "demo-data", "--help" });
    QCOMPARE(one.code, 0);
    QVERIFY(one.out.contains(QStringLiteral("--incidents")));
}

void TestCli::versionIsPrinted()
{
    const Run r = run({ "--version" });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("dossierkast 0.1.0")));
}

void TestCli::checkOnMissingPathIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("bestaat-niet.sqlite"));
    const Run r = run({ "--database", path, "check" });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bestaat niet")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void TestCli::demoDataThenCheckIsSound()
{
    const Run r = run({ "--database", m_demo, "check" });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("De database is in orde.")), qPrintable(r.out));
}

void TestCli::rawEditMakesCheckFailAndNameIt()
{
    const QString copy = m_dir.filePath(QStringLiteral("bewerkt.sqlite"));
    QVERIFY(run({ "--database", copy, "demo-data", "--incidents", "5" }).code == 0);
    QCOMPARE(TestDatabase::rawSql(copy, "UPDATE incidents SET severity = 'licht', title = 'Niets aan de hand' WHERE id = 3"), QString());
    const Run r = run({ "--database", copy, "check" });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("Melding 3 (tabel incidents)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("NIET in orde")));
}

void TestCli::searchFindsWhatTheListFinds()
{
    // A pupil with diacritics, added to a copy of the demo data; found without them.
    const QString copy = m_dir.filePath(QStringLiteral("search.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    const QString csv = m_dir.filePath(QStringLiteral("een.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n777001;\xc3\x96zt\xc3\xbcrk;\xc3\x89mile;03-04-2016\n");
    file.close();
    QCOMPARE(run({ "--database", copy, "import-persons", "--kind", "leerling", "--school", "OBS De Vlinderhof", csv }).code, 0);
    const Run text = run({ "--database", copy, "search", "ozturk", "emile" });
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Öztürk, Émile")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("1 resultaat")), qPrintable(text.out));
    const Run json = run({ "--database", copy, "search", "--json", "777001" });
    QCOMPARE(json.code, 0);
    const QJsonArray found = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value("type").toString(), QStringLiteral("person"));
    QCOMPARE(found.first().toObject().value("name").toString(), QStringLiteral("Öztürk, Émile"));
    // Incidents by a word of their title, and correspondence.
    const Run incidents = run({ "--database", m_demo, "search", "--json", "melding" });
    QCOMPARE(incidents.code, 0);
    QStringList types;
    for (const QJsonValue &value : QJsonDocument::fromJson(incidents.out.toUtf8()).array())
        types.append(value.toObject().value("type").toString());
    QVERIFY2(types.contains(QStringLiteral("correspondence")), qPrintable(incidents.out));
    QCOMPARE(run({ "--database", m_demo, "search" }).code, 2);
}

void TestCli::deadlinesListsOpenTerms()
{
    const Run json = run({ "--database", m_demo, "deadlines", "--json" });
    QCOMPARE(json.code, 0);
    const QJsonArray all = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY2(!all.isEmpty(), "the demo data leaves some actions open");
    QString previous;
    for (const QJsonValue &value : all) {
        const QJsonObject item = value.toObject();
        QVERIFY(!item.value("title").toString().isEmpty());
        QVERIFY(item.value("due").toString() >= previous);     // soonest first
        previous = item.value("due").toString();
    }
    const Run overdue = run({ "--database", m_demo, "deadlines", "--json", "--overdue" });
    const QJsonArray late = QJsonDocument::fromJson(overdue.out.toUtf8()).array();
    for (const QJsonValue &value : late)
        QVERIFY(value.toObject().value("overdue").toBool());
    QVERIFY(late.size() <= all.size());
    const Run text = run({ "--database", m_demo, "deadlines" });
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("open termijn")), qPrintable(text.out));
    QCOMPARE(run({ "--database", m_demo, "deadlines", "extra" }).code, 2);
}

void TestCli::retentionListsThenDestroys()
{
    const QString copy = m_dir.filePath(QStringLiteral("bewaar.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    const Run list = run({ "--database", copy, "retention" });
    QVERIFY2(list.code == 0, qPrintable(list.err));
    // The demo data has pupils who left long ago, and legal holds.
    QVERIFY2(list.out.contains(QStringLiteral("termijn verstreken op")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("kan worden vernietigd")) || list.out.contains(QStringLiteral("kunnen worden vernietigd")),
             qPrintable(list.out));
    const int listed = int(list.out.count(QStringLiteral("termijn verstreken op")));
    const int held = int(list.out.count(QStringLiteral("juridische blokkade")));
    QVERIFY(listed > held);

    const Run apply = run({ "--database", copy, "retention", "--apply" });
    QVERIFY2(apply.code == 0, qPrintable(apply.err));
    QVERIFY2(apply.out.contains(QStringLiteral("Vernietigd: %1 dossier").arg(listed - held)), qPrintable(apply.out));
    // What is left past its term is what is held; the database is still sound.
    const Run after = run({ "--database", copy, "retention" });
    QCOMPARE(int(after.out.count(QStringLiteral("termijn verstreken op"))), held);
    const Run check = run({ "--database", copy, "check" });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(QStringLiteral("gewist")), qPrintable(check.out));
    QCOMPARE(run({ "--database", copy, "retention", "--nu" }).code, 2);
}

void TestCli::backupThenRestore()
{
    const QString copy = m_dir.filePath(QStringLiteral("terugzet.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    const QString backup = m_dir.filePath(QStringLiteral("reserve/dossierkast-kopie.sqlite"));
    const Run made = run({ "--database", copy, "backup", backup });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(QStringLiteral("gecontroleerd")), qPrintable(made.out));
    const QString before = m_dir.filePath(QStringLiteral("voor.json"));
    QCOMPARE(run({ "--database", copy, "export-json", before }).code, 0);
    // Something changes after the backup; restoring brings back the state of the backup.
    QCOMPARE(run({ "--database", copy, "retention", "--apply" }).code, 0);
    const Run restored = run({ "--database", copy, "restore", backup });
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.contains(QStringLiteral("before-restore")), qPrintable(restored.out));
    const QString after = m_dir.filePath(QStringLiteral("na.json"));
    QCOMPARE(run({ "--database", copy, "export-json", after }).code, 0);
    QFile a(before);
    QFile b(after);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
    QCOMPARE(run({ "--database", copy, "check" }).code, 0);
    // The mark written beside the backup holds for the live file and for the backup put back.
    const QString marks = m_dir.filePath(QStringLiteral("reserve/auditkenmerken.txt"));
    QVERIFY(QFile::exists(marks));
    QVERIFY2(made.out.contains(QStringLiteral("Auditkenmerk")), qPrintable(made.out));
    const Run anchored = run({ "--database", copy, "check", "--anchor-log", marks });
    QVERIFY2(anchored.code == 0, qPrintable(anchored.out + anchored.err));
    QVERIFY2(anchored.out.contains(QStringLiteral("loopt erdoorheen")), qPrintable(anchored.out));
    const Run later = run({ "--database", copy, "check", "--anchor", "999999-0123456789ab" });
    QCOMPARE(later.code, 1);
    QVERIFY2(later.out.contains(QStringLiteral("niet meer in de audittrail")), qPrintable(later.out));
    const Run bad = run({ "--database", copy, "check", "--anchor", "12-zz" });
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("geen auditkenmerk")), qPrintable(bad.err));
    // Wrong use and a file that is no backup.
    QCOMPARE(run({ "--database", copy, "backup", copy }).code, 2);
    QCOMPARE(run({ "--database", copy, "backup" }).code, 2);
    const Run missing = run({ "--database", copy, "restore", m_dir.filePath(QStringLiteral("bestaat-niet.sqlite")) });
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("bestaat niet")), qPrintable(missing.err));
}

void TestCli::sealedBackupThenRestore()
{
    const QString copy = m_dir.filePath(QStringLiteral("verzegeld.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    const auto passphrase = [](const QByteArray &value) {
        if (value.isEmpty())
            qunsetenv("DOSSIERKAST_BACKUP_PASSPHRASE");
        else
            qputenv("DOSSIERKAST_BACKUP_PASSPHRASE", value);
    };
    const auto cleanup = qScopeGuard([&] { passphrase({}); });
    passphrase({});
    const Run none = run({ "--database", copy, "backup-key" });
    QCOMPARE(none.code, 1);
    QVERIFY2(none.out.contains(QStringLiteral("NIET verzegeld")), qPrintable(none.out));
    const Run unsealed = run({ "--database", copy, "backup", m_dir.filePath(QStringLiteral("zegel/open.sqlite")) });
    QCOMPARE(unsealed.code, 0);
    QVERIFY2(unsealed.err.contains(QStringLiteral("niet verzegeld")), qPrintable(unsealed.err));
    // No passphrase and no terminal: refused, nothing set.
    const Run noPassphrase = run({ "--database", copy, "backup-key", "--set" });
    QCOMPARE(noPassphrase.code, 1);
    QVERIFY2(noPassphrase.err.contains(QStringLiteral("DOSSIERKAST_BACKUP_PASSPHRASE")), qPrintable(noPassphrase.err));
    passphrase("kort");
    QVERIFY(run({ "--database", copy, "backup-key", "--set" }).code != 0);
    QCOMPARE(run({ "--database", copy, "backup-key" }).code, 1);

    passphrase("de sleutel van de kluis 2026");
    const Run set = run({ "--database", copy, "backup-key", "--set" });
    QVERIFY2(set.code == 0, qPrintable(set.err));
    const Run shown = run({ "--database", copy, "backup-key" });
    QCOMPARE(shown.code, 0);
    passphrase({});     // a backup needs no passphrase once the key is set
    const QString sealed = m_dir.filePath(QStringLiteral("zegel/dossierkast.dkbackup"));
    const Run made = run({ "--database", copy, "backup", sealed });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(QStringLiteral("verzegeld")), qPrintable(made.out));
    QFile file(sealed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8) == "DKSEALED");
    file.close();
    const Run plain = run({ "--database", copy, "backup", "--plain", m_dir.filePath(QStringLiteral("zegel/open2.sqlite")) });
    QCOMPARE(plain.code, 0);
    QVERIFY2(plain.err.contains(QStringLiteral("--plain")), qPrintable(plain.err));

    // check and restore ask for the passphrase; without one, or with a wrong one, nothing happens.
    QCOMPARE(run({ "--database", sealed, "check" }).code, 1);
    const QString before = m_dir.filePath(QStringLiteral("zegel-voor.json"));
    QCOMPARE(run({ "--database", copy, "export-json", before }).code, 0);
    QCOMPARE(run({ "--database", copy, "retention", "--apply" }).code, 0);
    const QByteArray changed = TestDatabase::fileHash(copy);
    passphrase("de sleutel van de kluis 2025");
    const Run wrong = run({ "--database", copy, "restore", sealed });
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("wachtwoordzin")), qPrintable(wrong.err));
    QCOMPARE(TestDatabase::fileHash(copy), changed);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("*before-restore*") }).filter(QStringLiteral("verzegeld")).isEmpty());

    passphrase("de sleutel van de kluis 2026");
    const Run checked = run({ "--database", sealed, "check" });
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
    const Run restored = run({ "--database", copy, "restore", sealed });
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    const QString after = m_dir.filePath(QStringLiteral("zegel-na.json"));
    QCOMPARE(run({ "--database", copy, "export-json", after }).code, 0);
    QFile a(before);
    QFile b(after);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
    QStringList beside = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part"));
    QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QLatin1Char(','))));
}

void TestCli::importMailFilesEveryFile()
{
    const QString copy = m_dir.filePath(QStringLiteral("mail.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    // The first pupil of the demo data (ids are stable for a seed).
    const QJsonArray pupils = QJsonDocument::fromJson(run({ "--database", copy, "search", "--json", "groep" }).out.toUtf8()).array();
    qint64 pupil = 0;
    for (const QJsonValue &value : pupils)
        if (value.toObject().value("kind").toString() == QLatin1String("leerling") && !pupil)
            pupil = value.toObject().value("id").toInteger();
    QVERIFY(pupil > 0);
    const QString fixtures = QStringLiteral(DOSSIERKAST_FIXTURES "/mail/");
    const Run ok = run({ "--database", copy, "import-mail", "--person", QString::number(pupil),
                         fixtures + "ouder-met-bijlage.eml", fixtures + "kapot.eml" });
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QVERIFY2(ok.out.contains(QStringLiteral("3 bestanden")), qPrintable(ok.out));
    QVERIFY2(ok.err.contains(QStringLiteral("kapot.eml")), qPrintable(ok.err));      // filed with a warning
    const Run found = run({ "--database", copy, "search", "bezwaar", "schorsing", "emir" });
    QVERIFY2(found.out.contains(QStringLiteral("Bezwaar tegen de schorsing van Emir")), qPrintable(found.out));
    // One file cannot be read: the others are filed, the exit code says so.
    const Run partly = run({ "--database", copy, "import-mail", "--person", QString::number(pupil),
                             fixtures + "latin1.eml", m_dir.filePath(QStringLiteral("bestaat-niet.eml")) });
    QCOMPARE(partly.code, 1);
    QVERIFY(partly.err.contains(QStringLiteral("bestaat-niet.eml")));
    QVERIFY(partly.out.contains(QStringLiteral("latin1.eml")));
    QCOMPARE(run({ "--database", copy, "import-mail", "--person", "999999", fixtures + "latin1.eml" }).code, 1);
    QCOMPARE(run({ "--database", copy, "import-mail", fixtures + "latin1.eml" }).code, 2);

    // An Outlook message with an attached mail: both filed, the attached one as an item of its own.
    MsgFile inner(MsgFile::Kind::Embedded);
    inner.unicode(0x0037, QStringLiteral("Het doorgestuurde bericht")).unicode(0x1000, QStringLiteral("Binnenste tekst"));
    MsgFile holder(MsgFile::Kind::Other);
    holder.integer(0x3705, 5).embedded(inner);
    MsgFile outer;
    outer.unicode(0x0037, QStringLiteral("Uit Outlook: klacht over de groepsapp")).unicode(0x0C1A, QStringLiteral("Ouder"))
        .unicode(0x1000, QStringLiteral("Zie de bijlage.")).attachment(holder);
    const QString msg = m_dir.filePath(QStringLiteral("outlook.msg"));
    QFile file(msg);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(outer.bytes());
    file.close();
    const Run outlook = run({ "--database", copy, "import-mail", "--person", QString::number(pupil), msg });
    QVERIFY2(outlook.code == 0, qPrintable(outlook.err));
    QVERIFY2(outlook.out.contains(QStringLiteral("Uit Outlook: klacht over de groepsapp")), qPrintable(outlook.out));
    QVERIFY2(outlook.out.contains(QStringLiteral("1 bijgevoegde mail")), qPrintable(outlook.out));
    const Run innerFound = run({ "--database", copy, "search", "doorgestuurde", "bericht" });
    QVERIFY2(innerFound.out.contains(QStringLiteral("Het doorgestuurde bericht")), qPrintable(innerFound.out));
}

void TestCli::caseSummaryAsPdf()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty() && qEnvironmentVariableIsSet("CI"))
        QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed here.");
    const QJsonArray incidents = QJsonDocument::fromJson(run({ "--database", m_demo, "search", "--json", "2026" }).out.toUtf8()).array();
    QString reference;
    for (const QJsonValue &value : incidents)
        if (value.toObject().value("type").toString() == QLatin1String("incident") && reference.isEmpty())
            reference = value.toObject().value("reference").toString();
    QVERIFY(!reference.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("casus.pdf"));
    const Run r = run({ "--database", m_demo, "summary", "--incident", reference, "--pdf", pdf });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QProcess extract;
    extract.start(pdftotext, { "-layout", pdf, "-" });
    QVERIFY(extract.waitForFinished(60000));
    const QString text = QString::fromUtf8(extract.readAllStandardOutput());
    for (const char *section : { "Casusoverzicht", "VERTROUWELIJK", "Betrokken personen", "Protocolartikelen",
                                 "Chronologie", "Maatregelen", "Acties", "Correspondentie", "Bijlagen" })
        QVERIFY2(text.contains(QString::fromUtf8(section)), section);
    QVERIFY(text.contains(reference));
    // The footer on every page: "pagina x van y" once per page, in order.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    int numbered = 0;
    for (int page = 0; page < pages.size(); ++page)
        if (pages.at(page).contains(QStringLiteral("pagina %1 van").arg(page + 1)) && pages.at(page).contains(QStringLiteral("Vertrouwelijk")))
            ++numbered;
    QVERIFY(numbered >= 1);
    QCOMPARE(numbered, int(pages.size()));
    // Each page carries the trail's audit mark, and the trail runs through it.
    const QRegularExpression markForm(QStringLiteral("Auditkenmerk (\\d+-[0-9a-f]{12})"));
    for (const QString &page : pages)
        QVERIFY2(markForm.match(page).hasMatch(), qPrintable(page.right(300)));
    const QString mark = markForm.match(text).captured(1);
    const Run anchored = run({ "--database", m_demo, "check", "--anchor", mark });
    QVERIFY2(anchored.code == 0, qPrintable(anchored.out));
    QCOMPARE(run({ "--database", m_demo, "summary", "--incident", "1999-0001", "--pdf", pdf }).code, 1);
    QCOMPARE(run({ "--database", m_demo, "summary", "--pdf", pdf }).code, 2);
}

void TestCli::redactedSummaryAndAccessRequest()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty() && qEnvironmentVariableIsSet("CI"))
        QFAIL("pdftotext (poppler-utils) is missing; test.sh installs it.");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed here.");
    const QString copy = m_dir.filePath(QStringLiteral("inzage.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    // Who is who, read from the JSON export: a case with a pupil and at least two other persons.
    const QString exported = m_dir.filePath(QStringLiteral("inzage.json"));
    QCOMPARE(run({ "--database", copy, "export-json", exported }).code, 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    QHash<qint64, QJsonObject> persons;
    for (const QJsonValue &p : all.value("persons").toArray())
        persons.insert(p.toObject().value("id").toInteger(), p.toObject());
    QSet<qint64> family;
    qint64 forId = 0;
    QString reference;
    QList<qint64> others;
    for (const QJsonValue &value : all.value("incidents").toArray()) {
        const QJsonArray involved = value.toObject().value("involvements").toArray();
        if (involved.size() < 3)
            continue;
        for (const QJsonValue &v : involved) {
            const qint64 id = v.toObject().value("person_id").toInteger();
            if (!forId && persons.value(id).value("kind").toString() == QLatin1String("leerling"))
                forId = id;
            others.append(id);
        }
        reference = value.toObject().value("reference").toString();
        break;
    }
    QVERIFY(forId > 0);
    family.insert(forId);
    for (const QJsonValue &g : all.value("guardianships").toArray())
        if (g.toObject().value("pupil_id").toInteger() == forId)
            family.insert(g.toObject().value("parent_id").toInteger());
    QStringList hiddenSurnames;
    for (const qint64 id : std::as_const(others))
        if (!family.contains(id))
            hiddenSurnames.append(persons.value(id).value("surname").toString());
    for (const qint64 id : std::as_const(family))
        hiddenSurnames.removeAll(persons.value(id).value("surname").toString());
    QVERIFY(!hiddenSurnames.isEmpty());

    const QString pdf = m_dir.filePath(QStringLiteral("afschrift.pdf"));
    const Run r = run({ "--database", copy, "summary", "--incident", reference, "--for", QString::number(forId), "--pdf", pdf });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("afschrift voor persoon %1").arg(forId)));
    QProcess extract;
    extract.start(pdftotext, { pdf, "-" });
    QVERIFY(extract.waitForFinished(60000));
    const QString text = QString::fromUtf8(extract.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("Afschrift voor")));
    for (const QString &surname : std::as_const(hiddenSurnames))
        QVERIFY2(!text.contains(surname, Qt::CaseInsensitive), qPrintable(surname));
    QCOMPARE(run({ "--database", copy, "summary", "--incident", reference, "--term", "x", "--pdf", pdf }).code, 2);
    QCOMPARE(run({ "--database", copy, "summary", "--incident", reference, "--for", "999999", "--pdf", pdf }).code, 1);

    const QString zip = m_dir.filePath(QStringLiteral("inzage.zip"));
    const QString received = QDate::currentDate().addDays(-2).toString(QStringLiteral("dd-MM-yyyy"));
    const Run answered = run({ "--database", copy, "access-request", "--person", QString::number(forId), "--zip", zip, "--received", received });
    QVERIFY2(answered.code == 0, qPrintable(answered.err));
    QVERIFY(QFileInfo(zip).size() > 1000);
    QVERIFY2(answered.out.contains(QDate::currentDate().addDays(-2).addMonths(1).toString(QStringLiteral("dd-MM-yyyy"))), qPrintable(answered.out));
    const Run deadlines = run({ "--database", copy, "deadlines" });
    QVERIFY2(deadlines.out.contains(QStringLiteral("Inzageverzoek beantwoorden")), qPrintable(deadlines.out));
    QCOMPARE(run({ "--database", copy, "check" }).code, 0);
    QCOMPARE(run({ "--database", copy, "access-request", "--person", QString::number(forId), "--zip", zip, "--received", "gisteren" }).code, 2);
    QCOMPARE(run({ "--database", copy, "access-request", "--person", "999999", "--zip", zip }).code, 1);
    QCOMPARE(run({ "--database", copy, "access-request", "--zip", zip }).code, 2);
}

void TestCli::foreignFileRefusedByEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("check") << QStringList{ "check" };
    QTest::newRow("demo-data") << QStringList{ "demo-data" };
    QTest::newRow("export-json") << QStringList{ "export-json", m_dir.filePath("uit.json") };
    QTest::newRow("import-json") << QStringList{ "import-json", QStringLiteral(":/geen") };
    QTest::newRow("migrate") << QStringList{ "migrate" };
    QTest::newRow("search") << QStringList{ "search", "pesten" };
    QTest::newRow("deadlines") << QStringList{ "deadlines" };
}

void TestCli::foreignFileRefusedByEveryCommand()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir.filePath(QStringLiteral("foto.jpg"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xff\xd8\xff\xe0 JFIF geen database", 24).repeated(100));
    }
    if (arguments.first() == QLatin1String("import-json")) {
        // Needs a real input file to get as far as opening the database.
        const QString json = m_dir.filePath(QStringLiteral("in.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"dossierkast\", \"format_version\": 1}");
        arguments[1] = json;
    }
    const QByteArray before = TestDatabase::fileHash(path);
    const Run r = run(QStringList{ "--database", path } + arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("geen Dossierkast-database")), qPrintable(r.err));
    QCOMPARE(TestDatabase::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestCli::exportImportRoundTrip()
{
    const QString first = m_dir.filePath(QStringLiteral("eerste.json"));
    const QString second = m_dir.filePath(QStringLiteral("tweede.json"));
    const QString copy = m_dir.filePath(QStringLiteral("kopie.sqlite"));
    QCOMPARE(run({ "--database", m_demo, "export-json", first }).code, 0);
    const Run imported = run({ "--database", copy, "import-json", first });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    // The format carries no password hashes: the administrator gets one before exporting again.
    {
        auto db = Database::openExisting(copy);
        const auto admin = UserRepository(*db).findByLogin(QStringLiteral("beheerder"));
        QVERIFY(admin);
        Transaction tx(*db, AccessScope::system());
        UserRepository(*db).setPasswordHash(tx, admin->id, PasswordHasher::hash(QStringLiteral("demo")), false);
        tx.commit();
    }
    QCOMPARE(run({ "--database", copy, "export-json", second }).code, 0);
    QCOMPARE(TestDatabase::fileHash(second), TestDatabase::fileHash(first));
    QCOMPARE(run({ "--database", copy, "check" }).code, 0);
}

void TestCli::failedImportLeavesNoDatabase()
{
    const QString json = m_dir.filePath(QStringLiteral("fout.json"));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"dossierkast\", \"format_version\": 1, \"schools\": [{\"id\": \"een\"}]}");
    }
    const QString target = m_dir.filePath(QStringLiteral("nieuw.sqlite"));
    const Run r = run({ "--database", target, "import-json", json });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("$.schools[0].id")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Er is niets geïmporteerd.")), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
}

void TestCli::wrongUse()
{
    Run r = run({ "opruimen" });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Onbekende opdracht")), qPrintable(r.err));
    r = run({ "--database", m_demo, "demo-data", "--incidents", "veel" });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--incidents")), qPrintable(r.err));
    r = run({ "--database", m_demo, "export-json" });
    QCOMPARE(r.code, 2);
    r = run({ "--database" });
    QCOMPARE(r.code, 2);
}

void TestCli::importPersonsExitCodes()
{
    const QString database = m_dir.filePath(QStringLiteral("import.sqlite"));
    QCOMPARE(run({ "--database", database, "demo-data", "--incidents", "3" }).code, 0);
    const auto write = [this](const QString &name, const QByteArray &content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    };
    const QString good = write(QStringLiteral("goed.csv"), "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n"
                                                           "800001;Visser;Daan;02-03-2016\n");
    const QString mixed = write(QStringLiteral("gemengd.csv"), "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n"
                                                               "800002;Mulder;Tess;04-05-2016\n800003;Kok;Sem;99-99-2016\n");
    const QString bad = write(QStringLiteral("fout.csv"), "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n"
                                                          "800004;;Sem;04-05-2016\n");
    const QString school = QStringLiteral("Basisschool De Regenboog");
    const auto content = [&] {
        auto db = Database::openExisting(database);
        return QJsonDocument(JsonExporter(*db).document()).toJson(QJsonDocument::Compact);
    };
    const QByteArray before = content();
    Run r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", school, "--dry-run", good });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Nieuw: 1")), qPrintable(r.out));
    QCOMPARE(content(), before);           // a dry run changes nothing (only the login is in the trail)
    r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", school, good });
    QCOMPARE(r.code, 0);
    r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", school, mixed });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.contains(QStringLiteral("regel 3")), qPrintable(r.out));
    r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", school, bad });
    QCOMPARE(r.code, 1);
    r = run({ "--database", database, "import-persons", "--kind", "leerling", "--school", "Onbekend", good });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Basisschool De Regenboog")), qPrintable(r.err));   // names the schools
    r = run({ "--database", database, "import-persons", "--kind", "kat", good });
    QCOMPARE(r.code, 2);
    QCOMPARE(run({ "--database", database, "check" }).code, 0);
}

void TestCli::filesAreReadableByTheirOwnerOnly()
{
    // A database made in the user's data folder: the folders made for it and the file 0700/0600,
    // and so every file the commands write with personal data, whatever the umask.
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QDir(data).removeRecursively();
    const Run made = run({ "demo-data", "--incidents", "3" });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const QString database = QDir(data).filePath(QStringLiteral("Dossierkast/dossierkast/dossierkast.sqlite"));
    QVERIFY2(QFile::exists(database), qPrintable(made.out));
    const auto mode = [](const QString &path) {
        struct stat info {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    };
    QCOMPARE(mode(QFileInfo(database).absolutePath()), 0700);
    QCOMPARE(mode(database), 0600);
    const QString out = m_dir.filePath(QStringLiteral("uitvoer"));
    QDir().mkpath(out);
    QCOMPARE(run({ "--database", database, "export-json", out + "/alles.json" }).code, 0);
    QCOMPARE(run({ "--database", database, "backup", out + "/kopie.sqlite" }).code, 0);
    QCOMPARE(run({ "--database", database, "backup", out + "/nieuwe-map/kopie.sqlite" }).code, 0);
    QCOMPARE(run({ "--database", database, "summary", "--person", "1", "--pdf", out + "/overzicht.pdf" }).code, 0);
    for (const char *file : { "alles.json", "kopie.sqlite", "nieuwe-map/kopie.sqlite", "overzicht.pdf" })
        QVERIFY2(mode(out + QLatin1Char('/') + QLatin1String(file)) == 0600, file);
    QCOMPARE(mode(out + QStringLiteral("/nieuwe-map")), 0700);
    const QString restoreTarget = m_dir.filePath(QStringLiteral("terug.sqlite"));
    QVERIFY(QFile::copy(database, restoreTarget));
    QCOMPARE(run({ "--database", restoreTarget, "restore", out + "/kopie.sqlite" }).code, 0);
    QCOMPARE(mode(restoreTarget), 0600);
    for (const QString &aside : QDir(m_dir.path()).entryList({ QStringLiteral("terug.sqlite.before-restore*") }))
        QVERIFY2((mode(m_dir.filePath(aside)) & 0077) == 0, qPrintable(aside));
}

void TestCli::commandsActAsTheirUser_data()
{
    // Who runs what on the demo data: the permission model and the access filter apply as in the
    // window, and the trail names the user.
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QString othersCase;
    {
        auto db = Database::openExisting(m_demo);
        const qint64 melder = UserRepository(*db).findByLogin(QStringLiteral("melder"))->id;
        for (const Incident &i : IncidentFinder(*db).list(AccessScope::system(), IncidentFilter(), 200))
            if (i.registeredByUserId != melder && !i.confidential)
                othersCase = i.reference;
    }
    QVERIFY(!othersCase.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("als-gebruiker.pdf"));
    const QString json = m_dir.filePath(QStringLiteral("als-gebruiker.json"));
    QTest::newRow("no user at all") << QString() << QString() << QStringList{ "search", "pesten" } << 1 << "--user";
    QTest::newRow("wrong password") << "directeur" << "fout" << QStringList{ "search", "pesten" } << 1 << "wachtwoord";
    QTest::newRow("reporter searches") << "melder" << "demo" << QStringList{ "search", "pesten" } << 0 << "";
    QTest::newRow("director lists retention") << "directeur" << "demo" << QStringList{ "retention" } << 1 << "Geen toegang";
    QTest::newRow("reporter destroys dossiers") << "melder" << "demo" << QStringList{ "retention", "--apply" } << 1 << "Geen toegang";
    QTest::newRow("board exports the database") << "bestuur" << "demo" << QStringList{ "export-json", json } << 1 << "beheerder";
    QTest::newRow("administrator exports the database") << "beheerder" << "demo" << QStringList{ "export-json", json } << 0 << "";
    QTest::newRow("reporter prints someone else's case") << "melder" << "demo"
                                                          << QStringList{ "summary", "--incident", othersCase, "--pdf", pdf } << 1
                                                          << "Geen toegang";
    QTest::newRow("board prints that case") << "bestuur" << "demo" << QStringList{ "summary", "--incident", othersCase, "--pdf", pdf }
                                            << 0 << "";
    QTest::newRow("reporter answers an access request") << "melder" << "demo"
                                                         << QStringList{ "access-request", "--person", "1", "--zip",
                                                                         m_dir.filePath(QStringLiteral("inzage.zip")) }
                                                         << 1 << "";
    QTest::newRow("director puts a backup back") << "directeur" << "demo" << QStringList{ "restore", m_demo } << 1 << "";
}

void TestCli::commandsActAsTheirUser()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QString database = m_dir.filePath(QStringLiteral("als-gebruiker.sqlite"));
    QFile::remove(database);
    QVERIFY(QFile::copy(m_demo, database));
    for (QString &argument : arguments)
        if (argument == m_demo)
            argument = m_dir.filePath(QStringLiteral("als-gebruiker-backup.sqlite"));
    if (arguments.first() == QLatin1String("restore")) {
        QFile::remove(arguments.last());
        QVERIFY(QFile::copy(m_demo, arguments.last()));
    }
    const ProgramRun::Result r = ProgramRun::runAs(m_dir.path(), user, password, QStringList{ "--database", database } + arguments);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    if (code == 0) {
        // The trail names who did it.
        auto db = Database::openExisting(database);
        QSqlQuery last = db->prepare(QStringLiteral("SELECT user_login FROM audit_log ORDER BY seq DESC LIMIT 1"));
        SqlValues::exec(last);
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), user);
    }
}

void TestCli::migrateToPostgresqlCopiesEverything()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server (DOSSIERKAST_TEST_POSTGRESQL).");
    const QString target = TestDatabase::newPostgresqlDatabase();
    const Run copied = run({ "--database", m_demo, "migrate", "--to", target });
    QVERIFY2(copied.code == 0, qPrintable(copied.out + copied.err));
    QVERIFY(copied.out.contains(QStringLiteral("geverifieerd")));
    const Run check = run({ "--database", target, "check" });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    // The same content on both sides.
    const QString fromFile = m_dir.filePath(QStringLiteral("bestand.json"));
    const QString fromServer = m_dir.filePath(QStringLiteral("server.json"));
    QCOMPARE(run({ "--database", m_demo, "export-json", fromFile }).code, 0);
    QCOMPARE(run({ "--database", target, "export-json", fromServer }).code, 0);
    QCOMPARE(TestDatabase::fileHash(fromServer), TestDatabase::fileHash(fromFile));
    // A second copy into the same, now filled, database is refused and changes nothing.
    const Run again = run({ "--database", m_demo, "migrate", "--to", target });
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("niet leeg")), qPrintable(again.err));
    // Logging in on the server works with the copied users.
    const Run window = run({ "--database", target, "--exit-when-ready", "--user", "beheerder" }, QStringLiteral("demo"));
    QVERIFY2(window.code == 0, qPrintable(window.err));
}

void TestCli::windowStartsAndExitsWhenReady_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    const QString fresh = QStringLiteral("nog-niet-ingericht.sqlite");
    QTest::newRow("first start wizard") << fresh << QStringList() << QString() << 0;
    QTest::newRow("login dialog") << QString() << QStringList() << QString() << 0;
    QTest::newRow("main window as beheerder") << QString() << QStringList{ "--user", "beheerder" } << "demo" << 0;
    QTest::newRow("main window as melder") << QString() << QStringList{ "--user", "melder" } << "demo" << 0;
    QTest::newRow("wrong password") << QString() << QStringList{ "--user", "directeur" } << "fout" << 1;
    QTest::newRow("foreign file") << QStringLiteral("foto.jpg") << QStringList() << QString() << 1;
}

void TestCli::windowStartsAndExitsWhenReady()
{
    QFETCH(QString, database);
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, code);
    const QString path = database.isEmpty() ? m_demo : m_dir.filePath(database);
    if (database == QLatin1String("foto.jpg")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xff\xd8\xff\xe0 JFIF", 10).repeated(50));
    }
    const bool existed = QFile::exists(path);
    const QByteArray before = TestDatabase::fileHash(path);
    const Run r = run(QStringList{ "--database", path, "--exit-when-ready" } + arguments, password);
    QVERIFY2(r.code == code, qPrintable(QString::number(r.code) + r.err));
    if (!existed)
        QVERIFY(!QFile::exists(path));       // the wizard was not completed: no file is made
    if (code == 1)
        QVERIFY2(!r.err.isEmpty(), "a failed start says why");
    if (database == QLatin1String("foto.jpg"))
        QCOMPARE(TestDatabase::fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
