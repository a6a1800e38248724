#include "procedures.h"

#include "../storage/actionrepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/transaction.h"

#include "../domain/accessscope.h"

Procedures::Procedures(Database &db) : m_db(db)
{
}

LegalTerms Procedures::terms() const
{
    const QHash<QString, QString> settings = SettingsRepository(m_db).values();
    LegalTerms t;
    const auto read = [&settings](const char *key, int fallback) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key)).toInt(&ok);
        return ok ? value : fallback;
    };
    t.lookbackMonths = read("escalation_lookback_months", t.lookbackMonths);
    t.pupilSuspensionMaxSchoolDays = read("pupil_suspension_max_school_days", t.pupilSuspensionMaxSchoolDays);
    t.pupilSuspensionConfirmCalendarDays = read("pupil_suspension_confirm_calendar_days", t.pupilSuspensionConfirmCalendarDays);
    t.suspensionParentsLetterDueDays = read("suspension_parents_letter_due_days", t.suspensionParentsLetterDueDays);
    t.suspensionInspectieAboveDays = read("suspension_inspectie_above_days", t.suspensionInspectieAboveDays);
    t.suspensionInspectieDueDays = read("suspension_inspectie_due_days", t.suspensionInspectieDueDays);
    t.removalNoticeDueDays = read("removal_notice_due_days", t.removalNoticeDueDays);
    t.removalReminderWeeks = read("removal_reminder_weeks", t.removalReminderWeeks);
    t.removalObjectionWeeks = read("removal_objection_weeks", t.removalObjectionWeeks);
    t.removalObjectionDecisionWeeks = read("removal_objection_decision_weeks", t.removalObjectionDecisionWeeks);
    t.staffResponseWeeks = read("staff_response_weeks", t.staffResponseWeeks);
    t.staffAppealWeeks = read("staff_appeal_weeks", t.staffAppealWeeks);
    t.staffOrderSuspensionMaxWeeks = read("staff_order_suspension_max_weeks", t.staffOrderSuspensionMaxWeeks);
    t.summaryDismissalMaxWorkingDays = read("summary_dismissal_max_working_days", t.summaryDismissalMaxWorkingDays);
    t.accessRequestAnswerMonths = read("access_request_answer_months", t.accessRequestAnswerMonths);
    t.extendStatutoryTerms = read("extend_statutory_terms", t.extendStatutoryTerms ? 1 : 0) != 0;
    t.goodFridayOff = read("good_friday_day_off", t.goodFridayOff ? 1 : 0) != 0;
    t.liberationDay = read("liberation_day_off", t.liberationDay);
    return t;
}

SchoolCalendar Procedures::calendar(qint64 schoolId) const
{
    return calendar(schoolId, terms());
}

SchoolCalendar Procedures::calendar(qint64 schoolId, const LegalTerms &t) const
{
    QList<SchoolCalendar::Holiday> holidays;
    for (const SchoolHoliday &h : SchoolRepository(m_db).holidays(schoolId))
        holidays.append({ h.firstDay, h.lastDay, h.dayOff });
    PublicHolidays::Options options;
    options.goodFriday = t.goodFridayOff;
    options.liberationDay = PublicHolidays::LiberationDay(std::clamp(t.liberationDay, 0, 2));
    return SchoolCalendar(holidays, PublicHolidays(options));
}

DeadlinePlanner Procedures::planner(qint64 schoolId) const
{
    const LegalTerms t = terms();
    return DeadlinePlanner(t, calendar(schoolId, t));
}

int Procedures::fileMissing(Transaction &tx, const QList<Action> &planned)
{
    ActionRepository actions(m_db);
    int filed = 0;
    for (Action action : planned) {
        if (actions.rulesFiled(action.incidentId, action.measureId).contains(action.rule))
            continue;
        action.responsibleUserId = tx.actor().userId();
        actions.insert(tx, action);
        ++filed;
    }
    return filed;
}

DeadlinePlanner::Done Procedures::doneSteps(qint64 measureId) const
{
    DeadlinePlanner::Done done;
    for (const Action &a : ActionRepository(m_db).ofMeasure(measureId))
        if (a.status == ActionStatus::Gedaan && a.doneOn.isValid() && !a.rule.isEmpty())
            done.insert(a.rule, a.doneOn);
    return done;
}

int Procedures::replanTerms(Transaction &tx, qint64 measureId)
{
    const auto measure = MeasureRepository(m_db).get(AccessScope::system(), measureId);
    if (!measure)
        return 0;
    const auto type = MeasureTypeRepository(m_db).get(measure->measureTypeId);
    const auto incident = IncidentRepository(m_db).get(AccessScope::system(), measure->incidentId);
    if (!type || !incident)
        return 0;
    const QList<Action> planned = planner(incident->schoolId).forMeasure(*measure, *type, doneSteps(measureId));
    ActionRepository actions(m_db);
    int moved = 0;
    for (Action filed : actions.openOfMeasure(measureId)) {
        if (DeadlinePlanner::startedBy(filed.rule).isEmpty())
            continue;
        for (const Action &plan : planned) {
            if (plan.rule != filed.rule
                || (plan.dueOn == filed.dueOn && plan.countedFrom == filed.countedFrom
                    && plan.unextendedDue == filed.unextendedDue))
                continue;
            filed.dueOn = plan.dueOn;
            filed.countedFrom = plan.countedFrom;
            filed.unextendedDue = plan.unextendedDue;
            actions.update(tx, filed);
            ++moved;
        }
    }
    return moved;
}
