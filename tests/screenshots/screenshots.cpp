// Renders the program's screens with demo data into PNG files, for docs/screenshots/ and for
// looking at what was built. Not a test: run it by hand (see README), under Xvfb or offscreen.

#include "domain/changebus.h"
#include "admin/adminarea.h"
#include "admin/auditpage.h"
#include "admin/backupkeydialog.h"
#include "incidents/evidencepanel.h"
#include "admin/backuppage.h"
#include "admin/recoverysheetdialog.h"
#include "common/passphraseform.h"
#include "reports/recoverysheet.h"
#include "services/backupkeyservice.h"
#include "start/wizardbackuppage.h"
#include "services/backupschedule.h"
#include "storage/databasebackup.h"
#include "admin/retentionpage.h"
#include "admin/schooldialog.h"
#include "admin/userdialog.h"
#include "common/organisationform.h"
#include "incidents/caseview.h"
#include "incidents/incidentdialog.h"
#include "incidents/incidentlistpage.h"
#include "incidents/incidentsarea.h"
#include "correspondence/correspondencearea.h"
#include "correspondence/correspondencedialog.h"
#include "correspondence/letterdialog.h"
#include "deadlines/deadlinesarea.h"
#include "services/correspondenceservice.h"
#include "mainwindow.h"
#include "common/uisetup.h"
#include "reports/accessrequestdialog.h"
#include "reports/casesummary.h"
#include "reports/dossiersummary.h"
#include "reports/redactiondialog.h"
#include "reports/redactionpeople.h"
#include "reports/reportsarea.h"
#include "reports/summarydocument.h"
#include "measures/measuredialog.h"
#include "measures/measurespanel.h"
#include "services/measureservice.h"
#include "storage/measuretyperepository.h"
#include "services/incidentservice.h"
#include "storage/incidentfinder.h"
#include "storage/correspondencerepository.h"
#include "storage/incidentrepository.h"
#include "storage/protocolrepository.h"
#include "models/personlistmodel.h"
#include "persons/dossierview.h"
#include "persons/importfilepage.h"
#include "persons/importwizard.h"
#include "persons/persondialog.h"
#include "persons/personlistpage.h"
#include "persons/personsarea.h"
#include "storage/dossierrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "services/authenticator.h"
#include "services/demodatagenerator.h"
#include "services/languagesetup.h"
#include "services/session.h"
#include "start/firststartwizard.h"
#include "start/wizardconnectionpage.h"
#include "start/logindialog.h"
#include "start/passworddialog.h"
#include "start/wizardorganisationpage.h"
#include "start/wizardschoolspage.h"
#include "storage/database.h"
#include "storage/schoolrepository.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QDir>
#include <QPainter>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextStream>

namespace {

QString g_folder;

void save(QWidget *widget, const QString &name)
{
    widget->show();
    QTest::qWait(150);
    const QString path = QDir(g_folder).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

void fill(QWidget *parent, const QString &objectName, const QString &text)
{
    if (auto *edit = parent->findChild<QLineEdit *>(objectName))
        edit->setText(text);
}

} // namespace

int main(int argc, char *argv[])
{
    // Screens as a new user sees them: no column widths remembered from earlier runs.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    LanguageSetup::install(app, LanguageSetup::chosenLanguage());
    UiSetup::install();
    g_folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(g_folder);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    DemoDataGenerator::Options options;
    options.incidents = 30;
    DemoDataGenerator(*db).generate(options);

    // First start: where the dossiers live.
    auto *connection = new WizardConnectionPage(QStringLiteral("postgresql://dossierkast@dossiers.lindewaard.local:5432/dossierkast"),
                                                [](const QString &, const QString &) { return WizardConnectionPage::Inspection(); });
    FirstStartWizard wizard(connection, [](const FirstStartSetup::Input &) {});
    wizard.resize(820, 600);
    save(&wizard, QStringLiteral("00-eerste-start-database"));
    wizard.next();
    QWidget *organisation = wizard.organisationPage()->form();
    fill(organisation, QStringLiteral("nameEdit"), QStringLiteral("Stichting Primair Onderwijs Lindewaard"));
    fill(organisation, QStringLiteral("addressEdit"), QStringLiteral("Havezatelaan 12"));
    fill(organisation, QStringLiteral("postalCodeEdit"), QStringLiteral("7551 AB"));
    fill(organisation, QStringLiteral("cityEdit"), QStringLiteral("Hengelo"));
    fill(organisation, QStringLiteral("emailEdit"), QStringLiteral("bestuursbureau@lindewaard.example"));
    save(&wizard, QStringLiteral("01-eerste-start-organisatie"));
    wizard.next();
    QTableWidget *table = wizard.schoolsPage()->table();
    const QStringList first{ "Basisschool De Regenboog", "12AB00", "Kerkstraat 4", "7551 CD", "Hengelo", "M. de Vries" };
    const QStringList second{ "OBS De Vlinderhof", "34CD01", "Molenweg 18", "7622 EF", "Borne", "J. Öztürk" };
    for (int c = 0; c < first.size(); ++c)
        table->item(0, c)->setText(first.at(c));
    wizard.schoolsPage()->addRow();
    for (int c = 0; c < second.size(); ++c)
        table->item(1, c)->setText(second.at(c));
    table->setCurrentCell(-1, -1);
    save(&wizard, QStringLiteral("02-eerste-start-scholen"));
    wizard.next();
    wizard.backupPage()->form()->suggest();
    save(&wizard, QStringLiteral("02b-eerste-start-back-up"));
    wizard.next();
    fill(&wizard, QStringLiteral("displayNameEdit"), QStringLiteral("Anna de Boer"));
    fill(&wizard, QStringLiteral("emailEdit"), QStringLiteral("a.deboer@lindewaard.example"));
    fill(&wizard, QStringLiteral("passwordEdit"), QStringLiteral("geheim-wachtwoord-1"));
    fill(&wizard, QStringLiteral("repeatEdit"), QStringLiteral("geheim-wachtwoord-1"));
    save(&wizard, QStringLiteral("03-eerste-start-beheerder"));
    wizard.hide();

    // Login, with a wrong password tried once.
    LoginDialog login(*db);
    fill(&login, QStringLiteral("loginEdit"), QStringLiteral("directeur"));
    fill(&login, QStringLiteral("passwordEdit"), QStringLiteral("verkeerd"));
    login.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    save(&login, QStringLiteral("04-inloggen"));
    login.hide();

    const Authenticator::Result result = Authenticator(*db).login(QStringLiteral("beheerder"), QStringLiteral("demo"));
    Session session{ db.get(), result.user, result.scope };
    MainWindow window(session);
    // A school laptop: the window fills a 1366×768 screen, dialogs open at their own size.
    window.resize(1366, 768);
    window.showArea(window.adminArea());
    window.adminArea()->tabs()->setCurrentIndex(0);
    save(&window, QStringLiteral("05-beheer-organisatie-en-scholen"));
    window.adminArea()->tabs()->setCurrentIndex(1);
    save(&window, QStringLiteral("06-beheer-gebruikers"));
    window.adminArea()->tabs()->setCurrentIndex(2);
    save(&window, QStringLiteral("07-beheer-instellingen"));
    window.adminArea()->tabs()->setCurrentIndex(6);
    save(&window, QStringLiteral("11-beheer-database"));
    window.adminArea()->tabs()->setCurrentIndex(5);
    save(&window, QStringLiteral("32-beheer-brieven"));
    window.adminArea()->tabs()->setCurrentIndex(4);
    save(&window, QStringLiteral("26-beheer-ladders-en-vakanties"));
    window.adminArea()->tabs()->setCurrentIndex(3);
    save(&window, QStringLiteral("25-beheer-protocol"));

    const QList<School> schools = SchoolRepository(*db).list(session.scope);
    UserDialog user(*UserRepository(*db).findByLogin(QStringLiteral("directeur")), schools, &window);
    save(&user, QStringLiteral("08-gebruiker-bewerken"));
    user.hide();
    SchoolDialog school(schools.first(), &window);
    save(&school, QStringLiteral("09-school-bewerken"));
    school.hide();
    PasswordDialog password(PasswordDialog::Mode::Change, QStringLiteral("beheerder"),
                            [](const QString &, const QString &) { return QString(); }, &window);
    save(&password, QStringLiteral("10-wachtwoord-wijzigen"));
    password.hide();

    // Persons: the list, searched; the pupil with the fullest dossier; their form.
    window.showArea(window.personsArea());
    PersonListPage *list = window.personsArea()->listPage();
    list->kindCombo()->setCurrentIndex(list->kindCombo()->findData(int(PersonKind::Leerling)));
    save(&window, QStringLiteral("12-personen-lijst"));
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    qint64 fullest = 0;
    qsizetype most = -1;
    for (const Person &p : PersonRepository(*db).list(session.scope, pupils, 0, 100000)) {
        const qsizetype entries = DossierRepository(*db).entries(session.scope, p.id).size();
        if (entries > most) {
            most = entries;
            fullest = p.id;
        }
    }
    window.personsArea()->openDossier(fullest);
    save(&window, QStringLiteral("13-leerlingendossier"));
    PersonDialog form(session, *PersonRepository(*db).get(session.scope, fullest), &window);
    save(&form, QStringLiteral("14-persoon-bewerken"));
    form.hide();

    // Importing a pupil list in Windows-1252 with ';', with one bad row.
    QFile csv(dir.filePath(QStringLiteral("leerlingen-parnassys.csv")));
    csv.open(QIODevice::WriteOnly);
    csv.write(QByteArrayLiteral("Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Voornamen;Geboortedatum;Groep;"
                                "Verzorger 1 naam;Verzorger 1 e-mail\r\n"
                                "800101;\xd6zt\xfcrk;;Emir;Emir Can;03-04-2016;groep 5;Zeynep \xd6zt\xfcrk;zeynep@mail.example\r\n"
                                "800102;Hof;van 't;No\xebl;No\xebl Pieter;12-11-2015;groep 6;Marieke van 't Hof;marieke@mail.example\r\n"
                                "800103;Bakker;;Lotte;Lotte Anna;31-02-2016;groep 5;Eva Bakker;eva@mail.example\r\n"
                                "800104;Jansen;;Sem;Sem;7-9-2017;groep 4;;\r\n"));
    csv.close();
    ImportWizard import(session, &window);
    import.filePage()->fileEdit()->setText(csv.fileName());
    import.filePage()->schoolCombo()->setCurrentIndex(1);
    import.filePage()->completeCheck()->setChecked(true);     // the bad row keeps anyone from being marked as left
    import.filePage()->validatePage();
    save(&import, QStringLiteral("15-import-bestand"));
    import.next();
    save(&import, QStringLiteral("16-import-kolommen"));
    import.next();
    save(&import, QStringLiteral("17-import-verslag"));
    import.hide();

    // A list with a stray quote that would swallow the rows after it: refused, naming the line.
    QFile damaged(dir.filePath(QStringLiteral("leerlingen-beschadigd.csv")));
    damaged.open(QIODevice::WriteOnly);
    damaged.write(QByteArrayLiteral("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\r\n"
                                    "800201;Visser;Daan;02-03-2016\r\n"
                                    "\"800202;Jansen;Piet;04-05-2016\r\n"
                                    "800203;Mulder;Tess;06-07-2016\r\n"
                                    "800204;Kok\";Sem;08-09-2016\r\n"));
    damaged.close();
    ImportWizard refused(session, &window);
    refused.filePage()->fileEdit()->setText(damaged.fileName());
    refused.filePage()->schoolCombo()->setCurrentIndex(1);
    refused.filePage()->validatePage();
    save(&refused, QStringLiteral("15b-import-beschadigd"));
    refused.hide();

    // Meldingen: the list, a case, and the form of a new incident.
    window.showArea(window.incidentsArea());
    IncidentListPage *incidents = window.incidentsArea()->listPage();
    incidents->statusCombo()->setCurrentIndex(1);
    save(&window, QStringLiteral("18-meldingen-lijst"));
    // A view that could not reload (the server went away): one notice with a retry.
    emit ChangeBus::instance()->reloadFailed(QStringLiteral("incidents"),
                                             QStringLiteral("De verbinding met de databaseserver is verbroken."));
    if (auto *notice = window.findChild<QMessageBox *>()) {
        save(notice, QStringLiteral("45-herladen-mislukt"));
        notice->close();
    }
    IncidentFilter all;
    all.sort = IncidentFilter::Sort::ReportedAt;
    // The latest case with a pupil as its causer: the evidence, note and suspension below fit it.
    Incident shown;
    for (const Incident &listed : IncidentFinder(*db).list(session.scope, all, 50)) {
        const Incident full = *IncidentRepository(*db).get(session.scope, listed.id);
        for (const Involvement &v : full.involvements)
            if (shown.id == 0 && v.role == InvolvementRole::Veroorzaker
                && PersonRepository(*db).get(session.scope, v.personId)->kind == PersonKind::Leerling)
                shown = listed;
    }
    {
        // A pasted screenshot and a note, as a director would add them.
        QImage post(360, 200, QImage::Format_RGB32);
        post.fill(Qt::white);
        QPainter painter(&post);
        painter.drawText(post.rect().adjusted(16, 16, -16, -16), Qt::TextWordWrap,
                         QStringLiteral("@klas8b_echt: kijk wie er vandaag weer in de klas zat... #loser"));
        painter.end();
        IncidentService service(*db, session.scope);
        service.addEvidenceImage(shown.id, post, QStringLiteral("https://instagram.example/p/8b"),
                                 QDateTime::currentDateTimeUtc().addDays(-1));
        service.addNote(shown.id, QStringLiteral("Gesprek met de leerling en de mentor gevoerd; het account is verwijderd."));
    }
    CaseView *caseView = window.incidentsArea()->openCase(shown.id);
    save(&window, QStringLiteral("19-melding-overzicht"));
    caseView->tabs()->setCurrentIndex(3);
    save(&window, QStringLiteral("20-melding-logboek"));
    caseView->tabs()->setCurrentIndex(4);
    save(&window, QStringLiteral("21-melding-bewijs"));
    {
        // A mail dropped on the case's evidence: the question, answered with Cancel.
        QTemporaryDir mails;
        const QString dropped = mails.filePath(QStringLiteral("klacht.msg"));
        QFile(dropped).open(QIODevice::WriteOnly);
        QTimer::singleShot(400, [] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                save(box, QStringLiteral("21b-mail-op-melding"));
                box->close();
            }
        });
        caseView->evidence()->dropFiles({ dropped });
    }
    Incident fresh = IncidentService(*db, session.scope).draft(schools.first().id);
    fresh.title = QStringLiteral("Nepaccount op naam van een klasgenoot");
    fresh.platform = Platform::Instagram;
    fresh.description = QStringLiteral("Een leerling heeft een account aangemaakt met de naam en foto van een klasgenoot "
                                       "en plaatst daar spottende berichten.");
    IncidentDialog form2(session, fresh, &window);
    PersonFilter somePupils;
    somePupils.kind = PersonKind::Leerling;
    const QList<Person> two = PersonRepository(*db).list(session.scope, somePupils, 0, 2);
    form2.addInvolvement(two.at(0), InvolvementRole::Veroorzaker);
    form2.addInvolvement(two.at(1), InvolvementRole::Slachtoffer);
    form2.chooseArticle(QStringLiteral("B2"));
    save(&form2, QStringLiteral("22-melding-nieuw"));
    form2.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    save(&form2, QStringLiteral("23-melding-personen"));
    form2.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(2);
    save(&form2, QStringLiteral("24-melding-artikelen"));
    form2.hide();

    // A two-day suspension of the case's causer, with the actions it brings, and Termijnen.
    Incident suspended = *IncidentRepository(*db).get(session.scope, shown.id);
    qint64 pupil = 0;
    for (const Involvement &v : suspended.involvements)
        if (const auto p = PersonRepository(*db).get(session.scope, v.personId);
            p && p->kind == PersonKind::Leerling && v.role == InvolvementRole::Veroorzaker && !pupil)
            pupil = p->id;
    for (const Involvement &v : suspended.involvements)
        if (const auto p = PersonRepository(*db).get(session.scope, v.personId); p && p->kind == PersonKind::Leerling && !pupil)
            pupil = p->id;
    const QDate monday = QDate::currentDate().addDays(-(QDate::currentDate().dayOfWeek() - 1));
    Measure measure;
    measure.incidentId = suspended.id;
    measure.personId = pupil;
    for (const MeasureType &t : MeasureTypeRepository(*db).ladder(Ladder::Leerling))
        if (t.code == QLatin1String("schorsing"))
            measure.measureTypeId = t.id;
    measure.status = MeasureStatus::Opgelegd;
    measure.proposedOn = measure.decidedOn = monday;
    measure.startsOn = monday.addDays(1);
    measure.endsOn = monday.addDays(2);
    measure.motivation = QStringLiteral("Passend bij de ernst van het nepaccount; eerste schorsing.");
    measure.escalationMotivation = QStringLiteral("Het account bleef na een waarschuwing bestaan.");
    if (suspended.articleIds.isEmpty()) {
        suspended.articleIds = { ProtocolRepository(*db).version(suspended.protocolVersionId)->articles.first().id };
        IncidentService(*db, session.scope).save(suspended);
    }
    MeasureService(*db, session.scope).propose(measure);
    window.showArea(window.incidentsArea());
    caseView->tabs()->setCurrentIndex(5);
    save(&window, QStringLiteral("27-melding-maatregelen"));
    MeasureDialog measureForm(session, suspended, measure, &window);
    save(&measureForm, QStringLiteral("28-maatregel"));
    measureForm.hide();
    // A removal decided at once: the form names the hearings still open and asks why.
    {
        Measure removal;
        removal.incidentId = suspended.id;
        removal.personId = pupil;
        MeasureDialog removalForm(session, suspended, removal, &window);
        removalForm.chooseType(QStringLiteral("verwijdering"));
        removalForm.setStatus(MeasureStatus::Opgelegd);
        save(&removalForm, QStringLiteral("28b-maatregel-voor-de-hoorzitting"));
    }
    window.showArea(window.deadlinesArea());
    save(&window, QStringLiteral("29-termijnen"));

    // Correspondentie: a parent's mail filed in the pupil's dossier, and the register.
    CorrespondenceService correspondence(*db, session.scope);
    const CorrespondenceService::MailResult mail = correspondence.importMail(
        QStringLiteral(DOSSIERKAST_FIXTURES "/mail/ouder-met-bijlage.eml"), correspondence.filingsFor(pupil).first(), suspended.id);
    window.showArea(window.correspondenceArea());
    save(&window, QStringLiteral("30-correspondentie"));
    CorrespondenceDialog item(session, window.correspondenceArea()->copies(),
                              *CorrespondenceRepository(*db).get(session.scope, mail.item.id), &window);
    save(&item, QStringLiteral("31-correspondentie-stuk"));
    item.hide();

    // The suspension letter to the parents, and the first page of its PDF (pdftoppm makes the PNG).
    LetterDialog letter(session, suspended.id, measure.id, pupil, &window);
    letter.chooseTemplate(QStringLiteral("schorsing_leerling"));
    save(&letter, QStringLiteral("33-brief-maken"));
    const QStringList pdfs = letter.savePdf(g_folder);
    if (!pdfs.isEmpty()) {
        const QString sample = QDir(g_folder).filePath(QStringLiteral("34-voorbeeldbrief.pdf"));
        QFile::remove(sample);
        QFile::rename(pdfs.first(), sample);
        for (const QString &other : pdfs.mid(1))
            QFile::remove(other);
        QTextStream(stdout) << sample << Qt::endl;
    }
    letter.hide();

    // The case summary of that case; pdftoppm turns its first page into the PNG.
    {
        const CaseSummary caseSummary(*db, session.scope);
        QFile pdf(QDir(g_folder).filePath(QStringLiteral("35-casusoverzicht.pdf")));
        if (pdf.open(QIODevice::WriteOnly))
            pdf.write(SummaryDocument(caseSummary.html(suspended.id), session.user.displayName, QDateTime::currentDateTime(),
                                      caseSummary.logo()).pdf());
        QTextStream(stdout) << pdf.fileName() << Qt::endl;
    }

    // A copy made for one person: the preview with its markings, and a redacted dossier summary.
    {
        window.showArea(window.incidentsArea());
        const std::unique_ptr<RedactionDialog> copy = caseView->redactedSummary();
        save(copy.get(), QStringLiteral("36-afschrift-voor-een-persoon"));
        const DossierSummary dossier(*db, session.scope, RedactionPeople::optionsFor(*db, pupil));
        QFile pdf(QDir(g_folder).filePath(QStringLiteral("37-dossieroverzicht-afschrift.pdf")));
        if (pdf.open(QIODevice::WriteOnly))
            pdf.write(SummaryDocument(dossier.html(pupil), session.user.displayName, QDateTime::currentDateTime()).pdf());
        QTextStream(stdout) << pdf.fileName() << Qt::endl;
    }

    // An access request: when it came in, and the due date that follows.
    {
        AccessRequestDialog ask(PersonRepository(*db).get(session.scope, pupil)->displayName(), 1, &window);
        ask.setReceivedOn(QDate::currentDate().addDays(-3));
        save(&ask, QStringLiteral("44-inzageverzoek"));
        ask.hide();
    }

    // Rapportages over the last twelve months, on screen and as the printed report.
    {
        ReportsArea *reports = window.reportsArea();
        reports->setPeriod(QDate::currentDate().addMonths(-12).addDays(1), QDate::currentDate());
        reports->showDimension(Statistics::Dimension::Month);
        window.showArea(reports);
        save(&window, QStringLiteral("38-rapportages"));
        reports->showDimension(Statistics::Dimension::Harm);
        save(&window, QStringLiteral("39-rapportages-soort-schade"));
        reports->savePdf(QDir(g_folder).filePath(QStringLiteral("40-rapportage.pdf")));
        QTextStream(stdout) << QDir(g_folder).filePath(QStringLiteral("40-rapportage.pdf")) << Qt::endl;
    }

    // Beheer → Bewaartermijnen: two pupils who left three years ago, one of them under a hold.
    {
        Transaction tx(*db, session.scope);
        const qint64 school = SchoolRepository(*db).list(session.scope).first().id;
        const QStringList names{ QStringLiteral("Roos|Verhoeven"), QStringLiteral("Timo|Brouwer") };
        for (const QString &name : names) {
            Person p;
            p.kind = PersonKind::Leerling;
            p.givenNames = name.section(QLatin1Char('|'), 0, 0);
            p.surname = name.section(QLatin1Char('|'), 1, 1);
            p.birthDate = QDate::currentDate().addYears(-15);
            p.schoolId = school;
            p.startDate = QDate::currentDate().addYears(-11);
            p.leaveDate = QDate::currentDate().addYears(-3).addDays(-20);
            PersonRepository(*db).insert(tx, p);
            if (p.surname == QLatin1String("Brouwer"))
                PersonRepository(*db).addLegalHold(tx, p.id, QStringLiteral("Aangifte bij de politie, zaak loopt"),
                                                   QDate::currentDate().addMonths(-2));
        }
        tx.commit();
        window.showArea(window.adminArea());
        window.adminArea()->tabs()->setCurrentWidget(window.adminArea()->retentionPage());
        window.adminArea()->retentionPage()->dueView()->selectRow(0);
        save(&window, QStringLiteral("42-beheer-bewaartermijnen"));
    }

    // Beheer → Back-up: first without a passphrase (the warning), then sealed: today's automatic
    // backup sealed, an older one made by hand before the passphrase was set.
    {
        QTemporaryDir folder;
        BackupSchedule::setFolder(folder.path());
        DatabaseBackup::write(*db, QDir(folder.path()).filePath(QStringLiteral("dossierkast-%1-0815.sqlite")
                                                                     .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate))));
        window.showArea(window.adminArea());
        window.adminArea()->tabs()->setCurrentWidget(window.adminArea()->backupPage());
        window.adminArea()->backupPage()->reload();
        window.statusBar()->clearMessage();
        window.updateBackupWarning();
        save(&window, QStringLiteral("43b-beheer-back-up-niet-verzegeld"));

        BackupKeyDialog keyDialog(false, &window);
        keyDialog.form()->suggest();
        save(&keyDialog, QStringLiteral("46-back-upwachtwoordzin"));
        keyDialog.hide();
        const QString passphrase = keyDialog.passphrase();
        const SealedBackup::Key key = BackupKeyService(*db).set(session.scope, passphrase);
        const QString html = RecoverySheet::html(key, passphrase, QStringLiteral("Stichting Primair Onderwijs Lindewaard"));
        RecoverySheetDialog sheet(html, &window);
        save(&sheet, QStringLiteral("46b-herstelblad"));
        sheet.hide();
        // The sheet as the printer gets it.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QDir(g_folder).filePath(QStringLiteral("46c-herstelblad.pdf")));
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        sheet.sheet()->document()->print(&printer);

        BackupSchedule::runDaily(*db, folder.path(), QDate::currentDate());
        window.adminArea()->backupPage()->reload();
        window.updateBackupWarning();
        save(&window, QStringLiteral("43-beheer-back-up"));
        QSettings().remove(QStringLiteral("backup"));     // the folder was temporary
    }

    // Beheer → Audittrail: the latest changes, the newest opened field by field.
    {
        window.showArea(window.adminArea());
        AuditPage *audit = window.adminArea()->auditPage();
        window.adminArea()->tabs()->setCurrentWidget(audit);
        audit->actionFilter()->setCurrentIndex(audit->actionFilter()->findData(QStringLiteral("update")));
        audit->view()->setCurrentIndex(audit->view()->model()->index(0, 0));
        save(&window, QStringLiteral("41-beheer-audittrail"));
    }
    return 0;
}
