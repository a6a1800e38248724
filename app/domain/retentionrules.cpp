#include "retentionrules.h"

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

RetentionRules::RetentionRules(int pupilYears, int staffYears) : m_pupilYears(pupilYears), m_staffYears(staffYears)
{
}

QDate RetentionRules::dueOn(const RetentionFacts &facts, const QHash<qint64, QDate> &childDue, const QDate &today,
                            QString *reason) const
{
    QString why;
    QDate due;
    switch (facts.kind) {
    case PersonKind::Leerling:
    case PersonKind::Medewerker: {
        if (!facts.leaveDate.isValid())
            return {};
        const bool pupil = facts.kind == PersonKind::Leerling;
        const int years = pupil ? m_pupilYears : m_staffYears;
        const QDate from = std::max(facts.leaveDate, facts.lastRecord.isValid() ? facts.lastRecord : facts.leaveDate);
        due = from.addYears(years);
        why = pupil ? tr("left school on %1; kept %n year(s)", nullptr, years).arg(day(facts.leaveDate))
                    : tr("employment ended on %1; kept %n year(s)", nullptr, years).arg(day(facts.leaveDate));
        if (from > facts.leaveDate)
            why += tr(" after the last record of %1").arg(day(from));
        break;
    }
    case PersonKind::Ouder: {
        QDate latestChild;
        for (qint64 child : facts.childIds) {
            const QDate d = childDue.value(child);
            if (!d.isValid() || d > today)
                return {};      // a child stays, and with them their parent
            latestChild = std::max(latestChild, d);
        }
        due = facts.lastRecord.addYears(m_pupilYears);
        if (latestChild.isValid())
            due = std::max(due, latestChild);
        why = facts.childIds.isEmpty()
                  ? tr("last record of %1; kept %n year(s)", nullptr, m_pupilYears).arg(day(facts.lastRecord))
                  : tr("the dossiers of their children go; last record of %1").arg(day(facts.lastRecord));
        break;
    }
    case PersonKind::Overig:
        due = facts.lastRecord.addYears(m_pupilYears);
        why = tr("last record of %1; kept %n year(s)", nullptr, m_pupilYears).arg(day(facts.lastRecord));
        break;
    }
    if (reason)
        *reason = why;
    return due;
}

QList<RetentionCandidate> RetentionRules::review(const QList<RetentionFacts> &people, const QDate &today) const
{
    // Children first: a parent follows their children, and a held child keeps their parents.
    QHash<qint64, QDate> childDue;
    for (const RetentionFacts &f : people) {
        if (f.kind != PersonKind::Leerling)
            continue;
        const QDate due = dueOn(f, {}, today, nullptr);
        childDue.insert(f.personId, f.holdReason.isEmpty() ? due : QDate());
    }
    QList<RetentionCandidate> result;
    for (const RetentionFacts &f : people) {
        RetentionCandidate c;
        c.facts = f;
        c.dueOn = dueOn(f, childDue, today, &c.reason);
        if (c.dueOn.isValid() && c.dueOn <= today)
            result.append(c);
    }
    return result;
}
