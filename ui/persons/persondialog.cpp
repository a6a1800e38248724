#include "persondialog.h"

#include "common/formmessage.h"
#include "services/lookup.h"
#include "common/storedchoice.h"
#include "common/errormessage.h"
#include "domain/labels.h"
#include "guardianshipdialog.h"
#include "services/personimport.h"
#include "services/personservice.h"
#include "domain/storageerror.h"
#include "ui_persondialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

PersonDialog::PersonDialog(Session &session, const Person &person, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_session(session), m_person(person)
{
    m_ui->setupUi(this);
    const bool isNew = person.id == 0;
    setWindowTitle(isNew ? tr("New person") : tr("Person %1").arg(person.displayName()));
    for (PersonKind kind : { PersonKind::Leerling, PersonKind::Medewerker, PersonKind::Ouder, PersonKind::Overig })
        m_ui->kindCombo->addItem(Labels::personKind(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(person.kind)));
    // A person's kind decides their dossier and ladder; it is chosen once.
    m_ui->kindCombo->setEnabled(isNew);
    for (Gender gender : { Gender::Unknown, Gender::Female, Gender::Male, Gender::Other })
        m_ui->genderCombo->addItem(Labels::gender(gender), int(gender));
    m_ui->genderCombo->setCurrentIndex(m_ui->genderCombo->findData(int(person.gender)));
    m_ui->schoolCombo->addItem(tr("(no school)"), qint64(0));
    for (const School &school : Lookup(session).schools())
        m_ui->schoolCombo->addItem(school.name, school.id);
    StoredChoice::select(m_ui->schoolCombo, person.schoolId, tr("school %1").arg(person.schoolId));
    m_ui->surnameEdit->setText(person.surname);
    m_ui->tussenvoegselEdit->setText(person.tussenvoegsel);
    m_ui->givenNamesEdit->setText(person.givenNames);
    m_ui->roepnaamEdit->setText(person.roepnaam);
    m_ui->birthDateEdit->setText(dateText(person.birthDate));
    m_ui->externalIdEdit->setText(person.externalId);
    m_ui->groupEdit->setText(person.groupName);
    m_ui->functionEdit->setText(person.functionTitle);
    m_ui->emailEdit->setText(person.email);
    m_ui->phoneEdit->setText(person.phone);
    m_ui->addressEdit->setText(person.address);
    m_ui->postalCodeEdit->setText(person.postalCode);
    m_ui->cityEdit->setText(person.city);
    m_ui->startDateEdit->setText(dateText(person.startDate));
    m_ui->leaveDateEdit->setText(dateText(person.leaveDate));
    m_ui->notesEdit->setPlainText(person.notes);
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);

    m_ui->relativesTable->setColumnCount(4);
    m_ui->relativesTable->setHorizontalHeaderLabels({ tr("Name"), tr("Relation"), tr("Parental authority"),
                                                      tr("Receives mail") });
    m_ui->relativesTable->verticalHeader()->hide();
    m_ui->relativesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->relativesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!isNew)
        m_relatives = DossierReader(*session.database, session.scope).relatives(person);
    fillRelatives();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Links chosen for the other kind (a parent's children, a pupil's parents) no longer fit.
        m_relatives.clear();
        fillRelatives();
        updateKind();
    });
    connect(m_ui->addRelativeButton, &QPushButton::clicked, this, &PersonDialog::addRelative);
    connect(m_ui->editRelativeButton, &QPushButton::clicked, this, &PersonDialog::editRelative);
    connect(m_ui->removeRelativeButton, &QPushButton::clicked, this, &PersonDialog::removeRelative);
    connect(m_ui->relativesTable, &QTableWidget::itemDoubleClicked, this, &PersonDialog::editRelative);
    connect(m_ui->relativesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = m_ui->relativesTable->currentRow() >= 0;
        m_ui->editRelativeButton->setEnabled(selected);
        m_ui->removeRelativeButton->setEnabled(selected);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->editRelativeButton->setEnabled(false);
    m_ui->removeRelativeButton->setEnabled(false);
    updateKind();
    m_ui->surnameEdit->setFocus();
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::updateKind()
{
    const auto kind = PersonKind(m_ui->kindCombo->currentData().toInt());
    const bool pupil = kind == PersonKind::Leerling;
    const bool staff = kind == PersonKind::Medewerker;
    m_ui->groupEdit->setVisible(!staff);
    m_ui->groupEditLabel->setVisible(!staff);
    m_ui->functionEdit->setVisible(staff);
    m_ui->functionEditLabel->setVisible(staff);
    m_ui->birthDateEditLabel->setText(pupil ? tr("Date of &birth (required):") : tr("Date of &birth:"));
    m_ui->schoolComboLabel->setText(pupil ? tr("Sc&hool (required):") : tr("Sc&hool:"));
    m_ui->externalIdEditLabel->setText(pupil ? tr("Pupil &number:") : staff ? tr("Staff &number:") : tr("&Number:"));
    m_ui->relativesGroup->setVisible(pupil || kind == PersonKind::Ouder);
    m_ui->relativesGroup->setTitle(pupil ? tr("Parents and carers") : tr("Children"));
    m_ui->addRelativeButton->setText(pupil ? tr("&Link a parent…") : tr("&Link a child…"));
}

void PersonDialog::fillRelatives()
{
    m_ui->relativesTable->setRowCount(int(m_relatives.size()));
    for (int row = 0; row < m_relatives.size(); ++row) {
        const DossierReader::Relative &r = m_relatives.at(row);
        const QStringList cells{ r.person.sortName(), Labels::relation(r.link.relation),
                                 r.link.parentalAuthority ? tr("Yes") : tr("No"),
                                 r.link.receivesMail ? tr("Yes") : tr("No") };
        for (int column = 0; column < cells.size(); ++column)
            m_ui->relativesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void PersonDialog::addRelative()
{
    const auto kind = PersonKind(m_ui->kindCombo->currentData().toInt());
    DossierReader::Relative fresh;
    GuardianshipDialog dialog(m_session, kind == PersonKind::Leerling ? PersonKind::Ouder : PersonKind::Leerling,
                              fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DossierReader::Relative chosen = dialog.relative();
    for (const DossierReader::Relative &r : std::as_const(m_relatives))
        if (r.person.id == chosen.person.id) {
            QMessageBox::information(this, windowTitle(), tr("%1 is already linked.").arg(chosen.person.displayName()));
            return;
        }
    m_relatives.append(chosen);
    fillRelatives();
}

void PersonDialog::editRelative()
{
    const int row = m_ui->relativesTable->currentRow();
    if (row < 0)
        return;
    const auto kind = PersonKind(m_ui->kindCombo->currentData().toInt());
    GuardianshipDialog dialog(m_session, kind == PersonKind::Leerling ? PersonKind::Ouder : PersonKind::Leerling,
                              m_relatives.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_relatives[row] = dialog.relative();
    if (m_relatives.at(row).link.id > 0)
        m_changedLinks.insert(m_relatives.at(row).link.id);
    fillRelatives();
}

void PersonDialog::removeRelative()
{
    const int row = m_ui->relativesTable->currentRow();
    if (row < 0)
        return;
    // Unlinking takes effect on Save; Cancel keeps the link.
    if (m_relatives.at(row).link.id > 0)
        m_removedLinks.append(m_relatives.at(row).link.id);
    m_relatives.removeAt(row);
    fillRelatives();
}

QDate PersonDialog::dateOf(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        *ok = true;
        return QDate();
    }
    const QDate date = PersonImport::parseDate(text);
    *ok = date.isValid();
    return date;
}

Person PersonDialog::person() const
{
    Person p = m_person;
    bool ok = false;
    p.kind = PersonKind(m_ui->kindCombo->currentData().toInt());
    p.surname = m_ui->surnameEdit->text().simplified();
    p.tussenvoegsel = m_ui->tussenvoegselEdit->text().simplified();
    p.givenNames = m_ui->givenNamesEdit->text().simplified();
    p.roepnaam = m_ui->roepnaamEdit->text().simplified();
    p.gender = Gender(m_ui->genderCombo->currentData().toInt());
    p.birthDate = dateOf(m_ui->birthDateEdit, &ok);
    p.externalId = m_ui->externalIdEdit->text().trimmed();
    p.schoolId = m_ui->schoolCombo->currentData().toLongLong();
    p.groupName = p.kind == PersonKind::Medewerker ? QString() : m_ui->groupEdit->text().simplified();
    p.functionTitle = p.kind == PersonKind::Medewerker ? m_ui->functionEdit->text().simplified() : QString();
    p.email = m_ui->emailEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.address = m_ui->addressEdit->text().simplified();
    p.postalCode = m_ui->postalCodeEdit->text().simplified().toUpper();
    p.city = m_ui->cityEdit->text().simplified();
    p.startDate = dateOf(m_ui->startDateEdit, &ok);
    p.leaveDate = dateOf(m_ui->leaveDateEdit, &ok);
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    return p;
}

QString PersonDialog::problem(QWidget **at) const
{
    const struct {
        QLineEdit *edit;
        QString name;
    } dates[] = { { m_ui->birthDateEdit, tr("date of birth") },
                  { m_ui->startDateEdit, tr("start date") },
                  { m_ui->leaveDateEdit, tr("leave date") } };
    for (const auto &date : dates) {
        bool ok = false;
        dateOf(date.edit, &ok);
        if (!ok) {
            *at = date.edit;
            return tr("The %1 \"%2\" is not a date; write it as dd-mm-jjjj, for example 05-03-2015.")
                .arg(date.name, date.edit->text().trimmed());
        }
    }
    QString field;
    const QString message = person().problem(QDate::currentDate(), &field);
    const QHash<QString, QWidget *> widgets{ { "surname", m_ui->surnameEdit },       { "birth_date", m_ui->birthDateEdit },
                                             { "school_id", m_ui->schoolCombo },     { "email", m_ui->emailEdit },
                                             { "start_date", m_ui->startDateEdit }, { "leave_date", m_ui->leaveDateEdit } };
    *at = widgets.value(field, m_ui->surnameEdit);
    return message;
}

void PersonDialog::attempt()
{
    QWidget *at = nullptr;
    const QString message = problem(&at);
    if (!message.isEmpty()) {
        m_ui->messageLabel->setText(message);
        m_ui->messageLabel->show();
        at->setFocus();
        return;
    }
    try {
        save();
    } catch (const StorageError &error) {
        ErrorMessage::show(this, windowTitle(), error);
        return;
    }
    accept();
}

void PersonDialog::save()
{
    Person p = person();
    PersonService::Links links;
    links.removed = m_removedLinks;
    QList<DossierReader::Relative> saved = m_relatives;
    QList<int> added;       // which relatives get a new link, in the order of links.added
    for (int i = 0; i < saved.size(); ++i) {
        DossierReader::Relative &r = saved[i];
        if (r.link.id > 0) {
            if (m_changedLinks.contains(r.link.id))
                links.changed.append(r.link);
            continue;
        }
        r.link.parentId = p.kind == PersonKind::Ouder ? 0 : r.person.id;
        r.link.pupilId = p.kind == PersonKind::Ouder ? r.person.id : 0;
        links.added.append(r.link);
        added.append(i);
    }
    PersonService(*m_session.database, m_session.scope).save(p, links);
    for (int k = 0; k < added.size(); ++k)
        saved[added.at(k)].link = links.added.at(k);
    // Only a committed save changes what the form holds (a retry after a failure starts afresh).
    m_person = p;
    m_relatives = saved;
    m_removedLinks.clear();
    m_changedLinks.clear();
}
