#include "measurerules.h"

namespace {

QString fail(QString *field, const char *column, const QString &message)
{
    if (field)
        *field = QString::fromLatin1(column);
    return message;
}

} // namespace

QString MeasureRules::problem(const Measure &m, const MeasureType &type, const LegalTerms &terms,
                              const SchoolCalendar &calendar, QString *field)
{
    if (m.personId == 0)
        return fail(field, "person_id", tr("Choose the person the measure is for."));
    if (m.measureTypeId == 0)
        return fail(field, "measure_type_id", tr("Choose the measure."));
    if (!m.proposedOn.isValid())
        return fail(field, "proposed_on", tr("Enter the date the measure was proposed."));
    const bool decided = m.status != MeasureStatus::Voornemen && m.status != MeasureStatus::Ingetrokken;
    if (decided && !m.decidedOn.isValid())
        return fail(field, "decided_on", tr("Enter the date of the decision."));
    if (m.decidedOn.isValid() && m.decidedOn < m.proposedOn)
        return fail(field, "decided_on", tr("The decision cannot come before the proposal."));
    if (m.hearingHeld && !m.hearingOn.isValid())
        return fail(field, "hearing_on", tr("Enter the date of the hearing."));
    if (type.hasPeriod) {
        if (!m.startsOn.isValid() || !m.endsOn.isValid())
            return fail(field, "starts_on", tr("A %1 needs a first and a last day.").arg(type.name.toLower()));
        if (m.endsOn < m.startsOn)
            return fail(field, "ends_on", tr("The last day lies before the first day."));
    }
    if (m.isOrderMeasure && !(type.ladder == Ladder::Medewerker && type.code == QLatin1String("schorsing")))
        return fail(field, "is_order_measure", tr("Only a suspension of a staff member can be an order measure."));
    if (type.ladder == Ladder::Leerling && type.code == QLatin1String("schorsing")) {
        const int days = calendar.schoolDays(m.startsOn, m.endsOn);
        if (days > terms.pupilSuspensionMaxSchoolDays)
            return fail(field, "ends_on",
                        tr("A pupil may be suspended for at most %1 school days (WPO art. 40c); this suspension lasts "
                           "%2 school days.").arg(terms.pupilSuspensionMaxSchoolDays).arg(days));
        if (days == 0)
            return fail(field, "starts_on", tr("The suspension falls entirely outside school days."));
    }
    if (m.isOrderMeasure && m.startsOn.isValid() && m.endsOn.isValid()
        && m.startsOn.daysTo(m.endsOn) + 1 > qint64(terms.staffOrderSuspensionMaxWeeks) * 7)
        return fail(field, "ends_on",
                    tr("A suspension as an order measure lasts at most %1 weeks (CAO PO).").arg(terms.staffOrderSuspensionMaxWeeks));
    if (type.ladder == Ladder::Medewerker && type.code == QLatin1String("ontslag_op_staande_voet") && decided
        && !m.factsKnownOn.isValid())
        return fail(field, "facts_known_on",
                    tr("Enter when the facts became known: a summary dismissal must follow at once (BW 7:677)."));
    return QString();
}

QStringList MeasureRules::warnings(const Measure &m, const MeasureType &type, const LegalTerms &terms)
{
    QStringList result;
    if (type.ladder == Ladder::Medewerker && type.code == QLatin1String("ontslag_op_staande_voet")
        && m.factsKnownOn.isValid() && m.decidedOn.isValid()) {
        const int days = SchoolCalendar::workingDaysAfter(m.factsKnownOn, m.decidedOn);
        if (days > terms.summaryDismissalMaxWorkingDays)
            result.append(tr("The dismissal is decided %1 working days after the facts became known. A summary "
                             "dismissal must be given without delay (BW 7:677, 7:678); after more than %2 working days "
                             "a court may find it too late.").arg(days).arg(terms.summaryDismissalMaxWorkingDays));
    }
    if (type.ladder == Ladder::Medewerker && !type.isDisciplinary)
        result.append(tr("A warning is not a disciplinary measure: keep it out of the disciplinary part of the staff "
                         "dossier."));
    return result;
}

QList<MeasureStatus> MeasureRules::nextStatuses(MeasureStatus from)
{
    switch (from) {
    case MeasureStatus::Voornemen: return { MeasureStatus::Opgelegd, MeasureStatus::Ingetrokken };
    case MeasureStatus::Opgelegd: return { MeasureStatus::Bezwaar, MeasureStatus::Ingetrokken };
    case MeasureStatus::Bezwaar: return { MeasureStatus::BezwaarGegrond, MeasureStatus::BezwaarOngegrond };
    case MeasureStatus::Ingetrokken:
    case MeasureStatus::BezwaarGegrond:
    case MeasureStatus::BezwaarOngegrond: return {};
    }
    return {};
}

bool MeasureRules::counts(MeasureStatus status)
{
    return status == MeasureStatus::Opgelegd || status == MeasureStatus::Bezwaar || status == MeasureStatus::BezwaarOngegrond;
}
