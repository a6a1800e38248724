<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; attachments may be at most %3 (setting in Beheer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this attachment is not in the database (only its description was imported). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content of this attachment is damaged: it no longer matches its SHA-256 %1. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment content %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence number %1 expected; records are missing or were inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not link to the previous record; the chain is broken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash; the record was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as erased but still holds content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded &apos;before&apos; content was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded &apos;after&apos; content was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the database: file integrity, references, the audit trail, attachments, and rows changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database is NOT sound: %n problem(s) found. Restore a backup or contact the administrator; do not keep working in this file.</source>
        <translation>
            <numerusform>The database is NOT sound: %n problem found. Restore a backup or contact the administrator; do not keep working in this file.</numerusform>
            <numerusform>The database is NOT sound: %n problems found. Restore a backup or contact the administrator; do not keep working in this file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: dossierkast [--database PATH] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --database needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. &apos;dossierkast --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondenceRepository</name>
    <message>
        <source>Correspondence is filed in the dossier of a pupil or a staff member; for a parent, choose the child&apos;s dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This version of Dossierkast works with SQLite database files only; PostgreSQL is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a Dossierkast database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: its schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file and cannot be used as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Dossierkast database (it is not a SQLite database at all). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Dossierkast (schema %2; this program knows up to %3). Install the newer version; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has the older schema %2; this program needs schema %3. Run &apos;dossierkast migrate&apos; first (it makes a backup copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup copy could be made before updating the database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; the database was left at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Creates a database filled with fictitious demo data (schools, pupils, staff, parents, incidents, measures, correspondence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data into %1 (seed %2, %3 incidents) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 schools, %2 pupils, %3 staff members, %4 parents, %5 incidents, %6 measures, %7 actions, %8 correspondence items, %9 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users: beheerder, bestuur, directeur, melder (they can log in once passwords are set; for demonstration only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The database %1 already holds data; demo data is only written into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of incidents must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Writes the whole database as one JSON document (attachments as descriptions with their SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianshipRepository</name>
    <message>
        <source>A guardianship links a parent or carer to a pupil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Reads a JSON export into a new, empty database: everything or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %2: %n record(s).</source>
        <translation>
            <numerusform>Imported %1 into %2: %n record.</numerusform>
            <numerusform>Imported %1 into %2: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message numerus="yes">
        <source>Attachments: %n stored file(s) checked against their SHA-256.</source>
        <translation>
            <numerusform>Attachments: %n stored file checked against its SHA-256.</numerusform>
            <numerusform>Attachments: %n stored files checked against their SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) have only a description and no content (imported from JSON); their content is in the backups.</source>
        <translation>
            <numerusform>%n attachment has only a description and no content (imported from JSON); its content is in the backups.</numerusform>
            <numerusform>%n attachments have only a description and no content (imported from JSON); their content is in the backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file: integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refers to a missing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References between records: all present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s), chain whole.</source>
        <translation>
            <numerusform>Audit trail: %n record, chain whole.</numerusform>
            <numerusform>Audit trail: %n records, chain whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: the content of %n record(s) was erased at the end of a retention term (the chain still proves them).</source>
        <translation>
            <numerusform>Audit trail: the content of %n record was erased at the end of a retention term (the chain still proves it).</numerusform>
            <numerusform>Audit trail: the content of %n records was erased at the end of a retention term (the chain still proves them).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (table %3) is not in the audit trail: it was added outside Dossierkast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (table %3) differs from its last audited state: it was changed outside Dossierkast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (table %3) is missing, but the audit trail has no removal: it was deleted outside Dossierkast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records: %n row(s) compared with the audit trail.</source>
        <translation>
            <numerusform>Records: %n row compared with the audit trail.</numerusform>
            <numerusform>Records: %n rows compared with the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>… further errors not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: this is not valid JSON (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document must be a JSON object with &quot;format&quot;: &quot;dossierkast&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.format: expected &quot;dossierkast&quot;; this is not a Dossierkast export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.format_version: version %1 cannot be read by this program (it reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data. An export is only read into a new, empty database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 occurs twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a moment as YYYY-MM-DDTHH:MM:SSZ (with a time zone), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a SHA-256 as 64 lower-case hexadecimal characters, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Updates an existing database to this program&apos;s schema (a backup copy is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the current schema %2; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was updated to schema %2. The previous version was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>Internal error: unknown table %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>Attachment content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of harm of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link between incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The default data %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: &apos;%1&apos; is not a table that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change to %1: the data breaks one of its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 no longer exists; someone else may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 on %3 after you opened it. Reload it to see those changes; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be removed because other records refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
