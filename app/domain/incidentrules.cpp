#include "incidentrules.h"

#include <QCoreApplication>

namespace IncidentRules {

namespace {

// Clocks of two PCs differ a little; a report "now" on another PC is not in the future.
constexpr qint64 ClockSlackSeconds = 300;

QString fail(QString *field, const char *column, const QString &message)
{
    if (field)
        *field = QString::fromLatin1(column);
    return message;
}

} // namespace

bool isClosed(IncidentStatus status)
{
    return status == IncidentStatus::Afgesloten || status == IncidentStatus::GeenActie;
}

QString problem(const Incident &i, const QDateTime &now, QString *field)
{
    if (i.schoolId == 0)
        return fail(field, "school_id", QCoreApplication::translate("IncidentRules", "Choose the school."));
    if (i.title.trimmed().isEmpty())
        return fail(field, "title", QCoreApplication::translate("IncidentRules", "Give the incident a short title."));
    if (i.title.trimmed().size() > MaxTitleLength)
        return fail(field, "title", QCoreApplication::translate("IncidentRules", "Keep the title to at most %1 characters "
                                                                                 "(now %2); the description holds the rest.")
                                        .arg(MaxTitleLength).arg(i.title.trimmed().size()));
    if (!i.occurredAt.isValid())
        return fail(field, "occurred_at", QCoreApplication::translate("IncidentRules", "Enter when it happened."));
    if (!i.reportedAt.isValid())
        return fail(field, "reported_at", QCoreApplication::translate("IncidentRules", "Enter when it was reported."));
    if (i.occurredAt > now.addSecs(ClockSlackSeconds))
        return fail(field, "occurred_at",
                    QCoreApplication::translate("IncidentRules", "The incident cannot have happened in the future."));
    if (i.reportedAt < i.occurredAt)
        return fail(field, "reported_at",
                    QCoreApplication::translate("IncidentRules",
                                                "It was reported before it happened: the report date must lie on or "
                                                "after the date it happened."));
    if (i.reportedAt > now.addSecs(ClockSlackSeconds))
        return fail(field, "reported_at",
                    QCoreApplication::translate("IncidentRules", "The report date lies in the future."));
    for (int a = 0; a < i.involvements.size(); ++a)
        for (int b = a + 1; b < i.involvements.size(); ++b)
            if (i.involvements.at(a).personId == i.involvements.at(b).personId
                && i.involvements.at(a).role == i.involvements.at(b).role)
                return fail(field, "involvements",
                            QCoreApplication::translate("IncidentRules",
                                                        "The same person is listed twice in the same role."));
    bool causer = false;
    for (const Involvement &v : i.involvements)
        causer = causer || v.role == InvolvementRole::Veroorzaker;
    if (!causer && i.noCauserReason.trimmed().isEmpty())
        return fail(field, "no_causer_reason",
                    QCoreApplication::translate("IncidentRules",
                                                "Add who caused it, or say why that is not known (for example an "
                                                "anonymous account)."));
    if (i.sexualOffenceSuspected && !i.confidential)
        return fail(field, "confidential",
                    QCoreApplication::translate("IncidentRules",
                                                "A suspected sexual offence is always a confidential incident."));
    if (i.status != IncidentStatus::Gemeld && i.articleIds.isEmpty())
        return fail(field, "articles",
                    QCoreApplication::translate("IncidentRules",
                                                "Choose at least one protocol article: a case leaves 'reported' only "
                                                "with the articles it concerns."));
    if (isClosed(i.status) && i.closingSummary.trimmed().isEmpty())
        return fail(field, "closing_summary",
                    QCoreApplication::translate("IncidentRules", "Write a closing summary before the case is closed."));
    return QString();
}

QList<IncidentStatus> nextStatuses(IncidentStatus from)
{
    switch (from) {
    case IncidentStatus::Gemeld: return { IncidentStatus::InBehandeling, IncidentStatus::GeenActie };
    case IncidentStatus::InBehandeling:
        return { IncidentStatus::Maatregel, IncidentStatus::Afgesloten, IncidentStatus::GeenActie };
    case IncidentStatus::Maatregel: return { IncidentStatus::Afgesloten, IncidentStatus::InBehandeling };
    case IncidentStatus::Afgesloten:
    case IncidentStatus::GeenActie: return { IncidentStatus::InBehandeling };
    }
    return {};
}

QString transitionProblem(const Incident &i, IncidentStatus to, const QString &reason)
{
    if (!nextStatuses(i.status).contains(to))
        return QCoreApplication::translate("IncidentRules", "A case cannot go from this status to that one.");
    if (i.status == IncidentStatus::Gemeld && i.articleIds.isEmpty())
        return QCoreApplication::translate("IncidentRules",
                                           "Choose at least one protocol article: a case leaves 'reported' only "
                                           "with the articles it concerns.");
    if (isClosed(to) && i.closingSummary.trimmed().isEmpty())
        return QCoreApplication::translate("IncidentRules", "Write a closing summary before the case is closed.");
    if (isClosed(i.status) && reason.trimmed().isEmpty())
        return QCoreApplication::translate("IncidentRules", "Say why the case is reopened.");
    return QString();
}

} // namespace IncidentRules
