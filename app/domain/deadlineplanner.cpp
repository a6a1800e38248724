#include "deadlineplanner.h"

namespace {

const char *const objectionSource = "WPO art. 40, Awb 6:7, 6:8";

bool isRemoval(const MeasureType &type)
{
    return (type.ladder == Ladder::Leerling || type.ladder == Ladder::Ouder) && type.code == QLatin1String("verwijdering");
}

bool isSummaryDismissal(const MeasureType &type)
{
    return type.ladder == Ladder::Medewerker && type.code == QLatin1String("ontslag_op_staande_voet");
}

} // namespace

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

Action DeadlinePlanner::makeTerm(ActionKind kind, const QString &rule, const QString &title, const Term &term,
                                 const QString &source) const
{
    Action a = make(kind, rule, title, term.due, source);
    a.countedFrom = term.countedFrom;
    if (term.extended())
        a.unextendedDue = term.plainEnd;
    return a;
}

DeadlinePlanner::Term DeadlinePlanner::termAfter(const QDate &event, int weeks, int months) const
{
    Term term;
    if (!event.isValid())
        return term;
    // Counted from the day after the event, a term of weeks or months ends on the day with the
    // event's name or number (the last day of a shorter month when that number is missing).
    term.countedFrom = event.addDays(1);
    term.plainEnd = event.addDays(7 * weeks).addMonths(months);
    term.due = m_terms.extendStatutoryTerms ? PublicHolidays::extendStatutory(term.plainEnd) : term.plainEnd;
    return term;
}

QString DeadlinePlanner::startedBy(const QString &termRule)
{
    if (termRule == QLatin1String("removal_objection_term"))
        return QStringLiteral("removal_decision_letter");
    if (termRule == QLatin1String("staff_response_term"))
        return QStringLiteral("staff_intent_registered");
    if (termRule == QLatin1String("staff_appeal_term"))
        return QStringLiteral("staff_decision_registered");
    return QString();
}

QString DeadlinePlanner::decisionLetterRule(const MeasureType &type, const Measure &measure)
{
    if (isRemoval(type))
        return QStringLiteral("removal_decision_letter");
    if (type.ladder == Ladder::Leerling && type.code == QLatin1String("schorsing"))
        return QStringLiteral("suspension_parents_letter");
    if (type.ladder == Ladder::Ouder && type.code == QLatin1String("schorsing"))
        return QStringLiteral("parent_ban_letter");
    if (isSummaryDismissal(type))
        return QStringLiteral("summary_dismissal_reason");
    if (type.ladder == Ladder::Medewerker && type.isDisciplinary && !measure.isOrderMeasure)
        return QStringLiteral("staff_decision_registered");
    return QString();
}

DeadlinePlanner::Term DeadlinePlanner::objectionTerm(const Measure &m, const MeasureType &type, const Done &done,
                                                     QString *source) const
{
    const QString letter = decisionLetterRule(type, m);
    const QDate sent = done.value(letter, m.decidedOn);
    const bool staff = type.ladder == Ladder::Medewerker;
    if (source)
        *source = staff ? QStringLiteral("Commissie van Beroep funderend onderwijs") : QString::fromLatin1(objectionSource);
    return termAfter(sent, staff ? m_terms.staffAppealWeeks : m_terms.removalObjectionWeeks);
}

QList<Action> DeadlinePlanner::forMeasure(const Measure &m, const MeasureType &type, const Done &done) const
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
    if (isRemoval(type)) {
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
            result.append(makeTerm(ActionKind::Bezwaartermijn, QStringLiteral("removal_objection_term"),
                                   tr("End of the term for the parents' objection"),
                                   termAfter(done.value(QStringLiteral("removal_decision_letter"), m.decidedOn),
                                             m_terms.removalObjectionWeeks),
                                   QString::fromLatin1(objectionSource)));
        }
    }
    if (type.ladder == Ladder::Ouder && type.code == QLatin1String("schorsing") && decided)
        result.append(make(ActionKind::OudersInformeren, QStringLiteral("parent_ban_letter"),
                           tr("Send the decision (suspension or ban from the school grounds) to the parent in writing"),
                           m.decidedOn, QStringLiteral("Protocol")));
    if (type.ladder == Ladder::Medewerker) {
        const bool disciplinary = type.isDisciplinary && !isSummaryDismissal(type);
        if (m.isOrderMeasure && proposed)
            result.append(make(ActionKind::Hoorgesprek, QStringLiteral("order_suspension_hearing"),
                               tr("Hear the staff member before the order suspension"), m.proposedOn, cao));
        else if (disciplinary && proposed) {
            result.append(make(ActionKind::VoornemenAangetekend, QStringLiteral("staff_intent_registered"),
                               tr("Send the intended decision by registered letter"), m.proposedOn, cao));
            result.append(makeTerm(ActionKind::Reactietermijn, QStringLiteral("staff_response_term"),
                                   tr("End of the staff member's term to respond to the intended decision"),
                                   termAfter(done.value(QStringLiteral("staff_intent_registered"), m.proposedOn),
                                             m_terms.staffResponseWeeks),
                                   cao));
        }
        if (disciplinary && decided && !m.isOrderMeasure) {
            result.append(make(ActionKind::BesluitAangetekend, QStringLiteral("staff_decision_registered"),
                               tr("Send the decision by registered letter, naming the appeal body and term"),
                               m.decidedOn, cao));
            result.append(makeTerm(ActionKind::Beroepstermijn, QStringLiteral("staff_appeal_term"),
                                   tr("End of the appeal term (Commissie van Beroep funderend onderwijs)"),
                                   termAfter(done.value(QStringLiteral("staff_decision_registered"), m.decidedOn),
                                             m_terms.staffAppealWeeks),
                                   QStringLiteral("Commissie van Beroep funderend onderwijs")));
        }
        if (isSummaryDismissal(type) && decided)
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
    Action a = makeTerm(ActionKind::BeslistermijnBezwaar, QStringLiteral("objection_decision_term"),
                        tr("Decide on the objection"), termAfter(receivedOn, m_terms.removalObjectionDecisionWeeks),
                        QStringLiteral("WPO art. 40, Awb"));
    a.incidentId = m.incidentId;
    a.measureId = m.id;
    a.personId = m.personId;
    return { a };
}

Action DeadlinePlanner::forAccessRequest(qint64 personId, const QDate &receivedOn) const
{
    Action a = makeTerm(ActionKind::Inzageverzoek, QStringLiteral("inzageverzoek:%1").arg(receivedOn.toString(Qt::ISODate)),
                        tr("Answer the access request"), termAfter(receivedOn, 0, m_terms.accessRequestAnswerMonths),
                        QStringLiteral("AVG art. 12, 15"));
    a.personId = personId;
    return a;
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
