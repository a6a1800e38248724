#include "labels.h"

#include <QCoreApplication>

namespace Labels {

QString role(UserRole role)
{
    switch (role) {
    case UserRole::Beheerder: return QCoreApplication::translate("Labels", "Administrator");
    case UserRole::Bestuur: return QCoreApplication::translate("Labels", "Board office");
    case UserRole::Directeur: return QCoreApplication::translate("Labels", "Director");
    case UserRole::Melder: return QCoreApplication::translate("Labels", "Reporter");
    }
    return QString();
}

QString personKind(PersonKind kind)
{
    switch (kind) {
    case PersonKind::Medewerker: return QCoreApplication::translate("Labels", "Staff member");
    case PersonKind::Leerling: return QCoreApplication::translate("Labels", "Pupil");
    case PersonKind::Ouder: return QCoreApplication::translate("Labels", "Parent/carer");
    case PersonKind::Overig: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

} // namespace Labels
