<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Dossierkast %1&lt;/h3&gt;&lt;p&gt;Dossiers of incidents around the protocol for social media, mail and internet of a school board.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later. This program comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and libsodium.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossierkast %1&lt;/h3&gt;&lt;p&gt;Dossiers van incidenten rond het protocol sociale media, mail en internet van een schoolbestuur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licentie:&lt;/b&gt; GNU General Public License, versie 3 of later. Dit programma wordt geleverd zonder enige garantie.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %3 en libsodium.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Dossierkast</source>
        <translation>Over Dossierkast</translation>
    </message>
</context>
<context>
    <name>AccessDenial</name>
    <message>
        <source>this incident</source>
        <translation>deze melding</translation>
    </message>
    <message>
        <source>this person&apos;s dossier</source>
        <translation>het dossier van deze persoon</translation>
    </message>
    <message>
        <source>this correspondence item</source>
        <translation>dit correspondentiestuk</translation>
    </message>
    <message>
        <source>this measure</source>
        <translation>deze maatregel</translation>
    </message>
    <message>
        <source>this action</source>
        <translation>deze actie</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>dit gegeven</translation>
    </message>
    <message>
        <source>Unknown kind of record: %1.</source>
        <translation>Onbekend soort gegeven: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 bestaat niet (meer).</translation>
    </message>
    <message>
        <source>No access: you may not see %1. The attempt has been recorded.</source>
        <translation>Geen toegang: u mag %1 niet inzien. De poging is vastgelegd.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Er is geen melding %1.</translation>
    </message>
</context>
<context>
    <name>AccessRequestCommand</name>
    <message>
        <source>Writes the answer to an access request as a ZIP: the dossier summary with everybody else named by their role, the person&apos;s own attachments and their data as JSON. Records the request and files the action to answer it within a month; --answered marks that action done.</source>
        <translation>Schrijft het antwoord op een inzageverzoek als ZIP: het dossieroverzicht waarin alle anderen met hun rol worden aangeduid, de eigen bijlagen van de persoon en diens gegevens als JSON. Legt het verzoek vast en zet de actie om het binnen een maand te beantwoorden klaar; --answered legt die actie als gedaan vast.</translation>
    </message>
    <message>
        <source>--person ID --zip FILE [--received DATE] [--answered] [--redact-staff] [--term TEXT]…</source>
        <translation>--person ID --zip BESTAND [--received DATUM] [--answered] [--redact-staff] [--term TEKST]…</translation>
    </message>
    <message>
        <source>--received %1 is not a date; write it as 2026-11-20 or 20-11-2026.</source>
        <translation>--received %1 is geen datum; schrijf die als 2026-11-20 of 20-11-2026.</translation>
    </message>
    <message>
        <source>Give --person ID and --zip FILE.</source>
        <translation>Geef --person ID en --zip BESTAND.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>de opdrachtregel</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: the dossier summary, the data as JSON and %n attachment(s).</source>
        <translation>
            <numerusform>%1 geschreven: het dossieroverzicht, de gegevens als JSON en %n bijlage.</numerusform>
            <numerusform>%1 geschreven: het dossieroverzicht, de gegevens als JSON en %n bijlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action filed: answer the access request by %1%2.</source>
        <translation>Actie vastgelegd: inzageverzoek beantwoorden uiterlijk %1%2.</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (gedaan)</translation>
    </message>
    <message>
        <source>The action for this request was filed earlier.</source>
        <translation>De actie voor dit verzoek was al vastgelegd.</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Er is geen persoon %1.</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <source>Answer an access request</source>
        <translation>Inzageverzoek beantwoorden</translation>
    </message>
    <message>
        <source>Request &amp;received on:</source>
        <translation>Verzoek &amp;ontvangen op:</translation>
    </message>
    <message>
        <source>This export &amp;answers the request (file the action as done)</source>
        <translation>Met deze export is het verzoek &amp;beantwoord (actie als gedaan vastleggen)</translation>
    </message>
    <message>
        <source>The ZIP for %1 holds the dossier summary as shown in the preview, the letters and documents in the dossier and the data as JSON. Other people&apos;s evidence is not included.</source>
        <translation>De ZIP voor %1 bevat het dossieroverzicht zoals in het voorbeeld, de brieven en documenten in het dossier en de gegevens als JSON. Bewijsstukken van anderen zitten er niet in.</translation>
    </message>
    <message>
        <source>The action &quot;answer the access request&quot; (due %1) is filed as done today.</source>
        <translation>De actie &quot;inzageverzoek beantwoorden&quot; (uiterlijk %1) wordt vandaag als gedaan vastgelegd.</translation>
    </message>
    <message>
        <source>The action &quot;answer the access request&quot; appears in Termijnen, due %1 (AVG art. 12).</source>
        <translation>De actie &quot;inzageverzoek beantwoorden&quot; komt in Termijnen, uiterlijk %1 (AVG art. 12).</translation>
    </message>
</context>
<context>
    <name>AccessRequestExport</name>
    <message>
        <source>The date the request was received must be a date that has passed (or today).</source>
        <translation>De datum waarop het verzoek is ontvangen moet vandaag zijn of in het verleden liggen.</translation>
    </message>
    <message>
        <source>Answered with an export of the dossier.</source>
        <translation>Beantwoord met een export van het dossier.</translation>
    </message>
    <message>
        <source>Answer to an access request (AVG art. 15) received on %1.

dossieroverzicht.pdf  the dossier as the school keeps it; other persons are named by their role
gegevens.json         the same data, readable by a computer
bijlagen/             letters and documents in the dossier

Audit mark %2: the school&apos;s audit trail at the moment this answer was made.
</source>
        <translation>Antwoord op een inzageverzoek (AVG art. 15), ontvangen op %1.

dossieroverzicht.pdf  het dossier zoals de school het bijhoudt; andere personen staan er met hun rol in
gegevens.json         dezelfde gegevens, leesbaar voor een computer
bijlagen/             brieven en documenten in het dossier

Auditkenmerk %2: de audittrail van de school op het moment dat dit antwoord werd gemaakt.
</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Uiterlijk &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Verantwoordelijk:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Gedaan op:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>&amp;Police reference:</source>
        <translation>&amp;Kenmerk van de politie:</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als gedaan markeren</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not needed?</source>
        <translation>Waarom is &quot;%1&quot; niet nodig?</translation>
    </message>
</context>
<context>
    <name>ActionService</name>
    <message>
        <source>Describe the action.</source>
        <translation>Beschrijf de actie.</translation>
    </message>
    <message>
        <source>An action belongs to an incident or a person.</source>
        <translation>Een actie hoort bij een melding of een persoon.</translation>
    </message>
    <message>
        <source>This action is no longer open.</source>
        <translation>Deze actie staat niet meer open.</translation>
    </message>
    <message>
        <source>Enter the day it was done (today or earlier).</source>
        <translation>Vul de dag in waarop het is gedaan (vandaag of eerder).</translation>
    </message>
    <message>
        <source>Enter the police reference of the report.</source>
        <translation>Vul het kenmerk van de aangifte bij de politie in.</translation>
    </message>
    <message>
        <source>Say why the action is not needed.</source>
        <translation>Geef aan waarom de actie niet nodig is.</translation>
    </message>
    <message>
        <source>No access: only a user authorised to file police reports can close this action, as done or as not needed (Beheer → Users). The attempt has been recorded.</source>
        <translation>Geen toegang: alleen een gebruiker die aangifte mag doen, kan deze actie afsluiten, als gedaan of als niet nodig (Beheer → Gebruikers). De poging is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>&amp;Organisation and schools</source>
        <translation>&amp;Organisatie en scholen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Your account</source>
        <translation>&amp;Uw account</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocol</translation>
    </message>
    <message>
        <source>&amp;Ladders and holidays</source>
        <translation>&amp;Ladders en vakanties</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>&amp;Brieven</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Audittrail</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Bewaartermijnen</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>Back-&amp;up</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is %2; attachments may be at most %3 (setting in Beheer).</source>
        <translation>%1 is %2 groot; een bijlage mag ten hoogste %3 zijn (instelling in Beheer).</translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation>%1 kon niet volledig worden gelezen.</translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; nothing was saved.</source>
        <translation>%1 veranderde tijdens het opslaan; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The content of this attachment is not in the database (only its description was imported). Restore it from a backup.</source>
        <translation>De inhoud van deze bijlage staat niet in de database (alleen de beschrijving is geïmporteerd). Zet de inhoud terug uit een back-up.</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>De bijlage kon niet worden weggeschreven: %1</translation>
    </message>
    <message>
        <source>The stored content of this attachment is damaged: it no longer matches its SHA-256 %1. Restore it from a backup.</source>
        <translation>De opgeslagen inhoud van deze bijlage is beschadigd: die klopt niet meer met de SHA-256 %1. Zet de bijlage terug uit een back-up.</translation>
    </message>
    <message>
        <source>attachment content %1: %2</source>
        <translation>inhoud van bijlage %1: %2</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>De bijlage</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a pipe) and cannot be attached.</source>
        <translation>%1 is geen gewoon bestand (maar een map, apparaat of pijp) en kan niet worden bijgevoegd.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>About person</source>
        <translation>Over persoon</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Soort actie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Advised measure</source>
        <translation>Geadviseerde maatregel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Attachments removed</source>
        <translation>Bijlagen verwijderd</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>BRIN number</source>
        <translation>BRIN-nummer</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation>Blokgrootte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Afsluitende samenvatting</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Stored content (SHA-256)</source>
        <translation>Opgeslagen inhoud (SHA-256)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Correspondence item</source>
        <translation>Correspondentiestuk</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Beslissing op</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Destroyed at</source>
        <translation>Vernietigd op</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Note when done</source>
        <translation>Notitie bij afronden</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Kind of dossier</source>
        <translation>Soort dossier</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <source>Motivation for the escalation</source>
        <translation>Motivering van de zwaardere maatregel</translation>
    </message>
    <message>
        <source>Number in the school system</source>
        <translation>Nummer in het schoolsysteem</translation>
    </message>
    <message>
        <source>Facts known on</source>
        <translation>Feiten bekend op</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Kind of harm</source>
        <translation>Soort schade</translation>
    </message>
    <message>
        <source>Has a period</source>
        <translation>Heeft een periode</translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation>Gehoord door</translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation>Hoorgesprek gehouden</translation>
    </message>
    <message>
        <source>Hearing on</source>
        <translation>Hoorgesprek op</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>Disciplinair</translation>
    </message>
    <message>
        <source>Order measure</source>
        <translation>Ordemaatregel</translation>
    </message>
    <message>
        <source>Sanction article</source>
        <translation>Sanctieartikel</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uit dienst / vertrokken op</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Wettelijke bron</translation>
    </message>
    <message>
        <source>Letterhead text</source>
        <translation>Tekst briefhoofd</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Geblokkeerd tot</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Logo (SHA-256)</source>
        <translation>Logo (SHA-256)</translation>
    </message>
    <message>
        <source>May report to the police</source>
        <translation>Mag aangifte doen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Moet wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Why no causer is known</source>
        <translation>Waarom geen veroorzaker bekend is</translation>
    </message>
    <message>
        <source>Why not needed</source>
        <translation>Waarom niet nodig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Gebeurd op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Ouderlijk gezag</translation>
    </message>
    <message>
        <source>Parents refuse to cooperate</source>
        <translation>Ouders werken niet mee</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Kenmerk aangifte</translation>
    </message>
    <message>
        <source>Possibly criminal</source>
        <translation>Mogelijk strafbaar</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Voorgesteld op</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protocolversie</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Trede</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Receives mail</source>
        <translation>Ontvangt post</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <source>Registered-mail number</source>
        <translation>Nummer aangetekende post</translation>
    </message>
    <message>
        <source>Related incident</source>
        <translation>Verwante melding</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Replaces note</source>
        <translation>Vervangt notitie</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>First name in use</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Records removed</source>
        <translation>Gegevens verwijderd</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Paragraaf</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titel paragraaf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Sexual offence suspected</source>
        <translation>Vermoeden van zedendelict</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Grootte (bytes)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>In dienst / gestart op</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Signs of an unsafe home</source>
        <translation>Signalen van een onveilige thuissituatie</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>mislukte aanmelding</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>dossier viewed</source>
        <translation>dossier ingezien</translation>
    </message>
    <message>
        <source>printed or saved as PDF</source>
        <translation>afgedrukt of als pdf bewaard</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>access request answered</source>
        <translation>inzageverzoek beantwoord</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>database copied</source>
        <translation>database gekopieerd</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>back-up teruggezet</translation>
    </message>
    <message>
        <source>dossier destroyed</source>
        <translation>dossier vernietigd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Oorspronkelijke bestandsnaam</translation>
    </message>
    <message>
        <source>evidence removed (with the reason)</source>
        <translation>bewijsstuk verwijderd (met de reden)</translation>
    </message>
    <message>
        <source>Term runs from</source>
        <translation>Termijn loopt vanaf</translation>
    </message>
    <message>
        <source>Day off of the board</source>
        <translation>Vrije dag van het bestuur</translation>
    </message>
    <message>
        <source>Reason to handle a late objection</source>
        <translation>Reden om een te laat bezwaar te behandelen</translation>
    </message>
    <message>
        <source>Length confirmed</source>
        <translation>Duur bevestigd</translation>
    </message>
    <message>
        <source>Motivation for deciding before a required step</source>
        <translation>Motivering van een besluit vóór een vereiste stap</translation>
    </message>
    <message>
        <source>Due before the extension</source>
        <translation>Uiterste datum vóór de verlenging</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit record %1: %2</source>
        <translation>auditregistratie %1: %2</translation>
    </message>
    <message>
        <source>sequence number %1 expected; records are missing or were inserted</source>
        <translation>volgnummer %1 verwacht; er ontbreken registraties of er zijn registraties tussengevoegd</translation>
    </message>
    <message>
        <source>does not link to the previous record; the chain is broken here</source>
        <translation>sluit niet aan op de vorige registratie; de keten is hier verbroken</translation>
    </message>
    <message>
        <source>its content does not match its hash; the record was changed</source>
        <translation>de inhoud klopt niet met de hash; de registratie is gewijzigd</translation>
    </message>
    <message>
        <source>marked as erased but still holds content</source>
        <translation>gemarkeerd als gewist, maar bevat nog inhoud</translation>
    </message>
    <message>
        <source>the recorded &apos;before&apos; content was changed</source>
        <translation>de vastgelegde inhoud &apos;voor&apos; is gewijzigd</translation>
    </message>
    <message>
        <source>the recorded &apos;after&apos; content was changed</source>
        <translation>de vastgelegde inhoud &apos;na&apos; is gewijzigd</translation>
    </message>
    <message>
        <source>Audit mark %1: record %2 is no longer in the audit trail; the trail was cut short after it was written down.</source>
        <translation>Auditkenmerk %1: record %2 staat niet meer in de audittrail; de trail is ingekort nadat het kenmerk werd genoteerd.</translation>
    </message>
    <message>
        <source>Audit mark %1: record %2 now has another hash; the trail up to it was rewritten after the mark was written down.</source>
        <translation>Auditkenmerk %1: record %2 heeft nu een andere hash; de trail tot daar is herschreven nadat het kenmerk werd genoteerd.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>content erased at the end of its retention term</source>
        <translation>inhoud gewist aan het eind van de bewaartermijn</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>(any day)</source>
        <translation>(elke dag)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>Trail &amp;controleren</translation>
    </message>
    <message>
        <source>Proves the audit trail unbroken and every record equal to its last audited state</source>
        <translation>Bewijst dat de audittrail ongebroken is en dat elk gegeven gelijk is aan de laatst vastgelegde stand</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elk</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;an:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(all users)</source>
        <translation>(alle gebruikers)</translation>
    </message>
    <message>
        <source>(all actions)</source>
        <translation>(alle handelingen)</translation>
    </message>
    <message>
        <source>(all kinds)</source>
        <translation>(alle soorten)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n vastlegging</numerusform>
            <numerusform>%n vastleggingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a record to see what it recorded.</source>
        <translation>Kies een vastlegging om te zien wat er is vastgelegd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 — %4 %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 — %4 %5</translation>
    </message>
    <message>
        <source>Record %1 of the trail.</source>
        <translation>Vastlegging %1 van de trail.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Toelichting: %1</translation>
    </message>
    <message>
        <source>The content of this record was erased when the dossier&apos;s retention term ended; the trail still proves that the record existed and what it was a change of.</source>
        <translation>De inhoud van deze vastlegging is gewist toen de bewaartermijn van het dossier afliep; de trail bewijst nog steeds dat de vastlegging bestond en waarvan zij een wijziging was.</translation>
    </message>
    <message>
        <source>Verify the trail</source>
        <translation>Trail controleren</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Restore a backup or ask your IT contractor to look into it.</source>
        <translation>
            <numerusform>De controle vond %n probleem. Zet een back-up terug of vraag uw ICT-leverancier ernaar te kijken.</numerusform>
            <numerusform>De controle vond %n problemen. Zet een back-up terug of vraag uw ICT-leverancier ernaar te kijken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>AuditedOutput</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is een map; kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 cannot be written: nothing was written.</source>
        <translation>%1 kan niet worden geschreven: er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Unknown login name or wrong password.</source>
        <translation>Onbekende inlognaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1, or ask an administrator.</source>
        <translation>Dit account is geblokkeerd na te veel mislukte pogingen. Probeer het opnieuw na %1, of vraag een beheerder.</translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked until %1 after %2 failed attempts.</source>
        <translation>Onjuist wachtwoord. Het account is nu geblokkeerd tot %1, na %2 mislukte pogingen.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Dit account is uitgeschakeld. Vraag een beheerder.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Het huidige wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Het nieuwe wachtwoord moet verschillen van het huidige.</translation>
    </message>
    <message>
        <source>This account has no temporary password to replace.</source>
        <translation>Dit account heeft geen tijdelijk wachtwoord dat vervangen kan worden.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>This connection is not a Dossierkast user&apos;s own login.</source>
        <translation>Deze verbinding is niet de eigen aanmelding van een Dossierkast-gebruiker.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>De back-up kan niet over de database zelf heen worden geschreven.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2) and checked: it is sound.</source>
        <translation>Back-up geschreven naar %1 (%2) en gecontroleerd: hij is in orde.</translation>
    </message>
    <message>
        <source>Audit mark %1 (also in %2): `check --anchor %1` proves later that the trail was not rewritten.</source>
        <translation>Auditkenmerk %1 (ook in %2): met `check --anchor %1` bewijst u later dat de trail niet is herschreven.</translation>
    </message>
    <message>
        <source>Writes a checked copy of the whole database to FILE, also while Dossierkast is in use: sealed with the board&apos;s backup key once one is set (backup-key --set), else one SQLite file. --plain: an unsealed copy for this PC, recorded as such.</source>
        <translation>Schrijft een gecontroleerde kopie van de hele database naar BESTAND, ook terwijl Dossierkast in gebruik is: verzegeld met de back-upsleutel van het bestuur zodra die is ingesteld (backup-key --set), anders één SQLite-bestand. --plain: een onverzegelde kopie voor deze pc, als zodanig vastgelegd.</translation>
    </message>
    <message>
        <source>It is sealed with the backup key %1; only that key&apos;s passphrase opens it.</source>
        <translation>De back-up is verzegeld met de back-upsleutel %1; alleen de wachtwoordzin van die sleutel opent hem.</translation>
    </message>
    <message>
        <source>Warning: this backup is not sealed (--plain). Anyone who can read the file can read every dossier in it; keep it on this PC.</source>
        <translation>Waarschuwing: deze back-up is niet verzegeld (--plain). Wie het bestand kan lezen, kan elk dossier erin lezen; houd het op deze pc.</translation>
    </message>
    <message>
        <source>Warning: backups are not sealed, because no backup passphrase is set (backup-key --set). Anyone who can read this file can read every dossier in it.</source>
        <translation>Waarschuwing: back-ups worden niet verzegeld, omdat er geen back-upwachtwoordzin is ingesteld (backup-key --set). Wie dit bestand kan lezen, kan elk dossier erin lezen.</translation>
    </message>
    <message>
        <source>[--plain] FILE</source>
        <translation>[--plain] BESTAND</translation>
    </message>
</context>
<context>
    <name>BackupKeyCommand</name>
    <message>
        <source>Shows the key backups are sealed with. --set: sets the board&apos;s backup passphrase (from DOSSIERKAST_BACKUP_PASSPHRASE, or typed twice); the passphrase itself is not stored, only the public key derived from it. Backups made before keep needing the passphrase they were sealed with. Exit 1 when no passphrase is set.</source>
        <translation>Toont de sleutel waarmee back-ups worden verzegeld. --set: stelt de back-upwachtwoordzin van het bestuur in (uit DOSSIERKAST_BACKUP_PASSPHRASE, of twee keer getypt); de wachtwoordzin zelf wordt niet bewaard, alleen de openbare sleutel die ervan is afgeleid. Eerder gemaakte back-ups blijven de wachtwoordzin nodig hebben waarmee ze zijn verzegeld. Afsluitcode 1 als er geen wachtwoordzin is ingesteld.</translation>
    </message>
    <message>
        <source>The backup passphrase is set. From now on backups are sealed with the key %1.</source>
        <translation>De back-upwachtwoordzin is ingesteld. Vanaf nu worden back-ups verzegeld met de sleutel %1.</translation>
    </message>
    <message>
        <source>Write the passphrase on the recovery sheet (Beheer → Back-up prints one) and keep it where the board keeps its deeds: without it no sealed backup can be put back.</source>
        <translation>Schrijf de wachtwoordzin op het herstelblad (Beheer → Back-up drukt er een af) en bewaar dat waar het bestuur zijn aktes bewaart: zonder wachtwoordzin kan geen verzegelde back-up worden teruggezet.</translation>
    </message>
    <message>
        <source>Backups are sealed with the key %1, set on %2.</source>
        <translation>Back-ups worden verzegeld met de sleutel %1, ingesteld op %2.</translation>
    </message>
    <message>
        <source>No backup passphrase is set: backups are NOT sealed. Set one with backup-key --set.</source>
        <translation>Er is geen back-upwachtwoordzin ingesteld: back-ups worden NIET verzegeld. Stel er een in met backup-key --set.</translation>
    </message>
    <message>
        <source>[--set]</source>
        <translation>[--set]</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Back-upwachtwoordzin</translation>
    </message>
    <message>
        <source>Backups will be sealed so that only this passphrase opens them. Dossierkast does not keep the passphrase: write it on the recovery sheet that follows and keep that where the board keeps its deeds. Without it no sealed backup can be put back.</source>
        <translation>Back-ups worden zo verzegeld dat alleen deze wachtwoordzin ze opent. Dossierkast bewaart de wachtwoordzin niet: schrijf hem op het herstelblad dat volgt en bewaar dat waar het bestuur zijn aktes bewaart. Zonder wachtwoordzin kan geen verzegelde back-up worden teruggezet.</translation>
    </message>
    <message>
        <source>A passphrase is set already. Backups made until now keep needing the passphrase they were sealed with: keep the old recovery sheet as long as those backups exist.</source>
        <translation>Er is al een wachtwoordzin ingesteld. De back-ups die tot nu toe zijn gemaakt, blijven de wachtwoordzin nodig hebben waarmee ze zijn verzegeld: bewaar het oude herstelblad zolang die back-ups bestaan.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Wachtwoordzin &amp;instellen</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;Make a backup now…</source>
        <translation>Nu een back-up &amp;maken…</translation>
    </message>
    <message>
        <source>&amp;Put a backup back…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Folder for the daily backups:</source>
        <translation>Map voor de dagelijkse back-ups:</translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation>Laatste goede back-up:</translation>
    </message>
    <message>
        <source>At the first start of each day Dossierkast writes a checked copy of the database into this folder and keeps the last 7 days, 4 weeks and 12 months. Choose a folder on another disk or a network drive, so that a broken disk does not take the backups with it.</source>
        <translation>Bij de eerste start van elke dag schrijft Dossierkast een gecontroleerde kopie van de database in deze map en bewaart de laatste 7 dagen, 4 weken en 12 maanden. Kies een map op een andere schijf of een netwerkschijf, zodat een kapotte schijf de back-ups niet meeneemt.</translation>
    </message>
    <message>
        <source>This PC uses a PostgreSQL server: its backups are made on the server (ask your IT contractor). A backup made here is a file with every record, which &apos;dossierkast restore&apos; can put back into a database file.</source>
        <translation>Deze pc gebruikt een PostgreSQL-server: de back-ups daarvan worden op de server gemaakt (vraag uw ICT-leverancier). Een back-up die u hier maakt, is een bestand met alle gegevens, dat &apos;dossierkast restore&apos; in een databasebestand kan terugzetten.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>A server database is restored on the server</source>
        <translation>Een serverdatabase wordt op de server teruggezet</translation>
    </message>
    <message>
        <source>Puts the chosen backup back, after a check</source>
        <translation>Zet de gekozen back-up terug, na een controle</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>Map voor de dagelijkse back-ups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Dossierkast cannot write in %1.</source>
        <translation>Dossierkast kan niet schrijven in %1.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>De back-up kan niet over de database zelf heen worden geschreven.</translation>
    </message>
    <message>
        <source>Copying and checking the database…</source>
        <translation>De database wordt gekopieerd en gecontroleerd…</translation>
    </message>
    <message>
        <source>Put a backup back</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The backup %1 is sound. Put it back?</source>
        <translation>De back-up %1 is in orde. Terugzetten?</translation>
    </message>
    <message>
        <source>Dossierkast closes, sets the current database aside (it is kept beside it, not deleted) and puts the backup in its place whole; everything recorded after the backup was made is then only in the file set aside. Then you log in again. Close Dossierkast on other PCs that use this file first.</source>
        <translation>Dossierkast sluit, zet de huidige database opzij (die blijft ernaast bewaard en wordt niet verwijderd) en zet de back-up in zijn geheel op zijn plaats; alles wat na het maken van de back-up is vastgelegd, staat dan alleen nog in het opzijgezette bestand. Daarna meldt u zich opnieuw aan. Sluit Dossierkast eerst af op andere pc&apos;s die dit bestand gebruiken.</translation>
    </message>
    <message>
        <source>Close and put back</source>
        <translation>Sluiten en terugzetten</translation>
    </message>
    <message>
        <source>The backup was written to %1 and checked: it is sound.

Audit mark %2 (kept beside the backups in %3).</source>
        <translation>De back-up is geschreven naar %1 en gecontroleerd: hij is in orde.

Auditkenmerk %2 (bewaard naast de back-ups in %3).</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Verzegeld</translation>
    </message>
    <message>
        <source>Set backup &amp;passphrase…</source>
        <translation>Back-up&amp;wachtwoordzin instellen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Backups are sealed: only the board&apos;s backup passphrase opens them (key %1, set on %2).</source>
        <translation>Back-ups worden verzegeld: alleen de back-upwachtwoordzin van het bestuur opent ze (sleutel %1, ingesteld op %2).</translation>
    </message>
    <message>
        <source>Change backup &amp;passphrase…</source>
        <translation>Back-up&amp;wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Backups are NOT sealed: whoever finds a backup disk can read every dossier, address and password hash in it. Set a backup passphrase (once, by the board) to seal them.</source>
        <translation>Back-ups worden NIET verzegeld: wie een back-upschijf vindt, kan elk dossier, adres en wachtwoordhash erop lezen. Stel een back-upwachtwoordzin in (eenmalig, door het bestuur) om ze te verzegelen.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Back-upwachtwoordzin</translation>
    </message>
    <message>
        <source>Deriving the backup key from the passphrase…</source>
        <translation>De back-upsleutel wordt afgeleid van de wachtwoordzin…</translation>
    </message>
    <message>
        <source>It was sealed with the key %1, set on %2.</source>
        <translation>Hij is verzegeld met de sleutel %1, ingesteld op %2.</translation>
    </message>
    <message>
        <source>%1 is sealed. %2

Backup passphrase (on the recovery sheet):</source>
        <translation>%1 is verzegeld. %2

Back-upwachtwoordzin (op het herstelblad):</translation>
    </message>
    <message>
        <source>Opening and checking the sealed backup…</source>
        <translation>De verzegelde back-up wordt geopend en gecontroleerd…</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it against the recovery sheet of the key named, and try again.</source>
        <translation>Die wachtwoordzin opent deze back-up niet. Vergelijk hem met het herstelblad van de genoemde sleutel en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Dossierkast backup (*.dkbackup *.sqlite)</source>
        <translation>Dossierkast-back-up (*.dkbackup *.sqlite)</translation>
    </message>
    <message>
        <source>It is NOT sealed: set a backup passphrase to seal backups.</source>
        <translation>Hij is NIET verzegeld: stel een back-upwachtwoordzin in om back-ups te verzegelen.</translation>
    </message>
    <message>
        <source>It is sealed with the key %1.</source>
        <translation>Hij is verzegeld met de sleutel %1.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>(other)</source>
        <translation>(overig)</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Niets te tellen in deze periode.</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>measures and actions →</source>
        <translation>maatregelen en acties →</translation>
    </message>
    <message>
        <source>Next term</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <source>all terms →</source>
        <translation>alle termijnen →</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Betrokken personen</translation>
    </message>
    <message>
        <source>persons →</source>
        <translation>personen →</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>measures →</source>
        <translation>maatregelen →</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Laatste notitie</translation>
    </message>
    <message>
        <source>follow-up log →</source>
        <translation>logboek →</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>articles →</source>
        <translation>artikelen →</translation>
    </message>
    <message>
        <source>waiting for the decision on an objection</source>
        <translation>wacht op de beslissing op een bezwaar</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>wacht op: %1</translation>
    </message>
    <message>
        <source>waiting to be taken up: hear those involved, then decide what to do</source>
        <translation>wacht op behandeling: hoor de betrokkenen en besluit dan wat er gebeurt</translation>
    </message>
    <message>
        <source>nothing open: decide on measures, or close the case</source>
        <translation>niets open: besluit over maatregelen, of sluit de melding af</translation>
    </message>
    <message>
        <source>nothing open: close the case when the measures have run their course</source>
        <translation>niets open: sluit de melding af als de maatregelen zijn afgerond</translation>
    </message>
    <message>
        <source>closed, nothing open</source>
        <translation>afgesloten, niets open</translation>
    </message>
    <message>
        <source>No open term.</source>
        <translation>Geen open termijn.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag verstreken</numerusform>
            <numerusform>%n dagen verstreken</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is recorded as involved.</source>
        <translation>Er is niemand als betrokkene vastgelegd.</translation>
    </message>
    <message>
        <source>No causer known: %1</source>
        <translation>Geen veroorzaker bekend: %1</translation>
    </message>
    <message>
        <source>(no access)</source>
        <translation>(geen toegang)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Nog geen maatregelen.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Kind of harm</source>
        <translation>Soort schade</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Afsluitende samenvatting</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(geen omschrijving)</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <source>(no access)</source>
        <translation>(geen toegang)</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Casusoverzicht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Gebeurd</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation>Platform of kanaal</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Kind of harm</source>
        <translation>Soort schade</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>No causer known</source>
        <translation>Geen veroorzaker bekend</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Afsluitende samenvatting</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Betrokken personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Nobody is recorded as involved.</source>
        <translation>Er is niemand als betrokkene vastgelegd.</translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation>Protocolartikelen</translation>
    </message>
    <message>
        <source>As worded in %1, in force from %2.</source>
        <translation>Zoals geformuleerd in %1, van kracht vanaf %2.</translation>
    </message>
    <message>
        <source>No articles chosen.</source>
        <translation>Geen artikelen gekozen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Voorval</translation>
    </message>
    <message>
        <source>(corrected later) </source>
        <translation>(later verbeterd) </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Measure proposed</source>
        <translation>Maatregel voorgesteld</translation>
    </message>
    <message>
        <source>Measure decided</source>
        <translation>Maatregel besloten</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Actie gedaan</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation>Geen maatregelen.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Done on / reason</source>
        <translation>Gedaan op / reden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Geen acties.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation>Geen correspondentie.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijs</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Geen bijlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n maatregel</numerusform>
            <numerusform>%n maatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) or message(s)</source>
        <translation>
            <numerusform>%n brief of bericht</numerusform>
            <numerusform>%n brieven of berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures, actions and correspondence that concern other persons are left out of this copy (%1).</source>
        <translation>Maatregelen, acties en correspondentie die andere personen betreffen, zijn in dit afschrift weggelaten (%1).</translation>
    </message>
    <message>
        <source>(written down on %1)</source>
        <translation>(vastgelegd op %1)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Heavier than advised</source>
        <translation>Zwaarder dan geadviseerd</translation>
    </message>
    <message>
        <source>Decided before a required step</source>
        <translation>Besloten vóór een vereiste stap</translation>
    </message>
    <message>
        <source>Length confirmed</source>
        <translation>Duur bevestigd</translation>
    </message>
    <message>
        <source>%1 to %2 runs over days without school; confirmed when decided.</source>
        <translation>%1 tot en met %2 loopt over dagen zonder school; bij het besluit bevestigd.</translation>
    </message>
    <message>
        <source>Late objection handled</source>
        <translation>Te laat bezwaar behandeld</translation>
    </message>
    <message>
        <source>Received %1: %2</source>
        <translation>Ontvangen %1: %2</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motiveringen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Edit incident…</source>
        <translation>Melding &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Link incident…</source>
        <translation>Melding &amp;koppelen…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Status wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>&amp;Related incidents (Enter opens):</source>
        <translation>&amp;Gekoppelde meldingen (Enter opent):</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikelen</translation>
    </message>
    <message>
        <source>Follow-&amp;up log</source>
        <translation>&amp;Logboek</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Bewijs</translation>
    </message>
    <message>
        <source>This incident is no longer available.</source>
        <translation>Deze melding is niet meer beschikbaar.</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>possibly criminal</source>
        <translation>mogelijk strafbaar</translation>
    </message>
    <message>
        <source>suspected sexual offence</source>
        <translation>vermoeden van een zedendelict</translation>
    </message>
    <message>
        <source>signs of an unsafe home</source>
        <translation>signalen van een onveilige thuissituatie</translation>
    </message>
    <message>
        <source>parents refuse to cooperate</source>
        <translation>ouders werken niet mee</translation>
    </message>
    <message>
        <source>%1 · happened %2 · reported %3 · %4 · %5</source>
        <translation>%1 · gebeurd %2 · gemeld %3 · %4 · %5</translation>
    </message>
    <message>
        <source>(no access)</source>
        <translation>(geen toegang)</translation>
    </message>
    <message>
        <source>As worded in %1, in force from %2.</source>
        <translation>Zoals geformuleerd in %1, van kracht vanaf %2.</translation>
    </message>
    <message>
        <source>No articles chosen yet; choose them with Edit incident.</source>
        <translation>Nog geen artikelen gekozen; kies ze via Melding bewerken.</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Heropenen: %1</translation>
    </message>
    <message>
        <source>Closing summary: how the case ended and what was agreed.</source>
        <translation>Afsluitende samenvatting: hoe de zaak is afgelopen en wat is afgesproken.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Zaak heropenen</translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation>Waarom wordt de zaak heropend?</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Link incident</source>
        <translation>Melding koppelen</translation>
    </message>
    <message>
        <source>Reference of the related incident (for example 2026-0042):</source>
        <translation>Kenmerk van de gerelateerde melding (bijvoorbeeld 2026-0042):</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Remove the link with %1?</source>
        <translation>De koppeling met %1 verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Measures and actions</source>
        <translation>&amp;Maatregelen en acties</translation>
    </message>
    <message>
        <source>Write a le&amp;tter…</source>
        <translation>&amp;Brief maken…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>No pupil or staff member is involved in this case.</source>
        <translation>Bij deze zaak is geen leerling of medewerker betrokken.</translation>
    </message>
    <message>
        <source>About whom is the letter?</source>
        <translation>Over wie gaat de brief?</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Overzicht &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation>Overzicht als P&amp;DF…</translation>
    </message>
    <message>
        <source>Case summary %1.pdf</source>
        <translation>Casusoverzicht %1.pdf</translation>
    </message>
    <message>
        <source>Summary for one pe&amp;rson…</source>
        <translation>Overzicht voor één pe&amp;rsoon…</translation>
    </message>
    <message>
        <source>A copy for parents, a pupil or a staff member in which everybody else is named by their role</source>
        <translation>Een afschrift voor ouders, een leerling of een medewerker waarin alle anderen met hun rol worden aangeduid</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>Casusoverzicht %1</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the dossier</source>
        <translation>Enter of dubbelklikken opent het dossier</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checking %1 …</source>
        <translation>Controle van %1 …</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message>
        <source>  PROBLEM: %1</source>
        <translation>  PROBLEEM: %1</translation>
    </message>
    <message numerus="yes">
        <source>The database is NOT sound: %n problem(s) found. Restore a backup or contact the administrator; do not keep working in this file.</source>
        <translation>
            <numerusform>De database is NIET in orde: %n probleem gevonden. Zet een back-up terug of neem contact op met de beheerder; werk niet verder in dit bestand.</numerusform>
            <numerusform>De database is NIET in orde: %n problemen gevonden. Zet een back-up terug of neem contact op met de beheerder; werk niet verder in dit bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit mark; it reads like 1234-0a1b2c3d4e5f (a record number, a dash and 12 hex digits), as in the footer of a printout.</source>
        <translation>&quot;%1&quot; is geen auditkenmerk; dat ziet eruit als 1234-0a1b2c3d4e5f (een recordnummer, een streepje en 12 hexadecimale cijfers), zoals onderaan een afdruk.</translation>
    </message>
    <message>
        <source>The file of audit marks %1 does not exist.</source>
        <translation>Het bestand met auditkenmerken %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 holds no audit marks.</source>
        <translation>%1 bevat geen auditkenmerken.</translation>
    </message>
    <message>
        <source>Checks the database: file integrity, references, the audit trail, attachments, and rows changed outside the program. --anchor SEQ-HASH (more than once if you like): an audit mark from a printout or the backup folder that the trail must still run through; --anchor-log FILE: every mark in the backup folder&apos;s auditkenmerken.txt. A sealed backup is opened with the backup passphrase (DOSSIERKAST_BACKUP_PASSPHRASE, or typed when asked).</source>
        <translation>Controleert de database: de integriteit van het bestand, verwijzingen, de audittrail, bijlagen en rijen die buiten het programma zijn gewijzigd. --anchor VOLGNR-HASH (desgewenst meer dan eens): een auditkenmerk van een afdruk of uit de back-upmap waar de trail nog doorheen moet lopen; --anchor-log BESTAND: elk kenmerk in auditkenmerken.txt van de back-upmap. Een verzegelde back-up wordt geopend met de back-upwachtwoordzin (DOSSIERKAST_BACKUP_PASSPHRASE, of getypt wanneer erom wordt gevraagd).</translation>
    </message>
    <message>
        <source>No private folder for the opened backup could be made.</source>
        <translation>Er kon geen afgeschermde map voor de geopende back-up worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup; the passphrase opens it.</source>
        <translation>%1 is een verzegelde back-up; de wachtwoordzin opent hem.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: dossierkast [--database PATH] %1 %2</source>
        <translation>Gebruik: dossierkast [--database PAD] %1 %2</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>The option %1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>De optie %1 verwacht een geheel getal van %2 tot en met %3, niet &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>An argument is missing.</source>
        <translation>Er ontbreekt een argument.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --database needs a path.</source>
        <translation>De optie --database heeft een pad nodig.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 wrong use.
</source>
        <translation>
Afsluitcodes: 0 gelukt, 1 mislukt, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technische details: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1. &apos;dossierkast --help&apos; lists the commands.</source>
        <translation>Onbekende opdracht: %1. &apos;dossierkast --help&apos; toont de opdrachten.</translation>
    </message>
    <message>
        <source>The option --user needs a login name.</source>
        <translation>De optie --user heeft een inlognaam nodig.</translation>
    </message>
    <message>
        <source>There is not enough memory for this work; nothing was changed. Close other programs, or check that the file is the right one.</source>
        <translation>Er is niet genoeg geheugen voor dit werk; er is niets gewijzigd. Sluit andere programma&apos;s, of controleer of het bestand het juiste is.</translation>
    </message>
    <message>
        <source>Usage: dossierkast [--database PATH] [COMMAND [ARGUMENTS]]

Dossierkast keeps the dossiers of incidents around a school board&apos;s protocol for social media, mail and internet.

Options:
  --database PATH   the database file or postgresql://USER@SERVER:PORT/DATABASE
                    (default: the one chosen in the window, else %1)
  --help            this help; &apos;dossierkast COMMAND --help&apos; explains one command
  --version         the program&apos;s version
  --user NAME       act as NAME (also DOSSIERKAST_USER), with the password from
                    DOSSIERKAST_PASSWORD or typed when asked; every command that
                    reads or writes dossier content needs it, and so may the window
Without a command the window starts. Its own option:
  --exit-when-ready quit as soon as the first window has been drawn (smoke tests)

Commands:
</source>
        <translation>Gebruik: dossierkast [--database PAD] [OPDRACHT [ARGUMENTEN]]

Dossierkast houdt de dossiers bij van incidenten rond het protocol sociale media, mail en internet van een schoolbestuur.

Opties:
  --database PAD    het databasebestand of postgresql://GEBRUIKER@SERVER:POORT/DATABASE
                    (standaard: de database die in het venster is gekozen, anders %1)
  --help            deze hulp; &apos;dossierkast OPDRACHT --help&apos; legt één opdracht uit
  --version         de versie van het programma
  --user NAAM       werken als NAAM (ook DOSSIERKAST_USER), met het wachtwoord uit
                    DOSSIERKAST_PASSWORD of getypt als erom gevraagd wordt; elke opdracht
                    die dossiergegevens leest of schrijft vraagt erom, en het venster mag het
Zonder opdracht start het venster. De eigen optie daarvan:
  --exit-when-ready afsluiten zodra het eerste venster is getekend (rooktests)

Opdrachten:
</translation>
    </message>
</context>
<context>
    <name>CommandLogin</name>
    <message>
        <source>This command works with dossier content and acts as a user: give your login name with --user NAME (or DOSSIERKAST_USER) and the password in DOSSIERKAST_PASSWORD, or type it when asked.</source>
        <translation>Deze opdracht werkt met dossiergegevens en handelt als gebruiker: geef uw inlognaam met --user NAAM (of DOSSIERKAST_USER) en het wachtwoord in DOSSIERKAST_PASSWORD, of typ het als erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>No password for %1: set DOSSIERKAST_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Geen wachtwoord voor %1: zet DOSSIERKAST_PASSWORD, of voer de opdracht uit in een terminal om het te typen.</translation>
    </message>
    <message>
        <source>Unknown login name or wrong password.</source>
        <translation>Onbekende inlognaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Back-upwachtwoordzin: </translation>
    </message>
    <message>
        <source>No backup passphrase: set DOSSIERKAST_BACKUP_PASSPHRASE, or run the command in a terminal to type it.</source>
        <translation>Geen back-upwachtwoordzin: zet DOSSIERKAST_BACKUP_PASSPHRASE, of voer de opdracht uit in een terminal om hem te typen.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nogmaals: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CompressedRtf</name>
    <message>
        <source>the compressed RTF body is shorter than its header</source>
        <translation>de gecomprimeerde RTF-tekst is korter dan zijn kop</translation>
    </message>
    <message>
        <source>the compressed RTF body states an implausible size (%1 bytes)</source>
        <translation>de gecomprimeerde RTF-tekst noemt een onmogelijke grootte (%1 bytes)</translation>
    </message>
    <message>
        <source>the compressed RTF body is cut off</source>
        <translation>de gecomprimeerde RTF-tekst is afgebroken</translation>
    </message>
    <message>
        <source>the RTF body is compressed in an unknown way</source>
        <translation>de RTF-tekst is op een onbekende manier gecomprimeerd</translation>
    </message>
    <message>
        <source>the compressed RTF body unpacks to more than it states</source>
        <translation>de gecomprimeerde RTF-tekst pakt uit tot meer dan hij opgeeft</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>A database &amp;file on this computer (one PC)</source>
        <translation>Een database&amp;bestand op deze computer (één pc)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server (several PCs share the dossiers)</source>
        <translation>Een PostgreSQL-&amp;server (meerdere pc&apos;s delen de dossiers)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Versleuteling (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Preferred (prefer)</source>
        <translation>Bij voorkeur (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Verplicht (require)</translation>
    </message>
    <message>
        <source>Required, server certificate checked (verify-full)</source>
        <translation>Verplicht, met controle van het servercertificaat (verify-full)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Uit (disable)</translation>
    </message>
    <message>
        <source>The password is not saved. Leave it empty when the server finds it in ~/.pgpass or a PostgreSQL service file; otherwise Dossierkast asks for it at each start.</source>
        <translation>Het wachtwoord wordt niet bewaard. Laat het leeg als de server het vindt in ~/.pgpass of een PostgreSQL-servicebestand; anders vraagt Dossierkast er bij elke start om.</translation>
    </message>
    <message>
        <source>Choose where the database file is kept.</source>
        <translation>Kies waar het databasebestand wordt bewaard.</translation>
    </message>
    <message>
        <source>Enter the name or address of the PostgreSQL server.</source>
        <translation>Vul de naam of het adres van de PostgreSQL-server in.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Vul de naam van de database op de server in.</translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation>Vul de gebruikersnaam voor de server in.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>De verbinding werkt.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Dossierkast database (*.sqlite)</source>
        <translation>Dossierkast-database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>CorrespondenceArea</name>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;Nieuw stuk…</translation>
    </message>
    <message>
        <source>&amp;Open item…</source>
        <translation>Stuk &amp;openen…</translation>
    </message>
    <message>
        <source>File &amp;mail…</source>
        <translation>&amp;Mail opbergen…</translation>
    </message>
    <message>
        <source>File mail</source>
        <translation>Mail opbergen</translation>
    </message>
    <message>
        <source>Mail (*.eml *.msg);;All files (*)</source>
        <translation>Mail (*.eml *.msg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Search in subject, summary and correspondent…</source>
        <translation>Zoeken in onderwerp, samenvatting en correspondent…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>Afgelopen drie maanden</translation>
    </message>
    <message>
        <source>Last twelve months</source>
        <translation>Afgelopen twaalf maanden</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Dit schooljaar</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Vorig schooljaar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stukken</numerusform>
        </translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Drop mail files (.eml, .msg) here to file them in a dossier.</source>
        <translation>Sleep mailbestanden (.eml, .msg) hierheen om ze in een dossier op te bergen.</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>In whose dossier?</source>
        <translation>In wiens dossier?</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>kenmerk</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n item(s); narrow the filter to find older ones.</source>
        <translation>
            <numerusform>Het nieuwste stuk; verfijn het filter om oudere te vinden.</numerusform>
            <numerusform>De nieuwste %n stukken; verfijn het filter om oudere te vinden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Kanaa&amp;l:</translation>
    </message>
    <message>
        <source>Registered-mail &amp;number:</source>
        <translation>Aanteken&amp;nummer:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>C&amp;orrespondent:</source>
        <translation>Correspond&amp;ent:</translation>
    </message>
    <message>
        <source>who wrote or was spoken to</source>
        <translation>wie schreef of met wie er is gesproken</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <source>Attachments (drop files here)</source>
        <translation>Bijlagen (sleep bestanden hierheen)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>New correspondence</source>
        <translation>Nieuwe correspondentie</translation>
    </message>
    <message>
        <source>Correspondence: %1</source>
        <translation>Correspondentie: %1</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Bijlagen toevoegen</translation>
    </message>
    <message>
        <source>In whose dossier?</source>
        <translation>In wiens dossier?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nieuw)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments may be at most %3 (Beheer → Instellingen).</source>
        <translation>%1 is %2 groot; een bijlage mag ten hoogste %3 zijn (Beheer → Instellingen).</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Bijlage openen</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Er is geen programma ingesteld om %1 te openen.</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Bijlage opslaan als</translation>
    </message>
    <message>
        <source>Choose the dossier this item belongs in.</source>
        <translation>Kies het dossier waarin dit stuk hoort.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>melding %1</translation>
    </message>
</context>
<context>
    <name>CorrespondenceListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>CorrespondenceRepository</name>
    <message>
        <source>Correspondence is filed in the dossier of a pupil or a staff member; for a parent, choose the child&apos;s dossier.</source>
        <translation>Correspondentie wordt opgeborgen in het dossier van een leerling of een medewerker; kies voor een ouder het dossier van het kind.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceService</name>
    <message>
        <source>Give the item a subject.</source>
        <translation>Geef het stuk een onderwerp.</translation>
    </message>
    <message>
        <source>Enter the date of the item.</source>
        <translation>Vul de datum van het stuk in.</translation>
    </message>
    <message>
        <source>The date of the item lies in the future.</source>
        <translation>De datum van het stuk ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Only a registered letter has a registered-mail number.</source>
        <translation>Alleen een aangetekende brief heeft een aantekennummer.</translation>
    </message>
    <message>
        <source>%1 is larger than attachments may be (Beheer → Instellingen).</source>
        <translation>%1 is groter dan een bijlage mag zijn (Beheer → Instellingen).</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Aan: %1</translation>
    </message>
    <message>
        <source>%1 could not be read as an e-mail (%2); it is filed as a file.</source>
        <translation>%1 kon niet als e-mail worden gelezen (%2); het is als bestand opgeborgen.</translation>
    </message>
    <message>
        <source>Mail file %1, kept as it is.</source>
        <translation>Mailbestand %1, bewaard zoals het is.</translation>
    </message>
    <message>
        <source>The original mail</source>
        <translation>De oorspronkelijke e-mail</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of the mail &quot;%2&quot; is damaged (%3); it was not stored separately. The original mail, with the attachment as it arrived, is kept.</source>
        <translation>De bijlage &quot;%1&quot; van de mail &quot;%2&quot; is beschadigd (%3); die is niet apart opgeslagen. De oorspronkelijke mail, met de bijlage zoals die binnenkwam, is bewaard.</translation>
    </message>
    <message>
        <source>Attached to the mail &quot;%1&quot; of %2.</source>
        <translation>Bijlage van de mail &quot;%1&quot; van %2.</translation>
    </message>
    <message>
        <source>The attached mail &quot;%1&quot; is filed as an item of its own.</source>
        <translation>De bijgevoegde mail &quot;%1&quot; is als eigen stuk geregistreerd.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>line %1: the file is UTF-16 but holds bytes that are not; save it again as &quot;CSV UTF-8&quot;</source>
        <translation>regel %1: het bestand is UTF-16, maar bevat bytes die dat niet zijn; sla het opnieuw op als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>this is not a text file (CSV) but some other kind of file; export the list again as CSV</source>
        <translation>dit is geen tekstbestand (CSV) maar een ander soort bestand; exporteer de lijst opnieuw als CSV</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; save the file again as &quot;CSV UTF-8&quot;</source>
        <translation>regel %1 is geen geldige UTF-8; sla het bestand opnieuw op als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file mixes encodings: line %1 is UTF-8 and line %2 is not (Windows-1252?); save it again as &quot;CSV UTF-8&quot;</source>
        <translation>het bestand mengt tekensets: regel %1 is UTF-8 en regel %2 niet (Windows-1252?); sla het opnieuw op als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>line %1 holds a byte (0x%2) that is neither UTF-8 nor Windows-1252; save the file again as &quot;CSV UTF-8&quot;</source>
        <translation>regel %1 bevat een byte (0x%2) die geen UTF-8 en geen Windows-1252 is; sla het bestand opnieuw op als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte (a damaged or binary file)</source>
        <translation>regel %1 bevat een NUL-byte (een beschadigd of binair bestand)</translation>
    </message>
    <message>
        <source>line %1 holds a control character (U+%2)</source>
        <translation>regel %1 bevat een stuurteken (U+%2)</translation>
    </message>
    <message>
        <source>line %1: a quote opens a field that runs on to line %2 and holds what look like whole rows; it is probably a typing error. Correct the quote in the file and import it again</source>
        <translation>regel %1: een aanhalingsteken opent hier een veld dat doorloopt tot regel %2 en iets bevat dat op hele rijen lijkt; waarschijnlijk een tikfout. Verbeter het aanhalingsteken in het bestand en importeer opnieuw</translation>
    </message>
    <message>
        <source>line %1 has text after the closing quote of a field</source>
        <translation>regel %1 heeft tekst na het sluitende aanhalingsteken van een veld</translation>
    </message>
    <message>
        <source>line %1: a quote opens a field that is not closed before the end of the file; correct the quote in the file and import it again</source>
        <translation>regel %1: een aanhalingsteken opent hier een veld dat tot het einde van het bestand niet wordt gesloten; verbeter het aanhalingsteken in het bestand en importeer opnieuw</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 could not be opened as a database.</source>
        <translation>Het bestand %1 kon niet als database worden geopend.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database.</source>
        <translation>Het bestand %1 is beschadigd of is geen database.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a Dossierkast database. It was left unchanged.</source>
        <translation>Het bestand %1 is een database van een ander programma, geen Dossierkast-database. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its schema version cannot be read.</source>
        <translation>Het bestand %1 is beschadigd: de schemaversie kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is not a file and cannot be used as a database.</source>
        <translation>%1 is geen bestand en kan niet als database worden gebruikt.</translation>
    </message>
    <message>
        <source>The file %1 is not a Dossierkast database (it is not a SQLite database at all). It was left unchanged.</source>
        <translation>Het bestand %1 is geen Dossierkast-database (het is helemaal geen SQLite-database). Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Dossierkast (schema %2; this program knows up to %3). Install the newer version; the file was left unchanged.</source>
        <translation>De database %1 is gemaakt door een nieuwere versie van Dossierkast (schema %2; dit programma kent schema&apos;s tot en met %3). Installeer de nieuwere versie; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 has the older schema %2; this program needs schema %3. Run &apos;dossierkast migrate&apos; first (it makes a backup copy).</source>
        <translation>De database %1 heeft het oudere schema %2; dit programma heeft schema %3 nodig. Voer eerst &apos;dossierkast migrate&apos; uit (dat maakt eerst een reservekopie).</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>De database %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>No backup copy could be made before updating the database; nothing was changed.</source>
        <translation>Er kon geen reservekopie worden gemaakt voordat de database werd bijgewerkt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migratie %1 ontbreekt in het programma.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; the database was left at schema %2.</source>
        <translation>Het bijwerken van de database naar schema %1 is mislukt; de database is op schema %2 gebleven.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address; write it as postgresql://user@server:5432/database.</source>
        <translation>%1 is geen geldig PostgreSQL-adres; schrijf het als postgresql://gebruiker@server:5432/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 could not be opened.</source>
        <translation>De PostgreSQL-database %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; Dossierkast needs a database of its own. Nothing was changed.</source>
        <translation>De PostgreSQL-database %1 bevat tabellen van een ander programma; Dossierkast heeft een eigen database nodig. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds no Dossierkast data yet.</source>
        <translation>De PostgreSQL-database %1 bevat nog geen gegevens van Dossierkast.</translation>
    </message>
    <message>
        <source>You have no permission to read the file %1. Ask whoever manages this PC to give your account read and write permission on it.</source>
        <translation>U hebt geen leesrechten op het bestand %1. Vraag de beheerder van deze pc om uw account lees- en schrijfrechten erop te geven.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Dossierkast database. It was left unchanged; name the right file with --database.</source>
        <translation>Het bestand %1 is leeg: het is geen Dossierkast-database. Het is ongewijzigd gelaten; geef het juiste bestand op met --database.</translation>
    </message>
    <message>
        <source>The file %1 holds no Dossierkast data. It was left unchanged; name the right file with --database.</source>
        <translation>Het bestand %1 bevat geen Dossierkast-gegevens. Het is ongewijzigd gelaten; geef het juiste bestand op met --database.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2. Choose another place for the database.</source>
        <translation>De map %1 kan niet worden gemaakt: %2. Kies een andere plaats voor de database.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2. Choose another place for the database.</source>
        <translation>De database %1 kan niet worden gemaakt: %2. Kies een andere plaats voor de database.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: you have no permission to read it, or to write in its folder (the database keeps its journal there). Ask whoever manages this PC for read and write permission on both.</source>
        <translation>Het bestand %1 kan niet worden geopend: u hebt geen leesrechten erop, of geen schrijfrechten in de map (daar houdt de database zijn logboek bij). Vraag de beheerder van deze pc om lees- en schrijfrechten op beide.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup was made but could not be given its name %1.</source>
        <translation>De back-up is gemaakt, maar kon niet de naam %1 krijgen.</translation>
    </message>
    <message>
        <source>A backup is put back into a database file. For a PostgreSQL server, create a new empty database and copy the backup into it with &apos;dossierkast --database BACKUP migrate --to %1&apos;.</source>
        <translation>Een back-up wordt teruggezet in een databasebestand. Maak voor een PostgreSQL-server een nieuwe, lege database en kopieer de back-up daarin met &apos;dossierkast --database BACK-UP migrate --to %1&apos;.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>De back-up en de database zijn hetzelfde bestand.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>De back-up kon niet naar %1 worden gekopieerd.</translation>
    </message>
    <message>
        <source>The current database %1 could not be moved aside; nothing was changed.</source>
        <translation>De huidige database %1 kon niet opzij worden gezet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is as it was.</source>
        <translation>De back-up kon niet op zijn plaats worden gezet; de database is zoals hij was.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the folder exists, that you may write in it and that the disk has room enough.</source>
        <translation>De back-up %1 kon niet worden geschreven. Controleer of de map bestaat, of u daarin mag schrijven en of er genoeg ruimte op de schijf is.</translation>
    </message>
    <message>
        <source>%1 is not a sound backup, so it was not used. Choose another backup. What the check found: %2</source>
        <translation>%1 is geen goede back-up en is daarom niet gebruikt. Kies een andere back-up. Wat de controle vond: %2</translation>
    </message>
    <message>
        <source>The database %1 is open in Dossierkast (a window or a command, on this PC or another). Close it everywhere, then put the backup back; nothing was changed.</source>
        <translation>De database %1 is geopend in Dossierkast (een venster of een opdracht, op deze of een andere pc). Sluit die overal en zet de back-up daarna terug; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The target database %1 is not empty; a copy goes only into a new, empty database. Nothing was changed.</source>
        <translation>De doeldatabase %1 is niet leeg; een kopie gaat alleen naar een nieuwe, lege database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Copying %1 failed at row %2; nothing was copied.</source>
        <translation>Het kopiëren van %1 is mislukt bij rij %2; er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>After copying, %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation>Na het kopiëren bevat %1 %2 rijen in plaats van %3; er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>The copy did not pass the check; nothing was copied.</source>
        <translation>De kopie doorstond de controle niet; er is niets gekopieerd.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Use this database from the next start</source>
        <translation>Deze database &amp;gebruiken vanaf de volgende start</translation>
    </message>
    <message>
        <source>&amp;Copy these dossiers to the server…</source>
        <translation>Dossiers naar de server &amp;kopiëren…</translation>
    </message>
    <message>
        <source>This PC now works in the database file %1.</source>
        <translation>Deze pc werkt nu in het databasebestand %1.</translation>
    </message>
    <message>
        <source>This PC now works on the PostgreSQL server %1; changes made on other PCs appear here within a second.</source>
        <translation>Deze pc werkt nu op de PostgreSQL-server %1; wijzigingen op andere pc&apos;s verschijnen hier binnen een seconde.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>From the next start, Dossierkast on this PC uses %1.</source>
        <translation>Vanaf de volgende start gebruikt Dossierkast op deze pc %1.</translation>
    </message>
    <message>
        <source>Copy to the server</source>
        <translation>Naar de server kopiëren</translation>
    </message>
    <message>
        <source>Copy all dossiers, users, the audit trail and the attachments of %1 to the empty database %2? The copy is checked before it is kept; this file is not changed.</source>
        <translation>Alle dossiers, gebruikers, de audittrail en de bijlagen van %1 kopiëren naar de lege database %2? De kopie wordt gecontroleerd voordat ze wordt bewaard; dit bestand verandert niet.</translation>
    </message>
    <message>
        <source>Copying the dossiers to the server…</source>
        <translation>De dossiers worden naar de server gekopieerd…</translation>
    </message>
    <message>
        <source>Copying %1: %2 rows…</source>
        <translation>%1 kopiëren: %2 rijen…</translation>
    </message>
    <message>
        <source>The dossiers were copied and checked. From the next start this PC uses the server; set up the other PCs with the same server address.</source>
        <translation>De dossiers zijn gekopieerd en gecontroleerd. Vanaf de volgende start gebruikt deze pc de server; stel de andere pc&apos;s in met hetzelfde serveradres.</translation>
    </message>
    <message>
        <source>The dossiers are kept on the server: whether its disk is encrypted is for the server&apos;s administrator to make sure of.</source>
        <translation>De dossiers staan op de server: of de schijf daarvan versleuteld is, moet de beheerder van de server verzekeren.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
</context>
<context>
    <name>DeadlinePlanner</name>
    <message>
        <source>Send the suspension decision to the parents in writing</source>
        <translation>Het schorsingsbesluit schriftelijk aan de ouders sturen</translation>
    </message>
    <message>
        <source>Inform the Inspectie in writing, with reasons, of the suspension</source>
        <translation>De Inspectie schriftelijk en met redenen over de schorsing informeren</translation>
    </message>
    <message>
        <source>Hear the class teacher before deciding on removal</source>
        <translation>De groepsleerkracht horen voor het besluit tot verwijdering</translation>
    </message>
    <message>
        <source>Hear the parents before deciding on removal</source>
        <translation>De ouders horen voor het besluit tot verwijdering</translation>
    </message>
    <message>
        <source>Send the removal decision to the parents in writing, with the objection term</source>
        <translation>Het verwijderingsbesluit schriftelijk aan de ouders sturen, met de bezwaartermijn</translation>
    </message>
    <message>
        <source>Inform the school attendance officer of the removal</source>
        <translation>De leerplichtambtenaar over de verwijdering informeren</translation>
    </message>
    <message>
        <source>Inform the Inspectie of the removal</source>
        <translation>De Inspectie over de verwijdering informeren</translation>
    </message>
    <message>
        <source>Check whether another school has admitted the pupil (the removal is final only then)</source>
        <translation>Nagaan of een andere school de leerling heeft toegelaten (pas dan is de verwijdering definitief)</translation>
    </message>
    <message>
        <source>End of the term for the parents&apos; objection</source>
        <translation>Einde van de bezwaartermijn van de ouders</translation>
    </message>
    <message>
        <source>Send the decision (suspension or ban from the school grounds) to the parent in writing</source>
        <translation>Het besluit (schorsing of verbod op het schoolterrein) schriftelijk aan de ouder sturen</translation>
    </message>
    <message>
        <source>Hear the staff member before the order suspension</source>
        <translation>De medewerker horen voor de schorsing als ordemaatregel</translation>
    </message>
    <message>
        <source>Send the intended decision by registered letter</source>
        <translation>Het voornemen per aangetekende brief sturen</translation>
    </message>
    <message>
        <source>End of the staff member&apos;s term to respond to the intended decision</source>
        <translation>Einde van de termijn waarin de medewerker op het voornemen kan reageren</translation>
    </message>
    <message>
        <source>Send the decision by registered letter, naming the appeal body and term</source>
        <translation>Het besluit per aangetekende brief sturen, met de beroepsinstantie en de termijn</translation>
    </message>
    <message>
        <source>End of the appeal term (Commissie van Beroep funderend onderwijs)</source>
        <translation>Einde van de beroepstermijn (Commissie van Beroep funderend onderwijs)</translation>
    </message>
    <message>
        <source>Tell the reason at once and confirm the dismissal in writing</source>
        <translation>De reden direct meedelen en het ontslag schriftelijk bevestigen</translation>
    </message>
    <message>
        <source>Decide on the objection</source>
        <translation>Op het bezwaar beslissen</translation>
    </message>
    <message>
        <source>Decide on a police report; it is filed by an authorised user</source>
        <translation>Besluiten over aangifte; een bevoegde gebruiker doet de aangifte</translation>
    </message>
    <message>
        <source>Encourage the victims to report to the police</source>
        <translation>De slachtoffers aansporen aangifte te doen</translation>
    </message>
    <message>
        <source>Inform the board at once</source>
        <translation>Het bestuur direct informeren</translation>
    </message>
    <message>
        <source>Consult the confidential inspector without delay</source>
        <translation>Direct overleggen met de vertrouwensinspecteur</translation>
    </message>
    <message>
        <source>Follow the steps of the Meldcode; report to Veilig Thuis where needed</source>
        <translation>De stappen van de Meldcode volgen; zo nodig melden bij Veilig Thuis</translation>
    </message>
    <message>
        <source>Answer the access request</source>
        <translation>Inzageverzoek beantwoorden</translation>
    </message>
</context>
<context>
    <name>DeadlineSummary</name>
    <message numerus="yes">
        <source>%n term(s) overdue</source>
        <translation>
            <numerusform>%n termijn verstreken</numerusform>
            <numerusform>%n termijnen verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n deze week</numerusform>
            <numerusform>%n deze week</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijnen: %1.</source>
        <translation>Termijnen: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
</context>
<context>
    <name>DeadlinesArea</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Gedaan…</translation>
    </message>
    <message>
        <source>&amp;Not needed…</source>
        <translation>&amp;Niet nodig…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Zaak &amp;openen</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Persoon kiezen…</translation>
    </message>
    <message>
        <source>Terms of a person</source>
        <translation>Termijnen van een persoon</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsoon:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Verantwoordelijk:</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message numerus="yes">
        <source>%n open term(s)</source>
        <translation>
            <numerusform>%n open termijn</numerusform>
            <numerusform>%n open termijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n verstreken</numerusform>
            <numerusform>%n verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n deze week</numerusform>
            <numerusform>%n deze week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the soonest %n shown; narrow the filter to see the others</source>
        <translation>
            <numerusform>alleen de eerstvolgende getoond; verfijn het filter voor de andere</numerusform>
            <numerusform>de eerstvolgende %n getoond; verfijn het filter voor de andere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>Lists the open actions with their due dates (Termijnen); --overdue only those past due.</source>
        <translation>Toont de openstaande acties met hun uiterste datum (Termijnen); --overdue alleen de verstreken.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VERSTREKEN</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>deze week</translation>
    </message>
    <message numerus="yes">
        <source>%n open term(s) listed.</source>
        <translation>
            <numerusform>%n open termijn.</numerusform>
            <numerusform>%n open termijnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Creates a database filled with fictitious demo data (schools, pupils, staff, parents, incidents, measures, correspondence).</source>
        <translation>Maakt een database met fictieve demonstratiegegevens (scholen, leerlingen, medewerkers, ouders, meldingen, maatregelen, correspondentie).</translation>
    </message>
    <message>
        <source>Writing demo data into %1 (seed %2, %3 incidents) …</source>
        <translation>Demonstratiegegevens schrijven naar %1 (seed %2, %3 meldingen) …</translation>
    </message>
    <message>
        <source>  %1% done</source>
        <translation>  %1% klaar</translation>
    </message>
    <message>
        <source>Done: %1 schools, %2 pupils, %3 staff members, %4 parents, %5 incidents, %6 measures, %7 actions, %8 correspondence items, %9 attachments.</source>
        <translation>Klaar: %1 scholen, %2 leerlingen, %3 medewerkers, %4 ouders, %5 meldingen, %6 maatregelen, %7 acties, %8 correspondentiestukken, %9 bijlagen.</translation>
    </message>
    <message>
        <source>Demo users: beheerder, bestuur, directeur and melder, each with the password &quot;demo&quot; (for demonstration only).</source>
        <translation>Demogebruikers: beheerder, bestuur, directeur en melder, elk met het wachtwoord &quot;demo&quot; (alleen voor demonstraties).</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The database %1 already holds data; demo data is only written into a new database.</source>
        <translation>De database %1 bevat al gegevens; demonstratiegegevens worden alleen in een nieuwe database geschreven.</translation>
    </message>
    <message>
        <source>The number of incidents must be at least 1.</source>
        <translation>Het aantal meldingen moet minstens 1 zijn.</translation>
    </message>
</context>
<context>
    <name>DiskEncryption</name>
    <message>
        <source>The disk under the database could not be identified, so Dossierkast cannot tell whether it is encrypted.</source>
        <translation>De schijf onder de database kon niet worden herkend; Dossierkast kan dus niet vaststellen of hij versleuteld is.</translation>
    </message>
    <message>
        <source>The disk under the database is encrypted (dm-crypt/LUKS, device %1).</source>
        <translation>De schijf onder de database is versleuteld (dm-crypt/LUKS, apparaat %1).</translation>
    </message>
    <message>
        <source>The disk under the database (%1) is NOT encrypted: whoever takes the PC or its disk can read every dossier. Encrypt the disk (BitLocker on Windows, LUKS on Linux; see the README).</source>
        <translation>De schijf onder de database (%1) is NIET versleuteld: wie de pc of de schijf meeneemt, kan elk dossier lezen. Versleutel de schijf (BitLocker op Windows, LUKS op Linux; zie de README).</translation>
    </message>
    <message>
        <source>The folder of the database is encrypted (fscrypt).</source>
        <translation>De map van de database is versleuteld (fscrypt).</translation>
    </message>
    <message>
        <source>The database is on a network drive: whether its disk is encrypted is up to the server that holds it.</source>
        <translation>De database staat op een netwerkschijf: of de schijf daarvan versleuteld is, hangt af van de server waarop hij staat.</translation>
    </message>
    <message>
        <source>The database is in memory (tmpfs) and is lost when the PC stops.</source>
        <translation>De database staat in het geheugen (tmpfs) en gaat verloren als de pc stopt.</translation>
    </message>
    <message>
        <source>The folder of the database cannot be examined.</source>
        <translation>De map van de database kan niet worden onderzocht.</translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Staff dossier</source>
        <translation>Personeelsdossier</translation>
    </message>
    <message>
        <source>Pupil dossier</source>
        <translation>Leerlingendossier</translation>
    </message>
    <message>
        <source>Dossier summary</source>
        <translation>Dossieroverzicht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation>Groep of klas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Ouders en verzorgers</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Gebeurd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Geen meldingen.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Period and motivation</source>
        <translation>Periode en motivering</translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation>Geen maatregelen.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Nothing is filed.</source>
        <translation>Er is niets opgeborgen.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation>Geen correspondentie.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Geen bijlagen.</translation>
    </message>
</context>
<context>
    <name>DossierTimelineModel</name>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n bijlage</numerusform>
            <numerusform>%n bijlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed in the child&apos;s dossier</source>
        <translation>Opgeborgen in het dossier van het kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Role or status</source>
        <translation>Rol of status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Bijzonderheden</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Persoon &amp;bewerken…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>Afgelopen drie maanden</translation>
    </message>
    <message>
        <source>Last twelve months</source>
        <translation>Afgelopen twaalf maanden</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Dit schooljaar</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Vorig schooljaar</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Van … tot en met …</translation>
    </message>
    <message>
        <source>Pupil dossier</source>
        <translation>Leerlingendossier</translation>
    </message>
    <message>
        <source>Staff dossier</source>
        <translation>Personeelsdossier</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>vertrokken op %1</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>gezag</translation>
    </message>
    <message>
        <source>no mail</source>
        <translation>geen post</translation>
    </message>
    <message>
        <source>Parents and carers:</source>
        <translation>Ouders en verzorgers:</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>geen gekoppeld</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Kinderen:</translation>
    </message>
    <message>
        <source>A parent has no dossier of their own. Correspondence about their conduct is filed in their child&apos;s pupil dossier; it is listed here and opens that dossier.</source>
        <translation>Een ouder heeft geen eigen dossier. Correspondentie over het gedrag van een ouder wordt opgeborgen in het leerlingendossier van het kind; die staat hier en opent dat dossier.</translation>
    </message>
    <message>
        <source>This person has no dossier of their own; what is listed here is filed with others.</source>
        <translation>Deze persoon heeft geen eigen dossier; wat hier staat, is bij anderen opgeborgen.</translation>
    </message>
    <message>
        <source>This dossier is no longer available.</source>
        <translation>Dit dossier is niet meer beschikbaar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 van %n onderdeel</numerusform>
            <numerusform>%1 van %n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;correspondence…</source>
        <translation>Nieuwe &amp;correspondentie…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Overzicht &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation>Overzicht als P&amp;DF…</translation>
    </message>
    <message>
        <source>Dossier %1.pdf</source>
        <translation>Dossier %1.pdf</translation>
    </message>
    <message>
        <source>Summary for one pe&amp;rson…</source>
        <translation>Overzicht voor één pe&amp;rsoon…</translation>
    </message>
    <message>
        <source>A copy (for an access request, for parents) in which everybody else is named by their role</source>
        <translation>Een afschrift (voor een inzageverzoek, voor ouders) waarin alle anderen met hun rol worden aangeduid</translation>
    </message>
    <message>
        <source>Dossier summary %1</source>
        <translation>Dossieroverzicht %1</translation>
    </message>
    <message>
        <source>As a reporter you see the incidents you registered, not what is filed in a dossier: that is for the school director and the board. Ask them when you need to know more.</source>
        <translation>Als melder ziet u de meldingen die u zelf hebt geregistreerd, niet wat er in een dossier is opgeborgen: dat is voor de directeur en het bestuur. Vraag het hun als u meer moet weten.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message numerus="yes">
        <source>No earlier measure in the last %n month(s); the severity (%1) sets the step.</source>
        <translation>
            <numerusform>Geen eerdere maatregel in de afgelopen %n maand; de ernst (%1) bepaalt de stap.</numerusform>
            <numerusform>Geen eerdere maatregel in de afgelopen %n maanden; de ernst (%1) bepaalt de stap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier measure of step %1 in the last %n month(s): the next step is advised.</source>
        <translation>
            <numerusform>Een eerdere maatregel van stap %1 in de afgelopen %n maand: de volgende stap wordt geadviseerd.</numerusform>
            <numerusform>Een eerdere maatregel van stap %1 in de afgelopen %n maanden: de volgende stap wordt geadviseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>Bewijs &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation>Schermafdruk &amp;plakken</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Drop files here, or paste a screenshot with Ctrl+Shift+V.</source>
        <translation>Sleep bestanden hierheen, of plak een schermafdruk met Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Where it was found (address):</source>
        <translation>&amp;Waar het is gevonden (adres):</translation>
    </message>
    <message>
        <source>&amp;Captured on:</source>
        <translation>&amp;Vastgelegd op:</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>Schermafdruk plakken</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Make a screenshot of the post first (for example with the Print Screen key), then paste it here.</source>
        <translation>Het klembord bevat geen afbeelding. Maak eerst een schermafdruk van het bericht (bijvoorbeeld met de toets Print Screen) en plak die hier.</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Bewijs openen</translation>
    </message>
    <message>
        <source>No program is set up to open %1. A private copy is at %2 until Dossierkast is closed.</source>
        <translation>Er is geen programma ingesteld om %1 te openen. Een privékopie staat in %2 tot Dossierkast wordt afgesloten.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Bewijs verwijderen</translation>
    </message>
    <message>
        <source>Why is %1 removed from this case? The reason is kept in the audit trail with the removal.</source>
        <translation>Waarom wordt %1 uit deze melding verwijderd? De reden wordt met de verwijdering in de audittrail bewaard.</translation>
    </message>
    <message>
        <source>Mail dropped on the case</source>
        <translation>Mail op de melding gezet</translation>
    </message>
    <message numerus="yes">
        <source>%n of the dropped files are e-mail. File them as correspondence of this case, in a dossier, or keep them as evidence?</source>
        <translation>
            <numerusform>%n van de neergezette bestanden is een e-mail. Als correspondentie bij deze melding opbergen, in een dossier, of als bewijs bewaren?</numerusform>
            <numerusform>%n van de neergezette bestanden zijn e-mails. Als correspondentie bij deze melding opbergen, in een dossier, of als bewijs bewaren?</numerusform>
        </translation>
    </message>
    <message>
        <source>File as &amp;correspondence…</source>
        <translation>Als &amp;correspondentie opbergen…</translation>
    </message>
    <message>
        <source>Keep as &amp;evidence</source>
        <translation>Als &amp;bewijs bewaren</translation>
    </message>
    <message>
        <source>In whose dossier?</source>
        <translation>In wiens dossier?</translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Writes the whole database as one JSON document (attachments as descriptions with their SHA-256).</source>
        <translation>Schrijft de hele database als één JSON-document (bijlagen als beschrijving met hun SHA-256).</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 is geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
</context>
<context>
    <name>FirstStartSetup</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>De organisatie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Add at least one school.</source>
        <translation>Voeg minstens één school toe.</translation>
    </message>
    <message>
        <source>The school name %1 occurs twice.</source>
        <translation>De schoolnaam %1 komt twee keer voor.</translation>
    </message>
    <message>
        <source>The administrator needs a name.</source>
        <translation>De beheerder heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Dossierkast — first start</source>
        <translation>Dossierkast — eerste start</translation>
    </message>
    <message>
        <source>&amp;Start Dossierkast</source>
        <translation>Dossierkast &amp;starten</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Eerste start</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <source>C&amp;orrect selected note…</source>
        <translation>Gekozen notitie &amp;verbeteren…</translation>
    </message>
    <message>
        <source>What happened, who was spoken to, what was agreed…</source>
        <translation>Wat er gebeurde, met wie er is gesproken, wat er is afgesproken…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(verbetering)</translation>
    </message>
    <message>
        <source>This wording was corrected later; it stays readable.</source>
        <translation>Deze tekst is later verbeterd; hij blijft leesbaar.</translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Correct note</source>
        <translation>Notitie verbeteren</translation>
    </message>
    <message>
        <source>The new wording (the old one stays visible):</source>
        <translation>De nieuwe tekst (de oude blijft zichtbaar):</translation>
    </message>
    <message>
        <source>Took place &amp;now</source>
        <translation>Vond &amp;nu plaats</translation>
    </message>
    <message>
        <source>Untick to give the day and time the conversation or event took place.</source>
        <translation>Haal het vinkje weg om de dag en het tijdstip te geven waarop het gesprek of voorval plaatsvond.</translation>
    </message>
    <message>
        <source>Took place on</source>
        <translation>Vond plaats op</translation>
    </message>
    <message>
        <source>(written down on %1)</source>
        <translation>(vastgelegd op %1)</translation>
    </message>
</context>
<context>
    <name>GuardianshipDialog</name>
    <message>
        <source>Has parental &amp;authority (gezag)</source>
        <translation>Heeft het ouderlijk &amp;gezag</translation>
    </message>
    <message>
        <source>Receives &amp;letters and mail about the pupil</source>
        <translation>Ontvangt &amp;brieven en mail over de leerling</translation>
    </message>
    <message>
        <source>Link a parent or carer</source>
        <translation>Ouder of verzorger koppelen</translation>
    </message>
    <message>
        <source>Link a child</source>
        <translation>Kind koppelen</translation>
    </message>
    <message>
        <source>Link with %1</source>
        <translation>Koppeling met %1</translation>
    </message>
    <message>
        <source>A parent who is not in the list yet is added under Persons first (or comes with the pupil export).</source>
        <translation>Een ouder die nog niet in de lijst staat, voegt u eerst toe onder Personen (of komt mee met de leerlingexport).</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Kies een persoon in de lijst.</translation>
    </message>
</context>
<context>
    <name>GuardianshipRepository</name>
    <message>
        <source>A guardianship links a parent or carer to a pupil.</source>
        <translation>Een gezagsrelatie koppelt een ouder of verzorger aan een leerling.</translation>
    </message>
    <message>
        <source>This parent is already linked to this pupil.</source>
        <translation>Deze ouder is al aan deze leerling gekoppeld.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>This is a &amp;complete list of the school: mark pupils who are missing from it as left (you see them listed before anything is written)</source>
        <translation>Dit is een volle&amp;dige lijst van de school: leerlingen die erin ontbreken als vertrokken markeren (u ziet ze in een lijst voordat er iets wordt opgeslagen)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>A CSV export from the pupil administration (ParnasSys, Magister, ESIS) or the HR system (AFAS, Youforce). Nothing is written until the last step.</source>
        <translation>Een CSV-export uit de leerlingadministratie (ParnasSys, Magister, ESIS) of het personeelssysteem (AFAS, Youforce). Er wordt pas iets opgeslagen bij de laatste stap.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>(no school)</source>
        <translation>(geen school)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>Bev&amp;at:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Kies de export</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>Read: %1 · encoding %2 · delimiter %3 · %n row(s) · columns: %4</source>
        <translation>
            <numerusform>Gelezen: %1 · codering %2 · scheidingsteken %3 · %n rij · kolommen: %4</numerusform>
            <numerusform>Gelezen: %1 · codering %2 · scheidingsteken %3 · %n rijen · kolommen: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 holds no header line with column names.</source>
        <translation>Het bestand %1 heeft geen kopregel met kolomnamen.</translation>
    </message>
    <message>
        <source>Choose the school of this pupil list: every pupil belongs to a school.</source>
        <translation>Kies de school van deze leerlingenlijst: elke leerling hoort bij een school.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kan niet worden geïmporteerd: %2.</translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Reads a JSON export into a new, empty database: everything or nothing.</source>
        <translation>Leest een JSON-export in een nieuwe, lege database: alles of niets.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %n record(s).</source>
        <translation>
            <numerusform>%1 is geïmporteerd in %2: %n record.</numerusform>
            <numerusform>%1 is geïmporteerd in %2: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
</context>
<context>
    <name>ImportMailCommand</name>
    <message>
        <source>The option --person is required.</source>
        <translation>De optie --person is verplicht.</translation>
    </message>
    <message>
        <source>Person %1 does not exist or has no dossier (a parent needs a linked child).</source>
        <translation>Persoon %1 bestaat niet of heeft geen dossier (een ouder heeft een gekoppeld kind nodig).</translation>
    </message>
    <message>
        <source>This parent has several children; give the dossier with --person: %1</source>
        <translation>Deze ouder heeft meerdere kinderen; geef het dossier op met --person: %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Er is geen melding %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: filed in the dossier of %2 as &quot;%3&quot; with %n file(s).</source>
        <translation>
            <numerusform>%1: opgeborgen in het dossier van %2 als &quot;%3&quot; met %n bestand.</numerusform>
            <numerusform>%1: opgeborgen in het dossier van %2 als &quot;%3&quot; met %n bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>--person ID [--incident REF] FILE.eml…</source>
        <translation>--person ID [--incident KENMERK] BESTAND.eml…</translation>
    </message>
    <message>
        <source>Files e-mail (.eml and Outlook .msg; any other file is kept as it is) as incoming correspondence in a dossier. Exit 0 when every file was filed, 1 otherwise.</source>
        <translation>Registreert e-mail (.eml en Outlook-.msg; elk ander bestand wordt bewaard zoals het is) als inkomende correspondentie in een dossier. Afsluitcode 0 als elk bestand is geregistreerd, anders 1.</translation>
    </message>
    <message numerus="yes">
        <source>  %n attached mail(s) filed as item(s) of their own.</source>
        <translation>
            <numerusform>  %n bijgevoegde mail als eigen stuk geregistreerd.</numerusform>
            <numerusform>  %n bijgevoegde mails als eigen stukken geregistreerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Check which column holds what. The choice is remembered for files with the same columns.</source>
        <translation>Controleer welke kolom wat bevat. De keuze wordt onthouden voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>Preview of the first rows, as they will be read:</source>
        <translation>Voorbeeld van de eerste rijen, zoals ze worden gelezen:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>Choose the column with the surname.</source>
        <translation>Kies de kolom met de achternaam.</translation>
    </message>
    <message>
        <source>Choose the column with the date of birth: every pupil needs one.</source>
        <translation>Kies de kolom met de geboortedatum: elke leerling heeft er een nodig.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for both %2 and %3.</source>
        <translation>De kolom &quot;%1&quot; is gekozen voor zowel %2 als %3.</translation>
    </message>
</context>
<context>
    <name>ImportPersonsCommand</name>
    <message>
        <source>Imports pupils, staff or parents from a CSV export (ParnasSys, Magister, ESIS, AFAS, Youforce): existing persons are updated, never duplicated. Exit 2 when rows were rejected.</source>
        <translation>Leest leerlingen, medewerkers of ouders in uit een CSV-export (ParnasSys, Magister, ESIS, AFAS, Youforce): bestaande personen worden bijgewerkt, nooit verdubbeld. Afsluitcode 2 als er rijen zijn geweigerd.</translation>
    </message>
    <message>
        <source>--kind leerling|medewerker|ouder [--school NAME] [--dry-run] [--mark-missing-as-left] FILE</source>
        <translation>--kind leerling|medewerker|ouder [--school NAAM] [--dry-run] [--mark-missing-as-left] BESTAND</translation>
    </message>
    <message>
        <source>--kind must be leerling, medewerker or ouder.</source>
        <translation>--kind moet leerling, medewerker of ouder zijn.</translation>
    </message>
    <message>
        <source>--mark-missing-as-left needs --school: it concerns the pupils of one school.</source>
        <translation>--mark-missing-as-left heeft --school nodig: het gaat om de leerlingen van één school.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1: no column for the surname was recognised (columns: %2). Nothing was imported.</source>
        <translation>%1: er is geen kolom voor de achternaam herkend (kolommen: %2). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>There is no school &quot;%1&quot; (schools: %2). Nothing was imported.</source>
        <translation>Er is geen school &quot;%1&quot; (scholen: %2). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>Er kon niets worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Geïmporteerd in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, delimiter &quot;%3&quot;.</source>
        <translation>
            <numerusform>%1: %n rij, %2, scheidingsteken &quot;%3&quot;.</numerusform>
            <numerusform>%1: %n rijen, %2, scheidingsteken &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no rows below its header. Nothing was imported.</source>
        <translation>%1 bevat geen rijen onder de kopregel. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet; Import writes it all at once, or nothing at all.</source>
        <translation>Dit gaat de import doen. Er is nog niets opgeslagen; Importeren slaat alles in één keer op, of helemaal niets.</translation>
    </message>
    <message>
        <source>Changes and rejected rows</source>
        <translation>Wijzigingen en geweigerde rijen</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd, %5 geweigerd.</translation>
    </message>
    <message numerus="yes">
        <source>Missing from this complete list, so marked as left today: %n pupil(s)</source>
        <translation>
            <numerusform>Ontbreekt in deze volledige lijst en wordt daarom vandaag als vertrokken gemarkeerd: %n leerling</numerusform>
            <numerusform>Ontbreken in deze volledige lijst en worden daarom vandaag als vertrokken gemarkeerd: %n leerlingen</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nieuw)</translation>
    </message>
    <message>
        <source>parents linked: %1</source>
        <translation>ouders gekoppeld: %1</translation>
    </message>
    <message>
        <source>No row can be imported; the database is unchanged. Correct the rows listed in the export and import it again.</source>
        <translation>Geen enkele rij kan worden geïmporteerd; de database is niet gewijzigd. Verbeter de genoemde rijen in de export en importeer die opnieuw.</translation>
    </message>
    <message>
        <source>Everything in this list is already in the database; nothing changes.</source>
        <translation>Alles uit deze lijst staat al in de database; er verandert niets.</translation>
    </message>
    <message>
        <source>Import %1 new and %2 updated person(s)?</source>
        <translation>%1 nieuwe en %2 bijgewerkte personen importeren?</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) will be marked as left.</source>
        <translation>
            <numerusform>%n leerling wordt als vertrokken gemarkeerd.</numerusform>
            <numerusform>%n leerlingen worden als vertrokken gemarkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) are skipped.</source>
        <translation>
            <numerusform>%n geweigerde rij wordt overgeslagen.</numerusform>
            <numerusform>%n geweigerde rijen worden overgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a school list</source>
        <translation>Een schoollijst importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Melding</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. fake account in a classmate&apos;s name</source>
        <translation>bijv. nepaccount op naam van een klasgenoot</translation>
    </message>
    <message>
        <source>&amp;Happened on:</source>
        <translation>&amp;Gebeurd op:</translation>
    </message>
    <message>
        <source>Re&amp;ported on:</source>
        <translation>Ge&amp;meld op:</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Gemeld &amp;door:</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Wiss&amp;en</translation>
    </message>
    <message>
        <source>&amp;Platform or channel:</source>
        <translation>&amp;Platform of kanaal:</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontext:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>E&amp;rnst:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Kind of harm:</source>
        <translation>&amp;Soort schade:</translation>
    </message>
    <message>
        <source>Possibly a criminal offence</source>
        <translation>Mogelijk een strafbaar feit</translation>
    </message>
    <message>
        <source>Confidential (board and handler only)</source>
        <translation>Vertrouwelijk (alleen bestuur en behandelaar)</translation>
    </message>
    <message>
        <source>Suspected sexual offence by staff against a pupil</source>
        <translation>Vermoeden van een zedendelict door personeel tegen een leerling</translation>
    </message>
    <message>
        <source>Signs of an unsafe home</source>
        <translation>Signalen van een onveilige thuissituatie</translation>
    </message>
    <message>
        <source>Parents refuse to cooperate</source>
        <translation>Ouders werken niet mee</translation>
    </message>
    <message>
        <source>Pe&amp;rsons</source>
        <translation>Pe&amp;rsonen</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;New other person…</source>
        <translation>&amp;Nieuwe overige persoon…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>No causer known, because:</source>
        <translation>Geen veroorzaker bekend, omdat:</translation>
    </message>
    <message>
        <source>e.g. anonymous account</source>
        <translation>bijv. anoniem account</translation>
    </message>
    <message>
        <source>Protocol &amp;articles</source>
        <translation>Protocol&amp;artikelen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Melding %1</translation>
    </message>
    <message>
        <source>Articles of %1, in force from %2. The text of the selected article is shown on the right.</source>
        <translation>Artikelen van %1, van kracht vanaf %2. De tekst van het geselecteerde artikel staat rechts.</translation>
    </message>
    <message>
        <source>No protocol version is in force on this date; add one under Beheer → Protocol.</source>
        <translation>Op deze datum is geen protocolversie van kracht; voeg er een toe onder Beheer → Protocol.</translation>
    </message>
    <message>
        <source>Add a person to the incident</source>
        <translation>Persoon aan de melding toevoegen</translation>
    </message>
    <message>
        <source>New other person</source>
        <translation>Nieuwe overige persoon</translation>
    </message>
    <message>
        <source>Name of someone who is not a pupil, parent or staff member (for example &quot;Kees de Vries&quot;):</source>
        <translation>Naam van iemand die geen leerling, ouder of medewerker is (bijvoorbeeld &quot;Kees de Vries&quot;):</translation>
    </message>
    <message>
        <source>Who reported it?</source>
        <translation>Wie heeft het gemeld?</translation>
    </message>
    <message>
        <source>Load the saved version now? What you changed in this form is lost; copy it first if you need it.</source>
        <translation>De opgeslagen versie nu laden? Wat u in dit formulier hebt gewijzigd, gaat verloren; kopieer het eerst als u het nodig hebt.</translation>
    </message>
    <message>
        <source>school %1</source>
        <translation>school %1</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Possibly criminal</source>
        <translation>Mogelijk strafbaar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Gebeurd</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IncidentListPage</name>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nieuwe melding…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Zaak &amp;openen</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Ernst:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;latform:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsoon:</translation>
    </message>
    <message>
        <source>Search in titles, descriptions, notes and names…</source>
        <translation>Zoeken in titels, beschrijvingen, notities en namen…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Openstaande zaken</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>Afgelopen drie maanden</translation>
    </message>
    <message>
        <source>Last twelve months</source>
        <translation>Afgelopen twaalf maanden</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Dit schooljaar</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Vorig schooljaar</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Persoon kiezen…</translation>
    </message>
    <message>
        <source>Incidents of a person</source>
        <translation>Meldingen van een persoon</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>%n melding getoond</numerusform>
            <numerusform>%n meldingen getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Choose the school.</source>
        <translation>Kies de school.</translation>
    </message>
    <message>
        <source>Give the incident a short title.</source>
        <translation>Geef de melding een korte titel.</translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation>Vul in wanneer het gebeurde.</translation>
    </message>
    <message>
        <source>Enter when it was reported.</source>
        <translation>Vul in wanneer het werd gemeld.</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>Het incident kan niet in de toekomst hebben plaatsgevonden.</translation>
    </message>
    <message>
        <source>It was reported before it happened: the report date must lie on or after the date it happened.</source>
        <translation>Het is gemeld voordat het gebeurde: de meldingsdatum moet op of na de datum van het incident liggen.</translation>
    </message>
    <message>
        <source>The report date lies in the future.</source>
        <translation>De meldingsdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The same person is listed twice in the same role.</source>
        <translation>Dezelfde persoon staat twee keer in dezelfde rol vermeld.</translation>
    </message>
    <message>
        <source>Add who caused it, or say why that is not known (for example an anonymous account).</source>
        <translation>Voeg de veroorzaker toe, of geef aan waarom die niet bekend is (bijvoorbeeld een anoniem account).</translation>
    </message>
    <message>
        <source>A suspected sexual offence is always a confidential incident.</source>
        <translation>Een vermoeden van een zedendelict is altijd een vertrouwelijke melding.</translation>
    </message>
    <message>
        <source>Choose at least one protocol article: a case leaves &apos;reported&apos; only with the articles it concerns.</source>
        <translation>Kies minstens één protocolartikel: een zaak gaat pas verder dan &apos;gemeld&apos; met de artikelen waar het om gaat.</translation>
    </message>
    <message>
        <source>Write a closing summary before the case is closed.</source>
        <translation>Schrijf een afsluitende samenvatting voordat de zaak wordt afgesloten.</translation>
    </message>
    <message>
        <source>A case cannot go from this status to that one.</source>
        <translation>Een zaak kan niet van deze status naar die status gaan.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Geef aan waarom de zaak wordt heropend.</translation>
    </message>
    <message>
        <source>Keep the title to at most %1 characters (now %2); the description holds the rest.</source>
        <translation>Houd de titel op ten hoogste %1 tekens (nu %2); de rest hoort in de beschrijving.</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>No protocol version is in force on %1; add one under Beheer → Protocol.</source>
        <translation>Op %1 is geen protocolversie van kracht; voeg er een toe onder Beheer → Protocol.</translation>
    </message>
    <message>
        <source>An article was chosen that is not part of %1, the protocol this incident falls under.</source>
        <translation>Er is een artikel gekozen dat niet hoort bij %1, het protocol waaronder deze melding valt.</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Heropend: %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <source>This note was corrected already; correct the newest wording.</source>
        <translation>Deze notitie is al verbeterd; verbeter de nieuwste versie.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Het klembord bevat geen afbeelding.</translation>
    </message>
    <message>
        <source>screenshot-%1.png</source>
        <translation>schermafdruk-%1.png</translation>
    </message>
    <message>
        <source>An incident cannot be linked to itself.</source>
        <translation>Een melding kan niet aan zichzelf worden gekoppeld.</translation>
    </message>
    <message>
        <source>An involved person is missing.</source>
        <translation>Er ontbreekt een betrokken persoon.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): there is nothing in it to keep as evidence.</source>
        <translation>%1 is leeg (0 bytes): er staat niets in om als bewijs te bewaren.</translation>
    </message>
    <message>
        <source>Say why the evidence is removed; the reason is kept.</source>
        <translation>Geef aan waarom het bewijsstuk wordt verwijderd; de reden wordt bewaard.</translation>
    </message>
    <message>
        <source>The capture date %1 lies in the future; give when the screenshot or file was made.</source>
        <translation>De vastlegdatum %1 ligt in de toekomst; geef op wanneer de schermafdruk of het bestand is gemaakt.</translation>
    </message>
    <message>
        <source>The note says it took place on %1, which is still ahead. Give the moment it took place.</source>
        <translation>Volgens de notitie vond het plaats op %1, en dat moment moet nog komen. Geef het moment waarop het plaatsvond.</translation>
    </message>
    <message>
        <source>The note says it took place on %1, before the incident happened (%2). What came before belongs in the description.</source>
        <translation>Volgens de notitie vond het plaats op %1, vóór het voorval zelf (%2). Wat daarvoor gebeurde, hoort in de omschrijving.</translation>
    </message>
</context>
<context>
    <name>IncidentsArea</name>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Zaak sluiten</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe); save it as a file first.</source>
        <translation>%1 is geen gewoon bestand (maar een apparaat of pijp); sla het eerst op als bestand.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 such a file may be. Check that it is the right file.</source>
        <translation>%1 is %2, groter dan de %3 die zo&apos;n bestand mag zijn. Controleer of het het juiste bestand is.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 such a file may be. Check that it is the right file.</source>
        <translation>%1 is groter dan de %2 die zo&apos;n bestand mag zijn. Controleer of het het juiste bestand is.</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message numerus="yes">
        <source>Attachments: %n stored file(s) checked against their SHA-256.</source>
        <translation>
            <numerusform>Bijlagen: %n opgeslagen bestand gecontroleerd op de SHA-256.</numerusform>
            <numerusform>Bijlagen: %n opgeslagen bestanden gecontroleerd op hun SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) have only a description and no content (imported from JSON); their content is in the backups.</source>
        <translation>
            <numerusform>%n bijlage heeft alleen een beschrijving en geen inhoud (geïmporteerd uit JSON); de inhoud staat in de back-ups.</numerusform>
            <numerusform>%n bijlagen hebben alleen een beschrijving en geen inhoud (geïmporteerd uit JSON); de inhoud staat in de back-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file: integrity check passed.</source>
        <translation>Databasebestand: de integriteitscontrole is geslaagd.</translation>
    </message>
    <message>
        <source>database file damaged: %1</source>
        <translation>databasebestand beschadigd: %1</translation>
    </message>
    <message>
        <source>%1 %2 refers to a missing %3.</source>
        <translation>%1 %2 verwijst naar een ontbrekende %3.</translation>
    </message>
    <message>
        <source>References between records: all present.</source>
        <translation>Verwijzingen tussen gegevens: alle aanwezig.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s), chain whole.</source>
        <translation>
            <numerusform>Audittrail: %n registratie, keten intact.</numerusform>
            <numerusform>Audittrail: %n registraties, keten intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: the content of %n record(s) was erased at the end of a retention term (the chain still proves them).</source>
        <translation>
            <numerusform>Audittrail: de inhoud van %n registratie is gewist aan het eind van een bewaartermijn (de keten bewijst haar nog steeds).</numerusform>
            <numerusform>Audittrail: de inhoud van %n registraties is gewist aan het eind van een bewaartermijn (de keten bewijst ze nog steeds).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (table %3) is not in the audit trail: it was added outside Dossierkast.</source>
        <translation>%1 %2 (tabel %3) staat niet in de audittrail: toegevoegd buiten Dossierkast.</translation>
    </message>
    <message>
        <source>%1 %2 (table %3) differs from its last audited state: it was changed outside Dossierkast.</source>
        <translation>%1 %2 (tabel %3) wijkt af van de laatste vastlegging in de audittrail: gewijzigd buiten Dossierkast.</translation>
    </message>
    <message>
        <source>%1 %2 (table %3) is missing, but the audit trail has no removal: it was deleted outside Dossierkast.</source>
        <translation>%1 %2 (tabel %3) ontbreekt, maar de audittrail kent geen verwijdering: verwijderd buiten Dossierkast.</translation>
    </message>
    <message numerus="yes">
        <source>Records: %n row(s) compared with the audit trail.</source>
        <translation>
            <numerusform>Gegevens: %n rij vergeleken met de audittrail.</numerusform>
            <numerusform>Gegevens: %n rijen vergeleken met de audittrail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database server: PostgreSQL checks its own storage and enforces every reference.</source>
        <translation>Databaseserver: PostgreSQL bewaakt zijn eigen opslag en dwingt elke verwijzing af.</translation>
    </message>
    <message>
        <source>Audit mark %1: the trail runs through it.</source>
        <translation>Auditkenmerk %1: de trail loopt erdoorheen.</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>… further errors not shown.</source>
        <translation>… verdere fouten worden niet getoond.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: this is not valid JSON (%4).</source>
        <translation>%1, regel %2, kolom %3: dit is geen geldige JSON (%4).</translation>
    </message>
    <message>
        <source>%1: the document must be a JSON object with &quot;format&quot;: &quot;dossierkast&quot;.</source>
        <translation>%1: het document moet een JSON-object zijn met &quot;format&quot;: &quot;dossierkast&quot;.</translation>
    </message>
    <message>
        <source>$.format: expected &quot;dossierkast&quot;; this is not a Dossierkast export.</source>
        <translation>$.format: &quot;dossierkast&quot; verwacht; dit is geen export van Dossierkast.</translation>
    </message>
    <message>
        <source>$.format_version: version %1 cannot be read by this program (it reads up to %2).</source>
        <translation>$.format_version: versie %1 kan dit programma niet lezen (het leest tot en met versie %2).</translation>
    </message>
    <message>
        <source>The database %1 already holds data. An export is only read into a new, empty database; nothing was changed.</source>
        <translation>De database %1 bevat al gegevens. Een export wordt alleen in een nieuwe, lege database ingelezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>unknown part of the document</source>
        <translation>onbekend onderdeel van het document</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>object verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>lijst verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>the id %1 occurs twice</source>
        <translation>het id %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>geheel getal verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the document</source>
        <translation>verwijst naar %1 %2, maar die staat niet in het document</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true of false verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found %1</source>
        <translation>datum als JJJJ-MM-DD verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>expected a moment as YYYY-MM-DDTHH:MM:SSZ (with a time zone), found %1</source>
        <translation>tijdstip als JJJJ-MM-DDTUU:MM:SSZ (met tijdzone) verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>een van %1 verwacht, gevonden: %2</translation>
    </message>
    <message>
        <source>expected a SHA-256 as 64 lower-case hexadecimal characters, found %1</source>
        <translation>SHA-256 als 64 hexadecimale kleine letters en cijfers verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>tekst verwacht, gevonden: %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, line %2: a text longer than %3; no field holds that much. Nothing was imported.</source>
        <translation>%1, regel %2: een tekst van meer dan %3; zoveel past in geen enkel veld. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Board office</source>
        <translation>Bestuursbureau</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Parent/carer</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Moeder</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Vader</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Verzorger</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Pleegouder</translation>
    </message>
    <message>
        <source>Causer</source>
        <translation>Veroorzaker</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Slachtoffer</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Parent involved</source>
        <translation>Betrokken ouder</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Geen actie</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Voornemen</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Opgelegd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Bezwaar gegrond</translation>
    </message>
    <message>
        <source>Objection dismissed</source>
        <translation>Bezwaar ongegrond</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hoorgesprek</translation>
    </message>
    <message>
        <source>Inform parents</source>
        <translation>Ouders informeren</translation>
    </message>
    <message>
        <source>Inform the Inspectie</source>
        <translation>Inspectie informeren</translation>
    </message>
    <message>
        <source>Inform the school attendance officer</source>
        <translation>Leerplichtambtenaar informeren</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <source>Encourage victim to report to the police</source>
        <translation>Slachtoffer aansporen tot aangifte</translation>
    </message>
    <message>
        <source>Consult the confidential inspector</source>
        <translation>Vertrouwensinspecteur raadplegen</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis</source>
        <translation>Melden bij Veilig Thuis</translation>
    </message>
    <message>
        <source>Contact the line manager</source>
        <translation>Contact met de leidinggevende</translation>
    </message>
    <message>
        <source>Inform the board</source>
        <translation>Bestuur informeren</translation>
    </message>
    <message>
        <source>Intended decision by registered letter</source>
        <translation>Voornemen per aangetekende brief</translation>
    </message>
    <message>
        <source>Term to respond</source>
        <translation>Reactietermijn</translation>
    </message>
    <message>
        <source>Decision by registered letter</source>
        <translation>Besluit per aangetekende brief</translation>
    </message>
    <message>
        <source>Appeal term</source>
        <translation>Beroepstermijn</translation>
    </message>
    <message>
        <source>Objection term</source>
        <translation>Bezwaartermijn</translation>
    </message>
    <message>
        <source>Term to decide on the objection</source>
        <translation>Beslistermijn bezwaar</translation>
    </message>
    <message>
        <source>Removal reminder</source>
        <translation>Herinnering verwijdering</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>Aangetekende brief</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation>Telefoonnotitie</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Website or forum</source>
        <translation>Website of forum</translation>
    </message>
    <message>
        <source>During lessons</source>
        <translation>Tijdens de les</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>Op school</translation>
    </message>
    <message>
        <source>Outside school</source>
        <translation>Buiten school</translation>
    </message>
    <message>
        <source>During work</source>
        <translation>Tijdens het werk</translation>
    </message>
    <message>
        <source>Outside work</source>
        <translation>Buiten het werk</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Pesten</translation>
    </message>
    <message>
        <source>Hurting</source>
        <translation>Kwetsen</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>Stalken</translation>
    </message>
    <message>
        <source>Threatening</source>
        <translation>Bedreigen</translation>
    </message>
    <message>
        <source>Defaming</source>
        <translation>Zwartmaken</translation>
    </message>
    <message>
        <source>Confidential information shared</source>
        <translation>Vertrouwelijke informatie gedeeld</translation>
    </message>
    <message>
        <source>Personal data shared</source>
        <translation>Persoonsgegevens gedeeld</translation>
    </message>
    <message>
        <source>Images without consent</source>
        <translation>Beeld zonder toestemming</translation>
    </message>
    <message>
        <source>Befriending pupils</source>
        <translation>Vriendschap met leerlingen</translation>
    </message>
    <message>
        <source>Missing disclaimer</source>
        <translation>Ontbrekende disclaimer</translation>
    </message>
    <message>
        <source>Active on social media during lessons</source>
        <translation>Actief op sociale media tijdens de les</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Zeer ernstig</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (verlengd)</translation>
    </message>
    <message>
        <source>The term runs from %1.</source>
        <translation>De termijn loopt vanaf %1.</translation>
    </message>
    <message>
        <source>It would end on %1, a day without office hours, and is extended to %2 (Algemene termijnenwet).</source>
        <translation>Hij zou eindigen op %1, een dag zonder kantoor, en is verlengd tot en met %2 (Algemene termijnenwet).</translation>
    </message>
</context>
<context>
    <name>LadderService</name>
    <message>
        <source>Give the step a name.</source>
        <translation>Geef de stap een naam.</translation>
    </message>
    <message>
        <source>A step&apos;s place on the ladder is 1 or more.</source>
        <translation>De plaats van een stap op de ladder is 1 of hoger.</translation>
    </message>
    <message>
        <source>Give the holiday a name, and a last day on or after the first day.</source>
        <translation>Geef de vakantie een naam, en een laatste dag op of na de eerste dag.</translation>
    </message>
</context>
<context>
    <name>LaddersPage</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>Disciplinair</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>&amp;Disciplinary measure</source>
        <translation>&amp;Disciplinaire maatregel</translation>
    </message>
    <message>
        <source>Has a &amp;first and last day</source>
        <translation>Heeft een &amp;eerste en laatste dag</translation>
    </message>
    <message>
        <source>&amp;In use</source>
        <translation>&amp;In gebruik</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Vakantie</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Ouders en verzorgers</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>Stap &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Add as new step</source>
        <translation>Als nieuwe stap &amp;toevoegen</translation>
    </message>
    <message>
        <source>Measure ladders</source>
        <translation>Maatregelladders</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>S&amp;tep (1 is the lightest):</source>
        <translation>S&amp;tap (1 is de lichtste):</translation>
    </message>
    <message>
        <source>&amp;Caution in the form:</source>
        <translation>&amp;Waarschuwing in het formulier:</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation>&amp;Vakantie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove holiday…</source>
        <translation>Vakantie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>School holidays (school days skip them)</source>
        <translation>Schoolvakanties (schooldagen slaan ze over)</translation>
    </message>
    <message>
        <source>e.g. Kerstvakantie 2026</source>
        <translation>bijv. Kerstvakantie 2026</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;am:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>alle scholen</translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation>Schoolvakanties</translation>
    </message>
    <message>
        <source>Remove %1? Terms counted in school days are counted again without it.</source>
        <translation>%1 verwijderen? Termijnen in schooldagen worden dan zonder deze vakantie geteld.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Vrije dag</translation>
    </message>
    <message>
        <source>Also no &amp;working day (a day off of the board)</source>
        <translation>Ook geen wer&amp;kdag (vrije dag van het bestuur)</translation>
    </message>
    <message>
        <source>Working days (such as the terms of a summary dismissal) skip a day off of the board, as they skip public holidays; school days skip every holiday.</source>
        <translation>Werkdagen (zoals bij de termijn van een ontslag op staande voet) slaan een vrije dag van het bestuur over, net als feestdagen; schooldagen slaan elke vakantie over.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Public holidays (Beheer → Settings decides on Good Friday and Liberation Day), skipped in working and school days:</source>
        <translation>Feestdagen (over Goede Vrijdag en Bevrijdingsdag beslist Beheer → Instellingen), overgeslagen bij werkdagen en schooldagen:</translation>
    </message>
</context>
<context>
    <name>LegalHold</name>
    <message>
        <source>Choose the person whose dossier must be kept.</source>
        <translation>Kies de persoon van wie het dossier bewaard moet blijven.</translation>
    </message>
    <message>
        <source>Say why the dossier must be kept (for example the police or court case).</source>
        <translation>Geef aan waarom het dossier bewaard moet blijven (bijvoorbeeld de politie- of rechtszaak).</translation>
    </message>
    <message>
        <source>Enter the date the hold starts.</source>
        <translation>Vul de datum in waarop de blokkade ingaat.</translation>
    </message>
    <message>
        <source>The hold cannot start in the future.</source>
        <translation>De blokkade kan niet in de toekomst ingaan.</translation>
    </message>
    <message>
        <source>The hold cannot end before it starts.</source>
        <translation>De blokkade kan niet eindigen voordat zij ingaat.</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Juridische blokkade</translation>
    </message>
    <message>
        <source>While a police or court case is open, the dossier is kept, even after its retention term.</source>
        <translation>Zolang een politie- of rechtszaak loopt, blijft het dossier bewaard, ook na afloop van de bewaartermijn.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>for example: police report 2026-118, case pending</source>
        <translation>bijvoorbeeld: aangifte 2026-118, zaak loopt</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <source>New legal hold</source>
        <translation>Nieuwe juridische blokkade</translation>
    </message>
    <message>
        <source>Legal hold for %1</source>
        <translation>Juridische blokkade voor %1</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF opslaan…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Als OD&amp;T opslaan…</translation>
    </message>
    <message>
        <source>&amp;File the letter</source>
        <translation>Brief op&amp;bergen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Ontvangers:</translation>
    </message>
    <message>
        <source>Marks as &amp;done:</source>
        <translation>Markeert als &amp;gedaan:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Preview (the selected recipient):</source>
        <translation>Voorbeeld (de gekozen ontvanger):</translation>
    </message>
    <message>
        <source>Save the letters as PDF in</source>
        <translation>De brieven als PDF opslaan in</translation>
    </message>
    <message>
        <source>Save the letters as ODT in</source>
        <translation>De brieven als ODT opslaan in</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The letter was printed or saved but not yet filed in the dossier. File it now?</source>
        <translation>De brief is afgedrukt of opgeslagen, maar nog niet in het dossier opgeborgen. Nu opbergen?</translation>
    </message>
    <message>
        <source>About the &amp;measure:</source>
        <translation>Over de &amp;maatregel:</translation>
    </message>
    <message>
        <source>— choose the measure —</source>
        <translation>— kies de maatregel —</translation>
    </message>
    <message>
        <source>(no measure: a letter about the case)</source>
        <translation>(geen maatregel: een brief over de melding)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Choose the measure the letter is about.</source>
        <translation>Kies de maatregel waarover de brief gaat.</translation>
    </message>
    <message>
        <source>There is no template for a letter about this person. Add one in Beheer → Letters.</source>
        <translation>Er is geen sjabloon voor een brief over deze persoon. Voeg er een toe in Beheer → Brieven.</translation>
    </message>
    <message>
        <source>One letter to &amp;parents who live at the same address</source>
        <translation>Eén brief aan ouders die op hetzelfde adres &amp;wonen</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n file(s) in %1.</source>
        <translation>
            <numerusform>Opgeslagen: %n bestand in %1.</numerusform>
            <numerusform>Opgeslagen: %n bestanden in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the staff dossier of %1</source>
        <translation>het personeelsdossier van %1</translation>
    </message>
    <message>
        <source>the pupil dossier of %1</source>
        <translation>het leerlingendossier van %1</translation>
    </message>
    <message numerus="yes">
        <source>Filed: %n letter(s), each with its PDF, in %1.</source>
        <translation>
            <numerusform>Opgeborgen: %n brief, met de PDF, in %1.</numerusform>
            <numerusform>Opgeborgen: %n brieven, elk met de PDF, in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Dossier openen</translation>
    </message>
</context>
<context>
    <name>LetterMerge</name>
    <message>
        <source>Today&apos;s date</source>
        <translation>Datum van vandaag</translation>
    </message>
    <message>
        <source>Organisation: name</source>
        <translation>Organisatie: naam</translation>
    </message>
    <message>
        <source>Organisation: address</source>
        <translation>Organisatie: adres</translation>
    </message>
    <message>
        <source>School: name</source>
        <translation>School: naam</translation>
    </message>
    <message>
        <source>School: address</source>
        <translation>School: adres</translation>
    </message>
    <message>
        <source>School: director</source>
        <translation>School: directeur</translation>
    </message>
    <message>
        <source>Recipient: name</source>
        <translation>Ontvanger: naam</translation>
    </message>
    <message>
        <source>Recipient: salutation (Geachte …)</source>
        <translation>Ontvanger: aanhef (Geachte …)</translation>
    </message>
    <message>
        <source>Recipient: name and address</source>
        <translation>Ontvanger: naam en adres</translation>
    </message>
    <message>
        <source>Pupil: name</source>
        <translation>Leerling: naam</translation>
    </message>
    <message>
        <source>Pupil: first name used</source>
        <translation>Leerling: roepnaam</translation>
    </message>
    <message>
        <source>Pupil: group or class</source>
        <translation>Leerling: groep of klas</translation>
    </message>
    <message>
        <source>Pupil: date of birth</source>
        <translation>Leerling: geboortedatum</translation>
    </message>
    <message>
        <source>Staff member: name</source>
        <translation>Medewerker: naam</translation>
    </message>
    <message>
        <source>Staff member: function</source>
        <translation>Medewerker: functie</translation>
    </message>
    <message>
        <source>Incident: reference</source>
        <translation>Melding: kenmerk</translation>
    </message>
    <message>
        <source>Incident: title</source>
        <translation>Melding: titel</translation>
    </message>
    <message>
        <source>Incident: date it happened</source>
        <translation>Melding: datum van het voorval</translation>
    </message>
    <message>
        <source>Incident: description</source>
        <translation>Melding: beschrijving</translation>
    </message>
    <message>
        <source>Measure: name</source>
        <translation>Maatregel: naam</translation>
    </message>
    <message>
        <source>Measure: date of the decision</source>
        <translation>Maatregel: datum van het besluit</translation>
    </message>
    <message>
        <source>Measure: first day</source>
        <translation>Maatregel: eerste dag</translation>
    </message>
    <message>
        <source>Measure: last day</source>
        <translation>Maatregel: laatste dag</translation>
    </message>
    <message>
        <source>Measure: motivation</source>
        <translation>Maatregel: motivering</translation>
    </message>
    <message>
        <source>Term: end of the time to respond</source>
        <translation>Termijn: einde van de reactietermijn</translation>
    </message>
    <message>
        <source>Term: end of the objection term</source>
        <translation>Termijn: einde van de bezwaartermijn</translation>
    </message>
    <message>
        <source>Term: end of the appeal term</source>
        <translation>Termijn: einde van de beroepstermijn</translation>
    </message>
    <message>
        <source>Articles broken, with their text</source>
        <translation>Overtreden artikelen, met hun tekst</translation>
    </message>
    <message>
        <source>Signed by: name</source>
        <translation>Ondertekenaar: naam</translation>
    </message>
    <message>
        <source>Signed by: role</source>
        <translation>Ondertekenaar: functie</translation>
    </message>
    <message>
        <source>Dear Mr %1,</source>
        <translation>Geachte heer %1,</translation>
    </message>
    <message>
        <source>Dear Ms %1,</source>
        <translation>Geachte mevrouw %1,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Geachte %1,</translation>
    </message>
    <message>
        <source>Dear Mr and Ms %1,</source>
        <translation>Geachte heer en mevrouw %1,</translation>
    </message>
    <message>
        <source>Mr %1</source>
        <translation>heer %1</translation>
    </message>
    <message>
        <source>Ms %1</source>
        <translation>mevrouw %1</translation>
    </message>
    <message>
        <source>Dear %1 and %2,</source>
        <translation>Geachte %1 en %2,</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>The template &quot;%1&quot; uses fields that do not exist: %2. Correct them in Beheer → Letters before printing.</source>
        <translation>Het sjabloon &quot;%1&quot; gebruikt velden die niet bestaan: %2. Verbeter ze in Beheer → Brieven voordat u afdrukt.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Kies minstens één ontvanger.</translation>
    </message>
    <message>
        <source>Letter from the template &quot;%1&quot; to %2.</source>
        <translation>Brief volgens het sjabloon &quot;%1&quot; aan %2.</translation>
    </message>
    <message>
        <source>Letter &quot;%1&quot; sent.</source>
        <translation>Brief &quot;%1&quot; verstuurd.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not meant for a letter about a %2. Choose another template.</source>
        <translation>Het sjabloon &quot;%1&quot; is niet bedoeld voor een brief over een %2. Kies een ander sjabloon.</translation>
    </message>
    <message>
        <source>The measure this letter is about does not belong to this person and case.</source>
        <translation>De maatregel waarover deze brief gaat, hoort niet bij deze persoon en melding.</translation>
    </message>
    <message>
        <source>Fill them in (the case, the person or the school)</source>
        <translation>Vul ze in (bij de melding, de persoon of de school)</translation>
    </message>
    <message>
        <source>Fill them in at the measure (Maatregelen → Edit measure)</source>
        <translation>Vul ze in bij de maatregel (Maatregelen → Maatregel bewerken)</translation>
    </message>
    <message>
        <source>Choose the measure the letter is about</source>
        <translation>Kies de maatregel waarover de brief gaat</translation>
    </message>
    <message numerus="yes">
        <source>The letter cannot go out yet: the template &quot;%1&quot; uses %n field(s) that would stay empty: %2. %3, or choose another template.</source>
        <translation>
            <numerusform>De brief kan nog niet de deur uit: het sjabloon &quot;%1&quot; gebruikt %n veld dat leeg zou blijven: %2. %3, of kies een ander sjabloon.</numerusform>
            <numerusform>De brief kan nog niet de deur uit: het sjabloon &quot;%1&quot; gebruikt %n velden die leeg zouden blijven: %2. %3, of kies een ander sjabloon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterTemplateService</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Geef het sjabloon een naam.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>&amp;In use</source>
        <translation>&amp;In gebruik</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Onderstreept</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Sjabloon &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;New template as a copy…</source>
        <translation>&amp;Nieuw sjabloon als kopie…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Naam van het nieuwe sjabloon:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Verstuurd &amp;per:</translation>
    </message>
    <message>
        <source>Marks as &amp;done:</source>
        <translation>Markeert als &amp;gedaan:</translation>
    </message>
    <message>
        <source>Fields (Enter or double-click inserts):</source>
        <translation>Velden (Enter of dubbelklikken voegt in):</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (niet in gebruik)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Dossierkast — log in</source>
        <translation>Dossierkast — inloggen</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Inlog&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Log in with your Dossierkast account.</source>
        <translation>Log in met uw account voor Dossierkast.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>Dossierkast — locked</source>
        <translation>Dossierkast — vergrendeld</translation>
    </message>
    <message>
        <source>The window was locked after a period without use. %1, enter your password to continue; nothing you were doing is lost.</source>
        <translation>Het venster is vergrendeld omdat het een tijd niet is gebruikt. %1, vul uw wachtwoord in om verder te gaan; waar u mee bezig was, blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit Dossierkast</source>
        <translation>Dossierkast &amp;afsluiten</translation>
    </message>
    <message>
        <source>Enter your login name and password.</source>
        <translation>Vul uw inlognaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>&amp;Remember my login name on this PC</source>
        <translation>&amp;Mijn inlognaam op deze pc onthouden</translation>
    </message>
    <message>
        <source>The window is locked. %1, enter your password to continue; nothing you were doing is lost.</source>
        <translation>Het venster is vergrendeld. %1, vul uw wachtwoord in om verder te gaan; waar u mee bezig was, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>File mail</source>
        <translation>Mail opbergen</translation>
    </message>
    <message numerus="yes">
        <source>%1: filed as &quot;%2&quot; with %n file(s).</source>
        <translation>
            <numerusform>%1: opgeborgen als &quot;%2&quot; met %n bestand.</numerusform>
            <numerusform>%1: opgeborgen als &quot;%2&quot; met %n bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed in the dossier of %1:</source>
        <translation>Opgeborgen in het dossier van %1:</translation>
    </message>
    <message>
        <source>This person has no dossier to file in: correspondence goes into the dossier of a pupil or staff member (for a parent: their child&apos;s).</source>
        <translation>Deze persoon heeft geen dossier om in op te bergen: correspondentie gaat in het dossier van een leerling of medewerker (voor een ouder: dat van het kind).</translation>
    </message>
    <message>
        <source>A parent&apos;s correspondence is filed in a child&apos;s dossier. Which child?</source>
        <translation>Correspondentie van een ouder wordt opgeborgen in het dossier van een kind. Welk kind?</translation>
    </message>
    <message numerus="yes">
        <source>%n attached mail(s) filed as item(s) of their own.</source>
        <translation>
            <numerusform>%n bijgevoegde mail als eigen stuk geregistreerd.</numerusform>
            <numerusform>%n bijgevoegde mails als eigen stukken geregistreerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>The file is not an e-mail message.</source>
        <translation>Het bestand is geen e-mailbericht.</translation>
    </message>
    <message>
        <source>The e-mail message could not be read.</source>
        <translation>Het e-mailbericht kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file has no sender, subject or text: it does not look like an e-mail message.</source>
        <translation>Het bestand heeft geen afzender, onderwerp of tekst: het lijkt geen e-mailbericht.</translation>
    </message>
    <message>
        <source>padding (=) in the middle of the content: everything after it would be lost</source>
        <translation>opvulling (=) midden in de inhoud: alles daarna zou verloren gaan</translation>
    </message>
    <message>
        <source>characters that do not belong in base64</source>
        <translation>tekens die niet in base64 thuishoren</translation>
    </message>
    <message>
        <source>the content is cut off (incomplete base64)</source>
        <translation>de inhoud is afgebroken (onvolledige base64)</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; (winmail.dat from Outlook) could not be unpacked (%2); it is kept as it came.</source>
        <translation>De bijlage &quot;%1&quot; (winmail.dat van Outlook) kon niet worden uitgepakt (%2); hij is bewaard zoals hij binnenkwam.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossierkast</source>
        <translation>Dossierkast</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Ingelogd als %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Dossierkast</source>
        <translation>&amp;Over Dossierkast</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>Quit Dossierkast</source>
        <translation>Dossierkast afsluiten</translation>
    </message>
    <message>
        <source>Quit without unlocking? Changes you have not saved are lost.</source>
        <translation>Afsluiten zonder te ontgrendelen? Wijzigingen die u niet hebt opgeslagen, gaan verloren.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Quit anyway and lose them?</source>
        <translation>In %1 zijn wijzigingen niet opgeslagen. Toch afsluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup is %n day(s) old (Beheer → Back-up).</source>
        <translation>
            <numerusform>De laatste goede back-up is %n dag oud (Beheer → Back-up).</numerusform>
            <numerusform>De laatste goede back-up is %n dagen oud (Beheer → Back-up).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this database yet (Beheer → Back-up).</source>
        <translation>Er is nog geen back-up van deze database (Beheer → Back-up).</translation>
    </message>
    <message>
        <source>Showing the latest changes</source>
        <translation>De laatste wijzigingen tonen</translation>
    </message>
    <message>
        <source>Dossierkast could not show the latest changes: %1

What you see may be out of date. Check the connection to the database, then try again.</source>
        <translation>Dossierkast kon de laatste wijzigingen niet tonen: %1

Wat u ziet is mogelijk niet actueel. Controleer de verbinding met de database en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Log &amp;off…</source>
        <translation>Af&amp;melden…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made, checked and sealed: %1</source>
        <translation>De back-up van vandaag is gemaakt, gecontroleerd en verzegeld: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made and checked, but NOT sealed: %1</source>
        <translation>De back-up van vandaag is gemaakt en gecontroleerd, maar NIET verzegeld: %1</translation>
    </message>
    <message>
        <source>Backups are not sealed: set a backup passphrase (Beheer → Back-up).</source>
        <translation>Back-ups zijn niet verzegeld: stel een back-upwachtwoordzin in (Beheer → Back-up).</translation>
    </message>
    <message>
        <source>Whoever finds an unsealed backup can read every dossier in it. An administrator sets the board&apos;s backup passphrase once in Beheer → Back-up.</source>
        <translation>Wie een onverzegelde back-up vindt, kan elk dossier erin lezen. Een beheerder stelt de back-upwachtwoordzin van het bestuur eenmalig in via Beheer → Back-up.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Maatregel:</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Advies:</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>&amp;Why heavier than advised:</source>
        <translation>&amp;Waarom zwaarder dan geadviseerd:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Proposed on:</source>
        <translation>Voor&amp;gesteld op:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Besloten op:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Eerste dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>&amp;Facts known on:</source>
        <translation>&amp;Feiten bekend op:</translation>
    </message>
    <message>
        <source>&amp;Order measure (suspension pending an investigation)</source>
        <translation>&amp;Ordemaatregel (schorsing in afwachting van onderzoek)</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>Hoorgesprek:</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>Ge&amp;houden op</translation>
    </message>
    <message>
        <source>by whom</source>
        <translation>door wie</translation>
    </message>
    <message>
        <source>M&amp;otivation:</source>
        <translation>M&amp;otivering:</translation>
    </message>
    <message>
        <source>New measure in %1</source>
        <translation>Nieuwe maatregel in %1</translation>
    </message>
    <message>
        <source>Measure in %1</source>
        <translation>Maatregel in %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No ladder for this person.</source>
        <translation>Voor deze persoon is er geen ladder.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not a disciplinary measure.</source>
        <translation>Geen disciplinaire maatregel.</translation>
    </message>
    <message>
        <source>Outside school: choose a measure in proportion to the conduct.</source>
        <translation>Buiten school: kies een maatregel die in verhouding staat tot het gedrag.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>Reason to decide &amp;now:</source>
        <translation>Reden om &amp;nu te besluiten:</translation>
    </message>
    <message>
        <source>Why this decision cannot wait for the open step (kept with the measure)</source>
        <translation>Waarom dit besluit niet op de open stap kan wachten (wordt bij de maatregel bewaard)</translation>
    </message>
    <message>
        <source>Not done before this decision: %1. Say below why the decision cannot wait.</source>
        <translation>Nog niet gedaan vóór dit besluit: %1. Vul hieronder in waarom het besluit niet kan wachten.</translation>
    </message>
    <message>
        <source>This suspension lasts %1, from %2 to %3: it runs over days without school. Is that what is meant?</source>
        <translation>Deze schorsing duurt %1, van %2 tot en met %3: ze loopt over dagen zonder school. Is dat zo bedoeld?</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>Choose the person the measure is for.</source>
        <translation>Kies de persoon voor wie de maatregel is.</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>Kies de maatregel.</translation>
    </message>
    <message>
        <source>Enter the date the measure was proposed.</source>
        <translation>Vul de datum in waarop de maatregel is voorgesteld.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Vul de datum van het besluit in.</translation>
    </message>
    <message>
        <source>The decision cannot come before the proposal.</source>
        <translation>Het besluit kan niet voor het voorstel liggen.</translation>
    </message>
    <message>
        <source>Enter the date of the hearing.</source>
        <translation>Vul de datum van het hoorgesprek in.</translation>
    </message>
    <message>
        <source>A %1 needs a first and a last day.</source>
        <translation>Een %1 heeft een eerste en een laatste dag nodig.</translation>
    </message>
    <message>
        <source>The last day lies before the first day.</source>
        <translation>De laatste dag ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>Only a suspension of a staff member can be an order measure.</source>
        <translation>Alleen een schorsing van een medewerker kan een ordemaatregel zijn.</translation>
    </message>
    <message>
        <source>A pupil may be suspended for at most %1 school days (WPO art. 40c); this suspension lasts %2 school days.</source>
        <translation>Een leerling mag ten hoogste %1 schooldagen worden geschorst (WPO art. 40c); deze schorsing duurt %2 schooldagen.</translation>
    </message>
    <message>
        <source>The suspension falls entirely outside school days.</source>
        <translation>De schorsing valt helemaal buiten de schooldagen.</translation>
    </message>
    <message>
        <source>A suspension as an order measure lasts at most %1 weeks (CAO PO).</source>
        <translation>Een schorsing als ordemaatregel duurt ten hoogste %1 weken (CAO PO).</translation>
    </message>
    <message>
        <source>Enter when the facts became known: a summary dismissal must follow at once (BW 7:677).</source>
        <translation>Vul in wanneer de feiten bekend werden: een ontslag op staande voet moet onverwijld volgen (BW 7:677).</translation>
    </message>
    <message>
        <source>The dismissal is decided %1 working days after the facts became known. A summary dismissal must be given without delay (BW 7:677, 7:678); after more than %2 working days a court may find it too late.</source>
        <translation>Het ontslag wordt %1 werkdagen nadat de feiten bekend werden gegeven. Een ontslag op staande voet moet onverwijld worden gegeven (BW 7:677, 7:678); na meer dan %2 werkdagen kan een rechter het te laat vinden.</translation>
    </message>
    <message>
        <source>A warning is not a disciplinary measure: keep it out of the disciplinary part of the staff dossier.</source>
        <translation>Een waarschuwing is geen disciplinaire maatregel: houd die buiten het disciplinaire deel van het personeelsdossier.</translation>
    </message>
    <message>
        <source>The suspension lasts %1 school days but %2 calendar days, from %3 to %4: confirm that it is meant to run over the days without school.</source>
        <translation>De schorsing duurt %1 schooldagen maar %2 kalenderdagen, van %3 tot en met %4: bevestig dat ze over de dagen zonder school mag lopen.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n kalenderdag</numerusform>
            <numerusform>%n kalenderdagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n schooldag</numerusform>
            <numerusform>%n schooldagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Together with the suspension of %1 this pupil would be suspended for %2 school days in a row, from %3 to %4. Suspensions that follow each other count as one: at most %5 school days (WPO art. 40c).</source>
        <translation>Samen met de schorsing van %1 zou deze leerling %2 schooldagen achter elkaar geschorst zijn, van %3 tot en met %4. Schorsingen die op elkaar aansluiten tellen als één: ten hoogste %5 schooldagen (WPO art. 40c).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>hearing the class teacher (WPO art. 40)</source>
        <translation>het horen van de groepsleerkracht (WPO art. 40)</translation>
    </message>
    <message>
        <source>hearing the parents (WPO art. 40)</source>
        <translation>het horen van de ouders (WPO art. 40)</translation>
    </message>
    <message>
        <source>hearing the staff member (CAO PO)</source>
        <translation>het horen van de medewerker (CAO PO)</translation>
    </message>
    <message>
        <source>sending the intended decision by registered letter (CAO PO)</source>
        <translation>het aangetekend verzenden van het voornemen (CAO PO)</translation>
    </message>
    <message>
        <source>the staff member&apos;s term to respond to the intended decision (CAO PO)</source>
        <translation>de termijn waarin de medewerker op het voornemen kan reageren (CAO PO)</translation>
    </message>
    <message>
        <source>the staff member&apos;s term to respond, which runs to %1 (CAO PO)</source>
        <translation>de reactietermijn van de medewerker, die loopt tot en met %1 (CAO PO)</translation>
    </message>
</context>
<context>
    <name>MeasureService</name>
    <message>
        <source>The incident of this measure is not available.</source>
        <translation>De melding van deze maatregel is niet beschikbaar.</translation>
    </message>
    <message>
        <source>A measure is for someone involved in the incident.</source>
        <translation>Een maatregel is voor iemand die bij de melding betrokken is.</translation>
    </message>
    <message>
        <source>Choose a measure from the ladder for %1.</source>
        <translation>Kies een maatregel van de ladder voor %1.</translation>
    </message>
    <message>
        <source>%1 is heavier than the advised %2: write down why (the motivation is kept with the measure).</source>
        <translation>%1 is zwaarder dan de geadviseerde %2: schrijf op waarom (de motivering wordt bij de maatregel bewaard).</translation>
    </message>
    <message>
        <source>The measure was withdrawn.</source>
        <translation>De maatregel is ingetrokken.</translation>
    </message>
    <message>
        <source>The objection was upheld.</source>
        <translation>Het bezwaar is gegrond verklaard.</translation>
    </message>
    <message>
        <source>An objection is possible against an imposed measure only.</source>
        <translation>Bezwaar is alleen mogelijk tegen een opgelegde maatregel.</translation>
    </message>
    <message>
        <source>The objection cannot have been received before the decision.</source>
        <translation>Het bezwaar kan niet voor het besluit zijn ontvangen.</translation>
    </message>
    <message>
        <source>This measure has no objection waiting for a decision.</source>
        <translation>Bij deze maatregel wacht geen bezwaar op een beslissing.</translation>
    </message>
    <message>
        <source>The decision cannot come before the objection was received.</source>
        <translation>De beslissing kan niet liggen voor de ontvangst van het bezwaar.</translation>
    </message>
    <message>
        <source>Objection upheld.</source>
        <translation>Bezwaar gegrond.</translation>
    </message>
    <message>
        <source>Objection dismissed.</source>
        <translation>Bezwaar ongegrond.</translation>
    </message>
    <message>
        <source>The hearing cannot come before the objection was received.</source>
        <translation>De hoorzitting kan niet liggen voor de ontvangst van het bezwaar.</translation>
    </message>
    <message>
        <source>%1 was also the causer in %2; weigh that in.</source>
        <translation>%1 was ook veroorzaker in %2; weeg dat mee.</translation>
    </message>
    <message>
        <source>This decision comes before a required step: %1. Write down why it cannot wait (the motivation is kept with the measure and shown in the case summary).</source>
        <translation>Dit besluit komt vóór een vereiste stap: %1. Schrijf op waarom het niet kan wachten (de motivering wordt bij de maatregel bewaard en staat in het casusoverzicht).</translation>
    </message>
    <message>
        <source>Hearing held (recorded with the measure).</source>
        <translation>Hoorgesprek gehouden (vastgelegd bij de maatregel).</translation>
    </message>
    <message>
        <source>Decided before this step was done: %1</source>
        <translation>Besloten voordat deze stap was gezet: %1</translation>
    </message>
    <message>
        <source>The objection cannot have been received after today.</source>
        <translation>Het bezwaar kan niet na vandaag ontvangen zijn.</translation>
    </message>
    <message>
        <source>The objection was received on %1, after its term ended on %2 (it ran from %3, %4). Handle it anyway only with a reason, which is kept with the objection.</source>
        <translation>Het bezwaar is ontvangen op %1, na het einde van de termijn op %2 (die liep vanaf %3, %4). Behandel het alleen met een reden; die wordt bij het bezwaar bewaard.</translation>
    </message>
    <message>
        <source>Objection received after the term; handled anyway.</source>
        <translation>Bezwaar na de termijn ontvangen; toch in behandeling genomen.</translation>
    </message>
    <message>
        <source>Objection received.</source>
        <translation>Bezwaar ontvangen.</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Nieuwe maatregel…</translation>
    </message>
    <message>
        <source>&amp;Edit measure…</source>
        <translation>Maatregel &amp;bewerken…</translation>
    </message>
    <message>
        <source>Objection &amp;received…</source>
        <translation>Bezwaar &amp;ontvangen…</translation>
    </message>
    <message>
        <source>Decide &amp;objection…</source>
        <translation>Op bezwaar &amp;beslissen…</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Nieuwe &amp;actie…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Gedaan…</translation>
    </message>
    <message>
        <source>Not &amp;needed…</source>
        <translation>Niet &amp;nodig…</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Maatregelen:</translation>
    </message>
    <message>
        <source>Actions and terms:</source>
        <translation>Acties en termijnen:</translation>
    </message>
    <message>
        <source>Objection received</source>
        <translation>Bezwaar ontvangen</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ontvangen op:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Aantekeningen:</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation>Beslissing op het bezwaar</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Beslist op:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Hearing held on</source>
        <translation>&amp;Hoorzitting gehouden op</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>B&amp;rief…</translation>
    </message>
    <message>
        <source>Why it is handled although it came in late (kept)</source>
        <translation>Waarom het toch wordt behandeld, hoewel het te laat binnenkwam (wordt bewaard)</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>Handle &amp;late because:</source>
        <translation>Te &amp;laat, toch behandelen omdat:</translation>
    </message>
    <message>
        <source>Received after the term, which ran from %1 to %2 (%3).</source>
        <translation>Ontvangen na de termijn, die liep van %1 tot en met %2 (%3).</translation>
    </message>
    <message>
        <source>Within the term, which runs from %1 to %2 (%3).</source>
        <translation>Binnen de termijn, die loopt van %1 tot en met %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 already has the current schema %2; nothing to do.</source>
        <translation>%1 heeft al het actuele schema %2; er is niets te doen.</translation>
    </message>
    <message>
        <source>%1 was updated to schema %2. The previous version was kept as %3.</source>
        <translation>%1 is bijgewerkt naar schema %2. De vorige versie is bewaard als %3.</translation>
    </message>
    <message>
        <source>Updates an existing database to this program&apos;s schema (a backup copy is made first). With --to, copies it whole into a new, empty PostgreSQL database and verifies the copy.</source>
        <translation>Werkt een bestaande database bij naar het schema van dit programma (na een reservekopie). Met --to wordt ze volledig gekopieerd naar een nieuwe, lege PostgreSQL-database en wordt de kopie gecontroleerd.</translation>
    </message>
    <message>
        <source>--to takes a PostgreSQL address, such as postgresql://dossierkast@server:5432/dossierkast.</source>
        <translation>--to verwacht een PostgreSQL-adres, zoals postgresql://dossierkast@server:5432/dossierkast.</translation>
    </message>
    <message>
        <source>Copying %1 to %2 …</source>
        <translation>%1 kopiëren naar %2 …</translation>
    </message>
    <message>
        <source>The copy is complete and verified: the same number of rows in every table, the audit trail whole and every attachment matching its SHA-256. Use --database %1 from now on.</source>
        <translation>De kopie is volledig en geverifieerd: in elke tabel evenveel rijen, de audittrail intact en elke bijlage in overeenstemming met haar SHA-256. Gebruik voortaan --database %1.</translation>
    </message>
    <message>
        <source>[--to postgresql://USER@SERVER:PORT/DATABASE]</source>
        <translation>[--to postgresql://GEBRUIKER@SERVER:POORT/DATABASE]</translation>
    </message>
    <message>
        <source>The server keeps the logins: these active users cannot log in on it yet: %1. Give each a temporary password in Beheer → Gebruikers (Reset password); they choose their own at the next login.</source>
        <translation>De server beheert de aanmeldingen: deze actieve gebruikers kunnen er nog niet op inloggen: %1. Geef ieder een tijdelijk wachtwoord in Beheer → Gebruikers (Wachtwoord herstellen); bij de volgende keer inloggen kiezen zij hun eigen wachtwoord.</translation>
    </message>
</context>
<context>
    <name>MsgParser</name>
    <message>
        <source>the file holds no sender, subject, text or attachment of a mail</source>
        <translation>het bestand bevat geen afzender, onderwerp, tekst of bijlage van een mail</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is a link to a file elsewhere; only the original mail mentions it.</source>
        <translation>De bijlage &quot;%1&quot; is een koppeling naar een bestand elders; alleen de oorspronkelijke mail noemt hem.</translation>
    </message>
    <message>
        <source>Attachment %1 of the mail has no content that can be read; the original mail is kept.</source>
        <translation>Bijlage %1 van de mail heeft geen leesbare inhoud; de oorspronkelijke mail is bewaard.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is an object that is not a mail; the original mail holds it.</source>
        <translation>De bijlage &quot;%1&quot; is een object dat geen mail is; de oorspronkelijke mail bevat hem.</translation>
    </message>
    <message>
        <source>The attached mail &quot;%1&quot; lies deeper than %2 mails inside each other; the original mail holds it.</source>
        <translation>De bijgevoegde mail &quot;%1&quot; zit dieper dan %2 mails in elkaar; de oorspronkelijke mail bevat hem.</translation>
    </message>
    <message>
        <source>the file is no Outlook message</source>
        <translation>het bestand is geen Outlook-bericht</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Plaat&amp;s:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Letter&amp;head text:</source>
        <translation>&amp;Briefhoofdtekst:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>Enter the name of the organisation (the board).</source>
        <translation>Vul de naam van de organisatie (het bestuur) in.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation>Het e-mailadres %1 is niet geldig.</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Logo voor het briefhoofd kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The image %1 cannot be used: it cannot be read or is larger than 5 MB.</source>
        <translation>De afbeelding %1 kan niet worden gebruikt: die is onleesbaar of groter dan 5 MB.</translation>
    </message>
    <message>
        <source>The file %1 is not a PNG or JPEG image.</source>
        <translation>Het bestand %1 is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>No logo chosen.</source>
        <translation>Geen logo gekozen.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>&amp;Save organisation</source>
        <translation>Organisatie &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation>&amp;Nieuwe school…</translation>
    </message>
    <message>
        <source>&amp;Edit school…</source>
        <translation>School &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Deactivate school</source>
        <translation>School &amp;deactiveren</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Reload the organisation as it is now saved? Your changes will be lost.</source>
        <translation>De organisatie opnieuw laden zoals die nu is opgeslagen? Uw wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <source>&amp;Activate school</source>
        <translation>School &amp;activeren</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Deactivate school</source>
        <translation>School deactiveren</translation>
    </message>
    <message>
        <source>Deactivate %1? Its records stay; no new incidents can be registered for it until it is activated again.</source>
        <translation>%1 deactiveren? De gegevens blijven bewaard; er kunnen geen nieuwe meldingen voor worden geregistreerd tot de school weer actief is.</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
</context>
<context>
    <name>OutlookStorage</name>
    <message>
        <source>the file is not an OLE compound file (%1)</source>
        <translation>het bestand is geen OLE-samengesteld bestand (%1)</translation>
    </message>
    <message>
        <source>unknown structure</source>
        <translation>onbekende opbouw</translation>
    </message>
    <message>
        <source>the property stream is missing or cannot be read</source>
        <translation>de eigenschappenstroom ontbreekt of is onleesbaar</translation>
    </message>
    <message>
        <source>the property stream has a size that does not fit its entries</source>
        <translation>de eigenschappenstroom heeft een grootte die niet past bij zijn velden</translation>
    </message>
    <message>
        <source>its size (%1 bytes) differs from the size the message states (%2 bytes)</source>
        <translation>de grootte (%1 bytes) verschilt van wat het bericht opgeeft (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>Wachtwoordzin &amp;tonen</translation>
    </message>
    <message>
        <source>S&amp;uggest one</source>
        <translation>&amp;Voorstel maken</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord he&amp;rhalen:</translation>
    </message>
    <message>
        <source>At least %1 characters, with letters and at least one digit or symbol, not containing the login name.</source>
        <translation>Minstens %1 tekens, met letters en minstens één cijfer of leesteken, zonder de inlognaam.</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Kies een nieuw wachtwoord voor %1.</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one to continue.</source>
        <translation>Een beheerder heeft uw wachtwoord hersteld. Kies een nieuw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord herstellen</translation>
    </message>
    <message>
        <source>Set a temporary password for %1. They must choose a new password at their next login.</source>
        <translation>Stel een tijdelijk wachtwoord in voor %1. Bij de volgende keer inloggen moet een nieuw wachtwoord worden gekozen.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Tijdelijk wachtwoord:</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Het wachtwoord moet minstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The password must contain letters and at least one digit or symbol.</source>
        <translation>Het wachtwoord moet letters bevatten en minstens één cijfer of leesteken.</translation>
    </message>
    <message>
        <source>The password must not contain the login name.</source>
        <translation>Het wachtwoord mag de inlognaam niet bevatten.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>change the organisation and its schools</source>
        <translation>de organisatie en de scholen wijzigen</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>de instellingen wijzigen</translation>
    </message>
    <message>
        <source>change the protocol</source>
        <translation>het protocol wijzigen</translation>
    </message>
    <message>
        <source>change the letter templates</source>
        <translation>de briefsjablonen wijzigen</translation>
    </message>
    <message>
        <source>change the measure ladders and holidays</source>
        <translation>de maatregelladders en vakanties wijzigen</translation>
    </message>
    <message>
        <source>review and destroy dossiers</source>
        <translation>dossiers beoordelen en vernietigen</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>back-ups maken of terugzetten</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>de audittrail lezen</translation>
    </message>
    <message>
        <source>delete persons</source>
        <translation>personen verwijderen</translation>
    </message>
    <message>
        <source>manage legal holds</source>
        <translation>bewaarplichten (juridische blokkades) beheren</translation>
    </message>
    <message>
        <source>answer access requests</source>
        <translation>inzageverzoeken beantwoorden</translation>
    </message>
    <message>
        <source>print or export</source>
        <translation>afdrukken of exporteren</translation>
    </message>
    <message>
        <source>add or change persons</source>
        <translation>personen toevoegen of wijzigen</translation>
    </message>
    <message>
        <source>register incidents</source>
        <translation>meldingen registreren</translation>
    </message>
    <message>
        <source>add notes and evidence to a case</source>
        <translation>notities en bewijs aan een melding toevoegen</translation>
    </message>
    <message>
        <source>change a case or its status</source>
        <translation>een melding of de status ervan wijzigen</translation>
    </message>
    <message>
        <source>propose measures</source>
        <translation>maatregelen voorstellen</translation>
    </message>
    <message>
        <source>decide measures</source>
        <translation>over maatregelen besluiten</translation>
    </message>
    <message>
        <source>No access: you work for other schools than this one. The attempt has been recorded.</source>
        <translation>Geen toegang: u werkt voor andere scholen dan deze. De poging is vastgelegd.</translation>
    </message>
    <message>
        <source>Only an administrator may do that; ask one of them.</source>
        <translation>Alleen een beheerder mag dat; vraag het aan een van hen.</translation>
    </message>
    <message>
        <source>A director, the board or an administrator may do that; ask one of them.</source>
        <translation>Een directeur, het bestuur of een beheerder mag dat; vraag het aan een van hen.</translation>
    </message>
    <message>
        <source>No access: as %1 you may not %2. %3 The attempt has been recorded.</source>
        <translation>Geen toegang: %2 mag u als %1 niet. %3 De poging is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Enter the surname.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <source>A pupil needs a date of birth.</source>
        <translation>Een leerling heeft een geboortedatum nodig.</translation>
    </message>
    <message>
        <source>The date of birth must lie in the past.</source>
        <translation>De geboortedatum moet in het verleden liggen.</translation>
    </message>
    <message>
        <source>The date of birth lies more than 120 years ago.</source>
        <translation>De geboortedatum ligt meer dan 120 jaar terug.</translation>
    </message>
    <message>
        <source>A pupil needs a school.</source>
        <translation>Een leerling heeft een school nodig.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid (it looks like name@example.nl).</source>
        <translation>Het e-mailadres &quot;%1&quot; is niet geldig (het ziet eruit als naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>The start date lies before the date of birth.</source>
        <translation>De begindatum ligt voor de geboortedatum.</translation>
    </message>
    <message>
        <source>The leave date lies before the start date.</source>
        <translation>De vertrekdatum ligt voor de begindatum.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel:</source>
        <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
        <source>van, de, van &apos;t, …</source>
        <translation>van, de, van &apos;t, …</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Voornamen:</translation>
    </message>
    <message>
        <source>&amp;Roepnaam:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Gesla&amp;cht:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>School and contact</source>
        <translation>School en contact</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>&amp;Group or class:</source>
        <translation>Gr&amp;oep of klas:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>F&amp;unctie:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>&amp;Begindatum:</translation>
    </message>
    <message>
        <source>&amp;Leave date:</source>
        <translation>Vertrekdatu&amp;m:</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Ouders en verzorgers</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Koppelen…</translation>
    </message>
    <message>
        <source>Ch&amp;ange link…</source>
        <translation>Koppeling &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Aanteken&amp;ingen:</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persoon %1</translation>
    </message>
    <message>
        <source>(no school)</source>
        <translation>(geen school)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <source>Receives mail</source>
        <translation>Ontvangt post</translation>
    </message>
    <message>
        <source>Date of &amp;birth (required):</source>
        <translation>&amp;Geboortedatum (verplicht):</translation>
    </message>
    <message>
        <source>Sc&amp;hool (required):</source>
        <translation>Sc&amp;hool (verplicht):</translation>
    </message>
    <message>
        <source>Pupil &amp;number:</source>
        <translation>Leerling&amp;nummer:</translation>
    </message>
    <message>
        <source>Staff &amp;number:</source>
        <translation>Personeels&amp;nummer:</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>&amp;Link a parent…</source>
        <translation>Ouder &amp;koppelen…</translation>
    </message>
    <message>
        <source>&amp;Link a child…</source>
        <translation>Kind &amp;koppelen…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>%1 is already linked.</source>
        <translation>%1 is al gekoppeld.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <source>leave date</source>
        <translation>vertrekdatum</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write it as dd-mm-jjjj, for example 05-03-2015.</source>
        <translation>De %1 &quot;%2&quot; is geen datum; schrijf die als dd-mm-jjjj, bijvoorbeeld 05-03-2015.</translation>
    </message>
    <message>
        <source>school %1</source>
        <translation>school %1</translation>
    </message>
</context>
<context>
    <name>PersonImport</name>
    <message>
        <source>Pupil or staff number</source>
        <translation>Leerling- of personeelsnummer</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation>Groep of klas</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>Vertrekdatum</translation>
    </message>
    <message>
        <source>Parent 1: name</source>
        <translation>Ouder 1: naam</translation>
    </message>
    <message>
        <source>Parent 1: e-mail</source>
        <translation>Ouder 1: e-mail</translation>
    </message>
    <message>
        <source>Parent 1: phone</source>
        <translation>Ouder 1: telefoon</translation>
    </message>
    <message>
        <source>Parent 2: name</source>
        <translation>Ouder 2: naam</translation>
    </message>
    <message>
        <source>Parent 2: e-mail</source>
        <translation>Ouder 2: e-mail</translation>
    </message>
    <message>
        <source>Parent 2: phone</source>
        <translation>Ouder 2: telefoon</translation>
    </message>
    <message>
        <source>the number %1 occurs earlier in the file</source>
        <translation>het nummer %1 komt eerder in het bestand voor</translation>
    </message>
    <message>
        <source>the surname is empty</source>
        <translation>de achternaam is leeg</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (use dd-mm-jjjj or jjjj-mm-dd)</source>
        <translation>%1 &quot;%2&quot; is geen datum (gebruik dd-mm-jjjj of jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>the date of birth lies in the future</source>
        <translation>de geboortedatum ligt in de toekomst</translation>
    </message>
    <message>
        <source>a pupil needs a date of birth</source>
        <translation>een leerling heeft een geboortedatum nodig</translation>
    </message>
    <message>
        <source>a pupil needs a school: choose the school of this export</source>
        <translation>een leerling heeft een school nodig: kies de school van deze export</translation>
    </message>
    <message>
        <source>the e-mail address &quot;%1&quot; is not valid</source>
        <translation>het e-mailadres &quot;%1&quot; is niet geldig</translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, rejected: %4.</source>
        <translation>Nieuw: %1, bijgewerkt: %2, ongewijzigd: %3, geweigerd: %4.</translation>
    </message>
    <message>
        <source>  line %1 rejected: %2</source>
        <translation>  regel %1 geweigerd: %2</translation>
    </message>
    <message numerus="yes">
        <source>Marked as left (missing from this complete export): %n</source>
        <translation>
            <numerusform>Als vertrokken gemarkeerd (ontbreekt in deze volledige export): %n</numerusform>
            <numerusform>Als vertrokken gemarkeerd (ontbreken in deze volledige export): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation>%1 is %2 tekens lang; er passen er ten hoogste %3</translation>
    </message>
    <message>
        <source>the leave date lies before the start date</source>
        <translation>de vertrekdatum ligt voor de begindatum</translation>
    </message>
    <message>
        <source>The file is damaged and was not imported: %1.</source>
        <translation>Het bestand is beschadigd en is niet geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be imported: %1.</source>
        <translation>Het bestand is beschadigd en kan niet worden geïmporteerd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is marked as left: %n row(s) of the file were refused, and those may be pupils who are still there. Correct the file and import it again.</source>
        <translation>
            <numerusform>Niemand wordt als vertrokken gemarkeerd: %n rij van het bestand is geweigerd, en dat kan een leerling zijn die er nog is. Verbeter het bestand en importeer het opnieuw.</numerusform>
            <numerusform>Niemand wordt als vertrokken gemarkeerd: %n rijen van het bestand zijn geweigerd, en dat kunnen leerlingen zijn die er nog zijn. Verbeter het bestand en importeer het opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Left on %1</source>
        <translation>Vertrokken op %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Group or function</source>
        <translation>Groep of functie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <source>parent of %1</source>
        <translation>ouder van %1</translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Persoon &amp;bewerken…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Als &amp;vertrokken markeren…</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>Persoon &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Lijst &amp;importeren…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Current and left</source>
        <translation>Huidig en vertrokken</translation>
    </message>
    <message>
        <source>Search by name or number…</source>
        <translation>Zoeken op naam of nummer…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>All groups and functions</source>
        <translation>Alle groepen en functies</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Als vertrokken markeren</translation>
    </message>
    <message>
        <source>%1 stays in the list under &quot;Left&quot;; the dossier is kept until its retention term has passed.</source>
        <translation>%1 blijft in de lijst staan onder &quot;Vertrokken&quot;; het dossier wordt bewaard tot de bewaartermijn voorbij is.</translation>
    </message>
    <message>
        <source>&amp;Leave date:</source>
        <translation>&amp;Vertrekdatum:</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n record(s) are filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</source>
        <translation>
            <numerusform>%1 kan niet worden verwijderd: er is %n stuk over deze persoon opgeborgen. Markeer de persoon in plaats daarvan als vertrokken; het dossier wordt verwijderd als de bewaartermijn voorbij is.</numerusform>
            <numerusform>%1 kan niet worden verwijderd: er zijn %n stukken over deze persoon opgeborgen. Markeer de persoon in plaats daarvan als vertrokken; het dossier wordt verwijderd als de bewaartermijn voorbij is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 for good? Links with parents or children are removed too. Nothing is filed on this person.</source>
        <translation>%1 definitief verwijderen? Koppelingen met ouders of kinderen worden ook verwijderd. Over deze persoon is niets opgeborgen.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search by name or number…</source>
        <translation>Zoeken op naam of nummer…</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>This person cannot be deleted: records are filed on them. Mark them as left instead.</source>
        <translation>Deze persoon kan niet worden verwijderd: er zijn stukken over opgeborgen. Markeer de persoon in plaats daarvan als vertrokken.</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>Enter the day the person left.</source>
        <translation>Vul de dag in waarop de persoon is vertrokken.</translation>
    </message>
    <message>
        <source>The leave date lies before the start date (%1).</source>
        <translation>De vertrekdatum ligt voor de begindatum (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n record(s) are filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</source>
        <translation>
            <numerusform>%1 kan niet worden verwijderd: er is %n stuk over deze persoon opgeborgen. Markeer de persoon in plaats daarvan als vertrokken; het dossier wordt verwijderd als de bewaartermijn voorbij is.</numerusform>
            <numerusform>%1 kan niet worden verwijderd: er zijn %n stukken over deze persoon opgeborgen. Markeer de persoon in plaats daarvan als vertrokken; het dossier wordt verwijderd als de bewaartermijn voorbij is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonsArea</name>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Close dossier</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Kies een persoon in de lijst.</translation>
    </message>
</context>
<context>
    <name>PrivateCopies</name>
    <message>
        <source>No private folder could be made to open the file in.</source>
        <translation>Er kon geen privémap worden gemaakt om het bestand in te openen.</translation>
    </message>
    <message>
        <source>The copy of %1 could not be written.</source>
        <translation>De kopie van %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>PrivatePath</name>
    <message>
        <source>the disk is full; make room on it or choose another disk</source>
        <translation>de schijf is vol; maak er ruimte op of kies een andere schijf</translation>
    </message>
    <message>
        <source>you have no permission to write in %1; choose another folder</source>
        <translation>u hebt geen schrijfrechten in %1; kies een andere map</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk; choose another folder</source>
        <translation>%1 staat op een schijf waarop niet geschreven mag worden; kies een andere map</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>the name %1 is too long</source>
        <translation>de naam %1 is te lang</translation>
    </message>
    <message>
        <source>the system reports error %1</source>
        <translation>het systeem meldt fout %1</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol &amp;versions:</source>
        <translation>Protocol&amp;versies:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Van kracht &amp;vanaf:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Aante&amp;keningen:</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>Nieuwe &amp;versie…</translation>
    </message>
    <message>
        <source>Save &amp;version</source>
        <translation>Versie op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Articles of this version:</source>
        <translation>&amp;Artikelen van deze versie:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation>bijv. B2</translation>
    </message>
    <message>
        <source>Sec&amp;tion:</source>
        <translation>&amp;Hoofdstuk:</translation>
    </message>
    <message>
        <source>e.g. B</source>
        <translation>bijv. B</translation>
    </message>
    <message>
        <source>Section t&amp;itle:</source>
        <translation>Titel van het hoofds&amp;tuk:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;ekst:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>V&amp;olgorde:</translation>
    </message>
    <message>
        <source>&amp;Sanction article (measures, not a rule of conduct)</source>
        <translation>Sanctie&amp;artikel (maatregelen, geen gedragsregel)</translation>
    </message>
    <message>
        <source>New a&amp;rticle</source>
        <translation>Nieuw a&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Save article</source>
        <translation>Artikel o&amp;pslaan</translation>
    </message>
    <message>
        <source>Re&amp;move article…</source>
        <translation>Artikel verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Hoofdstuk</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (vanaf %2)</translation>
    </message>
    <message>
        <source>New protocol version</source>
        <translation>Nieuwe protocolversie</translation>
    </message>
    <message>
        <source>Name of the new version (it starts as a copy of %1):</source>
        <translation>Naam van de nieuwe versie (die begint als kopie van %1):</translation>
    </message>
    <message>
        <source>In force from (dd-mm-jjjj):</source>
        <translation>Van kracht vanaf (dd-mm-jjjj):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd-mm-jjjj.</source>
        <translation>&quot;%1&quot; is geen datum; schrijf die als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) fall under this version. They keep it, whatever its date. Change the date anyway?</source>
        <translation>
            <numerusform>Er valt %n melding onder deze versie. Die houdt deze versie, wat de datum ook is. De datum toch wijzigen?</numerusform>
            <numerusform>Er vallen %n meldingen onder deze versie. Die houden deze versie, wat de datum ook is. De datum toch wijzigen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) link %1; they will show the new text. For a change of rules rather than a correction, start a new version instead. Save anyway?</source>
        <translation>
            <numerusform>%n melding verwijst naar %1 en toont dan de nieuwe tekst. Begin voor een inhoudelijke wijziging (geen correctie) liever een nieuwe versie. Toch opslaan?</numerusform>
            <numerusform>%n meldingen verwijzen naar %1 en tonen dan de nieuwe tekst. Begin voor een inhoudelijke wijziging (geen correctie) liever een nieuwe versie. Toch opslaan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Artikel verwijderen</translation>
    </message>
    <message>
        <source>Remove article %1 from %2?</source>
        <translation>Artikel %1 uit %2 verwijderen?</translation>
    </message>
</context>
<context>
    <name>ProtocolRepository</name>
    <message>
        <source>This article is linked to incidents and stays; change its text in a new protocol version instead.</source>
        <translation>Dit artikel is aan meldingen gekoppeld en blijft bestaan; wijzig de tekst in plaats daarvan in een nieuwe protocolversie.</translation>
    </message>
</context>
<context>
    <name>ProtocolService</name>
    <message>
        <source>Give the version a name.</source>
        <translation>Geef de versie een naam.</translation>
    </message>
    <message>
        <source>Enter the day the version is in force from.</source>
        <translation>Vul de dag in vanaf wanneer de versie van kracht is.</translation>
    </message>
    <message>
        <source>%1 is already in force from %2; choose another date.</source>
        <translation>%1 is al van kracht vanaf %2; kies een andere datum.</translation>
    </message>
    <message>
        <source>An article needs a code, a section and a title.</source>
        <translation>Een artikel heeft een code, een hoofdstuk en een titel nodig.</translation>
    </message>
    <message>
        <source>This version already has an article %1.</source>
        <translation>Deze versie heeft al een artikel %1.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Eerste Paasdag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Tweede Paasdag</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Queen&apos;s Day</source>
        <translation>Koninginnedag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Eerste Pinksterdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Tweede Pinksterdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Eerste Kerstdag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Tweede Kerstdag</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>(space)</source>
        <translation>(spatie)</translation>
    </message>
    <message>
        <source>Recovery sheet for the backups of Dossierkast</source>
        <translation>Herstelblad voor de back-ups van Dossierkast</translation>
    </message>
    <message>
        <source>Every backup of Dossierkast is sealed. Only the passphrase below opens it. Dossierkast does not keep this passphrase anywhere: whoever loses this sheet cannot put a sealed backup back.</source>
        <translation>Elke back-up van Dossierkast is verzegeld. Alleen de wachtwoordzin hieronder opent hem. Dossierkast bewaart deze wachtwoordzin nergens: wie dit blad kwijtraakt, kan geen verzegelde back-up meer terugzetten.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Character by character</source>
        <translation>Teken voor teken</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Ingesteld op</translation>
    </message>
    <message>
        <source>Keep this sheet</source>
        <translation>Dit blad bewaren</translation>
    </message>
    <message>
        <source>Keep it where the board keeps its deeds (a safe), not beside the backups or the PC.</source>
        <translation>Bewaar het waar het bestuur zijn aktes bewaart (een kluis), niet bij de back-ups of de pc.</translation>
    </message>
    <message>
        <source>Do not photograph, scan or mail it: a copy of the passphrase opens every backup.</source>
        <translation>Fotografeer, scan of mail het niet: een kopie van de wachtwoordzin opent elke back-up.</translation>
    </message>
    <message>
        <source>When a new passphrase is set, keep this sheet as long as backups with this key exist: the key above is named in every backup and in Beheer → Back-up.</source>
        <translation>Bewaar dit blad ook na het instellen van een nieuwe wachtwoordzin, zolang er back-ups met deze sleutel bestaan: de sleutel hierboven staat in elke back-up en in Beheer → Back-up.</translation>
    </message>
    <message>
        <source>Putting a sealed backup back</source>
        <translation>Een verzegelde back-up terugzetten</translation>
    </message>
    <message>
        <source>In Dossierkast: Beheer → Back-up → Put a backup back…, choose the backup and type the passphrase when asked.</source>
        <translation>In Dossierkast: Beheer → Back-up → Back-up terugzetten…, kies de back-up en typ de wachtwoordzin als erom wordt gevraagd.</translation>
    </message>
    <message>
        <source>Without a working Dossierkast: install it on a PC, then run &apos;dossierkast --database NEW-FILE restore BACKUP-FILE&apos; and type the passphrase when asked.</source>
        <translation>Zonder werkende Dossierkast: installeer het op een pc, voer dan &apos;dossierkast --database NIEUW-BESTAND restore BACKUPBESTAND&apos; uit en typ de wachtwoordzin als erom wordt gevraagd.</translation>
    </message>
    <message>
        <source>A wrong passphrase or a damaged backup is refused; the database stays as it was.</source>
        <translation>Een verkeerde wachtwoordzin of een beschadigde back-up wordt geweigerd; de database blijft zoals hij was.</translation>
    </message>
    <message>
        <source>Set by:</source>
        <translation>Ingesteld door:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Het herstelblad afdrukken</translation>
    </message>
    <message>
        <source>The recovery sheet was not printed.</source>
        <translation>Het herstelblad is niet afgedrukt.</translation>
    </message>
    <message>
        <source>The passphrase is not shown again. Close only when it is written down and kept safe: without it no sealed backup can be put back.</source>
        <translation>De wachtwoordzin wordt niet meer getoond. Sluit pas als hij is opgeschreven en veilig bewaard: zonder wachtwoordzin kan geen verzegelde back-up worden teruggezet.</translation>
    </message>
    <message>
        <source>It is written down; close</source>
        <translation>Hij is opgeschreven; sluiten</translation>
    </message>
    <message>
        <source>Back to the sheet</source>
        <translation>Terug naar het blad</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Summary for one person</source>
        <translation>Overzicht voor één persoon</translation>
    </message>
    <message>
        <source>Copy &amp;for:</source>
        <translation>Afschrift &amp;voor:</translation>
    </message>
    <message>
        <source>&amp;Named (ticked) and shown by role (not ticked):</source>
        <translation>Bij &amp;naam genoemd (aangevinkt) of met hun rol (niet aangevinkt):</translation>
    </message>
    <message>
        <source>Tick the persons whose names may stay in this copy.</source>
        <translation>Vink de personen aan van wie de naam in dit afschrift mag blijven staan.</translation>
    </message>
    <message>
        <source>Name &amp;staff acting in their role (director, handler)</source>
        <translation>&amp;Medewerkers in hun functie bij naam noemen (directeur, behandelaar)</translation>
    </message>
    <message>
        <source>&amp;Also hide these words:</source>
        <translation>Ook deze &amp;woorden weglakken:</translation>
    </message>
    <message>
        <source>a name, a nickname, a club…</source>
        <translation>een naam, een bijnaam, een club…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove word</source>
        <translation>Woord ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Summary for one person — %1</source>
        <translation>Overzicht voor één persoon — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color: #ffe27a;&quot;&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt; replaced by a role label or [weggelakt]. &lt;span style=&quot;background-color: #ffb3a7;&quot;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; not replaced: the word also belongs to someone who stays named; add it above if it has to go.</source>
        <translation>&lt;span style=&quot;background-color: #ffe27a;&quot;&gt;&amp;nbsp;Geel&amp;nbsp;&lt;/span&gt; vervangen door een rol of [weggelakt]. &lt;span style=&quot;background-color: #ffb3a7;&quot;&gt;&amp;nbsp;Rood&amp;nbsp;&lt;/span&gt; niet vervangen: het woord hoort ook bij iemand die bij naam genoemd blijft; voeg het hierboven toe als het weg moet.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Not replaced because a named person shares them: %1.</source>
        <translation>Niet vervangen omdat ze ook bij een genoemde persoon horen: %1.</translation>
    </message>
    <message>
        <source>%1 (copy).pdf</source>
        <translation>%1 (afschrift).pdf</translation>
    </message>
    <message>
        <source>Access re&amp;quest (ZIP)…</source>
        <translation>Inzage&amp;verzoek (ZIP)…</translation>
    </message>
    <message>
        <source>The answer to an access request: this summary, the dossier&apos;s letters and documents, and the data as JSON</source>
        <translation>Het antwoord op een inzageverzoek: dit overzicht, de brieven en documenten uit het dossier en de gegevens als JSON</translation>
    </message>
    <message>
        <source>Save the access request</source>
        <translation>Inzageverzoek opslaan</translation>
    </message>
    <message>
        <source>Access request %1.zip</source>
        <translation>Inzageverzoek %1.zip</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-archief (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is written with the dossier summary, the data as JSON and %n attachment(s).</source>
        <translation>
            <numerusform>%1 is geschreven met het dossieroverzicht, de gegevens als JSON en %n bijlage.</numerusform>
            <numerusform>%1 is geschreven met het dossieroverzicht, de gegevens als JSON en %n bijlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the request by %1; the action is in Termijnen.</source>
        <translation>Beantwoord het verzoek uiterlijk %1; de actie staat in Termijnen.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Pupil %1</source>
        <translation>Leerling %1</translation>
    </message>
    <message>
        <source>Parent %1</source>
        <translation>Ouder %1</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Medewerker %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persoon %1</translation>
    </message>
    <message>
        <source>School staff %1</source>
        <translation>Schoolmedewerker %1</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[weggelakt]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[naam]</translation>
    </message>
    <message>
        <source>Copy in which persons are named by their role (Pupil A, Parent B, …).</source>
        <translation>Afschrift waarin personen met hun rol worden aangeduid (Leerling A, Ouder B, …).</translation>
    </message>
    <message>
        <source>Copy made for %1. Everybody else is named by their role (Pupil A, Parent B, …).</source>
        <translation>Afschrift voor %1. Alle anderen worden met hun rol aangeduid (Leerling A, Ouder B, …).</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>All tables of this period in one file for a spreadsheet</source>
        <translation>Alle tabellen van deze periode in één bestand voor een spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Dit schooljaar</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Vorig schooljaar</translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation>Dit kalenderjaar</translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation>Vorig kalenderjaar</translation>
    </message>
    <message>
        <source>Own period</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) reported from %1 to %2.</source>
        <translation>
            <numerusform>%n melding gemeld van %1 tot en met %2.</numerusform>
            <numerusform>%n meldingen gemeld van %1 tot en met %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation>Aantal %1</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>Report %1 – %2.csv</source>
        <translation>Rapportage %1 – %2.csv</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV voor een spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Report %1 – %2.pdf</source>
        <translation>Rapportage %1 – %2.pdf</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>De back-up %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The backup %1 was checked and put back as %2.</source>
        <translation>De back-up %1 is gecontroleerd en teruggezet als %2.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>De database zoals hij was, is bewaard als %1.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The current database cannot be opened (%1); the backup is put back without a login.</source>
        <translation>De huidige database kan niet worden geopend (%1); de back-up wordt zonder inloggen teruggezet.</translation>
    </message>
    <message>
        <source>Checks the backup FILE, moves the current database file aside and puts the backup in its place (whole, never merged). Close Dossierkast on every PC first. A sealed backup needs the board&apos;s backup passphrase: DOSSIERKAST_BACKUP_PASSPHRASE, or typed when asked.</source>
        <translation>Controleert de back-up BESTAND, zet het huidige databasebestand opzij en zet de back-up ervoor in de plaats (in zijn geheel, nooit samengevoegd). Sluit Dossierkast eerst op elke pc. Een verzegelde back-up heeft de back-upwachtwoordzin van het bestuur nodig: DOSSIERKAST_BACKUP_PASSPHRASE, of getypt wanneer erom wordt gevraagd.</translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>Lists the dossiers past their retention term; --apply destroys those that are not under a legal hold.</source>
        <translation>Toont de dossiers waarvan de bewaartermijn is verstreken; --apply vernietigt de dossiers zonder juridische blokkade.</translation>
    </message>
    <message>
        <source>No dossier is past its retention term.</source>
        <translation>Van geen enkel dossier is de bewaartermijn verstreken.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)  term ended %4: %5</source>
        <translation>%1  %2 (%3)  termijn verstreken op %4: %5</translation>
    </message>
    <message>
        <source>legal hold until %1: %2</source>
        <translation>juridische blokkade tot %1: %2</translation>
    </message>
    <message>
        <source>legal hold: %1</source>
        <translation>juridische blokkade: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) can be destroyed; run &apos;dossierkast retention --apply&apos; to do so.</source>
        <translation>
            <numerusform>%n dossier kan worden vernietigd; gebruik daarvoor &apos;dossierkast retention --apply&apos;.</numerusform>
            <numerusform>%n dossiers kunnen worden vernietigd; gebruik daarvoor &apos;dossierkast retention --apply&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every dossier past its term is under a legal hold; nothing was destroyed.</source>
        <translation>Voor elk dossier met een verstreken termijn geldt een juridische blokkade; er is niets vernietigd.</translation>
    </message>
    <message numerus="yes">
        <source>Destroyed: %n dossier(s)</source>
        <translation>
            <numerusform>Vernietigd: %n dossier</numerusform>
            <numerusform>Vernietigd: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed whole</source>
        <translation>
            <numerusform>%n melding geheel verwijderd</numerusform>
            <numerusform>%n meldingen geheel verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in all</source>
        <translation>
            <numerusform>%n gegeven in totaal</numerusform>
            <numerusform>%n gegevens in totaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n bijlage</numerusform>
            <numerusform>%n bijlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that stay with the names replaced</source>
        <translation>
            <numerusform>%n gegeven dat blijft met de namen vervangen</numerusform>
            <numerusform>%n gegevens die blijven met de namen vervangen</numerusform>
        </translation>
    </message>
    <message>
        <source>A destruction record without personal data was kept for each dossier.</source>
        <translation>Van elk dossier is een vernietigingsverklaring zonder persoonsgegevens bewaard.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken / uit dienst</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Termijn verstreken op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Juridische blokkade</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>Vernietigd op</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Kind of dossier</source>
        <translation>Soort dossier</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Destroy the chosen dossiers…</source>
        <translation>Gekozen dossiers &amp;vernietigen…</translation>
    </message>
    <message>
        <source>Removes the chosen dossiers for good, after a confirmation that names them</source>
        <translation>Verwijdert de gekozen dossiers definitief, na een bevestiging waarin zij worden genoemd</translation>
    </message>
    <message>
        <source>&amp;New legal hold…</source>
        <translation>&amp;Nieuwe juridische blokkade…</translation>
    </message>
    <message>
        <source>&amp;Change or end the hold…</source>
        <translation>Blokkade &amp;wijzigen of beëindigen…</translation>
    </message>
    <message>
        <source>Dossiers past their retention term</source>
        <translation>Dossiers waarvan de bewaartermijn is verstreken</translation>
    </message>
    <message>
        <source>Legal holds (police or court cases)</source>
        <translation>Juridische blokkades (politie- of rechtszaken)</translation>
    </message>
    <message>
        <source>Destroyed (no personal data is kept)</source>
        <translation>Vernietigd (zonder persoonsgegevens vastgelegd)</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>tot en met %1: %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation>(het programma)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>A dossier under a legal hold cannot be destroyed</source>
        <translation>Een dossier met een juridische blokkade kan niet worden vernietigd</translation>
    </message>
    <message>
        <source>Destroy dossiers</source>
        <translation>Dossiers vernietigen</translation>
    </message>
    <message numerus="yes">
        <source>These %n dossier(s) will be destroyed for good:</source>
        <translation>
            <numerusform>Dit dossier wordt definitief vernietigd:</numerusform>
            <numerusform>Deze %n dossiers worden definitief vernietigd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be removed, </source>
        <translation>
            <numerusform>%n gegeven wordt verwijderd, </numerusform>
            <numerusform>%n gegevens worden verwijderd, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among them %n case(s) as a whole </source>
        <translation>
            <numerusform>waaronder %n melding in haar geheel </numerusform>
            <numerusform>waaronder %n meldingen in hun geheel </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n attachment(s). </source>
        <translation>
            <numerusform>en %n bijlage. </numerusform>
            <numerusform>en %n bijlagen. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n record(s) that stay (cases shared with others, letters in other dossiers) their names are replaced by their role.</source>
        <translation>
            <numerusform>In %n gegeven dat blijft (meldingen met anderen, brieven in andere dossiers) worden hun namen vervangen door hun rol.</numerusform>
            <numerusform>In %n gegevens die blijven (meldingen met anderen, brieven in andere dossiers) worden hun namen vervangen door hun rol.</numerusform>
        </translation>
    </message>
    <message>
        <source>A destruction record without personal data is kept. This cannot be undone. Backups made before today still hold the data until they are cleared away.</source>
        <translation>Er blijft een vernietigingsverklaring zonder persoonsgegevens. Dit kan niet ongedaan worden gemaakt. Back-ups van vóór vandaag bevatten de gegevens nog, totdat zij zijn opgeruimd.</translation>
    </message>
    <message>
        <source>Destroy for good</source>
        <translation>Definitief vernietigen</translation>
    </message>
    <message>
        <source>Destroying the dossiers and clearing the database file…</source>
        <translation>De dossiers worden vernietigd en het databasebestand wordt opgeschoond…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) destroyed; </source>
        <translation>
            <numerusform>%n dossier vernietigd; </numerusform>
            <numerusform>%n dossiers vernietigd; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed in all.</source>
        <translation>
            <numerusform>%n gegeven verwijderd in totaal.</numerusform>
            <numerusform>%n gegevens verwijderd in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal hold: choose the person</source>
        <translation>Juridische blokkade: kies de persoon</translation>
    </message>
    <message>
        <source>New legal hold</source>
        <translation>Nieuwe juridische blokkade</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message numerus="yes">
        <source>left school on %1; kept %n year(s)</source>
        <translation>
            <numerusform>vertrokken op %1; bewaartermijn %n jaar</numerusform>
            <numerusform>vertrokken op %1; bewaartermijn %n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>employment ended on %1; kept %n year(s)</source>
        <translation>
            <numerusform>uit dienst op %1; bewaartermijn %n jaar</numerusform>
            <numerusform>uit dienst op %1; bewaartermijn %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source> after the last record of %1</source>
        <translation> na het laatste gegeven van %1</translation>
    </message>
    <message numerus="yes">
        <source>last record of %1; kept %n year(s)</source>
        <translation>
            <numerusform>laatste gegeven van %1; bewaartermijn %n jaar</numerusform>
            <numerusform>laatste gegeven van %1; bewaartermijn %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>the dossiers of their children go; last record of %1</source>
        <translation>de dossiers van de kinderen vervallen; laatste gegeven van %1</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Choose the dossiers to destroy.</source>
        <translation>Kies de dossiers die vernietigd moeten worden.</translation>
    </message>
    <message>
        <source>Person %1 is not past their retention term; nothing was destroyed.</source>
        <translation>Van persoon %1 is de bewaartermijn niet verstreken; er is niets vernietigd.</translation>
    </message>
    <message>
        <source>%1 is under a legal hold (%2); nothing was destroyed.</source>
        <translation>Voor %1 geldt een juridische blokkade (%2); er is niets vernietigd.</translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: %n year(s) after leaving school</source>
        <translation>
            <numerusform>bewaartermijn verstreken: %n jaar na vertrek van school</numerusform>
            <numerusform>bewaartermijn verstreken: %n jaar na vertrek van school</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: %n year(s) after employment</source>
        <translation>
            <numerusform>bewaartermijn verstreken: %n jaar na einde dienstverband</numerusform>
            <numerusform>bewaartermijn verstreken: %n jaar na einde dienstverband</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: the children&apos;s dossiers go, last record %n year(s) ago or more</source>
        <translation>
            <numerusform>bewaartermijn verstreken: de dossiers van de kinderen vervallen, laatste gegeven %n jaar of langer geleden</numerusform>
            <numerusform>bewaartermijn verstreken: de dossiers van de kinderen vervallen, laatste gegeven %n jaar of langer geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: last record %n year(s) ago or more</source>
        <translation>
            <numerusform>bewaartermijn verstreken: laatste gegeven %n jaar of langer geleden</numerusform>
            <numerusform>bewaartermijn verstreken: laatste gegeven %n jaar of langer geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>Internal error: unknown table %1.</source>
        <translation>Interne fout: onbekende tabel %1.</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>Attachment content</source>
        <translation>Bijlage-inhoud</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation>Schoolvakantie</translation>
    </message>
    <message>
        <source>User&apos;s school</source>
        <translation>School van gebruiker</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Gezagsrelatie</translation>
    </message>
    <message>
        <source>Protocol article</source>
        <translation>Protocolartikel</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protocolversie</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Soort maatregel</translation>
    </message>
    <message>
        <source>Kind of harm of an incident</source>
        <translation>Soort schade bij een melding</translation>
    </message>
    <message>
        <source>Article of an incident</source>
        <translation>Artikel bij een melding</translation>
    </message>
    <message>
        <source>Link between incidents</source>
        <translation>Koppeling tussen meldingen</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Notitie in het verloop</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondentie</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Bewaarplicht (juridisch)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Destruction record</source>
        <translation>Vernietigingsverslag</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Briefsjabloon</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Vul de naam van de school in.</translation>
    </message>
    <message>
        <source>The BRIN code %1 of %2 is not valid: two digits and two capitals, optionally followed by a two-digit vestiging number (e.g. 12AB or 12AB01).</source>
        <translation>De BRIN-code %1 van %2 is niet geldig: twee cijfers en twee hoofdletters, eventueel gevolgd door een vestigingsnummer van twee cijfers (bijvoorbeeld 12AB of 12AB01).</translation>
    </message>
    <message>
        <source>The postal code %1 of %2 is not a Dutch postal code: four digits and two letters, written as 1234 AB.</source>
        <translation>De postcode %1 van %2 is geen Nederlandse postcode: vier cijfers en twee letters, geschreven als 1234 AB.</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;BRIN/vestiging:</source>
        <translation>&amp;BRIN/vestiging:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Plaat&amp;s:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Directeur:</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctief</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>School %1</source>
        <translation>School %1</translation>
    </message>
</context>
<context>
    <name>SchoolListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BRIN</source>
        <translation>BRIN</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>SealedBackup</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>De versleutelingsbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>%1 is no sealed Dossierkast backup, or it is damaged: %2</source>
        <translation>%1 is geen verzegelde back-up van Dossierkast, of hij is beschadigd: %2</translation>
    </message>
    <message>
        <source>the file does not begin as a sealed backup does</source>
        <translation>het bestand begint niet zoals een verzegelde back-up</translation>
    </message>
    <message>
        <source>it was written in a later format (%1); use a newer Dossierkast</source>
        <translation>hij is in een latere indeling geschreven (%1); gebruik een nieuwere Dossierkast</translation>
    </message>
    <message>
        <source>the cost of its key lies outside what Dossierkast writes</source>
        <translation>de kosten van zijn sleutel liggen buiten wat Dossierkast schrijft</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged (%2); it was not used.</source>
        <translation>De verzegelde back-up %1 is beschadigd (%2); hij is niet gebruikt.</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>de kop is ongeldig</translation>
    </message>
    <message>
        <source>it is cut off before its end</source>
        <translation>hij is afgebroken voor zijn einde</translation>
    </message>
    <message>
        <source>a block states an impossible size</source>
        <translation>een blok noemt een onmogelijke grootte</translation>
    </message>
    <message>
        <source>its content was changed after it was sealed</source>
        <translation>de inhoud is gewijzigd nadat hij is verzegeld</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>er staan gegevens na het einde</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>De back-up %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>De wachtwoordzin moet minstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters; take a longer sentence or the suggestion.</source>
        <translation>De wachtwoordzin bevat te weinig verschillende tekens; neem een langere zin of het voorstel.</translation>
    </message>
    <message>
        <source>The passphrase begins or ends with a space, which is easily lost on paper.</source>
        <translation>De wachtwoordzin begint of eindigt met een spatie, en die raakt op papier gemakkelijk zoek.</translation>
    </message>
    <message>
        <source>The backup key of this database is not valid; set the passphrase again.</source>
        <translation>De back-upsleutel van deze database is ongeldig; stel de wachtwoordzin opnieuw in.</translation>
    </message>
    <message>
        <source>The backup copy %1 cannot be read: %2</source>
        <translation>De back-upkopie %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The sealed backup %1 could not be written: %2</source>
        <translation>De verzegelde back-up %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>wat werd teruggelezen, verschilt van wat werd geschreven</translation>
    </message>
    <message>
        <source>The sealed backup %1 could not be read back as written: %2</source>
        <translation>De verzegelde back-up %1 kon niet worden teruggelezen zoals hij is geschreven: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. This backup was sealed with the key %2, set on %3; its passphrase is on the recovery sheet of that day.</source>
        <translation>De wachtwoordzin opent %1 niet. Deze back-up is verzegeld met de sleutel %2, ingesteld op %3; de wachtwoordzin staat op het herstelblad van die dag.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged (its key cannot be opened); it was not used.</source>
        <translation>De verzegelde back-up %1 is beschadigd (zijn sleutel kan niet worden geopend); hij is niet gebruikt.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the backup key from the passphrase. Close other programs and try again.</source>
        <translation>Er is niet genoeg geheugen om de back-upsleutel van de wachtwoordzin af te leiden. Sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>its format number (%1) is not one Dossierkast writes</source>
        <translation>het indelingsnummer (%1) is er geen dat Dossierkast schrijft</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Finds persons, incidents and correspondence by words, ignoring case and diacritics.</source>
        <translation>Zoekt personen, meldingen en correspondentie op woorden, ongeacht hoofdletters en accenten.</translation>
    </message>
    <message>
        <source>person         %1 (%2%3)</source>
        <translation>persoon         %1 (%2%3)</translation>
    </message>
    <message>
        <source>incident       %1 %2 (%3)</source>
        <translation>melding         %1 %2 (%3)</translation>
    </message>
    <message>
        <source>correspondence %1 %2 (dossier %3)</source>
        <translation>correspondentie %1 %2 (dossier %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n resultaat.</numerusform>
            <numerusform>%n resultaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>TERMS [--json]</source>
        <translation>WOORDEN [--json]</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The default data %1 is missing from the program.</source>
        <translation>De standaardgegevens %1 ontbreken in het programma.</translation>
    </message>
</context>
<context>
    <name>SettingDefinition</name>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>school days</source>
        <translation>schooldagen</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Grootste bijlage</translation>
    </message>
    <message>
        <source>Lock the window after inactivity</source>
        <translation>Venster vergrendelen na inactiviteit</translation>
    </message>
    <message>
        <source>Failed logins before an account is locked</source>
        <translation>Mislukte inlogpogingen voordat een account wordt geblokkeerd</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>pogingen</translation>
    </message>
    <message>
        <source>Lock an account for</source>
        <translation>Account blokkeren gedurende</translation>
    </message>
    <message>
        <source>Earlier measures counted for escalation advice</source>
        <translation>Eerdere maatregelen meetellen voor het escalatieadvies</translation>
    </message>
    <message>
        <source>Longest pupil suspension</source>
        <translation>Langste schorsing van een leerling</translation>
    </message>
    <message>
        <source>Suspension decision to parents in writing, within</source>
        <translation>Schorsingsbesluit schriftelijk aan de ouders, binnen</translation>
    </message>
    <message>
        <source>Inform the Inspectie of suspensions longer than</source>
        <translation>Inspectie informeren bij schorsingen langer dan</translation>
    </message>
    <message>
        <source>Inform the Inspectie of a suspension, within</source>
        <translation>Inspectie informeren over een schorsing, binnen</translation>
    </message>
    <message>
        <source>Removal: inform leerplichtambtenaar and Inspectie, within</source>
        <translation>Verwijdering: leerplichtambtenaar en Inspectie informeren, binnen</translation>
    </message>
    <message>
        <source>Removal: reminder when no other school admitted the pupil</source>
        <translation>Verwijdering: herinnering als nog geen andere school de leerling heeft toegelaten</translation>
    </message>
    <message>
        <source>Removal: term for an objection</source>
        <translation>Verwijdering: bezwaartermijn</translation>
    </message>
    <message>
        <source>Removal: board decides on an objection within</source>
        <translation>Verwijdering: bestuur beslist op bezwaar binnen</translation>
    </message>
    <message>
        <source>Staff measure: term to respond to the intended decision</source>
        <translation>Maatregel medewerker: reactietermijn op het voornemen</translation>
    </message>
    <message>
        <source>Staff measure: term for an appeal</source>
        <translation>Maatregel medewerker: beroepstermijn</translation>
    </message>
    <message>
        <source>Longest staff suspension as an order measure</source>
        <translation>Langste schorsing van een medewerker als ordemaatregel</translation>
    </message>
    <message>
        <source>Summary dismissal: warn when decided later than</source>
        <translation>Ontslag op staande voet: waarschuwen bij een besluit later dan</translation>
    </message>
    <message>
        <source>Answer an access request within</source>
        <translation>Inzageverzoek beantwoorden binnen</translation>
    </message>
    <message>
        <source>Extension of an access request, at most</source>
        <translation>Verlenging van een inzageverzoek, ten hoogste</translation>
    </message>
    <message>
        <source>Keep a pupil dossier after leaving</source>
        <translation>Leerlingendossier bewaren na vertrek</translation>
    </message>
    <message>
        <source>Keep a staff dossier after employment ends</source>
        <translation>Personeelsdossier bewaren na einde dienstverband</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Terms and deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Pupil suspension: ask for confirmation when it spans more than</source>
        <translation>Schorsing leerling: om bevestiging vragen als ze langer loopt dan</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>kalenderdagen</translation>
    </message>
    <message>
        <source>A statutory term ending on a Saturday, Sunday or public holiday</source>
        <translation>Een wettelijke termijn die eindigt op een zaterdag, zondag of feestdag</translation>
    </message>
    <message>
        <source>ends on that day</source>
        <translation>eindigt op die dag</translation>
    </message>
    <message>
        <source>moves to the next working day</source>
        <translation>loopt door tot de eerstvolgende werkdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>a working and school day</source>
        <translation>een werk- en schooldag</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>een vrije dag</translation>
    </message>
    <message>
        <source>Liberation Day (5 May)</source>
        <translation>Bevrijdingsdag (5 mei)</translation>
    </message>
    <message>
        <source>a day off once every five years (2025, 2030, …)</source>
        <translation>eens per vijf jaar vrij (2025, 2030, …)</translation>
    </message>
    <message>
        <source>a day off every year</source>
        <translation>elk jaar vrij</translation>
    </message>
    <message>
        <source>Counting days</source>
        <translation>Dagen tellen</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>From %1 to %2 %3</source>
        <translation>Van %1 tot en met %2 %3</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>Instellingen &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>&amp;Taal van het programma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Dossierkast starts.</source>
        <translation>Een andere taal gaat in bij de volgende start van Dossierkast.</translation>
    </message>
    <message>
        <source>The terms are defaults from the law and the CAO, with their source. Laws and the CAO change, and the board&apos;s lawyer has the last word: adjust them when needed.</source>
        <translation>De termijnen zijn standaardwaarden uit de wet en de cao, met hun bron. Wetten en de cao veranderen, en de jurist van het bestuur heeft het laatste woord: pas ze zo nodig aan.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The language must be Dutch or English.</source>
        <translation>De taal moet Nederlands of Engels zijn.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>Er is geen instelling &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3 %4; nothing was saved.</source>
        <translation>%1 moet tussen %2 en %3 %4 liggen; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Dossierkast</source>
        <translation>Dossierkast</translation>
    </message>
    <message>
        <source>The database %1 has no users yet; start Dossierkast without --user to set it up.</source>
        <translation>De database %1 heeft nog geen gebruikers; start Dossierkast zonder --user om haar in te richten.</translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <translation>Inloggen als %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Password for the database server %1:</source>
        <translation>Wachtwoord voor de databaseserver %1:</translation>
    </message>
    <message>
        <source>Put a backup back</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup %1 was checked and put back. The database as it was is kept as %2.</source>
        <translation>De back-up %1 is gecontroleerd en teruggezet. De database zoals hij was, is bewaard als %2.</translation>
    </message>
    <message>
        <source>The backup was not put back: %1 The database is as it was.</source>
        <translation>De back-up is niet teruggezet: %1 De database is zoals hij was.</translation>
    </message>
    <message>
        <source>Unknown login name or wrong password.</source>
        <translation>Onbekende inlognaam of onjuist wachtwoord.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Incidents per month</source>
        <translation>Meldingen per maand</translation>
    </message>
    <message>
        <source>Incidents per school</source>
        <translation>Meldingen per school</translation>
    </message>
    <message>
        <source>Incidents per platform or channel</source>
        <translation>Meldingen per platform of kanaal</translation>
    </message>
    <message>
        <source>Incidents per context</source>
        <translation>Meldingen per context</translation>
    </message>
    <message>
        <source>Incidents per severity</source>
        <translation>Meldingen per ernst</translation>
    </message>
    <message>
        <source>Incidents per kind of harm</source>
        <translation>Meldingen per soort schade</translation>
    </message>
    <message>
        <source>Incidents per protocol article</source>
        <translation>Meldingen per protocolartikel</translation>
    </message>
    <message>
        <source>Measures imposed</source>
        <translation>Opgelegde maatregelen</translation>
    </message>
    <message>
        <source>Causers per kind of person</source>
        <translation>Veroorzakers per soort persoon</translation>
    </message>
    <message>
        <source>Victims per kind of person</source>
        <translation>Slachtoffers per soort persoon</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>maatregelen</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>meldingen</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>(no article chosen)</source>
        <translation>(geen artikel gekozen)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <translation>Meldingen gemeld</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Report on social safety</source>
        <translation>Rapportage sociale veiligheid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Period (reported)</source>
        <translation>Periode (gemeld)</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>alle scholen</translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <translation>Meldingen gemeld</translation>
    </message>
    <message>
        <source>Counts without names. An incident with several kinds of harm or articles counts once under each, so those tables can add up to more than the number of incidents.</source>
        <translation>Aantallen zonder namen. Een melding met meer soorten schade of artikelen telt onder elk ervan één keer mee; die tabellen kunnen daardoor samen meer zijn dan het aantal meldingen.</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Niets te tellen in deze periode.</translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation>Aantal %1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation>De database kon een opdracht niet uitvoeren.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Dossierkast may not write to the database %1: the file or its folder %2 is read-only for your account. Ask whoever manages this PC for write permission on both; nothing was changed.</source>
        <translation>Dossierkast mag niet schrijven in de database %1: het bestand of de map %2 is alleen-lezen voor uw account. Vraag de beheerder van deze pc om schrijfrechten op beide; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full; nothing was changed. Make room on it (in %2) and try again.</source>
        <translation>De schijf waarop de database %1 staat is vol; er is niets gewijzigd. Maak er ruimte op (in %2) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program or PC is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>De database %1 is bezet: een ander programma of een andere pc schrijft erin. Er is niets gewijzigd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (a disk or network fault, or no permission on its folder %2). Nothing was changed; check the disk and try again.</source>
        <translation>De database %1 kon niet worden gelezen of geschreven (een schijf- of netwerkfout, of geen rechten op de map %2). Er is niets gewijzigd; controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Run &apos;dossierkast check&apos; and restore a backup if it finds problems.</source>
        <translation>De database %1 is beschadigd. Voer &apos;dossierkast check&apos; uit en zet een back-up terug als die problemen vindt.</translation>
    </message>
    <message>
        <source>The database server refused this for your account on %1; nothing was changed.</source>
        <translation>De databaseserver weigerde dit voor uw account op %1; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>StoredChoice</name>
    <message>
        <source>%1 (as stored; not in this list)</source>
        <translation>%1 (zoals opgeslagen; staat niet in deze lijst)</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>the command line</source>
        <translation>de opdrachtregel</translation>
    </message>
    <message>
        <source>Give either --incident REF or --person ID, and --pdf FILE.</source>
        <translation>Geef --incident KENMERK of --person ID op, en --pdf BESTAND.</translation>
    </message>
    <message>
        <source>Case summary of %1</source>
        <translation>Casusoverzicht van %1</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Er is geen persoon %1.</translation>
    </message>
    <message>
        <source>Dossier summary of person %1</source>
        <translation>Dossieroverzicht van persoon %1</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>Writes the case summary of an incident, or the dossier summary of a person, as PDF; every page is marked confidential. With --for ID the copy is made for that person: everybody except them and their parents or children is replaced by a role label (Leerling A, Ouder B); --redact-staff hides the school&apos;s staff too, --term TEXT (repeatable) hides further words.</source>
        <translation>Schrijft het casusoverzicht van een melding, of het dossieroverzicht van een persoon, als PDF; elke pagina is gemarkeerd als vertrouwelijk. Met --for ID is het een afschrift voor die persoon: iedereen behalve die persoon en diens ouders of kinderen wordt aangeduid met een rol (Leerling A, Ouder B); --redact-staff lakt ook de medewerkers van de school weg, --term TEKST (herhaalbaar) lakt nog meer woorden weg.</translation>
    </message>
    <message>
        <source>--redact-staff and --term go with --for ID.</source>
        <translation>--redact-staff en --term horen bij --for ID.</translation>
    </message>
    <message>
        <source>%1, made for person %2 (everybody else by role),</source>
        <translation>%1, als afschrift voor persoon %2 (alle anderen met hun rol),</translation>
    </message>
    <message>
        <source>--incident REF | --person ID [--for ID [--redact-staff] [--term TEXT]…] --pdf FILE</source>
        <translation>--incident KENMERK | --person ID [--for ID [--redact-staff] [--term TEKST]…] --pdf BESTAND</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Confidential · printed by %1 on %2 · page %3 of %4</source>
        <translation>Vertrouwelijk · afgedrukt door %1 op %2 · pagina %3 van %4</translation>
    </message>
    <message>
        <source>Confidential summary</source>
        <translation>Vertrouwelijk overzicht</translation>
    </message>
    <message>
        <source>Confidential · printed by %1 on %2 · audit mark %3 · page %4 of %5</source>
        <translation>Vertrouwelijk · afgedrukt door %1 op %2 · Auditkenmerk %3 · pagina %4 van %5</translation>
    </message>
</context>
<context>
    <name>SummaryPrint</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Opgeslagen als PDF: %1</translation>
    </message>
</context>
<context>
    <name>TnefReader</name>
    <message>
        <source>reading it stopped with signal %1</source>
        <translation>het lezen stopte met signaal %1</translation>
    </message>
    <message>
        <source>the file is damaged or not complete</source>
        <translation>het bestand is beschadigd of niet volledig</translation>
    </message>
    <message>
        <source>the file is not a winmail.dat (TNEF) file</source>
        <translation>het bestand is geen winmail.dat-bestand (TNEF)</translation>
    </message>
    <message>
        <source>no reader process could be started (%1)</source>
        <translation>er kon geen leesproces worden gestart (%1)</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>het lezen duurde te lang</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of winmail.dat holds no file (an embedded object or a link); winmail.dat is kept as it came.</source>
        <translation>Het deel &quot;%1&quot; van winmail.dat bevat geen bestand (een ingesloten object of een koppeling); winmail.dat is bewaard zoals het binnenkwam.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>De transactie was al afgerond.</translation>
    </message>
    <message>
        <source>Internal error: &apos;%1&apos; is not a table that can be written.</source>
        <translation>Interne fout: &apos;%1&apos; is geen tabel waarin geschreven mag worden.</translation>
    </message>
    <message>
        <source>The database refused the change to %1: the data breaks one of its rules.</source>
        <translation>De database weigerde de wijziging van %1: de gegevens voldoen niet aan een van de regels.</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists; someone else may have removed it.</source>
        <translation>%1 %2 bestaat niet meer; mogelijk heeft iemand anders het verwijderd.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 on %3 after you opened it. Reload it to see those changes; nothing was saved.</source>
        <translation>%1 is intussen gewijzigd door %2 (op %3). Laad de gegevens opnieuw om die wijzigingen te zien; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be removed because other records refer to it.</source>
        <translation>%1 %2 kan niet worden verwijderd, omdat andere gegevens ernaar verwijzen.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while it was being saved; nothing was saved.</source>
        <translation>%1 werd door iemand anders gewijzigd tijdens het opslaan; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>An earlier step of this change failed; nothing of it was saved. Try again.</source>
        <translation>Een eerdere stap van deze wijziging is mislukt; er is niets van opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; holds a NUL character, which no text may hold; nothing was saved.</source>
        <translation>%1: het veld &quot;%2&quot; bevat een NUL-teken, en dat mag in geen enkele tekst staan; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is %3 characters long, and may be at most %4; nothing was saved.</source>
        <translation>%1: het veld &quot;%2&quot; is %3 tekens lang en mag er ten hoogste %4 hebben; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>The login name must be 3 to 40 letters, digits, dots, hyphens or underscores.</source>
        <translation>De inlognaam moet bestaan uit 3 tot 40 letters, cijfers, punten, streepjes of liggende streepjes.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Schools:</source>
        <translation>&amp;Scholen:</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctief</translation>
    </message>
    <message>
        <source>May &amp;file a police report on behalf of the board</source>
        <translation>Mag namens het bestuur &amp;aangifte doen</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Tijdelijk wachtwoord:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Gebruiker %1</translation>
    </message>
    <message>
        <source>The user must choose their own password at the first login. Temporary password: at least %1 characters, with letters and at least one digit or symbol.</source>
        <translation>De gebruiker kiest bij de eerste keer inloggen een eigen wachtwoord. Tijdelijk wachtwoord: minstens %1 tekens, met letters en minstens één cijfer of leesteken.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Vul de naam van de gebruiker in.</translation>
    </message>
    <message>
        <source>Choose at least one school for a director or reporter.</source>
        <translation>Kies minstens één school voor een directeur of melder.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Vul de naam van de gebruiker in.</translation>
    </message>
    <message>
        <source>The login name %1 is taken already.</source>
        <translation>De inlognaam %1 is al in gebruik.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role or deactivate yourself; ask another administrator.</source>
        <translation>U kunt uw eigen beheerdersrol niet afnemen en uzelf niet deactiveren; vraag het een andere beheerder.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else administrator first.</source>
        <translation>%1 is de laatste actieve beheerder; maak eerst iemand anders beheerder.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nieuwe gebruiker…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>Gebruiker &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Deactivate user</source>
        <translation>Gebruiker &amp;deactiveren</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Wachtwoord &amp;herstellen…</translation>
    </message>
    <message>
        <source>Filter on name, login name, role or school…</source>
        <translation>Filteren op naam, inlognaam, rol of school…</translation>
    </message>
    <message>
        <source>&amp;Activate user</source>
        <translation>Gebruiker &amp;activeren</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Gebruiker deactiveren</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in; what they recorded stays.</source>
        <translation>%1 deactiveren? Inloggen is dan niet meer mogelijk; wat deze gebruiker vastlegde, blijft bewaard.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Wachtwoord herstellen</translation>
    </message>
    <message>
        <source>The password of %1 was reset. Give them the temporary password in person; they choose a new one at their next login.</source>
        <translation>Het wachtwoord van %1 is hersteld. Geef het tijdelijke wachtwoord persoonlijk door; bij de volgende keer inloggen wordt een nieuw wachtwoord gekozen.</translation>
    </message>
    <message>
        <source>These users cannot log in on the database server yet: %1. Give each a temporary password with Reset password; they choose their own at the next login.</source>
        <translation>Deze gebruikers kunnen nog niet inloggen op de databaseserver: %1. Geef ieder een tijdelijk wachtwoord met Wachtwoord herstellen; bij de volgende keer inloggen kiezen zij hun eigen wachtwoord.</translation>
    </message>
</context>
<context>
    <name>WizardAdministratorPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>The first account. It manages users, schools, settings and backups, and can see everything.</source>
        <translation>Het eerste account. Het beheert gebruikers, scholen, instellingen en back-ups, en kan alles inzien.</translation>
    </message>
    <message>
        <source>Password: at least %1 characters, with letters and at least one digit or symbol, not containing the login name.</source>
        <translation>Wachtwoord: minstens %1 tekens, met letters en minstens één cijfer of leesteken, zonder de inlognaam.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Vul de naam van de beheerder in.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>WizardBackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backups go to a network drive or a USB disk. Sealed, they can only be read with the board&apos;s backup passphrase.</source>
        <translation>Back-ups gaan naar een netwerkschijf of een USB-schijf. Verzegeld zijn ze alleen te lezen met de back-upwachtwoordzin van het bestuur.</translation>
    </message>
    <message>
        <source>Choose a passphrase that the board keeps, not the administrator alone. Dossierkast does not keep it: after the first start it shows a recovery sheet to print. Without the passphrase no sealed backup can be put back.</source>
        <translation>Kies een wachtwoordzin die het bestuur bewaart, niet de beheerder alleen. Dossierkast bewaart hem niet: na de eerste start toont het een herstelblad om af te drukken. Zonder wachtwoordzin kan geen verzegelde back-up worden teruggezet.</translation>
    </message>
    <message>
        <source>&amp;Seal backups with a passphrase (recommended)</source>
        <translation>Back-ups &amp;verzegelen met een wachtwoordzin (aanbevolen)</translation>
    </message>
    <message>
        <source>Backups will not be sealed: whoever finds a backup disk can read every dossier. You can set a passphrase later in Beheer → Back-up. Go on without one?</source>
        <translation>Back-ups worden dan niet verzegeld: wie een back-upschijf vindt, kan elk dossier lezen. U kunt later een wachtwoordzin instellen via Beheer → Back-up. Doorgaan zonder?</translation>
    </message>
</context>
<context>
    <name>WizardConnectionPage</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Where the dossiers are kept. One PC: a file on this computer. Several PCs of the board: a PostgreSQL server that they share.</source>
        <translation>Waar de dossiers worden bewaard. Eén pc: een bestand op deze computer. Meerdere pc&apos;s van het bestuur: een PostgreSQL-server die ze delen.</translation>
    </message>
    <message>
        <source>This database is already in use by Dossierkast. Log in with your account.</source>
        <translation>Deze database wordt al door Dossierkast gebruikt. Log in met uw account.</translation>
    </message>
</context>
<context>
    <name>WizardOrganisationPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>The school board whose dossiers are kept here. Its name, address and logo head every letter and summary.</source>
        <translation>Het schoolbestuur waarvan hier de dossiers worden bijgehouden. Naam, adres en logo staan boven elke brief en elk overzicht.</translation>
    </message>
</context>
<context>
    <name>WizardSchoolsPage</name>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>The schools of the board. More can be added later in Beheer. Double-click a cell to edit it.</source>
        <translation>De scholen van het bestuur. Later kunnen er in Beheer meer worden toegevoegd. Dubbelklik op een cel om die te bewerken.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BRIN/vestiging</source>
        <translation>BRIN/vestiging</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>&amp;Add school</source>
        <translation>School &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove school</source>
        <translation>School &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the school %1 from the list?</source>
        <translation>De school %1 uit de lijst verwijderen?</translation>
    </message>
    <message>
        <source>The school name %1 occurs twice.</source>
        <translation>De schoolnaam %1 komt twee keer voor.</translation>
    </message>
    <message>
        <source>Type the name of the first school in the row above (double-click the Name cell); more schools with Add school.</source>
        <translation>Typ de naam van de eerste school in de rij hierboven (dubbelklik op de cel Naam); meer scholen met School toevoegen.</translation>
    </message>
    <message>
        <source>Add at least one school with Add school.</source>
        <translation>Voeg met School toevoegen minstens één school toe.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
</TS>
