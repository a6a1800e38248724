#include "measuredialog.h"

#include "common/formmessage.h"
#include "services/lookup.h"
#include "domain/labels.h"
#include "common/storedchoice.h"
#include "domain/measurerules.h"
#include "services/measureservice.h"
#include "domain/storageerror.h"
#include "ui_measuredialog.h"

#include <QMessageBox>
#include <QPushButton>

MeasureDialog::MeasureDialog(Session &session, const Incident &incident, const Measure &measure, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MeasureDialog>()), m_session(session), m_incident(incident), m_measure(measure)
{
    m_ui->setupUi(this);
    const bool isNew = measure.id == 0;
    setWindowTitle(isNew ? tr("New measure in %1").arg(incident.reference) : tr("Measure in %1").arg(incident.reference));
    fillPeople();
    m_ui->personCombo->setEnabled(isNew);
    // A new measure is a proposal or a decision; an existing one moves on along its statuses.
    QList<MeasureStatus> statuses{ m_measure.status };
    if (isNew)
        statuses = { MeasureStatus::Voornemen, MeasureStatus::Opgelegd };
    else
        for (MeasureStatus next : MeasureRules::nextStatuses(m_measure.status))
            if (next == MeasureStatus::Opgelegd || next == MeasureStatus::Ingetrokken)
                statuses.append(next);
    for (MeasureStatus status : statuses)
        m_ui->statusCombo->addItem(Labels::measureStatus(status), int(status));
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(int(m_measure.status))));
    const QDate today = QDate::currentDate();
    m_ui->proposedEdit->setDate(m_measure.proposedOn.isValid() ? m_measure.proposedOn : today);
    m_ui->decidedEdit->setDate(m_measure.decidedOn.isValid() ? m_measure.decidedOn : today);
    m_ui->startsEdit->setDate(m_measure.startsOn.isValid() ? m_measure.startsOn : today);
    m_ui->endsEdit->setDate(m_measure.endsOn.isValid() ? m_measure.endsOn : today);
    m_ui->factsEdit->setDate(m_measure.factsKnownOn.isValid() ? m_measure.factsKnownOn : incident.reportedAt.toLocalTime().date());
    m_ui->orderCheck->setChecked(m_measure.isOrderMeasure);
    m_ui->hearingCheck->setChecked(m_measure.hearingHeld);
    m_ui->hearingDateEdit->setDate(m_measure.hearingOn.isValid() ? m_measure.hearingOn : today);
    m_ui->hearingByEdit->setText(m_measure.hearingBy);
    m_ui->motivationEdit->setPlainText(m_measure.motivation);
    m_ui->escalationEdit->setPlainText(m_measure.escalationMotivation);
    m_ui->stepEdit->setPlainText(m_measure.stepMotivation);
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, &MeasureDialog::fillTypes);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &MeasureDialog::updateFields);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &MeasureDialog::updateFields);
    connect(m_ui->hearingCheck, &QCheckBox::toggled, this, &MeasureDialog::updateFields);
    // The warnings follow every date they read (a period's length, a term since the facts).
    for (QDateEdit *edit : { m_ui->decidedEdit, m_ui->factsEdit, m_ui->startsEdit, m_ui->endsEdit, m_ui->proposedEdit,
                             m_ui->hearingDateEdit })
        connect(edit, &QDateEdit::dateChanged, this, &MeasureDialog::updateFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MeasureDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillTypes();
}

MeasureDialog::~MeasureDialog() = default;

void MeasureDialog::fillPeople()
{
    const Lookup persons(m_session);
    for (const Involvement &v : m_incident.involvements) {
        const auto p = persons.person(v.personId);
        if (!p || !ladderFor(p->kind))
            continue;       // others have no ladder
        bool listed = false;
        for (const Person &known : std::as_const(m_people))
            listed = listed || known.id == p->id;
        if (listed)
            continue;
        m_people.append(*p);
        m_ui->personCombo->addItem(QStringLiteral("%1 (%2)").arg(p->sortName(), Labels::involvementRole(v.role).toLower()), p->id);
    }
    m_ui->personCombo->setCurrentIndex(std::max(0, m_ui->personCombo->findData(m_measure.personId)));
}

void MeasureDialog::fillTypes()
{
    const qint64 personId = m_ui->personCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->typeCombo);
    m_ui->typeCombo->clear();
    m_types.clear();
    for (const Person &p : std::as_const(m_people))
        if (p.id == personId)
            m_types = Lookup(m_session).ladder(*ladderFor(p.kind));
    for (const MeasureType &t : std::as_const(m_types))
        m_ui->typeCombo->addItem(tr("%1. %2").arg(t.rank).arg(t.name), t.id);
    m_advice = personId > 0 ? MeasureService(*m_session.database, m_session.scope).advise(m_incident.id, personId, m_measure.id)
                            : Escalation::Advice();
    const qint64 wanted = m_measure.measureTypeId > 0 && personId == m_measure.personId ? m_measure.measureTypeId
                                                                                         : m_advice.type.id;
    // A rung switched off since this measure was taken stays its type.
    const auto stored = wanted > 0 ? Lookup(m_session).rung(wanted) : std::nullopt;
    StoredChoice::select(m_ui->typeCombo, wanted, stored ? stored->name : QString::number(wanted));
    if (m_ui->typeCombo->count() > m_types.size() && stored)
        m_types.append(*stored);        // the list and m_types stay index for index
    updateFields();
}

QString MeasureDialog::adviceText(const MeasureType &type) const
{
    QString text = m_advice.type.id == 0 ? tr("No ladder for this person.")
                                         : tr("%1 — %2").arg(m_advice.type.name, m_advice.reason);
    if (type.ladder == Ladder::Leerling && m_incident.context == IncidentContext::BuitenSchool)
        text += QLatin1Char('\n') + tr("Outside school: choose a measure in proportion to the conduct.");
    return text;
}

bool MeasureDialog::chooseType(const QString &code)
{
    for (int i = 0; i < m_types.size(); ++i)
        if (m_types.at(i).code == code) {
            m_ui->typeCombo->setCurrentIndex(i);
            return true;
        }
    return false;
}

void MeasureDialog::setPeriod(const QDate &first, const QDate &last)
{
    m_ui->startsEdit->setDate(first);
    m_ui->endsEdit->setDate(last);
}

void MeasureDialog::setStatus(MeasureStatus status)
{
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(status)));
}

void MeasureDialog::updateFields()
{
    const int index = m_ui->typeCombo->currentIndex();
    const MeasureType type = index >= 0 && index < m_types.size() ? m_types.at(index) : MeasureType();
    const auto status = MeasureStatus(m_ui->statusCombo->currentData().toInt());
    const bool decided = status == MeasureStatus::Opgelegd || (status != MeasureStatus::Voornemen && status != MeasureStatus::Ingetrokken);
    const bool staffSuspension = type.ladder == Ladder::Medewerker && type.code == QLatin1String("schorsing");
    const bool summary = type.code == QLatin1String("ontslag_op_staande_voet");
    QString caution = type.caution;
    const QString notDisciplinary = tr("Not a disciplinary measure.");
    if (type.ladder == Ladder::Medewerker && !type.isDisciplinary && !caution.startsWith(notDisciplinary))
        caution = notDisciplinary + QLatin1Char(' ') + caution;
    m_ui->cautionLabel->setText(caution);
    m_ui->cautionLabel->setVisible(!caution.isEmpty());
    m_ui->cautionLabelLabel->setVisible(!caution.isEmpty());
    const bool heavier = Escalation::needsMotivation(m_advice, type);
    m_ui->escalationEdit->setVisible(heavier);
    m_ui->escalationEditLabel->setVisible(heavier);
    for (QWidget *w : { static_cast<QWidget *>(m_ui->startsEdit), static_cast<QWidget *>(m_ui->startsEditLabel),
                        static_cast<QWidget *>(m_ui->endsEdit), static_cast<QWidget *>(m_ui->endsEditLabel) })
        w->setVisible(type.hasPeriod);
    m_ui->orderCheck->setVisible(staffSuspension);
    m_ui->orderCheckLabel->setVisible(staffSuspension);
    m_ui->factsEdit->setVisible(summary);
    m_ui->factsEditLabel->setVisible(summary);
    m_ui->decidedEdit->setEnabled(decided);
    m_ui->hearingDateEdit->setEnabled(m_ui->hearingCheck->isChecked());
    m_ui->hearingByEdit->setEnabled(m_ui->hearingCheck->isChecked());
    m_ui->adviceLabel->setText(adviceText(type));
    const Measure current = measure();
    const MeasureService service(*m_session.database, m_session.scope);
    // The length in school days beside the calendar days, on the school's calendar.
    m_ui->periodLabel->setText(type.id ? service.periodSummary(current) : QString());
    m_ui->periodLabel->setVisible(type.hasPeriod);
    m_ui->periodLabelLabel->setVisible(type.hasPeriod);
    QStringList warnings = type.id ? service.warnings(current) : QStringList();
    // A decision before its required steps asks why, and says which steps are open.
    const QStringList steps = type.id ? service.openSteps(current) : QStringList();
    if (!steps.isEmpty())
        warnings.prepend(tr("Not done before this decision: %1. Say below why the decision cannot wait.")
                             .arg(steps.join(QStringLiteral("; "))));
    m_ui->stepEdit->setVisible(!steps.isEmpty() || !m_measure.stepMotivation.isEmpty());
    m_ui->stepEditLabel->setVisible(m_ui->stepEdit->isVisibleTo(this));
    m_ui->warningsLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningsLabel->setVisible(!warnings.isEmpty());
}

Measure MeasureDialog::measure() const
{
    Measure m = m_measure;
    m.incidentId = m_incident.id;
    m.personId = m_ui->personCombo->currentData().toLongLong();
    m.measureTypeId = m_ui->typeCombo->currentData().toLongLong();
    m.status = MeasureStatus(m_ui->statusCombo->currentData().toInt());
    m.proposedOn = m_ui->proposedEdit->date();
    const bool decided = m.status != MeasureStatus::Voornemen && m.status != MeasureStatus::Ingetrokken;
    m.decidedOn = decided ? m_ui->decidedEdit->date() : (m.status == MeasureStatus::Ingetrokken ? m_measure.decidedOn : QDate());
    const int index = m_ui->typeCombo->currentIndex();
    const bool period = index >= 0 && index < m_types.size() && m_types.at(index).hasPeriod;
    m.startsOn = period ? m_ui->startsEdit->date() : QDate();
    m.endsOn = period ? m_ui->endsEdit->date() : QDate();
    m.factsKnownOn = m_ui->factsEdit->isVisibleTo(this) ? m_ui->factsEdit->date() : QDate();
    m.isOrderMeasure = m_ui->orderCheck->isVisibleTo(this) && m_ui->orderCheck->isChecked();
    m.hearingHeld = m_ui->hearingCheck->isChecked();
    m.hearingOn = m.hearingHeld ? m_ui->hearingDateEdit->date() : QDate();
    m.hearingBy = m.hearingHeld ? m_ui->hearingByEdit->text().trimmed() : QString();
    m.motivation = m_ui->motivationEdit->toPlainText().trimmed();
    m.escalationMotivation = m_ui->escalationEdit->isVisibleTo(this)
                                 ? m_ui->escalationEdit->toPlainText().trimmed()
                                 : QString();
    m.stepMotivation = m_ui->stepEdit->isVisibleTo(this) ? m_ui->stepEdit->toPlainText().trimmed() : m_measure.stepMotivation;
    // A confirmed length holds for the dates it was confirmed for.
    m.periodConfirmed = m_measure.periodConfirmed && m.startsOn == m_measure.startsOn && m.endsOn == m_measure.endsOn;
    return m;
}

void MeasureDialog::attempt()
{
    Measure m = measure();
    Measure confirmed = m;
    confirmed.periodConfirmed = true;
    const MeasureService rules(*m_session.database, m_session.scope);
    if (!m.periodConfirmed && rules.needsPeriodConfirmation(m) && rules.problem(confirmed).isEmpty()) {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("This suspension lasts %1, from %2 to %3: it runs over days without school. "
                                     "Is that what is meant?")
                                      .arg(m_ui->periodLabel->text(), m.startsOn.toString(QStringLiteral("dd-MM-yyyy")),
                                           m.endsOn.toString(QStringLiteral("dd-MM-yyyy"))))
            != QMessageBox::Yes)
            return;
        m.periodConfirmed = true;
    }
    const QStringList warnings = MeasureService(*m_session.database, m_session.scope).warnings(m);
    if (!warnings.isEmpty() && m.status == MeasureStatus::Opgelegd && m_measure.status != MeasureStatus::Opgelegd
        && QMessageBox::warning(this, windowTitle(), warnings.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + tr("Save anyway?"),
                                QMessageBox::Yes | QMessageBox::No)
               != QMessageBox::Yes)
        return;
    try {
        MeasureService service(*m_session.database, m_session.scope);
        if (m.id == 0)
            service.propose(m);
        else
            service.save(m);
    } catch (const StorageError &error) {
        m_ui->messageLabel->setText(error.message());
        m_ui->messageLabel->show();
        return;
    }
    m_measure = m;
    accept();
}
