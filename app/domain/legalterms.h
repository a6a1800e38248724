#pragma once

// The numbers of DESIGN.md §4 as the board's settings hold them (defaults shown), so the rules
// and the deadline planner never hard-code a term that a law or the CAO may change.
struct LegalTerms
{
    int lookbackMonths = 24;
    int pupilSuspensionMaxSchoolDays = 5;
    int pupilSuspensionConfirmCalendarDays = 7;
    int suspensionParentsLetterDueDays = 0;
    int suspensionInspectieAboveDays = 1;
    int suspensionInspectieDueDays = 0;
    int removalNoticeDueDays = 0;
    int removalReminderWeeks = 8;
    int removalObjectionWeeks = 6;
    int removalObjectionDecisionWeeks = 4;
    int staffResponseWeeks = 3;
    int staffAppealWeeks = 6;
    int staffOrderSuspensionMaxWeeks = 4;
    int summaryDismissalMaxWorkingDays = 2;
    int accessRequestAnswerMonths = 1;
    bool extendStatutoryTerms = true;       // Algemene termijnenwet art. 1
    bool goodFridayOff = false;             // public holidays the CAO leaves to the board
    int liberationDay = 1;                  // PublicHolidays::LiberationDay
};
