#include "legalhold.h"

QString LegalHold::problem(const QDate &today) const
{
    if (personId <= 0)
        return tr("Choose the person whose dossier must be kept.");
    if (reason.trimmed().isEmpty())
        return tr("Say why the dossier must be kept (for example the police or court case).");
    if (!startsOn.isValid())
        return tr("Enter the date the hold starts.");
    if (startsOn > today)
        return tr("The hold cannot start in the future.");
    if (endsOn.isValid() && endsOn < startsOn)
        return tr("The hold cannot end before it starts.");
    return QString();
}
