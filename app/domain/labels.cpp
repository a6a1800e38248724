#include "labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

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

QString gender(Gender gender)
{
    switch (gender) {
    case Gender::Unknown: return QCoreApplication::translate("Labels", "Unknown");
    case Gender::Male: return QCoreApplication::translate("Labels", "Male");
    case Gender::Female: return QCoreApplication::translate("Labels", "Female");
    case Gender::Other: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

QString relation(GuardianRelation relation)
{
    switch (relation) {
    case GuardianRelation::Moeder: return QCoreApplication::translate("Labels", "Mother");
    case GuardianRelation::Vader: return QCoreApplication::translate("Labels", "Father");
    case GuardianRelation::Verzorger: return QCoreApplication::translate("Labels", "Carer");
    case GuardianRelation::Voogd: return QCoreApplication::translate("Labels", "Guardian");
    case GuardianRelation::Pleegouder: return QCoreApplication::translate("Labels", "Foster parent");
    case GuardianRelation::Overig: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

QString involvementRole(InvolvementRole role)
{
    switch (role) {
    case InvolvementRole::Veroorzaker: return QCoreApplication::translate("Labels", "Causer");
    case InvolvementRole::Slachtoffer: return QCoreApplication::translate("Labels", "Victim");
    case InvolvementRole::Getuige: return QCoreApplication::translate("Labels", "Witness");
    case InvolvementRole::Melder: return QCoreApplication::translate("Labels", "Reporter");
    case InvolvementRole::BetrokkenOuder: return QCoreApplication::translate("Labels", "Parent involved");
    }
    return QString();
}

QString incidentStatus(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Gemeld: return QCoreApplication::translate("Labels", "Reported");
    case IncidentStatus::InBehandeling: return QCoreApplication::translate("Labels", "In progress");
    case IncidentStatus::Maatregel: return QCoreApplication::translate("Labels", "Measure");
    case IncidentStatus::Afgesloten: return QCoreApplication::translate("Labels", "Closed");
    case IncidentStatus::GeenActie: return QCoreApplication::translate("Labels", "No action");
    }
    return QString();
}

QString measureStatus(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Voornemen: return QCoreApplication::translate("Labels", "Intended");
    case MeasureStatus::Opgelegd: return QCoreApplication::translate("Labels", "Imposed");
    case MeasureStatus::Ingetrokken: return QCoreApplication::translate("Labels", "Withdrawn");
    case MeasureStatus::Bezwaar: return QCoreApplication::translate("Labels", "Objection");
    case MeasureStatus::BezwaarGegrond: return QCoreApplication::translate("Labels", "Objection upheld");
    case MeasureStatus::BezwaarOngegrond: return QCoreApplication::translate("Labels", "Objection dismissed");
    }
    return QString();
}

QString actionKind(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Hoorgesprek: return QCoreApplication::translate("Labels", "Hearing");
    case ActionKind::OudersInformeren: return QCoreApplication::translate("Labels", "Inform parents");
    case ActionKind::InspectieInformeren: return QCoreApplication::translate("Labels", "Inform the Inspectie");
    case ActionKind::LeerplichtambtenaarInformeren: return QCoreApplication::translate("Labels", "Inform the school attendance officer");
    case ActionKind::Aangifte: return QCoreApplication::translate("Labels", "Police report");
    case ActionKind::SlachtofferAangifte: return QCoreApplication::translate("Labels", "Encourage victim to report to the police");
    case ActionKind::Vertrouwensinspecteur: return QCoreApplication::translate("Labels", "Consult the confidential inspector");
    case ActionKind::VeiligThuis: return QCoreApplication::translate("Labels", "Report to Veilig Thuis");
    case ActionKind::Leidinggevende: return QCoreApplication::translate("Labels", "Contact the line manager");
    case ActionKind::BestuurInformeren: return QCoreApplication::translate("Labels", "Inform the board");
    case ActionKind::VoornemenAangetekend: return QCoreApplication::translate("Labels", "Intended decision by registered letter");
    case ActionKind::Reactietermijn: return QCoreApplication::translate("Labels", "Term to respond");
    case ActionKind::BesluitAangetekend: return QCoreApplication::translate("Labels", "Decision by registered letter");
    case ActionKind::Beroepstermijn: return QCoreApplication::translate("Labels", "Appeal term");
    case ActionKind::Bezwaartermijn: return QCoreApplication::translate("Labels", "Objection term");
    case ActionKind::BeslistermijnBezwaar: return QCoreApplication::translate("Labels", "Term to decide on the objection");
    case ActionKind::HerinneringVerwijdering: return QCoreApplication::translate("Labels", "Removal reminder");
    case ActionKind::Inzageverzoek: return QCoreApplication::translate("Labels", "Access request");
    case ActionKind::Overig: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

QString actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return QCoreApplication::translate("Labels", "Open");
    case ActionStatus::Gedaan: return QCoreApplication::translate("Labels", "Done");
    case ActionStatus::NietNodig: return QCoreApplication::translate("Labels", "Not needed");
    }
    return QString();
}

QString direction(Direction direction)
{
    switch (direction) {
    case Direction::In: return QCoreApplication::translate("Labels", "Incoming");
    case Direction::Uit: return QCoreApplication::translate("Labels", "Outgoing");
    case Direction::Intern: return QCoreApplication::translate("Labels", "Internal");
    }
    return QString();
}

QString channel(Channel channel)
{
    switch (channel) {
    case Channel::Brief: return QCoreApplication::translate("Labels", "Letter");
    case Channel::Aangetekend: return QCoreApplication::translate("Labels", "Registered letter");
    case Channel::Email: return QCoreApplication::translate("Labels", "E-mail");
    case Channel::Telefoon: return QCoreApplication::translate("Labels", "Phone note");
    case Channel::Gespreksverslag: return QCoreApplication::translate("Labels", "Meeting report");
    }
    return QString();
}

QString platform(Platform platform)
{
    switch (platform) {
    case Platform::Instagram: return QCoreApplication::translate("Labels", "Instagram");
    case Platform::X: return QCoreApplication::translate("Labels", "X (Twitter)");
    case Platform::Facebook: return QCoreApplication::translate("Labels", "Facebook");
    case Platform::YouTube: return QCoreApplication::translate("Labels", "YouTube");
    case Platform::LinkedIn: return QCoreApplication::translate("Labels", "LinkedIn");
    case Platform::TikTok: return QCoreApplication::translate("Labels", "TikTok");
    case Platform::Snapchat: return QCoreApplication::translate("Labels", "Snapchat");
    case Platform::WhatsApp: return QCoreApplication::translate("Labels", "WhatsApp");
    case Platform::Email: return QCoreApplication::translate("Labels", "E-mail");
    case Platform::WebsiteForum: return QCoreApplication::translate("Labels", "Website or forum");
    case Platform::Anders: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

QString context(IncidentContext context)
{
    switch (context) {
    case IncidentContext::TijdensLes: return QCoreApplication::translate("Labels", "During lessons");
    case IncidentContext::InSchool: return QCoreApplication::translate("Labels", "In school");
    case IncidentContext::BuitenSchool: return QCoreApplication::translate("Labels", "Outside school");
    case IncidentContext::TijdensWerk: return QCoreApplication::translate("Labels", "During work");
    case IncidentContext::BuitenWerk: return QCoreApplication::translate("Labels", "Outside work");
    }
    return QString();
}

QString harm(Harm harm)
{
    switch (harm) {
    case Harm::Pesten: return QCoreApplication::translate("Labels", "Bullying");
    case Harm::Kwetsen: return QCoreApplication::translate("Labels", "Hurting");
    case Harm::Stalken: return QCoreApplication::translate("Labels", "Stalking");
    case Harm::Bedreigen: return QCoreApplication::translate("Labels", "Threatening");
    case Harm::Zwartmaken: return QCoreApplication::translate("Labels", "Defaming");
    case Harm::VertrouwelijkeInfo: return QCoreApplication::translate("Labels", "Confidential information shared");
    case Harm::PersoonlijkeGegevens: return QCoreApplication::translate("Labels", "Personal data shared");
    case Harm::BeeldZonderToestemming: return QCoreApplication::translate("Labels", "Images without consent");
    case Harm::VriendWordenLeerling: return QCoreApplication::translate("Labels", "Befriending pupils");
    case Harm::OntbrekendeDisclaimer: return QCoreApplication::translate("Labels", "Missing disclaimer");
    case Harm::ActiefTijdensLes: return QCoreApplication::translate("Labels", "Active on social media during lessons");
    case Harm::Overig: return QCoreApplication::translate("Labels", "Other");
    }
    return QString();
}

QString severity(Severity severity)
{
    switch (severity) {
    case Severity::Licht: return QCoreApplication::translate("Labels", "Light");
    case Severity::Ernstig: return QCoreApplication::translate("Labels", "Serious");
    case Severity::ZeerErnstig: return QCoreApplication::translate("Labels", "Grave");
    }
    return QString();
}

QString dueText(const Action &action)
{
    const QString due = action.dueOn.toString(QStringLiteral("dd-MM-yyyy"));
    return action.unextendedDue.isValid() ? QCoreApplication::translate("Labels", "%1 (extended)").arg(due) : due;
}

QString termNote(const Action &action)
{
    QStringList parts;
    if (action.countedFrom.isValid())
        parts.append(QCoreApplication::translate("Labels", "The term runs from %1.")
                         .arg(QLocale().toString(action.countedFrom, QStringLiteral("dddd d MMMM yyyy"))));
    if (action.unextendedDue.isValid())
        parts.append(QCoreApplication::translate("Labels", "It would end on %1, a day without office hours, and is extended "
                                                           "to %2 (Algemene termijnenwet).")
                         .arg(QLocale().toString(action.unextendedDue, QStringLiteral("dddd d MMMM yyyy")),
                              QLocale().toString(action.dueOn, QStringLiteral("dddd d MMMM yyyy"))));
    return parts.join(QLatin1Char(' '));
}

} // namespace Labels
