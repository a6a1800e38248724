#include "accessscope.h"
#include "attachmentstore.h"
#include "correspondencerepository.h"
#include "correspondenceservice.h"
#include "database.h"
#include "guardianshiprepository.h"
#include "msgfile.h"
#include "personrepository.h"
#include "privatecopies.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

// The correspondence register on both databases: where items are filed, attachments, mail
// files with their parts (and the ones that cannot be read), and the register's filters.
class TestCorrespondence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void filingRules();
    void itemWithAttachments();
    void checks();
    void mailWithItsParts();
    void unreadableMailIsStillFiled();
    void damagedOutlookMessageIsFiledAsAFile();
    void outlookMessageWithAnAttachedMail();
    void otherFileIsKeptWithoutAWarning();
    void registerFilters();
    void privateCopiesOfACrashedRunAreRemoved();

private:
    qint64 person(Transaction &tx, PersonKind kind, const QString &given, const QString &surname);
    static QString fixture(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_school = 0;
    qint64 m_emir = 0;
    qint64 m_lina = 0;
    qint64 m_mother = 0;
    qint64 m_teacher = 0;
    qint64 m_neighbour = 0;
};

QString TestCorrespondence::fixture(const QString &name)
{
    return QStringLiteral(DOSSIERKAST_FIXTURES "/mail/") + name;
}

qint64 TestCorrespondence::person(Transaction &tx, PersonKind kind, const QString &given, const QString &surname)
{
    Person p;
    p.kind = kind;
    p.givenNames = given;
    p.surname = surname;
    if (kind == PersonKind::Leerling) {
        p.birthDate = QDate(2015, 3, 3);
        p.schoolId = m_school;
    }
    if (kind == PersonKind::Medewerker)
        p.schoolId = m_school;
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

void TestCorrespondence::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    Transaction tx(*m_db, AccessScope::system());
    School school;
    school.name = QStringLiteral("De Esch");
    SchoolRepository(*m_db).insert(tx, school);
    m_school = school.id;
    m_emir = person(tx, PersonKind::Leerling, QStringLiteral("Emir"), QStringLiteral("Öztürk"));
    m_lina = person(tx, PersonKind::Leerling, QStringLiteral("Lina"), QStringLiteral("Öztürk"));
    m_mother = person(tx, PersonKind::Ouder, QStringLiteral("Ayşe"), QStringLiteral("Öztürk"));
    m_teacher = person(tx, PersonKind::Medewerker, QStringLiteral("Sanne"), QStringLiteral("Jansen"));
    m_neighbour = person(tx, PersonKind::Overig, QStringLiteral("Kees"), QStringLiteral("Buurman"));
    for (qint64 child : { m_emir, m_lina }) {
        Guardianship link;
        link.parentId = m_mother;
        link.pupilId = child;
        link.relation = GuardianRelation::Moeder;
        GuardianshipRepository(*m_db).insert(tx, link);
    }
    tx.commit();
}

void TestCorrespondence::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCorrespondence::filingRules()
{
    CorrespondenceService service(*m_db, AccessScope::system());
    QCOMPARE(service.filingsFor(m_emir).size(), 1);
    QCOMPARE(service.filingsFor(m_emir).first().dossier.id, m_emir);
    QCOMPARE(service.filingsFor(m_teacher).first().dossier.id, m_teacher);
    // A parent's correspondence goes into a child's dossier: one choice per child.
    const QList<CorrespondenceService::Filing> mother = service.filingsFor(m_mother);
    QCOMPARE(mother.size(), 2);
    QCOMPARE(mother.first().aboutPersonId, m_mother);
    QVERIFY(service.filingsFor(m_neighbour).isEmpty());
}

void TestCorrespondence::itemWithAttachments()
{
    const QString path = m_dir->filePath(QStringLiteral("uitnodiging.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Uitnodiging voor een gesprek");
    file.close();
    Correspondence letter;
    letter.personId = m_emir;
    letter.aboutPersonId = m_mother;
    letter.direction = Direction::Uit;
    letter.channel = Channel::Aangetekend;
    letter.registeredNumber = QStringLiteral("3SDOSS1234567");
    letter.sentOn = QDate(2026, 11, 20);
    letter.correspondent = QStringLiteral("Ayşe Öztürk");
    letter.subject = QStringLiteral("Uitnodiging voor een gesprek");
    CorrespondenceService(*m_db, AccessScope::system()).file(letter, { path, fixture(QStringLiteral("latin1.eml")) });
    const QList<AttachmentInfo> files = AttachmentStore(*m_db).attachmentsOfCorrespondence(AccessScope::system(), letter.id);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.first().fileName, QStringLiteral("uitnodiging.txt"));
    QCOMPARE(files.first().mimeType, QStringLiteral("text/plain"));
    QCOMPARE(AttachmentStore(*m_db).read(files.first().sha256), QByteArray("Uitnodiging voor een gesprek"));
    CorrespondenceService(*m_db, AccessScope::system()).removeAttachment(files.last());
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfCorrespondence(AccessScope::system(), letter.id).size(), 1);
}

void TestCorrespondence::checks()
{
    CorrespondenceService service(*m_db, AccessScope::system());
    Correspondence item;
    item.personId = m_emir;
    item.sentOn = QDate::currentDate().addDays(2);
    item.subject = QStringLiteral("Later");
    QVERIFY_THROWS_EXCEPTION(StorageError, service.file(item));
    item.sentOn = QDate::currentDate();
    item.subject = QStringLiteral("  ");
    QVERIFY_THROWS_EXCEPTION(StorageError, service.file(item));
    item.subject = QStringLiteral("Gesprek");
    item.channel = Channel::Email;
    item.registeredNumber = QStringLiteral("3S123");
    QVERIFY_THROWS_EXCEPTION(StorageError, service.file(item));
    item.registeredNumber.clear();
    item.personId = m_mother;       // a parent has no dossier of their own
    QVERIFY_THROWS_EXCEPTION(StorageError, service.file(item));
    QVERIFY(CorrespondenceRepository(*m_db).list(AccessScope::system(), {}).isEmpty());
}

void TestCorrespondence::mailWithItsParts()
{
    CorrespondenceService service(*m_db, AccessScope::system());
    const CorrespondenceService::Filing filing = service.filingsFor(m_mother).first();
    const CorrespondenceService::MailResult result = service.importMail(fixture(QStringLiteral("ouder-met-bijlage.eml")), filing, 0);
    QVERIFY(result.parsed);
    QVERIFY(result.warning.isEmpty());
    QCOMPARE(result.attachments, 3);
    const Correspondence stored = *CorrespondenceRepository(*m_db).get(AccessScope::system(), result.item.id);
    QCOMPARE(stored.personId, filing.dossier.id);
    QCOMPARE(stored.aboutPersonId, m_mother);
    QCOMPARE(stored.direction, Direction::In);
    QCOMPARE(stored.channel, Channel::Email);
    QCOMPARE(stored.sentOn, QDate(2026, 11, 16));
    QCOMPARE(stored.subject, QStringLiteral("Bezwaar tegen de schorsing van Emir"));
    QVERIFY(stored.correspondent.contains(QStringLiteral("Ayşe Öztürk")));
    QVERIFY(stored.summary.contains(QStringLiteral("niet zelf geplaatst")));
    const QList<AttachmentInfo> files = AttachmentStore(*m_db).attachmentsOfCorrespondence(AccessScope::system(), stored.id);
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0).fileName, QStringLiteral("ouder-met-bijlage.eml"));
    QCOMPARE(files.at(0).mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(files.at(1).fileName, QStringLiteral("bezwaar brïef.pdf"));
    QVERIFY(AttachmentStore(*m_db).read(files.at(1).sha256).startsWith("%PDF"));
    QCOMPARE(files.at(2).size, qint64(1024));
    // The whole mail, byte for byte.
    QFile original(fixture(QStringLiteral("ouder-met-bijlage.eml")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(AttachmentStore(*m_db).read(files.at(0).sha256), original.readAll());
}

void TestCorrespondence::unreadableMailIsStillFiled()
{
    CorrespondenceService service(*m_db, AccessScope::system());
    const CorrespondenceService::MailResult result =
        service.importMail(fixture(QStringLiteral("kapot.eml")), service.filingsFor(m_emir).first(), 0);
    QVERIFY(!result.parsed);
    QVERIFY(result.warning.contains(QStringLiteral("kapot.eml")));
    QCOMPARE(result.attachments, 1);
    QCOMPARE(result.item.subject, QStringLiteral("kapot.eml"));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.importMail(m_dir->filePath(QStringLiteral("bestaat-niet.eml")),
                                                              service.filingsFor(m_emir).first(), 0));
}

void TestCorrespondence::damagedOutlookMessageIsFiledAsAFile()
{
    CorrespondenceService service(*m_db, AccessScope::system());
    const CorrespondenceService::MailResult result =
        service.importMail(fixture(QStringLiteral("notitie.msg")), service.filingsFor(m_teacher).first(), 0);
    QVERIFY(!result.parsed);
    QVERIFY2(result.warning.contains(QStringLiteral("notitie.msg")), qPrintable(result.warning));
    QCOMPARE(result.attachments, 1);
    const AttachmentInfo original = AttachmentStore(*m_db).attachmentsOfCorrespondence(AccessScope::system(), result.item.id).first();
    QCOMPARE(original.fileName, QStringLiteral("notitie.msg"));
    QCOMPARE(original.mimeType, QStringLiteral("application/vnd.ms-outlook"));
}

void TestCorrespondence::otherFileIsKeptWithoutAWarning()
{
    const QString path = m_dir->filePath(QStringLiteral("scan.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 brief van de ouder");
    file.close();
    CorrespondenceService service(*m_db, AccessScope::system());
    const CorrespondenceService::MailResult result = service.importMail(path, service.filingsFor(m_emir).first(), 0);
    QVERIFY(!result.parsed);
    QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
    QCOMPARE(result.item.subject, QStringLiteral("scan.pdf"));
    QVERIFY(result.item.summary.contains(QStringLiteral("scan.pdf")));
    QCOMPARE(result.attachments, 1);
}

void TestCorrespondence::outlookMessageWithAnAttachedMail()
{
    MsgFile photo(MsgFile::Kind::Other);
    photo.integer(0x3705, 1).unicode(0x3707, QStringLiteral("scherm.png")).binary(0x3701, QByteArray("\x89PNG", 4));
    MsgFile inner(MsgFile::Kind::Embedded);
    inner.unicode(0x0037, QStringLiteral("Het bericht zelf")).unicode(0x0C1A, QStringLiteral("Leerling"))
        .unicode(0x1000, QStringLiteral("Tekst van het bericht")).attachment(photo)
        .time(0x0039, QDateTime(QDate(2026, 10, 10), QTime(12, 0), Qt::UTC));
    MsgFile holder(MsgFile::Kind::Other);
    holder.integer(0x3705, 5).embedded(inner);
    MsgFile pdf(MsgFile::Kind::Other);
    pdf.integer(0x3705, 1).unicode(0x3707, QStringLiteral("verslag.pdf")).binary(0x3701, QByteArray("%PDF-1.4"));
    MsgFile outer;
    outer.unicode(0x0037, QStringLiteral("Doorgestuurd bericht")).unicode(0x0C1A, QStringLiteral("Ouder"))
        .unicode(0x5D01, QStringLiteral("ouder@mail.example")).unicode(0x1000, QStringLiteral("Zie bijlage."))
        .time(0x0039, QDateTime(QDate(2026, 10, 12), QTime(8, 0), Qt::UTC)).attachment(pdf).attachment(holder);
    const QString path = m_dir->filePath(QStringLiteral("doorgestuurd.msg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(outer.bytes());
    file.close();

    CorrespondenceService service(*m_db, AccessScope::system());
    const CorrespondenceService::MailResult result = service.importMail(path, service.filingsFor(m_emir).first(), 0);
    QVERIFY2(result.parsed && result.warning.isEmpty(), qPrintable(result.warning));
    QCOMPARE(result.attachedMails, 1);
    QCOMPARE(result.attachments, 4);    // the .msg and the PDF; the attached mail's .msg and picture
    const QList<Correspondence> items = CorrespondenceRepository(*m_db).list(AccessScope::system(), {});
    QCOMPARE(items.size(), 2);
    const AttachmentStore store(*m_db);
    for (const Correspondence &item : items) {
        QCOMPARE(item.personId, m_emir);
        const QList<AttachmentInfo> files = store.attachmentsOfCorrespondence(AccessScope::system(), item.id);
        QCOMPARE(files.size(), 2);
        if (item.id == result.item.id) {
            QCOMPARE(item.subject, QStringLiteral("Doorgestuurd bericht"));
            QCOMPARE(item.sentOn, QDate(2026, 10, 12));
            QCOMPARE(item.correspondent, QStringLiteral("Ouder <ouder@mail.example>"));
            QVERIFY(item.summary.contains(QStringLiteral("Het bericht zelf")));
            QCOMPARE(files.at(0).fileName, QStringLiteral("doorgestuurd.msg"));
            QCOMPARE(store.read(files.at(0).sha256), outer.bytes());
            QCOMPARE(files.at(1).fileName, QStringLiteral("verslag.pdf"));
        } else {
            QCOMPARE(item.subject, QStringLiteral("Het bericht zelf"));
            QCOMPARE(item.sentOn, QDate(2026, 10, 10));
            QVERIFY(item.summary.contains(QStringLiteral("Doorgestuurd bericht")));
            QVERIFY(item.summary.contains(QStringLiteral("Tekst van het bericht")));
            QCOMPARE(files.at(0).fileName, QStringLiteral("Het bericht zelf.msg"));
            QCOMPARE(files.at(0).mimeType, QStringLiteral("application/vnd.ms-outlook"));
            QCOMPARE(files.at(1).fileName, QStringLiteral("scherm.png"));
        }
    }
}

void TestCorrespondence::registerFilters()
{
    CorrespondenceService service(*m_db, AccessScope::system());
    service.importMail(fixture(QStringLiteral("ouder-met-bijlage.eml")), service.filingsFor(m_emir).first(), 0);
    service.importMail(fixture(QStringLiteral("latin1.eml")), service.filingsFor(m_teacher).first(), 0);
    Correspondence note;
    note.personId = m_teacher;
    note.direction = Direction::Intern;
    note.channel = Channel::Telefoon;
    note.sentOn = QDate(2026, 11, 18);
    note.subject = QStringLiteral("Telefoon met de mentor");
    service.file(note);
    CorrespondenceRepository repository(*m_db);
    QCOMPARE(repository.list(AccessScope::system(), {}).size(), 3);
    CorrespondenceFilter filter;
    filter.search = QStringLiteral("cafebezoek");
    QCOMPARE(repository.list(AccessScope::system(), filter).size(), 1);
    filter = {};
    filter.direction = Direction::Intern;
    QCOMPARE(repository.list(AccessScope::system(), filter).first().subject, QStringLiteral("Telefoon met de mentor"));
    filter = {};
    filter.personId = m_emir;
    QCOMPARE(repository.list(AccessScope::system(), filter).size(), 1);
    filter = {};
    filter.from = QDate(2026, 11, 17);
    filter.to = QDate(2026, 11, 17);
    QCOMPARE(repository.list(AccessScope::system(), filter).size(), 1);
    const AccessScope elsewhere(5, QStringLiteral("ander"), UserRole::Directeur, { m_school + 9 });
    QCOMPARE(repository.list(elsewhere, {}).size(), 0);
}

void TestCorrespondence::privateCopiesOfACrashedRunAreRemoved()
{
    // A run that crashed left its folder of opened files; a running program's folder stays.
    QProcess ended;
    ended.start(QStringLiteral("true"));
    QVERIFY(ended.waitForFinished());
    const qint64 gone = ended.processId() > 0 ? ended.processId() : 999999;
    const auto folder = [](const QString &name, qint64 pid) {
        const QString path = QDir(QDir::tempPath()).filePath(name);
        QDir().mkpath(path);
        QFile owner(QDir(path).filePath(QStringLiteral(".eigenaar")));
        owner.open(QIODevice::WriteOnly);
        owner.write(QByteArray::number(pid));
        QFile copy(QDir(path).filePath(QStringLiteral("1/foto-van-kind.jpg")));
        QDir().mkpath(QDir(path).filePath(QStringLiteral("1")));
        copy.open(QIODevice::WriteOnly);
        copy.write("jpeg");
        return path;
    };
    const QString crashed = folder(QStringLiteral("dossierkast-zzcrsh"), gone);
    const QString running = folder(QStringLiteral("dossierkast-zzlive"), QCoreApplication::applicationPid());
    PrivateCopies copies;
    Transaction tx(*m_db, AccessScope::system());
    AttachmentInfo info;
    info.personId = m_emir;
    info.fileName = QStringLiteral("../../brief.txt");
    AttachmentStore(*m_db).attachBytes(tx, info, "inhoud");
    tx.commit();
    QCOMPARE(info.fileName, QStringLiteral("brief.txt"));
    QCOMPARE(info.originalName, QStringLiteral("../../brief.txt"));
    const QString mine = copies.write(*m_db, info.sha256, info.originalName);
    QVERIFY2(mine.startsWith(copies.folder() + QLatin1Char('/')) && mine.endsWith(QStringLiteral("/brief.txt")), qPrintable(mine));

    QVERIFY(PrivateCopies::removeLeftovers() >= 1);
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(QFileInfo::exists(running));
    QVERIFY(QFileInfo::exists(mine));
    QDir(running).removeRecursively();
}

QTEST_GUILESS_MAIN(TestCorrespondence)
#include "tst_correspondence.moc"
