#include "demonames.h"

namespace DemoNames {

const QStringList &girlNames()
{
    static const QStringList n{ "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Noor", "Anna", "Evi",
                                "Lotte", "Fleur", "Chloë", "Liv", "Nina", "Yara", "Fatima", "Aïcha", "Inès", "Anaïs",
                                "Lieke", "Sanne", "Marieke", "Ilse", "Esra", "Elif", "Hanneke", "Joëlle", "Maud", "Saar" };
    return n;
}

const QStringList &boyNames()
{
    static const QStringList n{ "Noah", "Sem", "Liam", "Lucas", "Daan", "Finn", "Levi", "Luuk", "Mees", "Jesse",
                                "Daniël", "Noël", "Rafaël", "Mohammed", "Yusuf", "Emre", "Bram", "Thijs", "Ruben", "Sven",
                                "Jeroen", "Maarten", "Pieter", "Joost", "Sören", "Émile", "Jan", "Koen", "Hidde", "Stijn" };
    return n;
}

const QList<QPair<QString, QString>> &surnames()
{
    static const QList<QPair<QString, QString>> n{
        { "de", "Jong" }, { "", "Jansen" }, { "de", "Vries" }, { "van den", "Berg" }, { "van", "Dijk" },
        { "", "Bakker" }, { "", "Visser" }, { "", "Smit" }, { "", "Meijer" }, { "de", "Boer" },
        { "", "Mulder" }, { "de", "Groot" }, { "", "Bos" }, { "", "Vos" }, { "", "Peters" },
        { "", "Hendriks" }, { "van", "Leeuwen" }, { "", "Dekker" }, { "", "Brouwer" }, { "de", "Wit" },
        { "", "Dijkstra" }, { "van der", "Meer" }, { "van 't", "Hof" }, { "van der", "Linden" }, { "", "Kok" },
        { "de", "Haan" }, { "", "Vermeulen" }, { "van den", "Heuvel" }, { "van der", "Veen" }, { "van den", "Broek" },
        { "de", "Bruijn" }, { "van der", "Heijden" }, { "", "Schouten" }, { "van", "Beek" }, { "", "Willems" },
        { "van", "Vliet" }, { "van de", "Ven" }, { "", "Hoekstra" }, { "", "Maas" }, { "", "Verhoeven" },
        { "", "Öztürk" }, { "", "Yılmaz" }, { "", "Çelik" }, { "", "Şahin" }, { "", "Doğan" },
        { "el", "Amrani" }, { "", "Boukhari" }, { "", "Nguyễn" }, { "", "Kowalski" }, { "", "Ramdin" },
        { "", "Hoëvenaars" }, { "", "Müller" }, { "in 't", "Veld" }, { "ter", "Horst" }, { "ten", "Cate" },
        { "", "Wolters" }, { "", "Nijhuis" }, { "", "Kamphuis" }, { "", "Oude Groote Beverborg" }, { "", "Brinkman" } };
    return n;
}

const QStringList &streets()
{
    static const QStringList n{ "Lindelaan", "Kerkstraat", "Molenweg", "Beukenlaan", "Esweg", "Marktstraat",
                                "Oldenzaalsestraat", "Bornsestraat", "Hofstede", "Zwanenhof", "Kastanjelaan",
                                "Wilhelminastraat", "Julianastraat", "Dorpsstraat", "Havezatelaan", "Veldkamp" };
    return n;
}

const QStringList &cities()
{
    static const QStringList n{ "Hengelo", "Borne", "Delden", "Goor", "Almelo", "Enschede", "Oldenzaal", "Haaksbergen" };
    return n;
}

const QStringList &schoolNames()
{
    static const QStringList n{ "Basisschool De Regenboog", "OBS De Vlinderhof", "CBS Het Kompas", "De Wilgenhoek",
                                "IKC De Sterrenboom", "Basisschool Het Palet", "De Klimop", "OBS De Zonnewijzer",
                                "CBS Het Baken", "De Boomgaard", "Basisschool De Esch", "Het Speelkwartier" };
    return n;
}

const QStringList &staffFunctions()
{
    static const QStringList n{ "Leerkracht", "Leerkracht", "Leerkracht", "Leerkracht", "Intern begeleider",
                                "Onderwijsassistent", "Vakleerkracht bewegingsonderwijs", "Conciërge",
                                "Administratief medewerker", "Adjunct-directeur" };
    return n;
}

const QList<IncidentText> &pupilIncidents()
{
    static const QList<IncidentText> n{
        { "Kwetsende berichten in de groepsapp",
          "{causer} stuurde in een klassengroep op {platform} meerdere kwetsende berichten over {victim}. Klasgenoten lieten schermafbeeldingen zien aan de leerkracht." },
        { "Foto van klasgenoot zonder toestemming gedeeld",
          "{causer} maakte tijdens de gymles een foto van {victim} en plaatste die zonder toestemming op {platform}. De foto is inmiddels verwijderd." },
        { "Uitsluiten en pesten via sociale media",
          "Volgens {victim} wordt hij of zij al weken buitengesloten en uitgelachen op {platform}, aangestuurd door {causer}." },
        { "Bedreiging na ruzie op het schoolplein",
          "Na een ruzie op het schoolplein stuurde {causer} een bedreigend bericht aan {victim} via {platform}. Ouders van {victim} maakten melding." },
        { "Nepaccount op naam van klasgenoot",
          "{causer} heeft op {platform} een account aangemaakt met de naam en foto van {victim} en daarmee berichten geplaatst." },
        { "Telefoon gebruikt tijdens de les",
          "{causer} filmde tijdens de les met de telefoon en zette de beelden op {platform}. {victim} is herkenbaar in beeld." } };
    return n;
}

const QList<IncidentText> &staffIncidents()
{
    static const QList<IncidentText> n{
        { "Medewerker bevriend met leerlingen op sociale media",
          "Ouders meldden dat {causer} via een privéaccount op {platform} contact heeft met leerlingen, onder wie {victim}." },
        { "Vertrouwelijke informatie over leerling gedeeld",
          "{causer} plaatste op {platform} een bericht waarin een leerling herkenbaar werd besproken. Het betreft {victim}." },
        { "Uitlatingen over de school zonder disclaimer",
          "{causer} mengde zich op {platform} in een discussie over de school zonder te vermelden dat het een persoonlijke mening betrof." },
        { "Werkmail via privéadres",
          "{causer} mailde ouders van {victim} vanaf een privé-e-mailadres in plaats van het adres van de school." } };
    return n;
}

const QList<IncidentText> &parentIncidents()
{
    static const QList<IncidentText> n{
        { "Ouder maakt leerkracht zwart op sociale media",
          "{causer} plaatste op {platform} een bericht waarin leerkracht {victim} met naam en foto wordt beschuldigd. Het bericht werd veel gedeeld." },
        { "Dreigende e-mail van ouder",
          "{causer} stuurde een e-mail met dreigende taal aan {victim} na een gesprek over de ontwikkeling van het kind." },
        { "Ouder deelt beelden van schoolreis zonder toestemming",
          "{causer} zette foto's van de schoolreis op {platform} waarop andere kinderen herkenbaar zijn, onder wie {victim}." } };
    return n;
}

const QStringList &noteTexts()
{
    static const QStringList n{ "Gesprek gevoerd met de betrokken leerling; hij of zij toont begrip voor de gevolgen.",
                                "Ouders telefonisch geïnformeerd; afspraak voor een gesprek volgende week.",
                                "Schermafbeeldingen ontvangen van de mentor en bij de melding gevoegd.",
                                "Overleg met de intern begeleider over ondersteuning van het slachtoffer.",
                                "Bericht is op verzoek van de school verwijderd door de plaatser.",
                                "Afstemming met het bestuursbureau over de te nemen maatregel." };
    return n;
}

const QStringList &correspondenceSubjects()
{
    static const QStringList n{ "Uitnodiging voor een gesprek", "Verslag van het gesprek", "Reactie van ouders",
                                "Bevestiging van de afspraken", "Besluit over de maatregel", "Vraag om toelichting",
                                "Telefoonnotitie", "Melding ontvangen van een ouder", "Schriftelijke waarschuwing" };
    return n;
}

const QStringList &closingSummaries()
{
    static const QStringList n{ "Gesprekken gevoerd, afspraken vastgelegd en nageleefd; melding afgesloten.",
                                "Maatregel uitgevoerd, geen nieuwe incidenten; dossier gesloten.",
                                "Na onderzoek bleek geen overtreding van het protocol; geen verdere actie." };
    return n;
}

} // namespace DemoNames
