#include "measurespanel.h"

#include "services/lookup.h"
#include "services/permissions.h"
#include "actiondialogs.h"
#include "common/errormessage.h"
#include "common/listview.h"
#include "correspondence/letterdialog.h"
#include "domain/labels.h"
#include "measuredialog.h"
#include "services/measureservice.h"
#include "domain/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

MeasuresPanel::MeasuresPanel(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_measures(ListView::table(this, { tr("Person"), tr("Measure"), tr("Status"), tr("Proposed"), tr("Decided"), tr("Period"),
                               tr("Advice") })),
      m_actions(ListView::table(this, { tr("Due"), tr("Kind"), tr("Action"), tr("Status"), tr("Responsible"), tr("Source") })),
      m_newMeasure(new QPushButton(tr("&New measure…"), this)),
      m_editMeasure(new QPushButton(tr("&Edit measure…"), this)),
      m_objection(new QPushButton(tr("Objection &received…"), this)),
      m_decideObjection(new QPushButton(tr("Decide &objection…"), this)),
      m_letter(new QPushButton(tr("&Letter…"), this)),
      m_newAction(new QPushButton(tr("New &action…"), this)),
      m_done(new QPushButton(tr("&Done…"), this)),
      m_notNeeded(new QPushButton(tr("Not &needed…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Measures:"), this));
    layout->addWidget(m_measures, 1);
    auto *measureButtons = new QHBoxLayout;
    for (QPushButton *b : { m_newMeasure, m_editMeasure, m_objection, m_decideObjection, m_letter })
        measureButtons->addWidget(b);
    measureButtons->addStretch();
    layout->addLayout(measureButtons);
    layout->addWidget(new QLabel(tr("Actions and terms:"), this));
    layout->addWidget(m_actions, 2);
    auto *actionButtons = new QHBoxLayout;
    for (QPushButton *b : { m_newAction, m_done, m_notNeeded })
        actionButtons->addWidget(b);
    actionButtons->addStretch();
    layout->addLayout(actionButtons);
    connect(m_newMeasure, &QPushButton::clicked, this, &MeasuresPanel::newMeasure);
    connect(m_editMeasure, &QPushButton::clicked, this, &MeasuresPanel::editMeasure);
    connect(m_measures, &QTableWidget::cellDoubleClicked, this, &MeasuresPanel::editMeasure);
    connect(m_objection, &QPushButton::clicked, this, &MeasuresPanel::receiveObjection);
    connect(m_decideObjection, &QPushButton::clicked, this, &MeasuresPanel::decideObjection);
    connect(m_letter, &QPushButton::clicked, this, &MeasuresPanel::writeLetter);
    connect(m_newAction, &QPushButton::clicked, this, [this] {
        if (ActionDialogs::add(this, m_session, m_incident.id))
            reload();
    });
    connect(m_done, &QPushButton::clicked, this, &MeasuresPanel::actionDone);
    connect(m_notNeeded, &QPushButton::clicked, this, &MeasuresPanel::actionNotNeeded);
    connect(m_measures, &QTableWidget::itemSelectionChanged, this, &MeasuresPanel::updateButtons);
    connect(m_actions, &QTableWidget::itemSelectionChanged, this, &MeasuresPanel::updateButtons);
}

void MeasuresPanel::setIncident(const Incident &incident)
{
    m_incident = incident;
    reload();
}

void MeasuresPanel::reload()
{
    const Lookup persons(m_session);
    const Lookup &types = persons;
    m_list = Lookup(m_session).measuresOfIncident(m_incident.id);
    m_measures->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const Measure &m = m_list.at(row);
        const auto person = persons.person(m.personId);
        const auto type = types.rung(m.measureTypeId);
        const auto advised = types.rung(m.advisedMeasureTypeId);
        const QStringList cells{ person ? person->sortName() : QString(), type ? type->name : QString(),
                                 Labels::measureStatus(m.status), day(m.proposedOn), day(m.decidedOn),
                                 m.startsOn.isValid() ? day(m.startsOn) + QStringLiteral(" – ") + day(m.endsOn) : QString(),
                                 advised ? advised->name : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_measures->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    QHash<qint64, QString> users;
    for (const User &u : Lookup(m_session).everyUser())
        users.insert(u.id, u.displayName);
    const QList<Action> actions = Lookup(m_session).actionsOfIncident(m_incident.id);
    m_actionIds.clear();
    m_actions->setRowCount(int(actions.size()));
    const QDate today = QDate::currentDate();
    for (int row = 0; row < actions.size(); ++row) {
        const Action &a = actions.at(row);
        m_actionIds.append(a.id);
        QString status = Labels::actionStatus(a.status);
        if (a.status == ActionStatus::Gedaan)
            status += QLatin1Char(' ') + day(a.doneOn);
        const QString term = Labels::termNote(a);
        const QStringList cells{ Labels::dueText(a), Labels::actionKind(a.kind), a.title, status, users.value(a.responsibleUserId),
                                 term.isEmpty() ? a.legalSource : a.legalSource + QStringLiteral(". ") + term };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (a.status == ActionStatus::Open && a.dueOn.isValid() && a.dueOn < today)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (a.status != ActionStatus::Open)
                item->setForeground(Qt::gray);
            if (!term.isEmpty())
                item->setToolTip(term);
            m_actions->setItem(row, column, item);
        }
    }
    updateButtons();
}

int MeasuresPanel::currentMeasure() const
{
    const int row = m_measures->currentRow();
    return row >= 0 && row < m_list.size() && !m_measures->selectedItems().isEmpty() ? row : -1;
}

void MeasuresPanel::updateButtons()
{
    const int row = currentMeasure();
    const MeasureStatus status = row >= 0 ? m_list.at(row).status : MeasureStatus::Voornemen;
    // What the role may (the services decide; the buttons only follow them). A police report
    // is marked done by whoever the board authorised for it.
    const bool handles = Permissions::allows(m_session.scope, Permission::EditCase);
    const bool proposes = Permissions::allows(m_session.scope, Permission::ProposeMeasures);
    const bool decides = Permissions::allows(m_session.scope, Permission::DecideMeasures);
    m_newMeasure->setEnabled(proposes);
    m_newAction->setEnabled(handles);
    m_editMeasure->setEnabled(row >= 0 && proposes);
    m_objection->setEnabled(row >= 0 && decides && status == MeasureStatus::Opgelegd);
    m_decideObjection->setEnabled(row >= 0 && decides && status == MeasureStatus::Bezwaar);
    m_letter->setEnabled(row >= 0 && handles);
    const bool selected = m_actions->currentRow() >= 0 && !m_actions->selectedItems().isEmpty();
    const auto action = selected ? currentAction() : std::nullopt;
    const bool closes = action && action->status == ActionStatus::Open && ActionDialogs::mayClose(m_session, *action);
    m_done->setEnabled(closes);
    m_notNeeded->setEnabled(closes);
}

void MeasuresPanel::newMeasure()
{
    Measure fresh;
    fresh.incidentId = m_incident.id;
    MeasureDialog dialog(m_session, m_incident, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MeasuresPanel::editMeasure()
{
    const int row = currentMeasure();
    if (row < 0)
        return;
    const auto current = Lookup(m_session).measure(m_list.at(row).id);
    if (!current)
        return;
    MeasureDialog dialog(m_session, m_incident, *current, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MeasuresPanel::receiveObjection()
{
    const int row = currentMeasure();
    if (row < 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Objection received"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    date->setCalendarPopup(true);
    auto *notes = new QLineEdit(&dialog);
    // The term the objection had, and why it is handled when it came in after it.
    Measure m = m_list.at(row);
    QString source;
    const auto term = MeasureService(*m_session.database, m_session.scope).objectionTerm(m, &source);
    auto *termLabel = new QLabel(&dialog);
    termLabel->setWordWrap(true);
    auto *late = new QLineEdit(&dialog);
    late->setPlaceholderText(tr("Why it is handled although it came in late (kept)"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Received on:"), date);
    form->addRow(tr("Term:"), termLabel);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(tr("Handle &late because:"), late);
    const auto showTerm = [=] {
        const bool isLate = term && date->date() > term->due;
        if (term)
            termLabel->setText(
                (isLate ? tr("Received after the term, which ran from %1 to %2 (%3).")
                        : tr("Within the term, which runs from %1 to %2 (%3)."))
                    .arg(term->countedFrom.toString(QStringLiteral("dd-MM-yyyy")), term->due.toString(QStringLiteral("dd-MM-yyyy")),
                         source));
        termLabel->setStyleSheet(isLate ? QStringLiteral("color: #b00020;") : QString());
        form->setRowVisible(late, isLate);
    };
    connect(date, &QDateEdit::dateChanged, &dialog, showTerm);
    showTerm();
    form->setRowVisible(termLabel, term.has_value());
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        MeasureService(*m_session.database, m_session.scope).addObjection(m, date->date(), notes->text(), late->text());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Objection"), error);
    }
    reload();
}

void MeasuresPanel::decideObjection()
{
    const int row = currentMeasure();
    if (row < 0)
        return;
    Measure m = m_list.at(row);
    QList<Objection> objections = Lookup(m_session).objections(m.id);
    if (objections.isEmpty())
        return;
    Objection objection = objections.last();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decision on the objection"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    date->setCalendarPopup(true);
    auto *outcome = new QComboBox(&dialog);
    outcome->addItem(Labels::measureStatus(MeasureStatus::BezwaarOngegrond), false);
    outcome->addItem(Labels::measureStatus(MeasureStatus::BezwaarGegrond), true);
    auto *heard = new QCheckBox(tr("&Hearing held on"), &dialog);
    auto *hearing = new QDateEdit(objection.hearingOn.isValid() ? objection.hearingOn : QDate::currentDate(), &dialog);
    hearing->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    hearing->setCalendarPopup(true);
    heard->setChecked(objection.hearingOn.isValid());
    hearing->setEnabled(heard->isChecked());
    connect(heard, &QCheckBox::toggled, hearing, &QWidget::setEnabled);
    auto *form = new QFormLayout(&dialog);
    form->addRow(heard, hearing);
    form->addRow(tr("&Decided on:"), date);
    form->addRow(tr("&Outcome:"), outcome);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    objection.hearingOn = heard->isChecked() ? hearing->date() : QDate();
    try {
        MeasureService(*m_session.database, m_session.scope).decideObjection(m, objection, date->date(),
                                                                            outcome->currentData().toBool());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Objection"), error);
    }
    reload();
}

std::optional<Action> MeasuresPanel::currentAction() const
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_actionIds.size())
        return std::nullopt;
    return Lookup(m_session).action(m_actionIds.at(row));
}

void MeasuresPanel::actionDone()
{
    if (const auto action = currentAction(); action && ActionDialogs::markDone(this, m_session, *action))
        reload();
}

void MeasuresPanel::actionNotNeeded()
{
    if (const auto action = currentAction(); action && ActionDialogs::markNotNeeded(this, m_session, *action))
        reload();
}

void MeasuresPanel::writeLetter()
{
    const int row = currentMeasure();
    if (row < 0)
        return;
    const Measure m = m_list.at(row);
    LetterDialog dialog(m_session, m_incident.id, m.id, m.personId, this);
    dialog.exec();
    if (dialog.dossierToOpen() > 0)
        emit openDossierRequested(dialog.dossierToOpen());
    reload();
}
