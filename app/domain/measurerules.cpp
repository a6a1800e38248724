#include "measurerules.h"

#include <algorithm>

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
    if (isPupilSuspension(type)) {
        const int days = calendar.schoolDays(m.startsOn, m.endsOn);
        if (days > terms.pupilSuspensionMaxSchoolDays)
            return fail(field, "ends_on",
                        tr("A pupil may be suspended for at most %1 school days (WPO art. 40c); this suspension lasts "
                           "%2 school days.").arg(terms.pupilSuspensionMaxSchoolDays).arg(days));
        if (days == 0)
            return fail(field, "starts_on", tr("The suspension falls entirely outside school days."));
        if (needsPeriodConfirmation(m, type, terms) && !m.periodConfirmed)
            return fail(field, "period_confirmed",
                        tr("The suspension lasts %1 school days but %2 calendar days, from %3 to %4: confirm that it is "
                           "meant to run over the days without school.")
                            .arg(days)
                            .arg(calendarDays(m))
                            .arg(m.startsOn.toString(QStringLiteral("dd-MM-yyyy")), m.endsOn.toString(QStringLiteral("dd-MM-yyyy"))));
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

QStringList MeasureRules::warnings(const Measure &m, const MeasureType &type, const LegalTerms &terms,
                                   const SchoolCalendar &calendar)
{
    QStringList result;
    if (type.ladder == Ladder::Medewerker && type.code == QLatin1String("ontslag_op_staande_voet")
        && m.factsKnownOn.isValid() && m.decidedOn.isValid()) {
        const int days = calendar.workingDaysAfter(m.factsKnownOn, m.decidedOn);
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

bool MeasureRules::isPupilSuspension(const MeasureType &type)
{
    return type.ladder == Ladder::Leerling && type.code == QLatin1String("schorsing");
}

int MeasureRules::calendarDays(const Measure &m)
{
    if (!m.startsOn.isValid() || !m.endsOn.isValid() || m.endsOn < m.startsOn)
        return 0;
    return int(m.startsOn.daysTo(m.endsOn)) + 1;
}

bool MeasureRules::needsPeriodConfirmation(const Measure &m, const MeasureType &type, const LegalTerms &terms)
{
    return isPupilSuspension(type) && calendarDays(m) > terms.pupilSuspensionConfirmCalendarDays;
}

QString MeasureRules::periodSummary(const Measure &m, const MeasureType &type, const SchoolCalendar &calendar)
{
    const int days = calendarDays(m);
    if (!type.hasPeriod || days == 0)
        return QString();
    if (type.ladder == Ladder::Medewerker)
        return tr("%n calendar day(s)", nullptr, days);
    return tr("%1, %2").arg(tr("%n school day(s)", nullptr, calendar.schoolDays(m.startsOn, m.endsOn)),
                            tr("%n calendar day(s)", nullptr, days));
}

QString MeasureRules::chainProblem(const Measure &m, const MeasureType &type, const LegalTerms &terms,
                                   const SchoolCalendar &calendar, const QList<Measure> &others)
{
    if (!isPupilSuspension(type) || calendarDays(m) == 0)
        return QString();
    // Grow the period with every other suspension that overlaps it or follows it on the next
    // school day, until nothing more joins.
    QDate first = m.startsOn;
    QDate last = m.endsOn;
    QList<Measure> joined;
    QList<qint64> joinedIds;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Measure &other : others) {
            if (other.id == m.id || calendarDays(other) == 0 || joinedIds.contains(other.id))
                continue;
            const bool touches = other.startsOn <= calendar.nextSchoolDay(last)
                                 && first <= calendar.nextSchoolDay(other.endsOn);
            if (!touches)
                continue;
            first = std::min(first, other.startsOn);
            last = std::max(last, other.endsOn);
            joined.append(other);
            joinedIds.append(other.id);
            grew = true;
        }
    }
    if (joined.isEmpty())
        return QString();
    const int days = calendar.schoolDays(first, last);
    if (days <= terms.pupilSuspensionMaxSchoolDays)
        return QString();
    QStringList periods;
    for (const Measure &other : std::as_const(joined))
        periods.append(tr("%1 to %2").arg(other.startsOn.toString(QStringLiteral("dd-MM-yyyy")),
                                          other.endsOn.toString(QStringLiteral("dd-MM-yyyy"))));
    return tr("Together with the suspension of %1 this pupil would be suspended for %2 school days in a row, from %3 "
              "to %4. Suspensions that follow each other count as one: at most %5 school days (WPO art. 40c).")
        .arg(periods.join(tr(" and ")))
        .arg(days)
        .arg(first.toString(QStringLiteral("dd-MM-yyyy")), last.toString(QStringLiteral("dd-MM-yyyy")))
        .arg(terms.pupilSuspensionMaxSchoolDays);
}

const QStringList &MeasureRules::stepRules()
{
    static const QStringList rules{ QStringLiteral("removal_hear_teacher"), QStringLiteral("removal_hear_parents"),
                                    QStringLiteral("order_suspension_hearing"), QStringLiteral("staff_intent_registered"),
                                    QStringLiteral("staff_response_term") };
    return rules;
}

const QStringList &MeasureRules::ownHearingRules()
{
    static const QStringList rules{ QStringLiteral("removal_hear_parents"), QStringLiteral("order_suspension_hearing") };
    return rules;
}

QStringList MeasureRules::openSteps(const Measure &m, const MeasureType &type, const QList<Action> &filed)
{
    QStringList steps;
    if (!m.decidedOn.isValid())
        return steps;
    const auto doneBy = [&](const char *rule) {
        for (const Action &a : filed)
            if (a.rule == QLatin1String(rule) && a.status == ActionStatus::Gedaan && a.doneOn.isValid()
                && a.doneOn <= m.decidedOn)
                return true;
        return false;
    };
    const bool personHeard = m.hearingHeld && m.hearingOn.isValid() && m.hearingOn <= m.decidedOn;
    const bool removal = (type.ladder == Ladder::Leerling || type.ladder == Ladder::Ouder)
                         && type.code == QLatin1String("verwijdering");
    if (removal) {
        if (!doneBy("removal_hear_teacher"))
            steps.append(tr("hearing the class teacher (WPO art. 40)"));
        if (!doneBy("removal_hear_parents") && !personHeard)
            steps.append(tr("hearing the parents (WPO art. 40)"));
    }
    if (type.ladder == Ladder::Medewerker && m.isOrderMeasure) {
        if (!doneBy("order_suspension_hearing") && !personHeard)
            steps.append(tr("hearing the staff member (CAO PO)"));
    } else if (type.ladder == Ladder::Medewerker && type.isDisciplinary
               && type.code != QLatin1String("ontslag_op_staande_voet")) {
        if (!doneBy("staff_intent_registered"))
            steps.append(tr("sending the intended decision by registered letter (CAO PO)"));
        // The term ends at the end of its last day: a decision on that day is still too early,
        // unless the staff member has responded (the action is marked done).
        const Action *term = nullptr;
        for (const Action &a : filed)
            if (a.rule == QLatin1String("staff_response_term"))
                term = &a;
        if (!term)
            steps.append(tr("the staff member's term to respond to the intended decision (CAO PO)"));
        else if (!(term->status == ActionStatus::Gedaan && term->doneOn <= m.decidedOn) && term->dueOn >= m.decidedOn)
            steps.append(tr("the staff member's term to respond, which runs to %1 (CAO PO)")
                             .arg(term->dueOn.toString(QStringLiteral("dd-MM-yyyy"))));
    }
    return steps;
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
