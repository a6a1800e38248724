<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the database: file integrity, references, the audit trail, attachments, and rows changed outside the program.</source>
        <translation>Controleert de database: het bestand, de verwijzingen, de audittrail, de bijlagen en rijen die buiten het programma zijn gewijzigd.</translation>
    </message>
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
        <source>Usage: dossierkast [--database PATH] [COMMAND [ARGUMENTS]]

Dossierkast keeps the dossiers of incidents around a school board&apos;s protocol for social media, mail and internet.

Options:
  --database PATH   the database file (default: %1)
  --help            this help; &apos;dossierkast COMMAND --help&apos; explains one command
  --version         the program&apos;s version

Commands:
</source>
        <translation>Gebruik: dossierkast [--database PAD] [OPDRACHT [ARGUMENTEN]]

Dossierkast houdt de dossiers bij van incidenten rond het protocol sociale media, mail en internet van een schoolbestuur.

Opties:
  --database PAD    het databasebestand (standaard: %1)
  --help            deze hulp; &apos;dossierkast OPDRACHT --help&apos; legt één opdracht uit
  --version         de versie van het programma

Opdrachten:
</translation>
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
</context>
<context>
    <name>CorrespondenceRepository</name>
    <message>
        <source>Correspondence is filed in the dossier of a pupil or a staff member; for a parent, choose the child&apos;s dossier.</source>
        <translation>Correspondentie wordt opgeborgen in het dossier van een leerling of een medewerker; kies voor een ouder het dossier van het kind.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This version of Dossierkast works with SQLite database files only; PostgreSQL is not supported yet.</source>
        <translation>Deze versie van Dossierkast werkt alleen met SQLite-databasebestanden; PostgreSQL wordt nog niet ondersteund.</translation>
    </message>
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
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
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
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
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
        <source>Demo users: beheerder, bestuur, directeur, melder (they can log in once passwords are set; for demonstration only).</source>
        <translation>Demogebruikers: beheerder, bestuur, directeur, melder (zij kunnen inloggen zodra er wachtwoorden zijn ingesteld; alleen voor demonstraties).</translation>
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
    <name>GuardianshipRepository</name>
    <message>
        <source>A guardianship links a parent or carer to a pupil.</source>
        <translation>Een gezagsrelatie koppelt een ouder of verzorger aan een leerling.</translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Reads a JSON export into a new, empty database: everything or nothing.</source>
        <translation>Leest een JSON-export in een nieuwe, lege database: alles of niets.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
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
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>De export kon niet naar %1 worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>… further errors not shown.</source>
        <translation>… verdere fouten worden niet getoond.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: het bestand kan niet worden gelezen: %2</translation>
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
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Updates an existing database to this program&apos;s schema (a backup copy is made first).</source>
        <translation>Werkt een bestaande database bij naar het schema van dit programma (na een reservekopie).</translation>
    </message>
    <message>
        <source>%1 already has the current schema %2; nothing to do.</source>
        <translation>%1 heeft al het actuele schema %2; er is niets te doen.</translation>
    </message>
    <message>
        <source>%1 was updated to schema %2. The previous version was kept as %3.</source>
        <translation>%1 is bijgewerkt naar schema %2. De vorige versie is bewaard als %3.</translation>
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
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The default data %1 is missing from the program.</source>
        <translation>De standaardgegevens %1 ontbreken in het programma.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation>De database kon een opdracht niet uitvoeren.</translation>
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
</context>
</TS>
