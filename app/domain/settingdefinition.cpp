#include "settingdefinition.h"

#include <QCoreApplication>

// Strings are marked with QT_TRANSLATE_NOOP so lupdate finds them; t() translates them.
static QString t(const char *text)
{
    return QCoreApplication::translate("SettingDefinition", text);
}

QList<SettingDefinition> SettingDefinition::all()
{
    using G = Group;
    const QString days = t(QT_TRANSLATE_NOOP("SettingDefinition", "days"));
    const QString schoolDays = t(QT_TRANSLATE_NOOP("SettingDefinition", "school days"));
    const QString workingDays = t(QT_TRANSLATE_NOOP("SettingDefinition", "working days"));
    const QString weeks = t(QT_TRANSLATE_NOOP("SettingDefinition", "weeks"));
    const QString months = t(QT_TRANSLATE_NOOP("SettingDefinition", "months"));
    const QString years = t(QT_TRANSLATE_NOOP("SettingDefinition", "years"));
    const QString minutes = t(QT_TRANSLATE_NOOP("SettingDefinition", "minutes"));
    return {
        { "attachment_max_bytes", t(QT_TRANSLATE_NOOP("SettingDefinition", "Largest attachment")), QStringLiteral("MB"), 1, 2000, G::General, 1024 * 1024 },
        { "lock_after_minutes", t(QT_TRANSLATE_NOOP("SettingDefinition", "Lock the window after inactivity")), minutes, 1, 240, G::Security },
        { "lockout_failed_logins", t(QT_TRANSLATE_NOOP("SettingDefinition", "Failed logins before an account is locked")), t(QT_TRANSLATE_NOOP("SettingDefinition", "attempts")), 3, 20, G::Security },
        { "lockout_minutes", t(QT_TRANSLATE_NOOP("SettingDefinition", "Lock an account for")), minutes, 1, 1440, G::Security },
        { "escalation_lookback_months", t(QT_TRANSLATE_NOOP("SettingDefinition", "Earlier measures counted for escalation advice")), months, 1, 120, G::Deadlines },
        { "pupil_suspension_max_school_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Longest pupil suspension")), schoolDays, 1, 20, G::Deadlines },
        { "suspension_parents_letter_due_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Suspension decision to parents in writing, within")), days, 0, 10, G::Deadlines },
        { "suspension_inspectie_above_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Inform the Inspectie of suspensions longer than")), days, 0, 10, G::Deadlines },
        { "suspension_inspectie_due_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Inform the Inspectie of a suspension, within")), days, 0, 10, G::Deadlines },
        { "removal_notice_due_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Removal: inform leerplichtambtenaar and Inspectie, within")), days, 0, 10, G::Deadlines },
        { "removal_reminder_weeks", t(QT_TRANSLATE_NOOP("SettingDefinition", "Removal: reminder when no other school admitted the pupil")), weeks, 1, 52, G::Deadlines },
        { "removal_objection_weeks", t(QT_TRANSLATE_NOOP("SettingDefinition", "Removal: term for an objection")), weeks, 1, 26, G::Deadlines },
        { "removal_objection_decision_weeks", t(QT_TRANSLATE_NOOP("SettingDefinition", "Removal: board decides on an objection within")), weeks, 1, 26, G::Deadlines },
        { "staff_response_weeks", t(QT_TRANSLATE_NOOP("SettingDefinition", "Staff measure: term to respond to the intended decision")), weeks, 1, 12, G::Deadlines },
        { "staff_appeal_weeks", t(QT_TRANSLATE_NOOP("SettingDefinition", "Staff measure: term for an appeal")), weeks, 1, 26, G::Deadlines },
        { "staff_order_suspension_max_weeks", t(QT_TRANSLATE_NOOP("SettingDefinition", "Longest staff suspension as an order measure")), weeks, 1, 26, G::Deadlines },
        { "pupil_suspension_confirm_calendar_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Pupil suspension: ask for confirmation when it spans more than")), t(QT_TRANSLATE_NOOP("SettingDefinition", "calendar days")), 5, 31, G::Deadlines, 1, {}, 7 },
        { "summary_dismissal_max_working_days", t(QT_TRANSLATE_NOOP("SettingDefinition", "Summary dismissal: warn when decided later than")), workingDays, 0, 20, G::Deadlines },
        { "access_request_answer_months", t(QT_TRANSLATE_NOOP("SettingDefinition", "Answer an access request within")), months, 1, 3, G::Deadlines },
        { "access_request_extension_months", t(QT_TRANSLATE_NOOP("SettingDefinition", "Extension of an access request, at most")), months, 0, 2, G::Deadlines },
        { "retention_pupil_years", t(QT_TRANSLATE_NOOP("SettingDefinition", "Keep a pupil dossier after leaving")), years, 1, 30, G::Deadlines },
        { "retention_staff_years", t(QT_TRANSLATE_NOOP("SettingDefinition", "Keep a staff dossier after employment ends")), years, 1, 30, G::Deadlines },
        { "extend_statutory_terms", t(QT_TRANSLATE_NOOP("SettingDefinition", "A statutory term ending on a Saturday, Sunday or public holiday")), QString(), 0, 1, G::Calendar, 1,
          { t(QT_TRANSLATE_NOOP("SettingDefinition", "ends on that day")), t(QT_TRANSLATE_NOOP("SettingDefinition", "moves to the next working day")) }, 1 },
        { "good_friday_day_off", t(QT_TRANSLATE_NOOP("SettingDefinition", "Good Friday")), QString(), 0, 1, G::Calendar, 1,
          { t(QT_TRANSLATE_NOOP("SettingDefinition", "a working and school day")), t(QT_TRANSLATE_NOOP("SettingDefinition", "a day off")) }, 0 },
        { "liberation_day_off", t(QT_TRANSLATE_NOOP("SettingDefinition", "Liberation Day (5 May)")), QString(), 0, 2, G::Calendar, 1,
          { t(QT_TRANSLATE_NOOP("SettingDefinition", "a working and school day")), t(QT_TRANSLATE_NOOP("SettingDefinition", "a day off once every five years (2025, 2030, …)")),
            t(QT_TRANSLATE_NOOP("SettingDefinition", "a day off every year")) }, 1 },
    };
}

QString SettingDefinition::groupLabel(Group group)
{
    switch (group) {
    case Group::General: return t(QT_TRANSLATE_NOOP("SettingDefinition", "General"));
    case Group::Security: return t(QT_TRANSLATE_NOOP("SettingDefinition", "Security"));
    case Group::Deadlines: return t(QT_TRANSLATE_NOOP("SettingDefinition", "Terms and deadlines"));
    case Group::Calendar: return t(QT_TRANSLATE_NOOP("SettingDefinition", "Counting days"));
    }
    return QString();
}

QString SettingDefinition::valueText(int value) const
{
    return value >= 0 && value < choices.size() ? choices.at(value) : QString::number(value);
}
