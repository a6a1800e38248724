#include "procedures.h"

#include "../storage/actionrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/transaction.h"

Procedures::Procedures(Database &db) : m_db(db)
{
}

LegalTerms Procedures::terms() const
{
    const SettingsRepository settings(m_db);
    LegalTerms t;
    const auto read = [&settings](const char *key, int fallback) { return settings.intValue(QLatin1String(key), fallback); };
    t.lookbackMonths = read("escalation_lookback_months", t.lookbackMonths);
    t.pupilSuspensionMaxSchoolDays = read("pupil_suspension_max_school_days", t.pupilSuspensionMaxSchoolDays);
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
    return t;
}

SchoolCalendar Procedures::calendar(qint64 schoolId) const
{
    QList<SchoolCalendar::Holiday> holidays;
    for (const SchoolHoliday &h : SchoolRepository(m_db).holidays(schoolId))
        holidays.append({ h.firstDay, h.lastDay });
    return SchoolCalendar(holidays);
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
