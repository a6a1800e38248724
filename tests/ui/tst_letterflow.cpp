#include "actionrepository.h"
#include "admin/letterspage.h"
#include "attachmentstore.h"
#include "authenticator.h"
#include "correspondence/correspondencedialog.h"
#include "correspondence/letterdialog.h"
#include "correspondencerepository.h"
#include "database.h"
#include "demodatagenerator.h"
#include "guardianshiprepository.h"
#include "incidents/caseview.h"
#include "incidents/incidentsarea.h"
#include "incidentservice.h"
#include "languagesetup.h"
#include "lettertemplaterepository.h"
#include "letterservice.h"
#include "storageerror.h"
#include "measures/measurespanel.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "modalhelper.h"
#include "personrepository.h"
#include "privatecopies.h"
#include "protocolrepository.h"
#include "session.h"
#include "transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QScopeGuard>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

// Letters through the real screens: a suspension letter to both parents from the measure,
// saved as PDF and ODT and filed twice with its PDF, the parents' action done; and the
// template editor refusing an unknown field.
class TestLetterFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suspensionLetterToBothParents();
    void caseLetterFollowsPersonAndMeasure();
    void oneLetterToParentsAtOneAddress();
    void templateEditorRefusesUnknownFields();

private:
    qint64 pupilWithParents() const;
    Incident caseAbout(qint64 personId);
    Measure measureFor(const Incident &incident, qint64 personId, Ladder ladder, const QString &code, const QDate &day);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestLetterFlow::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestLetterFlow::init()
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

void TestLetterFlow::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLetterFlow::suspensionLetterToBothParents()
{
    // A pupil with two parents who both hold parental authority, suspended for two days.
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    qint64 pupil = 0;
    for (const Person &p : PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 100000)) {
        int authority = 0;
        for (const Guardianship &g : GuardianshipRepository(*m_db).ofPupil(p.id))
            authority += g.parentalAuthority || g.receivesMail;
        if (authority == 2) {
            pupil = p.id;
            break;
        }
    }
    QVERIFY2(pupil > 0, "the demo data has pupils with two parents");
    const Incident incident = caseAbout(pupil);
    const QDate monday = QDate::currentDate().addDays(-(QDate::currentDate().dayOfWeek() - 1) - 7);
    measureFor(incident, pupil, Ladder::Leerling, QStringLiteral("schorsing"), monday);

    IncidentsArea area(*m_session);
    area.show();
    CaseView *view = area.openCase(incident.id);
    view->measures()->measuresTable()->selectRow(0);
    const QString folder = m_dir->filePath(QStringLiteral("brieven"));
    QDir().mkpath(folder);
    QStringList pdfs;
    QStringList odts;
    QString firstLine;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<LetterDialog *>(widget);
        QVERIFY(dialog);
        QCOMPARE(dialog->templateCombo()->currentText(), QStringLiteral("Besluit tot schorsing (aan ouders)"));
        int checked = 0;
        for (int row = 0; row < dialog->recipientsList()->count(); ++row)
            checked += dialog->recipientsList()->item(row)->checkState() == Qt::Checked;
        QCOMPARE(checked, 2);
        QVERIFY(dialog->actionCombo()->currentData().toLongLong() > 0);     // the parents' letter action
        dialog->togetherBox()->setChecked(false);     // a letter each (one letter to both: below)
        firstLine = dialog->preview()->toPlainText();
        pdfs = dialog->savePdf(folder);
        odts = dialog->saveOdt(folder);
        dialog->fileButton()->click();
        QVERIFY(dialog->doneLabel()->isVisibleTo(dialog));
        dialog->accept();
    });
    view->measures()->letterButton()->click();
    QVERIFY2(firstLine.contains(QStringLiteral("Geachte")), qPrintable(firstLine));
    QVERIFY(!firstLine.contains(QStringLiteral("[[")));
    QCOMPARE(pdfs.size(), 2);
    QCOMPARE(odts.size(), 2);
    QFile pdf(pdfs.first());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    // Filed twice, each with its PDF, in the pupil's dossier; the action is done.
    CorrespondenceFilter filter;
    filter.incidentId = incident.id;
    filter.direction = Direction::Uit;
    const QList<Correspondence> filed = CorrespondenceRepository(*m_db).list(m_session->scope, filter);
    QCOMPARE(filed.size(), 2);
    for (const Correspondence &c : filed) {
        QCOMPARE(c.personId, pupil);
        QVERIFY(c.aboutPersonId > 0);
        const QList<AttachmentInfo> files = AttachmentStore(*m_db).attachmentsOfCorrespondence(m_session->scope, c.id);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().mimeType, QStringLiteral("application/pdf"));
    }
    for (const Action &a : ActionRepository(*m_db).ofIncident(m_session->scope, incident.id))
        if (a.rule == QLatin1String("suspension_parents_letter"))
            QCOMPARE(a.status, ActionStatus::Gedaan);

    // A filed letter opened and saved unchanged stays what it was: in its case above all (the
    // form's case list is the parent's, who is not involved in the case).
    PrivateCopies copies;
    for (const Correspondence &c : filed) {
        CorrespondenceDialog dialog(*m_session, copies, c);
        dialog.show();
        auto *incidentCombo = dialog.findChild<QComboBox *>(QStringLiteral("incidentCombo"));
        QVERIFY(incidentCombo);
        QCOMPARE(incidentCombo->currentData().toLongLong(), incident.id);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Correspondence saved = *CorrespondenceRepository(*m_db).get(m_session->scope, c.id);
        QCOMPARE(saved.incidentId, incident.id);
        QCOMPARE(saved.personId, c.personId);
        QCOMPARE(saved.aboutPersonId, c.aboutPersonId);
        QCOMPARE(saved.subject, c.subject);
        QCOMPARE(saved.direction, c.direction);
        QCOMPARE(saved.channel, c.channel);
        QCOMPARE(saved.sentOn, c.sentOn);
    }
}

qint64 TestLetterFlow::pupilWithParents() const
{
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    for (const Person &p : PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 100000))
        if (!GuardianshipRepository(*m_db).ofPupil(p.id).isEmpty() && !p.groupName.isEmpty())
            return p.id;
    return 0;
}

Incident TestLetterFlow::caseAbout(qint64 personId)
{
    const Person person = *PersonRepository(*m_db).get(AccessScope::system(), personId);
    IncidentService incidents(*m_db, m_session->scope);
    Incident incident = incidents.draft(person.schoolId);
    incident.title = QStringLiteral("Beledigende berichten in de groepsapp");
    incident.occurredAt = QDateTime::currentDateTimeUtc().addDays(-20);
    incident.reportedAt = incident.occurredAt.addSecs(3600);
    Involvement causer;
    causer.personId = personId;
    causer.role = InvolvementRole::Veroorzaker;
    incident.involvements.append(causer);
    incidents.registerIncident(incident);
    incident.articleIds = { ProtocolRepository(*m_db).version(incident.protocolVersionId)->articles.first().id };
    incidents.save(incident);
    return incident;
}

Measure TestLetterFlow::measureFor(const Incident &incident, qint64 personId, Ladder ladder, const QString &code, const QDate &day)
{
    Measure m;
    m.incidentId = incident.id;
    m.personId = personId;
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(ladder))
        if (t.code == code)
            m.measureTypeId = t.id;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = day;
    if (code == QLatin1String("schorsing")) {
        m.startsOn = day;
        m.endsOn = day.addDays(1);
    }
    m.motivation = QStringLiteral("Ondanks een eerder gesprek gingen de berichten door.");
    m.escalationMotivation = QStringLiteral("Herhaling.");
    m.hearingHeld = true;
    m.hearingOn = day.addDays(-1);
    MeasureService(*m_db, m_session->scope).propose(m);
    return m;
}

void TestLetterFlow::caseLetterFollowsPersonAndMeasure()
{
    // "Brief maken" on a pupil's case: only pupils' templates, the one that fits the measure,
    // the measure asked when there are several, and nothing goes out with an empty field.
    const qint64 pupil = pupilWithParents();
    QVERIFY(pupil > 0);
    const Incident incident = caseAbout(pupil);
    IncidentsArea area(*m_session);
    area.show();
    CaseView *view = area.openCase(incident.id);
    QVERIFY(view);
    bool seen = false;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<LetterDialog *>(widget);
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        // No measure yet: the invitation, which the case fills completely.
        QCOMPARE(dialog->templateCombo()->currentText(), QStringLiteral("Uitnodiging voor een gesprek"));
        for (int i = 0; i < dialog->templateCombo()->count(); ++i)
            QVERIFY2(!dialog->templateCombo()->itemText(i).contains(QStringLiteral("medewerker")),
                     qPrintable(dialog->templateCombo()->itemText(i)));
        QVERIFY(dialog->fileButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->isHidden());
        // The suspension letter chosen by hand has no suspension to fill in: blocked, named.
        dialog->templateCombo()->setCurrentIndex(dialog->templateCombo()->findText(QStringLiteral("Besluit tot schorsing (aan ouders)")));
        QVERIFY(!dialog->fileButton()->isEnabled());
        QVERIFY(!dialog->printButton()->isEnabled());
        QVERIFY(!dialog->pdfButton()->isEnabled());
        const QString problem = dialog->problemLabel()->text();
        QVERIFY2(problem.contains(QStringLiteral("Maatregel: eerste dag")) && problem.contains(QStringLiteral("Maatregel: motivering")),
                 qPrintable(problem));
        seen = true;
    });
    view->letterAction()->trigger();
    QVERIFY(seen);

    // The service refuses the same letter, whoever calls it.
    LetterService service(*m_db, m_session->scope, QStringLiteral("Beheerder"), QStringLiteral("beheerder"));
    LetterService::Request request;
    for (const LetterTemplate &t : LetterTemplateRepository(*m_db).list(false))
        if (t.code == QLatin1String("schorsing_leerling"))
            request.letter = t;
    request.incidentId = incident.id;
    request.subjectPersonId = pupil;
    request.recipients = service.recipientsFor(pupil);
    QVERIFY_THROWS_EXCEPTION(StorageError, service.issue(request));
    CorrespondenceFilter filter;
    filter.incidentId = incident.id;
    QVERIFY(CorrespondenceRepository(*m_db).list(m_session->scope, filter).isEmpty());
    // A staff template about a pupil is refused too.
    for (const LetterTemplate &t : LetterTemplateRepository(*m_db).list(false))
        if (t.code == QLatin1String("besluit_maatregel_medewerker"))
            request.letter = t;
    QVERIFY(service.problem(request).contains(QStringLiteral("leerling")));

    // A warning and then a suspension: the letter asks which, and follows the choice.
    const QDate monday = QDate::currentDate().addDays(-(QDate::currentDate().dayOfWeek() - 1) - 7);
    measureFor(incident, pupil, Ladder::Leerling, QStringLiteral("waarschuwing"), monday.addDays(-7));
    const Measure suspension = measureFor(incident, pupil, Ladder::Leerling, QStringLiteral("schorsing"), monday);
    seen = false;
    QString text;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<LetterDialog *>(widget);
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        QVERIFY(dialog->measureCombo()->isVisibleTo(dialog));
        QCOMPARE(dialog->measureCombo()->currentData().toLongLong(), qint64(-1));
        QVERIFY(!dialog->fileButton()->isEnabled());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("maatregel")), qPrintable(dialog->problemLabel()->text()));
        dialog->measureCombo()->setCurrentIndex(dialog->measureCombo()->findData(suspension.id));
        QCOMPARE(dialog->templateCombo()->currentText(), QStringLiteral("Besluit tot schorsing (aan ouders)"));
        QVERIFY2(dialog->fileButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
        text = dialog->preview()->toPlainText();
        QVERIFY(dialog->fileLetter());
        seen = true;
    });
    view->letterAction()->trigger();
    QVERIFY(seen);
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    QVERIFY2(text.contains(QStringLiteral("te schorsen van %1 tot en met %2")
                               .arg(dutch.toString(monday, QStringLiteral("d MMMM yyyy")),
                                    dutch.toString(monday.addDays(1), QStringLiteral("d MMMM yyyy")))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ondanks een eerder gesprek")));
    QVERIFY(!CorrespondenceRepository(*m_db).list(m_session->scope, filter).isEmpty());
}

void TestLetterFlow::oneLetterToParentsAtOneAddress()
{
    // Mother and father at one address (typed a little differently) get one letter together;
    // filing says where it went and opens that dossier.
    const qint64 pupil = pupilWithParents();
    QVERIFY(pupil > 0);
    {
        Transaction tx(*m_db, AccessScope::system());
        PersonRepository persons(*m_db);
        for (const Guardianship &g : GuardianshipRepository(*m_db).ofPupil(pupil))
            GuardianshipRepository(*m_db).remove(tx, g.id);
        int n = 0;
        for (const auto &[given, gender] : { std::pair{ QStringLiteral("Anna"), Gender::Female },
                                             std::pair{ QStringLiteral("Bert"), Gender::Male } }) {
            Person parent;
            parent.kind = PersonKind::Ouder;
            parent.givenNames = given;
            parent.surname = QStringLiteral("Kramer");
            parent.gender = gender;
            parent.address = n == 0 ? QStringLiteral("Lindelaan 4") : QStringLiteral("lindelaan  4");
            parent.postalCode = n == 0 ? QStringLiteral("7551 AB") : QStringLiteral("7551ab");
            parent.city = QStringLiteral("Hengelo");
            persons.insert(tx, parent);
            Guardianship link;
            link.parentId = parent.id;
            link.pupilId = pupil;
            link.relation = n++ == 0 ? GuardianRelation::Moeder : GuardianRelation::Vader;
            link.parentalAuthority = true;
            GuardianshipRepository(*m_db).insert(tx, link);
        }
        tx.commit();
    }
    const Incident incident = caseAbout(pupil);
    IncidentsArea area(*m_session);
    area.show();
    CaseView *view = area.openCase(incident.id);
    QVERIFY(view);
    qint64 opened = 0;
    connect(view, &CaseView::openDossierRequested, this, [&opened](qint64 id) { opened = id; });
    QString preview;
    ModalHelper::onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<LetterDialog *>(widget);
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        QVERIFY(dialog->togetherBox()->isVisibleTo(dialog));
        QVERIFY(dialog->togetherBox()->isChecked());
        preview = dialog->preview()->toPlainText();
        QVERIFY(dialog->fileLetter());
        QVERIFY(dialog->doneLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->doneLabel()->text().contains(QStringLiteral("1 brief")), qPrintable(dialog->doneLabel()->text()));
        QVERIFY(!dialog->fileButton()->isEnabled());
        emit dialog->doneLabel()->linkActivated(QStringLiteral("dossier:%1").arg(pupil));
    });
    view->letterAction()->trigger();
    QVERIFY2(preview.contains(QStringLiteral("Geachte heer en mevrouw Kramer,")), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("Anna Kramer en Bert Kramer")));
    QCOMPARE(opened, pupil);
    CorrespondenceFilter filter;
    filter.incidentId = incident.id;
    const QList<Correspondence> filed = CorrespondenceRepository(*m_db).list(m_session->scope, filter);
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.first().correspondent, QStringLiteral("Anna Kramer en Bert Kramer"));
    QCOMPARE(filed.first().personId, pupil);
}

void TestLetterFlow::templateEditorRefusesUnknownFields()
{
    LettersPage page(*m_session);
    page.show();
    QVERIFY(page.templatesList()->count() >= 10);
    page.selectTemplate(0);
    page.editor()->moveCursor(QTextCursor::End);
    page.editor()->insertPlainText(QStringLiteral(" [[leerling.schoenmaat]]"));
    QVERIFY(!page.save());
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("leerling.schoenmaat")), qPrintable(page.messageLabel()->text()));
    page.selectTemplate(0);
    page.editor()->moveCursor(QTextCursor::End);
    page.insertField(QStringLiteral("school.directeur"));
    QVERIFY(page.save());
    bool found = false;
    for (const LetterTemplate &t : LetterTemplateRepository(*m_db).list(true))
        found = found || t.body.contains(QStringLiteral("[[school.directeur]]"));
    QVERIFY(found);
    QVERIFY(page.addCopy(QStringLiteral("Eigen waarschuwing")));
    QCOMPARE(LetterTemplateRepository(*m_db).list(true).size(), 11);
}

QTEST_MAIN(TestLetterFlow)
#include "tst_letterflow.moc"
