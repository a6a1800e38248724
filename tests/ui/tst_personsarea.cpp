#include "authenticator.h"
#include "database.h"
#include "demodatagenerator.h"
#include "dossierreader.h"
#include "guardianshiprepository.h"
#include "languagesetup.h"
#include "modalhelper.h"
#include "models/dossiertimelinemodel.h"
#include "models/personlistmodel.h"
#include "persons/dossierview.h"
#include "persons/guardianshipdialog.h"
#include "persons/importfilepage.h"
#include "persons/importmappingpage.h"
#include "persons/importreportpage.h"
#include "persons/importwizard.h"
#include "persons/persondialog.h"
#include "persons/personpicker.h"
#include "persons/pickpersondialog.h"
#include "persons/personlistpage.h"
#include "persons/personsarea.h"
#include "personrepository.h"
#include "schoolrepository.h"
#include "session.h"
#include "transaction.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

// Personen through its real screens: the list and its filters, the person form and its
// validation, guardianship links both ways, leaving and deleting, the import wizard's steps,
// and the dossier timeline.
class TestPersonsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listSearchesAsYouType();
    void formValidatesAndSaves();
    void guardianshipLinkedBothWays();
    void markAsLeftAndDelete();
    void importWizardMapsColumnsAndRemembersThem();
    void importWizardStopsAtADamagedList();
    void importWizardMarksNobodyAfterARefusedRow();
    void dossierTimelineOpensAndFilters();
    void pickerTakesTypeAheadAndTellsParentsApart();
    void enterOpensTheSingleHit();

private:
    static void type(QWidget *parent, const char *name, const QString &text);
    static void save(QWidget *dialog);
    qint64 auditCount() const;
    int rowOf(const QString &sortName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PersonsArea> m_area;
    qint64 m_pupil = 0;
    qint64 m_parent = 0;
    qint64 m_school = 0;
};

void TestPersonsArea::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestPersonsArea::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 8;
    DemoDataGenerator(*m_db).generate(options);
    const Authenticator::Result result = Authenticator(*m_db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    m_school = SchoolRepository(*m_db).list(AccessScope::system()).first().id;
    {
        Transaction tx(*m_db, AccessScope::system());
        Person pupil;
        pupil.kind = PersonKind::Leerling;
        pupil.givenNames = QStringLiteral("Émile");
        pupil.surname = QStringLiteral("Öztürk");
        pupil.birthDate = QDate(2016, 4, 3);
        pupil.schoolId = m_school;
        pupil.externalId = QStringLiteral("990001");
        PersonRepository(*m_db).insert(tx, pupil);
        m_pupil = pupil.id;
        Person parent;
        parent.kind = PersonKind::Ouder;
        parent.givenNames = QStringLiteral("Zeynep");
        parent.surname = QStringLiteral("Yıldırım");
        PersonRepository(*m_db).insert(tx, parent);
        m_parent = parent.id;
        tx.commit();
    }
    m_area = std::make_unique<PersonsArea>(*m_session);
    m_area->resize(1300, 800);
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

void TestPersonsArea::cleanup()
{
    m_area.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPersonsArea::type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestPersonsArea::save(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
}

qint64 TestPersonsArea::auditCount() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

int TestPersonsArea::rowOf(const QString &sortName) const
{
    const PersonListModel *model = m_area->listPage()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->person(row).sortName() == sortName)
            return row;
    return -1;
}

void TestPersonsArea::listSearchesAsYouType()
{
    PersonListPage *page = m_area->listPage();
    const int everyone = page->model()->totalCount();
    QVERIFY2(everyone > 50, qPrintable(QString::number(everyone)));
    QTest::keyClicks(page->searchEdit(), QStringLiteral("ozturk"));
    // The list follows after a pause in the typing.
    QTRY_COMPARE(page->model()->totalCount(), 1);
    QCOMPARE(page->model()->person(0).id, m_pupil);
    QCOMPARE(page->view()->model()->index(0, PersonListModel::Name).data().toString(), QStringLiteral("Öztürk, Émile"));
    QVERIFY(page->openAction()->isEnabled());
    page->searchEdit()->clear();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("99000"));
    page->applySearchNow();
    QCOMPARE(page->model()->totalCount(), 1);
    page->searchEdit()->clear();
    page->applySearchNow();
    page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(int(PersonKind::Medewerker)));
    QVERIFY(page->model()->totalCount() > 0);
    QVERIFY(page->model()->totalCount() < everyone);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->person(row).kind, PersonKind::Medewerker);
    // Sorting on a column is done by the database: newest birth date first.
    page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(int(PersonKind::Leerling)));
    page->view()->sortByColumn(PersonListModel::BirthDate, Qt::DescendingOrder);
    QVERIFY(page->model()->person(0).birthDate >= page->model()->person(1).birthDate);
    QVERIFY(page->model()->person(1).birthDate >= page->model()->person(2).birthDate);
}

void TestPersonsArea::formValidatesAndSaves()
{
    PersonListPage *page = m_area->listPage();
    QStringList messages;
    bool stayedOpen = false;
    ModalHelper::onNextModal([&](QWidget *dialog) {
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        auto *school = dialog->findChild<QComboBox *>(QStringLiteral("schoolCombo"));
        kind->setCurrentIndex(kind->findData(int(PersonKind::Leerling)));
        school->setCurrentIndex(0);
        type(dialog, "givenNamesEdit", QStringLiteral("Noor"));
        type(dialog, "surnameEdit", QStringLiteral("Bos"));
        save(dialog);
        messages.append(message->text());
        type(dialog, "birthDateEdit", QStringLiteral("31-02-2016"));
        save(dialog);
        messages.append(message->text());
        type(dialog, "birthDateEdit", QStringLiteral("5-3-2016"));
        save(dialog);
        messages.append(message->text());
        school->setCurrentIndex(1);
        type(dialog, "emailEdit", QStringLiteral("noor.bos"));
        save(dialog);
        messages.append(message->text());
        stayedOpen = dialog->isVisible();
        type(dialog, "emailEdit", QStringLiteral("noor@mail.example"));
        type(dialog, "groupEdit", QStringLiteral("groep 4"));
        save(dialog);
    });
    page->newAction()->trigger();
    QVERIFY(stayedOpen);
    QCOMPARE(messages.size(), 4);
    QVERIFY2(messages.at(0).contains(QStringLiteral("geboortedatum")), qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).contains(QStringLiteral("31-02-2016")), qPrintable(messages.at(1)));
    QVERIFY2(messages.at(2).contains(QStringLiteral("school")), qPrintable(messages.at(2)));
    QVERIFY2(messages.at(3).contains(QStringLiteral("noor.bos")), qPrintable(messages.at(3)));
    PersonFilter filter;
    filter.search = QStringLiteral("noor bos");
    const QList<Person> saved = PersonRepository(*m_db).list(AccessScope::system(), filter, 0, 10);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().birthDate, QDate(2016, 3, 5));
    QCOMPARE(saved.first().email, QStringLiteral("noor@mail.example"));
    QCOMPARE(saved.first().groupName, QStringLiteral("groep 4"));
    // The new person is selected in the list.
    QCOMPARE(page->model()->person(page->view()->currentIndex().row()).id, saved.first().id);
}

void TestPersonsArea::guardianshipLinkedBothWays()
{
    PersonListPage *page = m_area->listPage();
    page->searchEdit()->setText(QStringLiteral("990001"));
    page->applySearchNow();
    QCOMPARE(page->model()->totalCount(), 1);
    page->view()->selectRow(0);
    bool picked = false;
    ModalHelper::onNextModal([&](QWidget *form) {
        auto *table = form->findChild<QTableWidget *>(QStringLiteral("relativesTable"));
        QCOMPARE(table->rowCount(), 0);
        ModalHelper::onNextModal([&](QWidget *widget) {
            auto *dialog = qobject_cast<GuardianshipDialog *>(widget);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->picker()->searchEdit(), QStringLiteral("yildirim"));
            QTRY_COMPARE(dialog->picker()->view()->model()->rowCount(), 1);
            dialog->picker()->view()->selectRow(0);
            auto *relation = dialog->findChild<QComboBox *>();
            relation->setCurrentIndex(relation->findData(int(GuardianRelation::Pleegouder)));
            picked = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        form->findChild<QPushButton *>(QStringLiteral("addRelativeButton"))->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Yıldırım, Zeynep"));
        save(form);
    });
    page->editAction()->trigger();
    QVERIFY(picked);
    const QList<Guardianship> links = GuardianshipRepository(*m_db).ofPupil(m_pupil);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().parentId, m_parent);
    QCOMPARE(links.first().relation, GuardianRelation::Pleegouder);
    // The parent's form lists the child.
    PersonDialog parentForm(*m_session, *PersonRepository(*m_db).get(AccessScope::system(), m_parent));
    auto *table = parentForm.findChild<QTableWidget *>(QStringLiteral("relativesTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Öztürk, Émile"));
    // Unlinking there and saving removes the link.
    table->selectRow(0);
    parentForm.findChild<QPushButton *>(QStringLiteral("removeRelativeButton"))->click();
    save(&parentForm);
    QVERIFY(GuardianshipRepository(*m_db).ofPupil(m_pupil).isEmpty());
}

void TestPersonsArea::markAsLeftAndDelete()
{
    PersonListPage *page = m_area->listPage();
    page->searchEdit()->setText(QStringLiteral("ozturk"));
    page->applySearchNow();
    page->view()->selectRow(0);
    const QDate left = QDate::currentDate().addDays(-3);
    ModalHelper::onNextModal([&](QWidget *dialog) {
        dialog->findChild<QDateEdit *>()->setDate(left);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page->leaveAction()->trigger();
    QCOMPARE(PersonRepository(*m_db).get(AccessScope::system(), m_pupil)->leaveDate, left);
    // Current persons only, by default: the pupil is gone from the list, and under "Left".
    QCOMPARE(page->model()->totalCount(), 0);
    page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(int(PersonFilter::Status::Left)));
    QCOMPARE(page->model()->totalCount(), 1);
    page->view()->selectRow(0);
    QVERIFY(!page->leaveAction()->isEnabled());

    // Nothing filed: deleted after confirmation; declining keeps the person.
    QString question;
    ModalHelper::answerNextMessageBox(&question, false);
    page->deleteAction()->trigger();
    QVERIFY(PersonRepository(*m_db).get(AccessScope::system(), m_pupil));
    ModalHelper::answerNextMessageBox(&question, true);
    page->deleteAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("Émile Öztürk")), qPrintable(question));
    QVERIFY(!PersonRepository(*m_db).get(AccessScope::system(), m_pupil));
    QCOMPARE(page->model()->totalCount(), 0);

    // Someone with records filed cannot be deleted: the message says so.
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT min(person_id) FROM involvements"));
    query.exec();
    query.next();
    const Person involved = *PersonRepository(*m_db).get(AccessScope::system(), query.value(0).toLongLong());
    query.finish();
    page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(int(PersonFilter::Status::All)));
    page->searchEdit()->setText(involved.externalId.isEmpty() ? involved.surname : involved.externalId);
    page->applySearchNow();
    page->view()->selectRow(page->model()->rowOf(involved.id));
    QString refusal;
    ModalHelper::answerNextMessageBox(&refusal);
    page->deleteAction()->trigger();
    QVERIFY2(refusal.contains(QStringLiteral("vertrokken")), qPrintable(refusal));
    QVERIFY(PersonRepository(*m_db).get(AccessScope::system(), involved.id));
}

void TestPersonsArea::importWizardMapsColumnsAndRemembersThem()
{
    // Headers no system uses: the surname column has to be chosen by hand.
    QFile csv(m_dir->filePath(QStringLiteral("klas.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Nr,Familienaam,Voorvoegsel,Roepnaam,Geboortedatum,Klas\r\n"
              "880001,Vries,de,Femke,2016-09-01,groep 5\r\n"
              "880002,\"Dijk, van\",,Sven,14-2-2016,groep 5\r\n"
              "880003,Smit,,Lars,geen,groep 5\r\n");
    csv.close();
    const auto runWizard = [&](bool finish, QString *surnameChoice) -> QString {
        ImportWizard wizard(*m_session);
        wizard.show();
        wizard.filePage()->fileEdit()->setText(csv.fileName());
        wizard.filePage()->schoolCombo()->setCurrentIndex(wizard.filePage()->schoolCombo()->findData(m_school));
        wizard.next();
        if (wizard.currentId() != ImportWizard::MappingPage)
            return QStringLiteral("stuck on the file page: ") + wizard.filePage()->detectedLabel()->text();
        ImportMappingPage *mapping = wizard.mappingPage();
        QComboBox *surname = mapping->fieldCombo(PersonImport::Field::Surname);
        *surnameChoice = surname->currentText();
        if (!finish)
            return QString();
        if (surname->currentText() == QLatin1String("Familienaam"))
            return QStringLiteral("the surname column was guessed, so the test proves nothing");
        wizard.next();      // refused: no surname column
        if (wizard.currentId() != ImportWizard::MappingPage)
            return QStringLiteral("went on without a surname column");
        surname->setCurrentIndex(surname->findText(QStringLiteral("Familienaam")));
        QComboBox *number = mapping->fieldCombo(PersonImport::Field::ExternalId);
        number->setCurrentIndex(number->findText(QStringLiteral("Nr")));
        if (mapping->preview()->rowCount() != 3)
            return QStringLiteral("the preview does not show the three rows");
        wizard.next();
        if (wizard.currentId() != ImportWizard::ReportPage)
            return QStringLiteral("stuck on the mapping page");
        const QString summary = wizard.reportPage()->summaryLabel()->text();
        if (!summary.contains(QStringLiteral("2 nieuw")) || !summary.contains(QStringLiteral("1 geweigerd")))
            return QStringLiteral("unexpected report: ") + summary;
        if (wizard.reportPage()->rowsTable()->rowCount() != 1
            || !wizard.reportPage()->rowsTable()->item(0, 3)->text().contains(QStringLiteral("geen")))
            return QStringLiteral("the rejected row is not listed with its reason");
        QString question;
        ModalHelper::answerNextMessageBox(&question, true);
        wizard.button(QWizard::FinishButton)->click();
        return wizard.imported ? QString() : QStringLiteral("not imported; question was: ") + question;
    };
    QString choice;
    const QString problem = runWizard(true, &choice);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto dijk = PersonRepository(*m_db).findByExternalId(PersonKind::Leerling, QStringLiteral("880002"));
    QVERIFY(dijk);
    QCOMPARE(dijk->surname, QStringLiteral("Dijk, van"));
    QCOMPARE(dijk->birthDate, QDate(2016, 2, 14));
    QCOMPARE(dijk->schoolId, m_school);
    QVERIFY(!PersonRepository(*m_db).findByExternalId(PersonKind::Leerling, QStringLiteral("880003")));
    // The next file with the same columns gets the same mapping.
    const QString again = runWizard(false, &choice);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QCOMPARE(choice, QStringLiteral("Familienaam"));
}

void TestPersonsArea::dossierTimelineOpensAndFilters()
{
    // The demo pupil with the fullest dossier, opened from the list.
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    qint64 fullest = 0;
    qsizetype most = 0;
    for (const Person &p : PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 100000)) {
        const qsizetype size = DossierReader(*m_db, AccessScope::system()).reload(p.id).entries.size();
        if (size > most) {
            most = size;
            fullest = p.id;
        }
    }
    QVERIFY(most >= 3);
    const Person pupil = *PersonRepository(*m_db).get(AccessScope::system(), fullest);
    PersonListPage *page = m_area->listPage();
    page->searchEdit()->setText(pupil.externalId);
    const qint64 audit = auditCount();
    page->applySearchNow();         // Enter in the search: the one hit opens
    QCOMPARE(m_area->tabs()->count(), 2);
    auto *dossier = qobject_cast<DossierView *>(m_area->tabs()->currentWidget());
    QVERIFY(dossier);
    QCOMPARE(dossier->personId(), fullest);
    QCOMPARE(auditCount(), audit + 1);
    QVERIFY(dossier->header()->text().contains(pupil.displayName().toHtmlEscaped()));
    QAbstractItemModel *rows = dossier->view()->model();
    QCOMPARE(rows->rowCount(), int(most));
    // Newest first.
    const auto dateAt = [rows](int row) {
        return QDate::fromString(rows->index(row, DossierTimelineModel::Date).data().toString().left(10),
                                 QStringLiteral("dd-MM-yyyy"));
    };
    for (int row = 1; row < rows->rowCount(); ++row)
        QVERIFY(dateAt(row - 1) >= dateAt(row));
    // Only correspondence.
    for (DossierEntry::Kind kind : DossierTimelineModel::allKinds())
        dossier->kindButton(kind)->setChecked(kind == DossierEntry::Kind::Correspondence);
    for (int row = 0; row < rows->rowCount(); ++row)
        QCOMPARE(rows->index(row, DossierTimelineModel::Kind).data().toString(),
                 DossierTimelineModel::kindLabel(DossierEntry::Kind::Correspondence));
    for (DossierEntry::Kind kind : DossierTimelineModel::allKinds())
        dossier->kindButton(kind)->setChecked(true);
    // A period: the last three months.
    dossier->periodCombo()->setCurrentIndex(dossier->periodCombo()->findData(int(DossierView::Period::LastThreeMonths)));
    for (int row = 0; row < rows->rowCount(); ++row)
        QVERIFY(dateAt(row) >= QDate::currentDate().addMonths(-3));
    // Opening the same dossier again shows its tab; Ctrl+W closes it.
    m_area->tabs()->setCurrentIndex(0);
    QCOMPARE(m_area->openDossier(fullest), dossier);
    QCOMPARE(m_area->tabs()->count(), 2);
    // A parent's view links to the child's dossier.
    const QList<Guardianship> links = GuardianshipRepository(*m_db).ofPupil(fullest);
    if (!links.isEmpty()) {
        DossierView *parent = m_area->openDossier(links.first().parentId);
        QVERIFY(parent->header()->text().contains(QStringLiteral("person:%1").arg(fullest)));
        QCOMPARE(m_area->tabs()->count(), 3);
    }
    m_area->tabs()->currentWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_area->tabs()->count(), links.isEmpty() ? 1 : 2);
}

void TestPersonsArea::importWizardStopsAtADamagedList()
{
    // A stray quote swallows two rows: the wizard says where, and goes no further.
    QFile csv(m_dir->filePath(QStringLiteral("kapot.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\r\n"
              "880101;Vries;Femke;01-09-2016\r\n"
              "\"880102;Dijk;Sven;14-02-2016\r\n"
              "880103;Smit;Lars;03-03-2016\r\n"
              "880104;Bos\";Anna;04-04-2016\r\n");
    csv.close();
    ImportWizard wizard(*m_session);
    wizard.show();
    wizard.filePage()->fileEdit()->setText(csv.fileName());
    wizard.filePage()->schoolCombo()->setCurrentIndex(wizard.filePage()->schoolCombo()->findData(m_school));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    const QString said = wizard.filePage()->detectedLabel()->text();
    QVERIFY2(said.contains(QStringLiteral("regel 3")) && said.contains(QStringLiteral("kapot.csv")), qPrintable(said));
}

void TestPersonsArea::importWizardMarksNobodyAfterARefusedRow()
{
    // A "complete" list with a typing error in one date: nobody is marked as left, and the
    // report says why instead of listing the school's other pupils.
    QFile csv(m_dir->filePath(QStringLiteral("compleet.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\r\n"
              "880201;Vries;Femke;01-09-2016\r\n"
              "880202;Dijk;Sven;31-02-2016\r\n");
    csv.close();
    ImportWizard wizard(*m_session);
    wizard.show();
    wizard.filePage()->fileEdit()->setText(csv.fileName());
    wizard.filePage()->schoolCombo()->setCurrentIndex(wizard.filePage()->schoolCombo()->findData(m_school));
    wizard.filePage()->completeCheck()->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    QVERIFY(wizard.plan.leaving.isEmpty());
    const QString said = wizard.reportPage()->leavingLabel()->text();
    QVERIFY2(said.startsWith(QStringLiteral("Niemand")), qPrintable(said));
    QVERIFY(wizard.reportPage()->leavingList()->isHidden());
}


void TestPersonsArea::enterOpensTheSingleHit()
{
    PersonListPage *page = m_area->listPage();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("99000"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    // At once, without waiting for the pause in the typing: one hit, so its dossier opens.
    const QList<DossierView *> open = m_area->findChildren<DossierView *>();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first()->personId(), m_pupil);
    // Several hits: the keyboard goes to the list, on the first.
    page->searchEdit()->clear();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("a"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    QCOMPARE(m_area->findChildren<DossierView *>().size(), 1);
    QVERIFY(page->view()->hasFocus());
    QCOMPARE(page->view()->currentIndex().row(), 0);
}

void TestPersonsArea::pickerTakesTypeAheadAndTellsParentsApart()
{
    {
        Transaction tx(*m_db, AccessScope::system());
        Person pupil = *PersonRepository(*m_db).get(AccessScope::system(), m_pupil);
        pupil.groupName = QStringLiteral("8A");
        PersonRepository(*m_db).update(tx, pupil);
        Guardianship link;
        link.parentId = m_parent;
        link.pupilId = m_pupil;
        link.relation = GuardianRelation::Moeder;
        GuardianshipRepository(*m_db).insert(tx, link);
        tx.commit();
    }
    // The user clicks "add a person" and types at once, before the picker has the keyboard.
    PickPersonDialog dialog(*m_session, QStringLiteral("Persoon toevoegen"), true, m_area.get());
    QLineEdit *underneath = m_area->listPage()->searchEdit();
    underneath->clear();
    QTest::keyClicks(underneath, QStringLiteral("Zey"));
    QCOMPARE(underneath->text(), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.picker()->searchEdit()->text(), QStringLiteral("Zey"));
    // Not selected as a whole (the next key would replace it), the cursor at its end.
    QTRY_VERIFY(!dialog.picker()->searchEdit()->hasSelectedText());
    QCOMPARE(dialog.picker()->searchEdit()->cursorPosition(), 3);
    // Later keys go where the focus is, as always.
    QTest::keyClicks(dialog.picker()->searchEdit(), QStringLiteral("nep"));
    QCOMPARE(dialog.picker()->searchEdit()->text(), QStringLiteral("Zeynep"));
    QTRY_VERIFY(dialog.picker()->view()->model()->rowCount() >= 1);
    // The parent is shown with her child, and is involved as a parent unless the user says otherwise.
    auto *model = qobject_cast<PersonListModel *>(dialog.picker()->view()->model());
    QVERIFY(model);
    const int row = model->rowOf(m_parent);
    QVERIFY(row >= 0);
    dialog.picker()->view()->selectRow(row);
    QCOMPARE(model->index(row, PersonListModel::Group).data().toString(), QStringLiteral("ouder van Émile Öztürk, 8A"));
    QCOMPARE(dialog.picker()->current()->id, m_parent);
    QCOMPARE(dialog.role(), InvolvementRole::BetrokkenOuder);
    dialog.reject();
    QTest::keyClicks(underneath, QStringLiteral("x"));
    QCOMPARE(underneath->text(), QStringLiteral("x"));
}

QTEST_MAIN(TestPersonsArea)
#include "tst_personsarea.moc"
