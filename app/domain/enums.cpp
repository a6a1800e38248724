#include "enums.h"

template <> const QStringList &codes<PersonKind>()
{
    static const QStringList c{ "medewerker", "leerling", "ouder", "overig" };
    return c;
}

template <> const QStringList &codes<Gender>()
{
    static const QStringList c{ "onbekend", "man", "vrouw", "anders" };
    return c;
}

template <> const QStringList &codes<GuardianRelation>()
{
    static const QStringList c{ "moeder", "vader", "verzorger", "voogd", "pleegouder", "overig" };
    return c;
}

template <> const QStringList &codes<UserRole>()
{
    static const QStringList c{ "beheerder", "bestuur", "directeur", "melder" };
    return c;
}

template <> const QStringList &codes<Ladder>()
{
    static const QStringList c{ "medewerker", "leerling", "ouder" };
    return c;
}

template <> const QStringList &codes<IncidentStatus>()
{
    static const QStringList c{ "gemeld", "in_behandeling", "maatregel", "afgesloten",
                                "geen_actie" };
    return c;
}

template <> const QStringList &codes<Severity>()
{
    static const QStringList c{ "licht", "ernstig", "zeer_ernstig" };
    return c;
}

template <> const QStringList &codes<Platform>()
{
    static const QStringList c{ "instagram", "x",        "facebook", "youtube",
                                "linkedin",  "tiktok",   "snapchat", "whatsapp",
                                "email",     "website",  "anders" };
    return c;
}

template <> const QStringList &codes<IncidentContext>()
{
    static const QStringList c{ "tijdens_les", "in_school", "buiten_school", "tijdens_werk",
                                "buiten_werk" };
    return c;
}

template <> const QStringList &codes<Harm>()
{
    static const QStringList c{ "pesten",          "kwetsen",
                                "stalken",         "bedreigen",
                                "zwartmaken",      "vertrouwelijke_informatie",
                                "persoonsgegevens", "beeld_zonder_toestemming",
                                "vriend_leerling", "geen_disclaimer",
                                "actief_tijdens_les", "overig" };
    return c;
}

template <> const QStringList &codes<InvolvementRole>()
{
    static const QStringList c{ "veroorzaker", "slachtoffer", "getuige", "melder",
                                "betrokken_ouder" };
    return c;
}

template <> const QStringList &codes<MeasureStatus>()
{
    static const QStringList c{ "voornemen", "opgelegd", "ingetrokken", "bezwaar",
                                "bezwaar_gegrond", "bezwaar_ongegrond" };
    return c;
}

template <> const QStringList &codes<ActionKind>()
{
    static const QStringList c{ "hoorgesprek",
                                "ouders_informeren",
                                "inspectie_informeren",
                                "leerplichtambtenaar_informeren",
                                "aangifte",
                                "slachtoffer_aangifte",
                                "vertrouwensinspecteur",
                                "veilig_thuis",
                                "leidinggevende",
                                "bestuur_informeren",
                                "voornemen_aangetekend",
                                "reactietermijn",
                                "besluit_aangetekend",
                                "beroepstermijn",
                                "bezwaartermijn",
                                "beslistermijn_bezwaar",
                                "herinnering_verwijdering",
                                "inzageverzoek",
                                "overig" };
    return c;
}

template <> const QStringList &codes<ActionStatus>()
{
    static const QStringList c{ "open", "gedaan", "niet_nodig" };
    return c;
}

template <> const QStringList &codes<Direction>()
{
    static const QStringList c{ "in", "uit", "intern" };
    return c;
}

template <> const QStringList &codes<Channel>()
{
    static const QStringList c{ "brief", "aangetekend", "email", "telefoon", "gespreksverslag" };
    return c;
}

std::optional<Ladder> ladderFor(PersonKind kind)
{
    switch (kind) {
    case PersonKind::Medewerker: return Ladder::Medewerker;
    case PersonKind::Leerling: return Ladder::Leerling;
    case PersonKind::Ouder: return Ladder::Ouder;
    case PersonKind::Overig: return std::nullopt;
    }
    return std::nullopt;
}
