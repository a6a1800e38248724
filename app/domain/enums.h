#pragma once

// The domain's closed vocabularies. Each value has a stable code that is stored in the
// database and in JSON exports; codes are Dutch because the domain is (DESIGN.md §3).
// Labels for the interface come from the views, through tr().

#include <QString>
#include <QStringList>
#include <optional>

enum class PersonKind { Medewerker, Leerling, Ouder, Overig };
enum class Gender { Unknown, Male, Female, Other };
enum class GuardianRelation { Moeder, Vader, Verzorger, Voogd, Pleegouder, Overig };
enum class UserRole { Beheerder, Bestuur, Directeur, Melder };
enum class Ladder { Medewerker, Leerling, Ouder };
enum class IncidentStatus { Gemeld, InBehandeling, Maatregel, Afgesloten, GeenActie };
enum class Severity { Licht, Ernstig, ZeerErnstig };
enum class Platform { Instagram, X, Facebook, YouTube, LinkedIn, TikTok, Snapchat, WhatsApp,
                      Email, WebsiteForum, Anders };
enum class IncidentContext { TijdensLes, InSchool, BuitenSchool, TijdensWerk, BuitenWerk };
enum class Harm { Pesten, Kwetsen, Stalken, Bedreigen, Zwartmaken, VertrouwelijkeInfo,
                  PersoonlijkeGegevens, BeeldZonderToestemming, VriendWordenLeerling,
                  OntbrekendeDisclaimer, ActiefTijdensLes, Overig };
enum class InvolvementRole { Veroorzaker, Slachtoffer, Getuige, Melder, BetrokkenOuder };
enum class MeasureStatus { Voornemen, Opgelegd, Ingetrokken, Bezwaar, BezwaarGegrond,
                           BezwaarOngegrond };
enum class ActionKind { Hoorgesprek, OudersInformeren, InspectieInformeren,
                        LeerplichtambtenaarInformeren, Aangifte, SlachtofferAangifte,
                        Vertrouwensinspecteur, VeiligThuis, Leidinggevende, BestuurInformeren,
                        VoornemenAangetekend, Reactietermijn, BesluitAangetekend, Beroepstermijn,
                        Bezwaartermijn, BeslistermijnBezwaar, HerinneringVerwijdering,
                        Inzageverzoek, Overig };
enum class ActionStatus { Open, Gedaan, NietNodig };
enum class Direction { In, Uit, Intern };
enum class Channel { Brief, Aangetekend, Email, Telefoon, Gespreksverslag };

// Code tables. codes<E>() lists every code in declaration order; the position is the
// enum's value, so the table and the enum must stay in step (a unit test checks sizes).
template <typename E> const QStringList &codes();

template <typename E> QString toCode(E value)
{
    return codes<E>().at(static_cast<int>(value));
}

template <typename E> std::optional<E> fromCode(const QString &code)
{
    const int index = codes<E>().indexOf(code);
    if (index < 0)
        return std::nullopt;
    return static_cast<E>(index);
}

// The ladder a person's measures come from; `overig` persons have none.
std::optional<Ladder> ladderFor(PersonKind kind);
