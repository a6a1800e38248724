#pragma once

#include "domain/escalation.h"
#include "domain/incident.h"
#include "domain/measure.h"
#include "domain/person.h"
#include "services/session.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MeasureDialog;
}

// Proposes, decides or withdraws a measure for someone involved in an incident. Shows the
// escalation advice with its reason and the rung's caution ("geen disciplinaire maatregel"),
// a period's length in school and calendar days, asks for a motivation above the advice and
// for a decision before its required steps, confirms a suspension that spans more than a
// week, and lists the warnings of §4 before saving.
class MeasureDialog : public QDialog
{
    Q_OBJECT

public:
    MeasureDialog(Session &session, const Incident &incident, const Measure &measure, QWidget *parent = nullptr);
    ~MeasureDialog() override;
    Measure measure() const;
    // For tests and the form's own use: choose by code ("schorsing") and set the period.
    bool chooseType(const QString &code);
    void setPeriod(const QDate &first, const QDate &last);
    void setStatus(MeasureStatus status);

private:
    void fillPeople();
    void fillTypes();
    // The advice for the chosen rung, written afresh at every change (never added to).
    QString adviceText(const MeasureType &type) const;
    void updateFields();
    void attempt();

    std::unique_ptr<Ui::MeasureDialog> m_ui;
    Session &m_session;
    Incident m_incident;
    Measure m_measure;
    QList<Person> m_people;
    QList<MeasureType> m_types;
    Escalation::Advice m_advice;
};
