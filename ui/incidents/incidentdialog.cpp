#include "incidentdialog.h"

#include "common/formmessage.h"
#include "services/lookup.h"
#include "common/storedchoice.h"
#include "common/errormessage.h"
#include "domain/incidentrules.h"
#include "domain/labels.h"
#include "persons/pickpersondialog.h"
#include "services/incidentservice.h"
#include "domain/storageerror.h"
#include "ui_incidentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {

template <typename E> void fillCombo(QComboBox *combo, QString (*label)(E), int count)
{
    for (int value = 0; value < count; ++value)
        combo->addItem(label(E(value)), value);
}

} // namespace

IncidentDialog::IncidentDialog(Session &session, const Incident &incident, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IncidentDialog>()), m_session(session), m_incident(incident)
{
    m_ui->setupUi(this);
    for (const School &school : Lookup(session).schools())
        m_ui->schoolCombo->addItem(school.name, school.id);
    fillCombo<Platform>(m_ui->platformCombo, &Labels::platform, int(Platform::Anders) + 1);
    fillCombo<IncidentContext>(m_ui->contextCombo, &Labels::context, int(IncidentContext::BuitenWerk) + 1);
    fillCombo<Severity>(m_ui->severityCombo, &Labels::severity, int(Severity::ZeerErnstig) + 1);
    for (int value = 0; value <= int(Harm::Overig); ++value) {
        auto *item = new QListWidgetItem(Labels::harm(Harm(value)), m_ui->harmsList);
        item->setData(Qt::UserRole, value);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->involvementsTable->setColumnCount(4);
    m_ui->involvementsTable->setHorizontalHeaderLabels({ tr("Name"), tr("Kind"), tr("Role"), tr("Note") });
    m_ui->involvementsTable->verticalHeader()->hide();
    m_ui->involvementsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->involvementsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->articlesLayout->setStretch(1, 1);
    m_ui->articlesSplitter->setStretchFactor(1, 1);
    m_ui->articlesSplitter->setSizes({ 380, 560 });
    m_ui->generalLayout->setStretch(0, 3);
    m_ui->generalLayout->setStretch(1, 2);
    m_ui->titleEdit->setMaxLength(IncidentRules::MaxTitleLength);
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);

    connect(m_ui->articlesList, &QListWidget::currentRowChanged, this, &IncidentDialog::showArticle);
    connect(m_ui->reporterButton, &QPushButton::clicked, this, &IncidentDialog::chooseReporter);
    connect(m_ui->clearReporterButton, &QPushButton::clicked, this, [this] {
        m_reporterId = 0;
        m_ui->reporterEdit->clear();
    });
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, &IncidentDialog::pickPerson);
    connect(m_ui->newPersonButton, &QPushButton::clicked, this, &IncidentDialog::newPerson);
    connect(m_ui->removePersonButton, &QPushButton::clicked, this, &IncidentDialog::removePerson);
    connect(m_ui->sexualCheck, &QCheckBox::toggled, this, &IncidentDialog::updateFlags);
    connect(m_ui->occurredEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        // A new incident falls under the protocol in force on its date.
        if (m_incident.id == 0)
            fillArticles(this->incident().articleIds);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IncidentDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill(incident);
    m_ui->tabs->setCurrentIndex(0);
    m_ui->titleEdit->setFocus();
}

IncidentDialog::~IncidentDialog() = default;

void IncidentDialog::fill(const Incident &incident)
{
    m_incident = incident;
    setWindowTitle(incident.id == 0 ? tr("New incident") : tr("Incident %1").arg(incident.reference));
    StoredChoice::select(m_ui->schoolCombo, incident.schoolId, tr("school %1").arg(incident.schoolId));
    m_ui->titleEdit->setText(incident.title);
    m_ui->occurredEdit->setDateTime(incident.occurredAt.toLocalTime());
    m_ui->reportedEdit->setDateTime(incident.reportedAt.toLocalTime());
    m_reporterId = incident.reportedByPersonId;
    m_ui->reporterEdit->clear();
    if (m_reporterId > 0)
        if (const auto reporter = Lookup(m_session).person(m_reporterId))
            m_ui->reporterEdit->setText(reporter->sortName());
    m_ui->platformCombo->setCurrentIndex(int(incident.platform));
    m_ui->contextCombo->setCurrentIndex(int(incident.context));
    m_ui->severityCombo->setCurrentIndex(int(incident.severity));
    m_ui->descriptionEdit->setPlainText(incident.description);
    for (int row = 0; row < m_ui->harmsList->count(); ++row) {
        QListWidgetItem *item = m_ui->harmsList->item(row);
        item->setCheckState(incident.harms.contains(Harm(item->data(Qt::UserRole).toInt())) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->criminalCheck->setChecked(incident.possiblyCriminal);
    m_ui->confidentialCheck->setChecked(incident.confidential);
    m_ui->sexualCheck->setChecked(incident.sexualOffenceSuspected);
    m_ui->unsafeHomeCheck->setChecked(incident.unsafeHomeSigns);
    m_ui->parentsRefuseCheck->setChecked(incident.parentsRefuseCooperation);
    m_ui->noCauserEdit->setText(incident.noCauserReason);
    m_rows.clear();
    m_newPersons.clear();
    const Lookup lookup(m_session);
    for (const Involvement &v : incident.involvements) {
        const auto person = lookup.involvedPerson(incident, v.personId);
        m_rows.append({ v, person.value_or(Person()) });
    }
    fillPeople();
    fillArticles(incident.articleIds);
    updateFlags();
}

void IncidentDialog::fillArticles(const QList<qint64> &chosen)
{
    // Keep the choice by code when the version changes with the date.
    QStringList chosenCodes;
    for (const ProtocolArticle &a : std::as_const(m_protocol.articles))
        if (chosen.contains(a.id))
            chosenCodes.append(a.code);
    const Lookup protocols(m_session);
    const std::optional<ProtocolVersion> version = m_incident.id == 0 ? protocols.protocolInForceOn(m_ui->occurredEdit->date())
                                                                      : protocols.protocolVersion(m_incident.protocolVersionId);
    m_protocol = version.value_or(ProtocolVersion());
    m_ui->versionLabel->setText(version ? tr("Articles of %1, in force from %2. The text of the selected article is shown "
                                             "on the right.").arg(version->name, version->inForceFrom.toString(QStringLiteral("dd-MM-yyyy")))
                                        : tr("No protocol version is in force on this date; add one under Beheer → Protocol."));
    m_ui->articlesList->clear();
    for (const ProtocolArticle &a : std::as_const(m_protocol.articles)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(a.code, a.title), m_ui->articlesList);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(a.sectionTitle);
        item->setCheckState(chosen.contains(a.id) || chosenCodes.contains(a.code) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_ui->articlesList->count() > 0)
        m_ui->articlesList->setCurrentRow(0);
}

void IncidentDialog::showArticle()
{
    const int row = m_ui->articlesList->currentRow();
    if (row < 0 || row >= m_protocol.articles.size()) {
        m_ui->articleText->clear();
        return;
    }
    const ProtocolArticle &a = m_protocol.articles.at(row);
    m_ui->articleText->setHtml(QStringLiteral("<h3>%1 %2</h3><p><i>%3 %4</i></p><p>%5</p>")
                                   .arg(a.code.toHtmlEscaped(), a.title.toHtmlEscaped(), a.section.toHtmlEscaped(),
                                        a.sectionTitle.toHtmlEscaped(),
                                        a.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

void IncidentDialog::fillPeople()
{
    QTableWidget *table = m_ui->involvementsTable;
    table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        auto *name = new QTableWidgetItem(r.person.sortName());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, 0, name);
        auto *kind = new QTableWidgetItem(Labels::personKind(r.person.kind));
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, 1, kind);
        auto *role = new QComboBox(table);
        fillCombo<InvolvementRole>(role, &Labels::involvementRole, int(InvolvementRole::BetrokkenOuder) + 1);
        role->setCurrentIndex(int(r.involvement.role));
        connect(role, &QComboBox::currentIndexChanged, this, [this, row](int index) {
            if (row < m_rows.size())
                m_rows[row].involvement.role = InvolvementRole(index);
        });
        table->setCellWidget(row, 2, role);
        table->setItem(row, 3, new QTableWidgetItem(r.involvement.notes));
    }
}

void IncidentDialog::addInvolvement(const Person &person, InvolvementRole role)
{
    Row row;
    row.person = person;
    row.involvement.personId = person.id;
    row.involvement.role = role;
    m_rows.append(row);
    fillPeople();
}

void IncidentDialog::addNewPerson(const QString &fullName, InvolvementRole role)
{
    Person person;
    person.kind = PersonKind::Overig;
    person.setFullName(fullName);
    m_newPersons.append(person);
    Row row;
    row.person = person;
    row.person.id = -qint64(m_newPersons.size());
    row.involvement.personId = row.person.id;
    row.involvement.role = role;
    m_rows.append(row);
    fillPeople();
}

bool IncidentDialog::chooseArticle(const QString &code)
{
    for (int row = 0; row < m_ui->articlesList->count(); ++row)
        if (m_protocol.articles.value(row).code.compare(code, Qt::CaseInsensitive) == 0) {
            m_ui->articlesList->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    return false;
}

void IncidentDialog::pickPerson()
{
    PickPersonDialog dialog(m_session, tr("Add a person to the incident"), true, this);
    if (dialog.exec() == QDialog::Accepted)
        addInvolvement(dialog.person(), dialog.role());
}

void IncidentDialog::newPerson()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New other person"),
                                               tr("Name of someone who is not a pupil, parent or staff member "
                                                  "(for example \"Kees de Vries\"):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return;
    addNewPerson(name, InvolvementRole::Veroorzaker);
}

void IncidentDialog::removePerson()
{
    const int row = m_ui->involvementsTable->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    fillPeople();
}

void IncidentDialog::chooseReporter()
{
    PickPersonDialog dialog(m_session, tr("Who reported it?"), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_reporterId = dialog.person().id;
    m_ui->reporterEdit->setText(dialog.person().sortName());
}

void IncidentDialog::updateFlags()
{
    // A suspected sexual offence is always confidential (WPO art. 4a).
    if (m_ui->sexualCheck->isChecked())
        m_ui->confidentialCheck->setChecked(true);
    m_ui->confidentialCheck->setEnabled(!m_ui->sexualCheck->isChecked());
}

Incident IncidentDialog::incident() const
{
    Incident i = m_incident;
    i.schoolId = m_ui->schoolCombo->currentData().toLongLong();
    i.title = m_ui->titleEdit->text().simplified();
    i.occurredAt = m_ui->occurredEdit->dateTime().toUTC();
    i.reportedAt = m_ui->reportedEdit->dateTime().toUTC();
    i.reportedByPersonId = m_reporterId;
    i.platform = Platform(m_ui->platformCombo->currentData().toInt());
    i.context = IncidentContext(m_ui->contextCombo->currentData().toInt());
    i.severity = Severity(m_ui->severityCombo->currentData().toInt());
    i.description = m_ui->descriptionEdit->toPlainText().trimmed();
    i.harms.clear();
    for (int row = 0; row < m_ui->harmsList->count(); ++row)
        if (m_ui->harmsList->item(row)->checkState() == Qt::Checked)
            i.harms.append(Harm(m_ui->harmsList->item(row)->data(Qt::UserRole).toInt()));
    i.possiblyCriminal = m_ui->criminalCheck->isChecked();
    i.confidential = m_ui->confidentialCheck->isChecked();
    i.sexualOffenceSuspected = m_ui->sexualCheck->isChecked();
    i.unsafeHomeSigns = m_ui->unsafeHomeCheck->isChecked();
    i.parentsRefuseCooperation = m_ui->parentsRefuseCheck->isChecked();
    i.noCauserReason = m_ui->noCauserEdit->text().simplified();
    i.involvements.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        Involvement v = m_rows.at(row).involvement;
        if (QTableWidgetItem *note = m_ui->involvementsTable->item(row, 3))
            v.notes = note->text().trimmed();
        i.involvements.append(v);
    }
    i.articleIds.clear();
    for (int row = 0; row < m_ui->articlesList->count(); ++row)
        if (m_ui->articlesList->item(row)->checkState() == Qt::Checked)
            i.articleIds.append(m_ui->articlesList->item(row)->data(Qt::UserRole).toLongLong());
    return i;
}

QWidget *IncidentDialog::widgetFor(const QString &field) const
{
    if (field == QLatin1String("school_id"))
        return m_ui->schoolCombo;
    if (field == QLatin1String("occurred_at"))
        return m_ui->occurredEdit;
    if (field == QLatin1String("reported_at"))
        return m_ui->reportedEdit;
    if (field == QLatin1String("involvements"))
        return m_ui->involvementsTable;
    if (field == QLatin1String("no_causer_reason"))
        return m_ui->noCauserEdit;
    if (field == QLatin1String("confidential"))
        return m_ui->confidentialCheck;
    if (field == QLatin1String("articles"))
        return m_ui->articlesList;
    return m_ui->titleEdit;
}

void IncidentDialog::attempt()
{
    Incident i = incident();
    QString field;
    const QString problem = IncidentRules::problem(i, Lookup::now(), &field);
    if (!problem.isEmpty()) {
        m_ui->messageLabel->setText(problem);
        m_ui->messageLabel->show();
        QWidget *at = widgetFor(field);
        for (int tab = 0; tab < m_ui->tabs->count(); ++tab)
            if (m_ui->tabs->widget(tab)->isAncestorOf(at))
                m_ui->tabs->setCurrentIndex(tab);
        at->setFocus();
        return;
    }
    IncidentService service(*m_session.database, m_session.scope);
    try {
        if (i.id == 0)
            service.registerIncident(i, m_newPersons);
        else
            service.save(i, m_newPersons);
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Stale) {
            // Never overwrite silently: show who saved, offer their version.
            if (QMessageBox::question(this, windowTitle(),
                                      error.message() + QStringLiteral("\n\n")
                                          + tr("Load the saved version now? What you changed in this form is lost; "
                                               "copy it first if you need it."))
                == QMessageBox::Yes) {
                if (const auto current = Lookup(m_session).incident(i.id))
                    fill(*current);
            }
            return;
        }
        m_ui->messageLabel->setText(error.message());
        m_ui->messageLabel->show();
        return;
    }
    m_incident = i;
    accept();
}
