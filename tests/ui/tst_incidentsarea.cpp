#include "attachmentstore.h"
#include "authenticator.h"
#include "database.h"
#include "demodatagenerator.h"
#include "incidents/evidencepanel.h"
#include "incidentfinder.h"
#include "incidentrepository.h"
#include "incidents/caseview.h"
#include "incidents/followuppanel.h"
#include "measures/measuredialog.h"
#include "measures/measurespanel.h"
#include "incidents/incidentdialog.h"
#include "incidents/incidentlistpage.h"
#include "incidents/incidentsarea.h"
#include "incidentservice.h"
#include "measureservice.h"
#include "measurerepository.h"
#include "ladderservice.h"
#include "languagesetup.h"
#include "modalhelper.h"
#include "msgfile.h"
#include "models/incidentlistmodel.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "persons/personpicker.h"
#include "persons/pickpersondialog.h"
#include "persons/dossierview.h"
#include "dossierreader.h"
#include "privatecopies.h"
#include "schoolrepository.h"
#include "session.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QSqlQuery>
#include <QMessageBox>
#include <QAbstractButton>
#include <QFile>
#include <QTest>
#include <QTextBrowser>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QUrl>
#include <QTimer>

// Meldingen through its real screens: registering through the form with people and articles,
// following a case (notes, a pasted screenshot, status to closed), a stale save offered a
// reload, and the list's search and filters.
class TestIncidentsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerThroughTheForm();
    void followAndCloseACase();
    void mailDroppedOnACaseIsFiledWithIt();
    void staleSaveOffersReload();
    void listSearchesAndFilters();
    void listIsReadOnceWhenTheAreaOpens();
    void reporterCannotImposeAMeasure();
    void reporterSeesSchoolsNamesAndWhyADossierIsEmpty();
    void overviewAndLogSayWhatMatters();
    void columnChoicesStayChosen();
    void measureFormSaysThingsOnce();
    void measureFormAsksWhatTheRulesNeed();

private:
    Incident someOpenIncident() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<IncidentsArea> m_area;
};

void TestIncidentsArea::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestIncidentsArea::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 12;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("directeur"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    m_area = std::make_unique<IncidentsArea>(*m_session);
    m_area->resize(1300, 850);
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

void TestIncidentsArea::cleanup()
{
    m_area.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

Incident TestIncidentsArea::someOpenIncident() const
{
    // A fresh case at the director's school, with a pupil of that school as causer.
    IncidentService service(*m_db, m_session->scope);
    Incident incident = service.draft(m_session->user.schoolIds.first());
    incident.title = QStringLiteral("Kwetsende reacties onder een foto");
    incident.occurredAt = QDateTime::currentDateTimeUtc().addDays(-3);
    incident.reportedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    pupils.schoolId = incident.schoolId;
    Involvement causer;
    causer.personId = PersonRepository(*m_db).list(m_session->scope, pupils, 0, 1).first().id;
    causer.role = InvolvementRole::Veroorzaker;
    incident.involvements.append(causer);
    service.registerIncident(incident);
    incident.articleIds = { ProtocolRepository(*m_db).version(incident.protocolVersionId)->articles.first().id };
    service.save(incident);
    return incident;
}

void TestIncidentsArea::registerThroughTheForm()
{
    IncidentListPage *page = m_area->listPage();
    const int before = IncidentRepository(*m_db).count(m_session->scope);
    QString firstMessage;
    bool pickedVictim = false;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *form = qobject_cast<IncidentDialog *>(widget);
        QVERIFY(form);
        auto *save = form->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        save->click();      // no title yet
        auto *message = form->findChild<QLabel *>(QStringLiteral("messageLabel"));
        firstMessage = message->text();
        QVERIFY(message->isVisible());
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Nepaccount in de groepsapp"));
        QVERIFY(!message->isVisible());         // the title is there now: the red message goes
        form->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
        // The victim through the picker: search as you type, without diacritics.
        ModalHelper::onNextModal([&](QWidget *nested) {
            auto *pick = qobject_cast<PickPersonDialog *>(nested);
            QVERIFY(pick);
            QTest::keyClicks(pick->picker()->searchEdit(), QStringLiteral("a"));
            QTRY_VERIFY(pick->picker()->view()->model()->rowCount() > 0);
            pick->picker()->view()->selectRow(0);
            pick->roleCombo()->setCurrentIndex(pick->roleCombo()->findData(int(InvolvementRole::Slachtoffer)));
            pickedVictim = true;
            pick->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        form->findChild<QPushButton *>(QStringLiteral("addPersonButton"))->click();
        // The causer is someone from outside the school, added on the spot.
        ModalHelper::onNextModal([](QWidget *nested) {
            auto *input = qobject_cast<QInputDialog *>(nested);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Kees de Buurman"));
            input->accept();
        });
        form->findChild<QPushButton *>(QStringLiteral("newPersonButton"))->click();
        QCOMPARE(form->findChild<QTableWidget *>(QStringLiteral("involvementsTable"))->rowCount(), 2);
        QVERIFY(form->chooseArticle(QStringLiteral("B2")));
        save->click();
    });
    page->newAction()->trigger();
    QVERIFY2(firstMessage.contains(QStringLiteral("titel")), qPrintable(firstMessage));
    QVERIFY(pickedVictim);
    QCOMPARE(IncidentRepository(*m_db).count(m_session->scope), before + 1);
    // The new case opens in its own tab.
    QCOMPARE(m_area->tabs()->count(), 2);
    auto *view = qobject_cast<CaseView *>(m_area->tabs()->currentWidget());
    QVERIFY(view);
    const Incident stored = *IncidentRepository(*m_db).get(m_session->scope, view->incidentId());
    QCOMPARE(stored.title, QStringLiteral("Nepaccount in de groepsapp"));
    QCOMPARE(stored.status, IncidentStatus::Gemeld);
    QCOMPARE(stored.involvements.size(), 2);
    QCOMPARE(stored.articleIds.size(), 1);
    const Person neighbour = *PersonRepository(*m_db).get(AccessScope::system(), stored.involvements.last().personId);
    QCOMPARE(neighbour.kind, PersonKind::Overig);
    QCOMPARE(neighbour.displayName(), QStringLiteral("Kees de Buurman"));
    QCOMPARE(stored.involvements.last().role, InvolvementRole::Veroorzaker);
    QCOMPARE(view->peopleTable()->rowCount(), 2);
    QVERIFY(view->header()->text().contains(stored.reference));
}

void TestIncidentsArea::followAndCloseACase()
{
    const Incident incident = someOpenIncident();
    CaseView *view = m_area->openCase(incident.id);
    QVERIFY(view);
    // The follow-up log: a note, then a correction that keeps the first wording.
    FollowUpPanel *log = view->followUp();
    const int notes = log->list()->count();
    QTest::keyClicks(log->noteEdit(), QStringLiteral("Gesprek met de mentor gevoerd."));
    log->addButton()->click();
    QCOMPARE(log->list()->count(), notes + 1);
    log->list()->setCurrentRow(notes);
    ModalHelper::onNextModal([](QWidget *widget) {
        auto *input = qobject_cast<QInputDialog *>(widget);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Gesprek met de mentor en de ouders gevoerd."));
        input->accept();
    });
    log->correctButton()->click();
    QCOMPARE(log->list()->count(), notes + 2);
    QVERIFY(log->list()->item(notes)->font().strikeOut());
    QVERIFY(log->list()->item(notes + 1)->text().contains(QStringLiteral("en de ouders")));

    // A screenshot pasted from the clipboard becomes evidence with its source address.
    QImage post(120, 80, QImage::Format_RGB32);
    post.fill(Qt::blue);
    QApplication::clipboard()->setImage(post);
    ModalHelper::onNextModal([](QWidget *widget) {
        widget->findChild<QLineEdit *>()->setText(QStringLiteral("https://instagram.example/p/42"));
        widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(view->evidence()->pasteImage());
    const QList<AttachmentInfo> evidence = AttachmentStore(*m_db).attachmentsOfIncident(m_session->scope, incident.id);
    QCOMPARE(evidence.last().sourceUrl, QStringLiteral("https://instagram.example/p/42"));
    QCOMPARE(evidence.last().mimeType, QStringLiteral("image/png"));
    QCOMPARE(view->evidence()->table()->rowCount(), int(evidence.size()));
    // Removing it asks why; without a reason nothing goes, with one the trail keeps it.
    view->evidence()->table()->selectRow(int(evidence.size()) - 1);
    ModalHelper::onNextModal([](QWidget *widget) {
        QVERIFY(qobject_cast<QInputDialog *>(widget));
        widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    view->evidence()->removeAction()->trigger();
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfIncident(m_session->scope, incident.id).size(), evidence.size());
    ModalHelper::onNextModal([](QWidget *widget) {
        widget->findChild<QLineEdit *>()->setText(QStringLiteral("Dubbel geplakt"));
        widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    view->evidence()->removeAction()->trigger();
    QCOMPARE(AttachmentStore(*m_db).attachmentsOfIncident(m_session->scope, incident.id).size(), evidence.size() - 1);
    QSqlQuery why = m_db->prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'evidence_removed'"));
    QVERIFY(why.exec() && why.next());
    QVERIFY2(why.value(0).toString().endsWith(QStringLiteral("Dubbel geplakt")), qPrintable(why.value(0).toString()));

    // In progress, then closed with a summary; a closed case shows only "reopen".
    view->moveTo(IncidentStatus::InBehandeling);
    QCOMPARE(IncidentRepository(*m_db).get(m_session->scope, incident.id)->status, IncidentStatus::InBehandeling);
    ModalHelper::onNextModal([](QWidget *widget) {
        auto *input = qobject_cast<QInputDialog *>(widget);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Account verwijderd; excuses aangeboden."));
        input->accept();
    });
    view->moveTo(IncidentStatus::Afgesloten);
    const Incident closed = *IncidentRepository(*m_db).get(m_session->scope, incident.id);
    QCOMPARE(closed.status, IncidentStatus::Afgesloten);
    QCOMPARE(closed.closingSummary, QStringLiteral("Account verwijderd; excuses aangeboden."));
    QCOMPARE(view->statusMenu()->actions().size(), 1);
    QVERIFY(view->header()->text().contains(QStringLiteral("Afgesloten")));
}

void TestIncidentsArea::mailDroppedOnACaseIsFiledWithIt()
{
    const Incident incident = someOpenIncident();
    CaseView *view = m_area->openCase(incident.id);
    QVERIFY(view);
    QSqlQuery pupil = m_db->prepare(QStringLiteral("SELECT p.id, p.surname FROM involvements i JOIN persons p ON p.id = i.person_id "
                                                   "WHERE i.incident_id = ? AND p.kind = 'leerling' ORDER BY p.id LIMIT 1"));
    pupil.addBindValue(incident.id);
    QVERIFY(pupil.exec() && pupil.next());
    const qint64 pupilId = pupil.value(0).toLongLong();
    const QString surname = pupil.value(1).toString();
    pupil.finish();
    MsgFile msg;
    msg.unicode(0x0037, QStringLiteral("Klacht van een ouder over het filmpje")).unicode(0x0C1A, QStringLiteral("Ouder"))
        .unicode(0x1000, QStringLiteral("Het filmpje staat er nog.")).time(0x0039, QDateTime::currentDateTimeUtc().addDays(-1));
    const QString path = m_dir->filePath(QStringLiteral("klacht.msg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(msg.bytes());
    file.close();
    const int evidenceBefore = view->evidence()->table()->rowCount();

    // The drop asks: correspondence of the case; the dossier is picked; the filing is reported.
    QString question;
    QString report;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        question = box->text();
        ModalHelper::onNextModal([&](QWidget *nested) {
            auto *pick = qobject_cast<PickPersonDialog *>(nested);
            if (!pick) {
                nested->close();
                return;
            }
            QTest::keyClicks(pick->picker()->searchEdit(), surname);
            QTRY_VERIFY(pick->picker()->view()->model()->rowCount() > 0);
            pick->picker()->view()->selectRow(0);
            ModalHelper::answerNextMessageBox(&report);
            pick->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    });
    view->evidence()->dropFiles({ path });
    QVERIFY2(question.contains(QStringLiteral("e-mail")), qPrintable(question));
    QVERIFY2(report.contains(QStringLiteral("Klacht van een ouder")), qPrintable(report));
    QSqlQuery filed = m_db->prepare(QStringLiteral("SELECT person_id, incident_id FROM correspondence WHERE subject = ?"));
    filed.addBindValue(QStringLiteral("Klacht van een ouder over het filmpje"));
    QVERIFY(filed.exec() && filed.next());
    QCOMPARE(filed.value(1).toLongLong(), incident.id);
    QCOMPARE(filed.value(0).toLongLong(), pupilId);
    filed.finish();
    QCOMPARE(view->evidence()->table()->rowCount(), evidenceBefore);   // not evidence as well
}

void TestIncidentsArea::staleSaveOffersReload()
{
    const Incident incident = someOpenIncident();
    CaseView *view = m_area->openCase(incident.id);
    QString question;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *form = qobject_cast<IncidentDialog *>(widget);
        QVERIFY(form);
        // Another PC saves the incident while this form is open.
        auto other = Database::open(m_db->location());
        const Authenticator::Result board = Authenticator(*other).login(QStringLiteral("bestuur"), QStringLiteral("demo"));
        Incident theirs = *IncidentRepository(*other).get(board.scope, incident.id);
        theirs.title = QStringLiteral("Titel van het bestuur");
        IncidentService(*other, board.scope).save(theirs);
        auto *title = form->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setText(QStringLiteral("Mijn titel"));
        ModalHelper::answerNextMessageBox(&question, true);
        form->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        // Reloaded: the form now shows what the board saved, and stays open.
        QCOMPARE(title->text(), QStringLiteral("Titel van het bestuur"));
        QVERIFY(form->isVisible());
        form->reject();
    });
    view->editAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("bestuur")), qPrintable(question));
    QCOMPARE(IncidentRepository(*m_db).get(m_session->scope, incident.id)->title, QStringLiteral("Titel van het bestuur"));
}

void TestIncidentsArea::listSearchesAndFilters()
{
    IncidentListPage *page = m_area->listPage();
    // Default: open cases only, newest first.
    const int open = page->model()->totalCount();
    QVERIFY(open > 0);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QVERIFY(page->model()->incident(row).status != IncidentStatus::Afgesloten);
    QVERIFY(page->statusBar()->currentMessage().contains(QString::number(open)));
    page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(-1));
    const int all = page->model()->totalCount();
    QVERIFY(all >= open);
    // Search by the name of someone involved, without diacritics.
    const Incident some = *IncidentRepository(*m_db).get(m_session->scope, page->model()->incident(0).id);
    const Person involved = *PersonRepository(*m_db).get(AccessScope::system(), some.involvements.first().personId);
    QTest::keyClicks(page->searchEdit(), involved.surname.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("\\p{Mn}"))));
    QTRY_VERIFY(page->model()->totalCount() < all);
    QVERIFY(page->model()->rowOf(some.id) >= 0);
    page->searchEdit()->clear();
    page->applySearchNow();
    // A platform filter, and a column hidden and shown through the header menu.
    page->platformCombo()->setCurrentIndex(page->platformCombo()->findData(int(some.platform)));
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->incident(row).platform, some.platform);
    QVERIFY(!page->view()->isColumnHidden(IncidentListModel::Platform));
    page->view()->setColumnHidden(IncidentListModel::Platform, true);
    QVERIFY(page->view()->isColumnHidden(IncidentListModel::Platform));
    // Enter opens the case.
    page->view()->setFocus();
    page->view()->selectRow(0);
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(m_area->tabs()->count(), 2);
}


void TestIncidentsArea::listIsReadOnceWhenTheAreaOpens()
{
    // Opening Meldingen reads the first page once, in the order shown (newest first); setting
    // up the view's sorting and the filters' defaults do not read it again.
    QStringList pages;
    SqlValues::setRecorder([&pages](const QString &sql, const QVariantList &) {
        if (sql.startsWith(QLatin1String("SELECT i.* FROM incidents i")))
            pages.append(sql);
    });
    IncidentsArea area(*m_session);
    SqlValues::setRecorder({});
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().contains(QLatin1String("ORDER BY i.reported_at DESC, i.id DESC")), qPrintable(pages.first()));
    auto *view = area.findChild<QTableView *>(QStringLiteral("incidentsView"));
    QVERIFY(view);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(IncidentListModel::ReportedAt));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(view->model()->rowCount() > 0);
    // A filter that changes something does read it again.
    SqlValues::setRecorder([&pages](const QString &sql, const QVariantList &) {
        if (sql.startsWith(QLatin1String("SELECT i.* FROM incidents i")))
            pages.append(sql);
    });
    area.listPage()->statusCombo()->setCurrentIndex(area.listPage()->statusCombo()->findData(-1));
    SqlValues::setRecorder({});
    QCOMPARE(pages.size(), 2);
}

void TestIncidentsArea::reporterCannotImposeAMeasure()
{
    // The reporter of the first case: in their own case the measure buttons are off,
    // and the service refuses them all the same.
    const Authenticator::Result melder = Authenticator(*m_db).login(QStringLiteral("melder"), QStringLiteral("demo"));
    Session session{ m_db.get(), melder.user, melder.scope };
    const QList<Incident> own = IncidentFinder(*m_db).list(melder.scope, IncidentFilter(), 1);
    QVERIFY(!own.isEmpty());
    IncidentsArea area(session);
    area.show();
    CaseView *view = area.openCase(own.first().id);
    QVERIFY(view);
    QVERIFY(!view->measures()->newMeasureButton()->isEnabled());
    QVERIFY(!view->measures()->newActionButton()->isEnabled());
    Measure m;
    m.incidentId = own.first().id;
    m.personId = own.first().involvements.isEmpty() ? 0 : own.first().involvements.first().personId;
    m.status = MeasureStatus::Opgelegd;
    m.decidedOn = m.proposedOn = QDate::currentDate();
    try {
        MeasureService(*m_db, melder.scope).propose(m);
        QFAIL("a reporter imposed a measure");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Denied);
    }
}

void TestIncidentsArea::reporterSeesSchoolsNamesAndWhyADossierIsEmpty()
{
    // A teacher's case moved by the board to another school, with a pupil of that school added.
    const Authenticator::Result melder = Authenticator(*m_db).login(QStringLiteral("melder"), QStringLiteral("demo"));
    const Authenticator::Result admin = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    const QList<Incident> own = IncidentFinder(*m_db).list(melder.scope, IncidentFilter(), 1);
    QVERIFY(!own.isEmpty());
    Incident moved = *IncidentRepository(*m_db).get(admin.scope, own.first().id);
    School other;
    for (const School &school : SchoolRepository(*m_db).list(AccessScope::system()))
        if (!melder.user.schoolIds.contains(school.id))
            other = school;
    QVERIFY(other.id > 0);
    moved.schoolId = other.id;
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    pupils.schoolId = other.id;
    const Person elsewhere = PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 1).first();
    QVERIFY(!PersonRepository(*m_db).get(melder.scope, elsewhere.id));     // not in the teacher's person list
    Involvement witness;
    witness.personId = elsewhere.id;
    witness.role = InvolvementRole::Getuige;
    moved.involvements.append(witness);
    IncidentService(*m_db, admin.scope).save(moved);

    Session session{ m_db.get(), melder.user, melder.scope };
    IncidentsArea area(session);
    area.show();
    IncidentListModel *model = area.listPage()->model();
    // Open or closed: the list shows all of the teacher's cases.
    area.listPage()->statusCombo()->setCurrentIndex(area.listPage()->statusCombo()->findData(-1));
    const int row = model->rowOf(moved.id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, IncidentListModel::School).data().toString(), other.name);
    CaseView *view = area.openCase(moved.id);
    QVERIFY(view);
    QTableWidget *people = view->peopleTable();
    bool named = false;
    for (int r = 0; r < people->rowCount(); ++r) {
        QVERIFY2(people->item(r, 0)->text() != QStringLiteral("(geen toegang)"), qPrintable(people->item(r, 0)->text()));
        named = named || people->item(r, 0)->text() == elsewhere.sortName();
    }
    QVERIFY(named);

    // A pupil's dossier opened by a teacher says why it shows nothing.
    PersonFilter ownPupils;
    ownPupils.kind = PersonKind::Leerling;
    const QList<Person> visible = PersonRepository(*m_db).list(melder.scope, ownPupils, 0, 1);
    QVERIFY(!visible.isEmpty());
    PrivateCopies copies;
    DossierView dossier(session, copies, DossierReader(*m_db, melder.scope).reload(visible.first().id));
    dossier.show();
    QVERIFY(dossier.notice()->isVisible());
    QVERIFY2(dossier.notice()->text().contains(QStringLiteral("melder")), qPrintable(dossier.notice()->text()));
}

void TestIncidentsArea::overviewAndLogSayWhatMatters()
{
    const Incident incident = someOpenIncident();
    CaseView *view = m_area->openCase(incident.id);
    QVERIFY(view);
    // A conversation of yesterday, written down now.
    FollowUpPanel *log = view->followUp();
    view->tabs()->setCurrentWidget(log);
    log->nowBox()->click();
    QVERIFY(log->momentEdit()->isEnabled());
    const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(10, 15));
    log->momentEdit()->setDateTime(yesterday);
    QTest::keyClicks(log->noteEdit(), QStringLiteral("Gesprek met de moeder, afspraken gemaakt."));
    log->addButton()->click();
    QCOMPARE(log->list()->count(), 1);
    const QString line = log->list()->item(0)->text();
    QVERIFY2(line.startsWith(yesterday.toString(QStringLiteral("dd-MM-yyyy HH:mm"))), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("vastgelegd op")), qPrintable(line));
    QVERIFY(log->nowBox()->isChecked());
    // The overview: status and what the case waits for, the next term, the people, the latest note.
    QTextBrowser *overview = view->overview();
    QVERIFY(overview);
    const QString text = overview->toPlainText();
    for (const char *part : { "Status", "Volgende termijn", "Betrokken personen", "Maatregelen", "Laatste notitie",
                              "Gesprek met de moeder", "Veroorzaker" })
        QVERIFY2(text.contains(QString::fromUtf8(part)), part);
    // Each part leads to its tab.
    emit overview->anchorClicked(QUrl(QStringLiteral("tab:3")));
    QCOMPARE(view->tabs()->currentWidget(), static_cast<QWidget *>(log));
    emit overview->anchorClicked(QUrl(QStringLiteral("tab:5")));
    QCOMPARE(view->tabs()->currentWidget(), static_cast<QWidget *>(view->measures()));
}

// Shows or hides a column through the header's menu, as the user does.
static void toggleColumn(IncidentListPage *page, const QString &title)
{
    QHeaderView *header = page->view()->horizontalHeader();
    QTimer::singleShot(0, [title] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions())
            if (action->text() == title)
                action->trigger();
        menu->close();
    });
    emit header->customContextMenuRequested(QPoint(10, 5));
}

void TestIncidentsArea::columnChoicesStayChosen()
{
    IncidentListPage *page = m_area->listPage();
    const auto title = [page](int column) {
        return page->view()->model()->headerData(column, Qt::Horizontal).toString();
    };
    // The first start hides the date it happened; the user shows it and hides the platform.
    QVERIFY(page->view()->isColumnHidden(IncidentListModel::OccurredAt));
    QVERIFY(!page->view()->isColumnHidden(IncidentListModel::Platform));
    toggleColumn(page, title(IncidentListModel::OccurredAt));
    toggleColumn(page, title(IncidentListModel::Platform));
    QVERIFY(!page->view()->isColumnHidden(IncidentListModel::OccurredAt));
    QVERIFY(page->view()->isColumnHidden(IncidentListModel::Platform));
    // At the next start the list is as the user left it, not as the first start had it.
    m_area.reset();
    m_area = std::make_unique<IncidentsArea>(*m_session);
    page = m_area->listPage();
    QVERIFY(!page->view()->isColumnHidden(IncidentListModel::OccurredAt));
    QVERIFY(page->view()->isColumnHidden(IncidentListModel::Platform));
    // A column that came with a later version starts as its default says (here: hidden).
    QSettings().setValue(QStringLiteral("views/incidents/columns"), int(IncidentListModel::OccurredAt));
    m_area.reset();
    m_area = std::make_unique<IncidentsArea>(*m_session);
    page = m_area->listPage();
    QVERIFY(page->view()->isColumnHidden(IncidentListModel::OccurredAt));
    QVERIFY(page->view()->isColumnHidden(IncidentListModel::Platform));
}

void TestIncidentsArea::measureFormSaysThingsOnce()
{
    // A case of the director's with a pupil as causer, taken as having happened outside school.
    Incident chosen;
    for (const Incident &listed : IncidentFinder(*m_db).list(m_session->scope, IncidentFilter(), 200)) {
        const Incident full = *IncidentRepository(*m_db).get(m_session->scope, listed.id);
        for (const Involvement &v : full.involvements)
            if (v.role == InvolvementRole::Veroorzaker && chosen.id == 0
                && PersonRepository(*m_db).get(AccessScope::system(), v.personId)->kind == PersonKind::Leerling)
                chosen = full;
    }
    QVERIFY(chosen.id > 0);
    chosen.context = IncidentContext::BuitenSchool;
    MeasureDialog dialog(*m_session, chosen, Measure());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *advice = dialog.findChild<QLabel *>(QStringLiteral("adviceLabel"));
    for (const char *code : { "schorsing", "waarschuwing", "schorsing", "waarschuwing" })
        QVERIFY(dialog.chooseType(QString::fromLatin1(code)));
    dialog.setStatus(MeasureStatus::Opgelegd);
    dialog.setStatus(MeasureStatus::Voornemen);
    QCOMPARE(advice->text().count(QStringLiteral("Buiten school")), 1);
    // Heavier than advised without a motivation: refused in red; writing it takes the red away.
    QVERIFY(dialog.chooseType(QStringLiteral("verwijdering")));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("waarom")), qPrintable(message->text()));
    auto *motivation = dialog.findChild<QPlainTextEdit *>(QStringLiteral("escalationEdit"));
    motivation->setFocus();
    QTest::keyClicks(motivation, QStringLiteral("Herhaling na eerdere schorsing."));
    QVERIFY(!message->isVisible());
    QCOMPARE(advice->text().count(QStringLiteral("Buiten school")), 1);
}

void TestIncidentsArea::measureFormAsksWhatTheRulesNeed()
{
    const Incident incident = someOpenIncident();
    LadderService(*m_db, AccessScope::system()).addHoliday(0, QStringLiteral("Kerstvakantie 2031"), QDate(2031, 12, 20),
                                                           QDate(2032, 1, 4));
    const auto explain = [](MeasureDialog &dialog) {
        // Whatever the advice, a heavier rung gets its motivation.
        auto *escalation = dialog.findChild<QPlainTextEdit *>(QStringLiteral("escalationEdit"));
        if (escalation->isVisibleTo(&dialog))
            escalation->setPlainText(QStringLiteral("Ernstige bedreiging."));
    };
    {
        // Five school days from Friday 19 December 2031 run to Thursday 8 January: 21 calendar days.
        MeasureDialog dialog(*m_session, incident, Measure());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.chooseType(QStringLiteral("schorsing")));
        dialog.setStatus(MeasureStatus::Opgelegd);
        dialog.setPeriod(QDate(2031, 12, 19), QDate(2032, 1, 8));
        explain(dialog);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("periodLabel"))->text(),
                 QStringLiteral("5 schooldagen, 21 kalenderdagen"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QString question;
        ModalHelper::answerNextMessageBox(&question, false);
        save->click();
        QVERIFY2(question.contains(QStringLiteral("21 kalenderdagen")), qPrintable(question));
        QVERIFY(dialog.isVisible());
        QVERIFY(MeasureRepository(*m_db).ofIncident(m_session->scope, incident.id).isEmpty());
        ModalHelper::answerNextMessageBox(nullptr, true);
        save->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<Measure> stored = MeasureRepository(*m_db).ofIncident(m_session->scope, incident.id);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().periodConfirmed);
    }
    {
        // A removal decided at once: the open hearings are named and a reason is asked.
        MeasureDialog dialog(*m_session, incident, Measure());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.chooseType(QStringLiteral("verwijdering")));
        dialog.setStatus(MeasureStatus::Opgelegd);
        explain(dialog);
        auto *step = dialog.findChild<QPlainTextEdit *>(QStringLiteral("stepEdit"));
        QVERIFY(step->isVisible());
        const QString warnings = dialog.findChild<QLabel *>(QStringLiteral("warningsLabel"))->text();
        QVERIFY2(warnings.contains(QStringLiteral("groepsleerkracht")) && warnings.contains(QStringLiteral("ouders")),
                 qPrintable(warnings));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("vereiste stap")), qPrintable(message->text()));
        step->setPlainText(QStringLiteral("Acuut gevaar voor medeleerlingen."));
        save->click();
        QVERIFY(!dialog.isVisible());
        bool found = false;
        for (const Measure &m : MeasureRepository(*m_db).ofIncident(m_session->scope, incident.id))
            found = found || m.stepMotivation == QLatin1String("Acuut gevaar voor medeleerlingen.");
        QVERIFY(found);
    }
}

QTEST_MAIN(TestIncidentsArea)
#include "tst_incidentsarea.moc"
