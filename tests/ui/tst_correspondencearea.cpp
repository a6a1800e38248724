#include "attachmentstore.h"
#include "authenticator.h"
#include "correspondence/correspondencearea.h"
#include "correspondence/correspondencedialog.h"
#include "correspondencerepository.h"
#include "database.h"
#include "demodatagenerator.h"
#include "guardianshiprepository.h"
#include "languagesetup.h"
#include "modalhelper.h"
#include "models/correspondencelistmodel.h"
#include "models/dossiertimelinemodel.h"
#include "personrepository.h"
#include "persons/dossierview.h"
#include "persons/personpicker.h"
#include "persons/personsarea.h"
#include "persons/pickpersondialog.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrl>

// Correspondence through the real screens: the form with attachments, a mail dropped onto a
// pupil's dossier (both parts filed), a parent's mail filed in the chosen child's dossier, and
// the register's search.
class TestCorrespondenceArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formFilesItemWithAttachments();
    void mailDroppedOnPupilDossier();
    void parentMailGoesToChosenChild();
    void registerSearches();

private:
    static QString fixture(const QString &name);
    static void drop(QWidget *target, const QStringList &paths);
    Person pupilWithTwoSiblings(qint64 *parent);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

QString TestCorrespondenceArea::fixture(const QString &name)
{
    return QStringLiteral(DOSSIERKAST_FIXTURES "/mail/") + name;
}

void TestCorrespondenceArea::drop(QWidget *target, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

void TestCorrespondenceArea::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestCorrespondenceArea::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 4;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
}

void TestCorrespondenceArea::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

Person TestCorrespondenceArea::pupilWithTwoSiblings(qint64 *parent)
{
    // A parent with at least two children in the demo data.
    PersonFilter parents;
    parents.kind = PersonKind::Ouder;
    for (const Person &p : PersonRepository(*m_db).list(AccessScope::system(), parents, 0, 100000)) {
        const QList<Guardianship> links = GuardianshipRepository(*m_db).ofParent(p.id);
        if (links.size() >= 2) {
            *parent = p.id;
            return *PersonRepository(*m_db).get(AccessScope::system(), links.last().pupilId);
        }
    }
    return {};
}

void TestCorrespondenceArea::formFilesItemWithAttachments()
{
    CorrespondenceArea area(*m_session);
    area.show();
    const int before = area.model()->rowCount();
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    const Person pupil = PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 1).first();
    const QString notes = m_dir->filePath(QStringLiteral("gespreksverslag.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Verslag van het gesprek met de ouders.");
    file.close();
    QString firstMessage;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *form = qobject_cast<CorrespondenceDialog *>(widget);
        QVERIFY(form);
        auto *save = form->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Gesprek met ouders"));
        save->click();      // no dossier yet
        firstMessage = form->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        QVERIFY(form->setDossierFromPerson(pupil.id));
        auto *channel = form->findChild<QComboBox *>(QStringLiteral("channelCombo"));
        channel->setCurrentIndex(channel->findData(int(Channel::Gespreksverslag)));
        auto *direction = form->findChild<QComboBox *>(QStringLiteral("directionCombo"));
        direction->setCurrentIndex(direction->findData(int(Direction::Intern)));
        form->addFiles({ notes, fixture(QStringLiteral("latin1.eml")) });
        QCOMPARE(form->findChild<QListWidget *>(QStringLiteral("attachmentsList"))->count(), 2);
        save->click();
    });
    area.newAction()->trigger();
    QVERIFY2(firstMessage.contains(QStringLiteral("dossier")), qPrintable(firstMessage));
    QCOMPARE(area.model()->rowCount(), before + 1);
    CorrespondenceFilter mine;
    mine.personId = pupil.id;
    mine.search = QStringLiteral("gesprek ouders");
    const QList<Correspondence> found = CorrespondenceRepository(*m_db).list(AccessScope::system(), mine);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().channel, Channel::Gespreksverslag);
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfCorrespondence(AccessScope::system(), found.first().id).size(), 2);
}

void TestCorrespondenceArea::mailDroppedOnPupilDossier()
{
    PersonsArea persons(*m_session);
    persons.show();
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    const Person pupil = PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 1).first();
    DossierView *dossier = persons.openDossier(pupil.id);
    QVERIFY(dossier);
    const int entries = dossier->model()->totalCount();
    QString report;
    ModalHelper::answerNextMessageBox(&report);
    drop(dossier, { fixture(QStringLiteral("ouder-met-bijlage.eml")) });
    QVERIFY2(report.contains(QStringLiteral("3 bestanden")), qPrintable(report));
    // The timeline shows the new item at once; both parts of the mail are filed with it.
    QCOMPARE(dossier->model()->totalCount(), entries + 1);
    CorrespondenceFilter filter;
    filter.personId = pupil.id;
    filter.search = QStringLiteral("bezwaar schorsing");
    const QList<Correspondence> found = CorrespondenceRepository(*m_db).list(AccessScope::system(), filter);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().direction, Direction::In);
    const QList<AttachmentInfo> files = AttachmentStore(*m_db).attachmentsOfCorrespondence(AccessScope::system(), found.first().id);
    QStringList names;
    for (const AttachmentInfo &a : files)
        names.append(a.fileName);
    QCOMPARE(names, QStringList({ "ouder-met-bijlage.eml", "bezwaar brïef.pdf", "screenshot.png" }));
}

void TestCorrespondenceArea::parentMailGoesToChosenChild()
{
    qint64 parent = 0;
    const Person child = pupilWithTwoSiblings(&parent);
    QVERIFY2(parent > 0, "the demo data has parents with several children");
    PersonsArea persons(*m_session);
    persons.show();
    DossierView *view = persons.openDossier(parent);
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *ask = qobject_cast<QInputDialog *>(widget);
        QVERIFY(ask);
        ask->setTextValue(child.sortName());
        ModalHelper::answerNextMessageBox();
        ask->accept();
    });
    QCOMPARE(view->fileMail({ fixture(QStringLiteral("latin1.eml")) }), 1);
    CorrespondenceFilter filter;
    filter.search = QStringLiteral("cafebezoek");
    const QList<Correspondence> found = CorrespondenceRepository(*m_db).list(AccessScope::system(), filter);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().personId, child.id);
    QCOMPARE(found.first().aboutPersonId, parent);
}

void TestCorrespondenceArea::registerSearches()
{
    CorrespondenceArea area(*m_session);
    area.show();
    const int all = area.model()->rowCount();
    QVERIFY(all > 0);
    area.directionCombo()->setCurrentIndex(area.directionCombo()->findData(int(Direction::Uit)));
    QVERIFY(area.model()->rowCount() < all);
    for (int row = 0; row < area.model()->rowCount(); ++row)
        QCOMPARE(area.model()->item(row).direction, Direction::Uit);
    area.directionCombo()->setCurrentIndex(0);
    // By incident reference; an unknown one shows nothing.
    area.incidentEdit()->setText(QStringLiteral("1999-9999"));
    emit area.incidentEdit()->editingFinished();
    QCOMPARE(area.model()->rowCount(), 0);
    area.incidentEdit()->clear();
    emit area.incidentEdit()->editingFinished();
    QCOMPARE(area.model()->rowCount(), all);
    const QString word = area.model()->item(0).subject.section(QLatin1Char(' '), 0, 0);
    QTest::keyClicks(area.searchEdit(), word);
    area.applySearchNow();
    QVERIFY(area.model()->rowCount() >= 1);
    for (int row = 0; row < area.model()->rowCount(); ++row) {
        const Correspondence c = area.model()->item(row);
        QVERIFY((c.subject + c.summary + c.correspondent + c.registeredNumber).contains(word, Qt::CaseInsensitive));
    }
}

QTEST_MAIN(TestCorrespondenceArea)
#include "tst_correspondencearea.moc"
