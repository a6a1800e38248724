#include "deadlineplanner.h"

DeadlinePlanner::DeadlinePlanner(const LegalTerms &terms, const SchoolCalendar &calendar)
    : m_terms(terms), m_calendar(calendar)
{
}

Action DeadlinePlanner::make(ActionKind kind, const QString &rule, const QString &title, const QDate &due,
                             const QString &source) const
{
    Action a;
    a.kind = kind;
    a.rule = rule;
    a.title = title;
    a.dueOn = due;
    a.legalSource = source;
    return a;
}

QList<Action> DeadlinePlanner::forMeasure(const Measure &m, const MeasureType &type) const
{
    QList<Action> result;
    const bool decided = m.status == MeasureStatus::Opgelegd && m.decidedOn.isValid();
    const bool proposed = m.status == MeasureStatus::Voornemen || decided;
    const QString wpo40c = QStringLiteral("WPO art. 40c");
    const QString wpo40 = QStringLiteral("WPO art. 40");
    const QString cao = QStringLiteral("CAO PO");
    if (type.ladder == Ladder::Leerling && type.code == QLatin1String("schorsing") && decided) {
        const QDate first = m.startsOn.isValid() ? m.startsOn : m.decidedOn;
        result.append(make(ActionKind::OudersInformeren, QStringLiteral("suspension_parents_letter"),
                           tr("Send the suspension decision to the parents in writing"),
                           first.addDays(m_terms.suspensionParentsLetterDueDays), wpo40c));
        if (m_calendar.schoolDays(m.startsOn, m.endsOn) > m_terms.suspensionInspectieAboveDays)
            result.append(make(ActionKind::InspectieInformeren, QStringLiteral("suspension_inspectie"),
                               tr("Inform the Inspectie in writing, with reasons, of the suspension"),
                               first.addDays(m_terms.suspensionInspectieDueDays), wpo40c));
    }
    if ((type.ladder == Ladder::Leerling || type.ladder == Ladder::Ouder) && type.code == QLatin1String("verwijdering")) {
        if (proposed) {
            result.append(make(ActionKind::Hoorgesprek, QStringLiteral("removal_hear_teacher"),
                               tr("Hear the class teacher before deciding on removal"), m.proposedOn, wpo40));
            result.append(make(ActionKind::Hoorgesprek, QStringLiteral("removal_hear_parents"),
                               tr("Hear the parents before deciding on removal"), m.proposedOn, wpo40));
        }
        if (decided) {
            const QDate notice = m.decidedOn.addDays(m_terms.removalNoticeDueDays);
            result.append(make(ActionKind::OudersInformeren, QStringLiteral("removal_decision_letter"),
                               tr("Send the removal decision to the parents in writing, with the objection term"),
                               m.decidedOn, wpo40));
            result.append(make(ActionKind::LeerplichtambtenaarInformeren, QStringLiteral("removal_inform_leerplicht"),
                               tr("Inform the school attendance officer of the removal"), notice,
                               QStringLiteral("WPO art. 40, Leerplichtwet")));
            result.append(make(ActionKind::InspectieInformeren, QStringLiteral("removal_inform_inspectie"),
                               tr("Inform the Inspectie of the removal"), notice, wpo40));
            result.append(make(ActionKind::HerinneringVerwijdering, QStringLiteral("removal_reminder"),
                               tr("Check whether another school has admitted the pupil (the removal is final only then)"),
                               m.decidedOn.addDays(7 * m_terms.removalReminderWeeks),
                               QStringLiteral("Handreiking Inspectie van het Onderwijs")));
            result.append(make(ActionKind::Bezwaartermijn, QStringLiteral("removal_objection_term"),
                               tr("End of the term for the parents' objection"),
                               m.decidedOn.addDays(7 * m_terms.removalObjectionWeeks), QStringLiteral("WPO art. 40, Awb")));
        }
    }
    if (type.ladder == Ladder::Ouder && type.code == QLatin1String("schorsing") && decided)
        result.append(make(ActionKind::OudersInformeren, QStringLiteral("parent_ban_letter"),
                           tr("Send the decision (suspension or ban from the school grounds) to the parent in writing"),
                           m.decidedOn, QStringLiteral("Protocol")));
    if (type.ladder == Ladder::Medewerker) {
        const bool disciplinary = type.isDisciplinary && type.code != QLatin1String("ontslag_op_staande_voet");
        if (m.isOrderMeasure && proposed)
            result.append(make(ActionKind::Hoorgesprek, QStringLiteral("order_suspension_hearing"),
                               tr("Hear the staff member before the order suspension"), m.proposedOn, cao));
        else if (disciplinary && proposed) {
            result.append(make(ActionKind::VoornemenAangetekend, QStringLiteral("staff_intent_registered"),
                               tr("Send the intended decision by registered letter"), m.proposedOn, cao));
            result.append(make(ActionKind::Reactietermijn, QStringLiteral("staff_response_term"),
                               tr("End of the staff member's term to respond to the intended decision"),
                               m.proposedOn.addDays(7 * m_terms.staffResponseWeeks), cao));
        }
        if (disciplinary && decided && !m.isOrderMeasure) {
            result.append(make(ActionKind::BesluitAangetekend, QStringLiteral("staff_decision_registered"),
                               tr("Send the decision by registered letter, naming the appeal body and term"),
                               m.decidedOn, cao));
            result.append(make(ActionKind::Beroepstermijn, QStringLiteral("staff_appeal_term"),
                               tr("End of the appeal term (Commissie van Beroep funderend onderwijs)"),
                               m.decidedOn.addDays(7 * m_terms.staffAppealWeeks),
                               QStringLiteral("Commissie van Beroep funderend onderwijs")));
        }
        if (type.code == QLatin1String("ontslag_op_staande_voet") && decided)
            result.append(make(ActionKind::BesluitAangetekend, QStringLiteral("summary_dismissal_reason"),
                               tr("Tell the reason at once and confirm the dismissal in writing"), m.decidedOn,
                               QStringLiteral("BW 7:677, 7:678")));
    }
    for (Action &a : result) {
        a.incidentId = m.incidentId;
        a.measureId = m.id;
        a.personId = m.personId;
    }
    return result;
}

QList<Action> DeadlinePlanner::forObjection(const Measure &m, const QDate &receivedOn) const
{
    Action a = make(ActionKind::BeslistermijnBezwaar, QStringLiteral("objection_decision_term"),
                    tr("Decide on the objection"), receivedOn.addDays(7 * m_terms.removalObjectionDecisionWeeks),
                    QStringLiteral("WPO art. 40, Awb"));
    a.incidentId = m.incidentId;
    a.measureId = m.id;
    a.personId = m.personId;
    return { a };
}

QList<Action> DeadlinePlanner::forIncident(const Incident &i, const QDate &today) const
{
    QList<Action> result;
    const QString protocol = QStringLiteral("Protocol");
    if (i.possiblyCriminal || i.sexualOffenceSuspected)
        result.append(make(ActionKind::Aangifte, QStringLiteral("police_report"),
                           tr("Decide on a police report; it is filed by an authorised user"), today,
                           i.sexualOffenceSuspected ? QStringLiteral("WPO art. 4a") : protocol));
    if (i.parentsRefuseCooperation
        && (i.context == IncidentContext::BuitenSchool || i.context == IncidentContext::BuitenWerk))
        result.append(make(ActionKind::SlachtofferAangifte, QStringLiteral("victims_report"),
                           tr("Encourage the victims to report to the police"), today, protocol));
    if (i.sexualOffenceSuspected) {
        result.append(make(ActionKind::BestuurInformeren, QStringLiteral("inform_board"),
                           tr("Inform the board at once"), today, QStringLiteral("WPO art. 4a")));
        result.append(make(ActionKind::Vertrouwensinspecteur, QStringLiteral("consult_vertrouwensinspecteur"),
                           tr("Consult the confidential inspector without delay"), today, QStringLiteral("WPO art. 4a")));
    }
    if (i.unsafeHomeSigns)
        result.append(make(ActionKind::VeiligThuis, QStringLiteral("meldcode"),
                           tr("Follow the steps of the Meldcode; report to Veilig Thuis where needed"), today,
                           QStringLiteral("Meldcode huiselijk geweld en kindermishandeling")));
    for (Action &a : result)
        a.incidentId = i.id;
    return result;
}
