<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Dossierkast %1&lt;/h3&gt;&lt;p&gt;Dossiers of incidents around the protocol for social media, mail and internet of a school board.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later. This program comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and libsodium.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessDenial</name>
    <message>
        <source>this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person&apos;s dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this correspondence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: you may not see %1. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestCommand</name>
    <message>
        <source>Writes the answer to an access request as a ZIP: the dossier summary with everybody else named by their role, the person&apos;s own attachments and their data as JSON. Records the request and files the action to answer it within a month; --answered marks that action done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person ID --zip FILE [--received DATE] [--answered] [--redact-staff] [--term TEXT]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received %1 is not a date; write it as 2026-11-20 or 20-11-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --person ID and --zip FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written: the dossier summary, the data as JSON and %n attachment(s).</source>
        <translation>
            <numerusform>%1 written: the dossier summary, the data as JSON and %n attachment.</numerusform>
            <numerusform>%1 written: the dossier summary, the data as JSON and %n attachments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action filed: answer the access request by %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action for this request was filed earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <source>Answer an access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export &amp;answers the request (file the action as done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP for %1 holds the dossier summary as shown in the preview, the letters and documents in the dossier and the data as JSON. Other people&apos;s evidence is not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;answer the access request&quot; (due %1) is filed as done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;answer the access request&quot; appears in Termijnen, due %1 (AVG art. 12).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestExport</name>
    <message>
        <source>The date the request was received must be a date that has passed (or today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered with an export of the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to an access request (AVG art. 15) received on %1.

dossieroverzicht.pdf  the dossier as the school keeps it; other persons are named by their role
gegevens.json         the same data, readable by a computer
bijlagen/             letters and documents in the dossier

Audit mark %2: the school&apos;s audit trail at the moment this answer was made.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not needed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionService</name>
    <message>
        <source>Describe the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action belongs to an incident or a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day it was done (today or earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the police reference of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the action is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: only a user authorised to file police reports can close this action, as done or as not needed (Beheer → Users). The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>&amp;Organisation and schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ladders and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a pipe) and cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>About person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored content (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation for the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the school system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts known on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no causer is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents refuse to cooperate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered-mail number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual offence suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of an unsafe home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed or saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence removed (with the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to handle a late objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation for deciding before a required step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due before the extension</source>
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
    <message>
        <source>Audit mark %1: record %2 is no longer in the audit trail; the trail was cut short after it was written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit mark %1: record %2 now has another hash; the trail up to it was rewritten after the mark was written down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>content erased at the end of its retention term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>(any day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves the audit trail unbroken and every record equal to its last audited state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a record to see what it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 — %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this record was erased when the dossier&apos;s retention term ended; the trail still proves that the record existed and what it was a change of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Restore a backup or ask your IT contractor to look into it.</source>
        <translation>
            <numerusform>The check found %n problem. Restore a backup or ask your IT contractor to look into it.</numerusform>
            <numerusform>The check found %n problems. Restore a backup or ask your IT contractor to look into it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditedOutput</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Unknown login name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked until %1 after %2 failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no temporary password to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is not a Dossierkast user&apos;s own login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2) and checked: it is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit mark %1 (also in %2): `check --anchor %1` proves later that the trail was not rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a checked copy of the whole database to FILE, also while Dossierkast is in use: sealed with the board&apos;s backup key once one is set (backup-key --set), else one SQLite file. --plain: an unsealed copy for this PC, recorded as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sealed with the backup key %1; only that key&apos;s passphrase opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this backup is not sealed (--plain). Anyone who can read the file can read every dossier in it; keep it on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: backups are not sealed, because no backup passphrase is set (backup-key --set). Anyone who can read this file can read every dossier in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--plain] FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeyCommand</name>
    <message>
        <source>Shows the key backups are sealed with. --set: sets the board&apos;s backup passphrase (from DOSSIERKAST_BACKUP_PASSPHRASE, or typed twice); the passphrase itself is not stored, only the public key derived from it. Backups made before keep needing the passphrase they were sealed with. Exit 1 when no passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is set. From now on backups are sealed with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passphrase on the recovery sheet (Beheer → Back-up prints one) and keep it where the board keeps its deeds: without it no sealed backup can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are sealed with the key %1, set on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup passphrase is set: backups are NOT sealed. Set one with backup-key --set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--set]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will be sealed so that only this passphrase opens them. Dossierkast does not keep the passphrase: write it on the recovery sheet that follows and keep that where the board keeps its deeds. Without it no sealed backup can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is set already. Backups made until now keep needing the passphrase they were sealed with: keep the old recovery sheet as long as those backups exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a backup now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put a backup back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the daily backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first start of each day Dossierkast writes a checked copy of the database into this folder and keeps the last 7 days, 4 weeks and 12 months. Choose a folder on another disk or a network drive, so that a broken disk does not take the backups with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC uses a PostgreSQL server: its backups are made on the server (ask your IT contractor). A backup made here is a file with every record, which &apos;dossierkast restore&apos; can put back into a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is restored on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the chosen backup back, after a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is sound. Put it back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast closes, sets the current database aside (it is kept beside it, not deleted) and puts the backup in its place whole; everything recorded after the backup was made is then only in the file set aside. Then you log in again. Close Dossierkast on other PCs that use this file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1 and checked: it is sound.

Audit mark %2 (kept beside the backups in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set backup &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are sealed: only the board&apos;s backup passphrase opens them (key %1, set on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change backup &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are NOT sealed: whoever finds a backup disk can read every dossier, address and password hash in it. Set a backup passphrase (once, by the board) to seal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the backup key from the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sealed with the key %1, set on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sealed. %2

Backup passphrase (on the recovery sheet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening and checking the sealed backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it against the recovery sheet of the key named, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast backup (*.dkbackup *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is NOT sealed: set a backup passphrase to seal backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sealed with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>(other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures and actions →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all terms →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up log →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the decision on an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be taken up: hear those involved, then decide what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open: decide on measures, or close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open: close the case when the measures have run their course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed, nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is recorded as involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causer known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causer known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is recorded as involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As worded in %1, in force from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrected later) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) or message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Measures, actions and correspondence that concern other persons are left out of this copy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written down on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavier than advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided before a required step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 runs over days without school; confirmed when decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late objection handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Edit incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related incidents (Enter opens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected sexual offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs of an unsafe home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents refuse to cooperate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · happened %2 · reported %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As worded in %1, in force from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles chosen yet; choose them with Edit incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary: how the case ended and what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the related incident (for example 2026-0042):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil or staff member is involved in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About whom is the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for one pe&amp;rson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for parents, a pupil or a staff member in which everybody else is named by their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click opens the dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
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
    <message>
        <source>&quot;%1&quot; is not an audit mark; it reads like 1234-0a1b2c3d4e5f (a record number, a dash and 12 hex digits), as in the footer of a printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of audit marks %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no audit marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database: file integrity, references, the audit trail, attachments, and rows changed outside the program. --anchor SEQ-HASH (more than once if you like): an audit mark from a printout or the backup folder that the trail must still run through; --anchor-log FILE: every mark in the backup folder&apos;s auditkenmerken.txt. A sealed backup is opened with the backup passphrase (DOSSIERKAST_BACKUP_PASSPHRASE, or typed when asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private folder for the opened backup could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sealed backup; the passphrase opens it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The option --user needs a login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for this work; nothing was changed. Close other programs, or check that the file is the right one.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLogin</name>
    <message>
        <source>This command works with dossier content and acts as a user: give your login name with --user NAME (or DOSSIERKAST_USER) and the password in DOSSIERKAST_PASSWORD, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: set DOSSIERKAST_PASSWORD, or run the command in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown login name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup passphrase: set DOSSIERKAST_BACKUP_PASSPHRASE, or run the command in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompressedRtf</name>
    <message>
        <source>the compressed RTF body is shorter than its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed RTF body states an implausible size (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed RTF body is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF body is compressed in an unknown way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed RTF body unpacks to more than it states</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>A database &amp;file on this computer (one PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server (several PCs share the dossiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, server certificate checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not saved. Leave it empty when the server finds it in ~/.pgpass or a PostgreSQL service file; otherwise Dossierkast asks for it at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the database file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name or address of the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondenceArea</name>
    <message>
        <source>&amp;New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail (*.eml *.msg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in subject, summary and correspondent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop mail files (.eml, .msg) here to file them in a dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In whose dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n item(s); narrow the filter to find older ones.</source>
        <translation>
            <numerusform>The newest item; narrow the filter to find older ones.</numerusform>
            <numerusform>The newest %n items; narrow the filter to find older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered-mail &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrespondent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who wrote or was spoken to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In whose dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; attachments may be at most %3 (Beheer → Instellingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dossier this item belongs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondenceListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
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
    <name>CorrespondenceService</name>
    <message>
        <source>Give the item a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the item lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered letter has a registered-mail number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than attachments may be (Beheer → Instellingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an e-mail (%2); it is filed as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail file %1, kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of the mail &quot;%2&quot; is damaged (%3); it was not stored separately. The original mail, with the attachment as it arrived, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the mail &quot;%1&quot; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached mail &quot;%1&quot; is filed as an item of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>line %1: the file is UTF-16 but holds bytes that are not; save it again as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (CSV) but some other kind of file; export the list again as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; save the file again as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file mixes encodings: line %1 is UTF-8 and line %2 is not (Windows-1252?); save it again as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds a byte (0x%2) that is neither UTF-8 nor Windows-1252; save the file again as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte (a damaged or binary file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds a control character (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote opens a field that runs on to line %2 and holds what look like whole rows; it is probably a typing error. Correct the quote in the file and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote opens a field that is not closed before the end of the file; correct the quote in the file and import it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
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
        <source>The file %1 is not a Dossierkast database (it is not a SQLite database at all). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
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
    <message>
        <source>%1 is not a valid PostgreSQL address; write it as postgresql://user@server:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; Dossierkast needs a database of its own. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds no Dossierkast data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read the file %1. Ask whoever manages this PC to give your account read and write permission on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Dossierkast database. It was left unchanged; name the right file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no Dossierkast data. It was left unchanged; name the right file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2. Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2. Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: you have no permission to read it, or to write in its folder (the database keeps its journal there). Ask whoever manages this PC for read and write permission on both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup was made but could not be given its name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is put back into a database file. For a PostgreSQL server, create a new empty database and copy the backup into it with &apos;dossierkast --database BACKUP migrate --to %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database %1 could not be moved aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the folder exists, that you may write in it and that the disk has room enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound backup, so it was not used. Choose another backup. What the check found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open in Dossierkast (a window or a command, on this PC or another). Close it everywhere, then put the backup back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The target database %1 is not empty; a copy goes only into a new, empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed at row %2; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After copying, %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass the check; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Use this database from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy these dossiers to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC now works in the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC now works on the PostgreSQL server %1; changes made on other PCs appear here within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start, Dossierkast on this PC uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all dossiers, users, the audit trail and the attachments of %1 to the empty database %2? The copy is checked before it is kept; this file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the dossiers to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers were copied and checked. From the next start this PC uses the server; set up the other PCs with the same server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers are kept on the server: whether its disk is encrypted is for the server&apos;s administrator to make sure of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePlanner</name>
    <message>
        <source>Send the suspension decision to the parents in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the Inspectie in writing, with reasons, of the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the class teacher before deciding on removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the parents before deciding on removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the removal decision to the parents in writing, with the objection term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the school attendance officer of the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the Inspectie of the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether another school has admitted the pupil (the removal is final only then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the term for the parents&apos; objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the decision (suspension or ban from the school grounds) to the parent in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the staff member before the order suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the intended decision by registered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the staff member&apos;s term to respond to the intended decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the decision by registered letter, naming the appeal body and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the appeal term (Commissie van Beroep funderend onderwijs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the reason at once and confirm the dismissal in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on a police report; it is filed by an authorised user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encourage the victims to report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the board at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult the confidential inspector without delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the steps of the Meldcode; report to Veilig Thuis where needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the access request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineSummary</name>
    <message numerus="yes">
        <source>%n term(s) overdue</source>
        <translation>
            <numerusform>%n term overdue</numerusform>
            <numerusform>%n terms overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijnen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesArea</name>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open term(s)</source>
        <translation>
            <numerusform>%n open term</numerusform>
            <numerusform>%n open terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the soonest %n shown; narrow the filter to see the others</source>
        <translation>
            <numerusform>the soonest one shown; narrow the filter to see the others</numerusform>
            <numerusform>the soonest %n shown; narrow the filter to see the others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>Lists the open actions with their due dates (Termijnen); --overdue only those past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open term(s) listed.</source>
        <translation>
            <numerusform>%n open term listed.</numerusform>
            <numerusform>%n open terms listed.</numerusform>
        </translation>
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
        <source>Demo users: beheerder, bestuur, directeur and melder, each with the password &quot;demo&quot; (for demonstration only).</source>
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
    <name>DiskEncryption</name>
    <message>
        <source>The disk under the database could not be identified, so Dossierkast cannot tell whether it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk under the database is encrypted (dm-crypt/LUKS, device %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk under the database (%1) is NOT encrypted: whoever takes the PC or its disk can read every dossier. Encrypt the disk (BitLocker on Windows, LUKS on Linux; see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database is encrypted (fscrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on a network drive: whether its disk is encrypted is up to the server that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in memory (tmpfs) and is lost when the PC stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database cannot be examined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSummary</name>
    <message>
        <source>Incident</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierTimelineModel</name>
    <message>
        <source>Incident</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed in the child&apos;s dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent has no dossier of their own. Correspondence about their conduct is filed in their child&apos;s pupil dossier; it is listed here and opens that dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no dossier of their own; what is listed here is filed with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;correspondence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for one pe&amp;rson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy (for an access request, for parents) in which everybody else is named by their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a reporter you see the incidents you registered, not what is filed in a dossier: that is for the school director and the board. Ask them when you need to know more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message numerus="yes">
        <source>No earlier measure in the last %n month(s); the severity (%1) sets the step.</source>
        <translation>
            <numerusform>No earlier measure in the last %n month; the severity (%1) sets the step.</numerusform>
            <numerusform>No earlier measure in the last %n months; the severity (%1) sets the step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier measure of step %1 in the last %n month(s): the next step is advised.</source>
        <translation>
            <numerusform>An earlier measure of step %1 in the last %n month: the next step is advised.</numerusform>
            <numerusform>An earlier measure of step %1 in the last %n months: the next step is advised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or paste a screenshot with Ctrl+Shift+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it was found (address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Captured on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Make a screenshot of the post first (for example with the Print Screen key), then paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1. A private copy is at %2 until Dossierkast is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 removed from this case? The reason is kept in the audit trail with the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail dropped on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the dropped files are e-mail. File them as correspondence of this case, in a dossier, or keep them as evidence?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File as &amp;correspondence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In whose dossier?</source>
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
    <name>FirstStartSetup</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school name %1 occurs twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Dossierkast — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect selected note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, who was spoken to, what was agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wording was corrected later; it stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new wording (the old one stays visible):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took place &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to give the day and time the conversation or event took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took place on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written down on %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianshipDialog</name>
    <message>
        <source>Has parental &amp;authority (gezag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives &amp;letters and mail about the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent who is not in the list yet is added under Persons first (or comes with the pupil export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianshipRepository</name>
    <message>
        <source>A guardianship links a parent or carer to a pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parent is already linked to this pupil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>This is a &amp;complete list of the school: mark pupils who are missing from it as left (you see them listed before anything is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export from the pupil administration (ParnasSys, Magister, ESIS) or the HR system (AFAS, Youforce). Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read: %1 · encoding %2 · delimiter %3 · %n row(s) · columns: %4</source>
        <translation>
            <numerusform>Read: %1 · encoding %2 · delimiter %3 · %n row · columns: %4</numerusform>
            <numerusform>Read: %1 · encoding %2 · delimiter %3 · %n rows · columns: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 holds no header line with column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school of this pupil list: every pupil belongs to a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
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
    <name>ImportMailCommand</name>
    <message>
        <source>The option --person is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 does not exist or has no dossier (a parent needs a linked child).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parent has several children; give the dossier with --person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: filed in the dossier of %2 as &quot;%3&quot; with %n file(s).</source>
        <translation>
            <numerusform>%1: filed in the dossier of %2 as &quot;%3&quot; with %n file.</numerusform>
            <numerusform>%1: filed in the dossier of %2 as &quot;%3&quot; with %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>--person ID [--incident REF] FILE.eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files e-mail (.eml and Outlook .msg; any other file is kept as it is) as incoming correspondence in a dossier. Exit 0 when every file was filed, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n attached mail(s) filed as item(s) of their own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column holds what. The choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows, as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the date of birth: every pupil needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPersonsCommand</name>
    <message>
        <source>Imports pupils, staff or parents from a CSV export (ParnasSys, Magister, ESIS, AFAS, Youforce): existing persons are updated, never duplicated. Exit 2 when rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind leerling|medewerker|ouder [--school NAME] [--dry-run] [--mark-missing-as-left] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be leerling, medewerker or ouder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mark-missing-as-left needs --school: it concerns the pupils of one school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column for the surname was recognised (columns: %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school &quot;%1&quot; (schools: %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, delimiter &quot;%3&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no rows below its header. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been written yet; Import writes it all at once, or nothing at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing from this complete list, so marked as left today: %n pupil(s)</source>
        <translation>
            <numerusform>Missing from this complete list, so marked as left today: %n pupil</numerusform>
            <numerusform>Missing from this complete list, so marked as left today: %n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported; the database is unchanged. Correct the rows listed in the export and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this list is already in the database; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 new and %2 updated person(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) will be marked as left.</source>
        <translation>
            <numerusform>%n pupil will be marked as left.</numerusform>
            <numerusform>%n pupils will be marked as left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) are skipped.</source>
        <translation>
            <numerusform>%n rejected row is skipped.</numerusform>
            <numerusform>%n rejected rows are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a school list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fake account in a classmate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Happened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform or channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of harm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly a criminal offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential (board and handler only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected sexual offence by staff against a pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of an unsafe home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents refuse to cooperate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New other person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causer known, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. anonymous account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol &amp;articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of %1, in force from %2. The text of the selected article is shown on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol version is in force on this date; add one under Beheer → Protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of someone who is not a pupil, parent or staff member (for example &quot;Kees de Vries&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reported it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the saved version now? What you changed in this form is lost; copy it first if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly criminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListPage</name>
    <message>
        <source>&amp;New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in titles, descriptions, notes and names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>%n incident shown</numerusform>
            <numerusform>%n incidents shown</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when it was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was reported before it happened: the report date must lie on or after the date it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is listed twice in the same role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add who caused it, or say why that is not known (for example an anonymous account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspected sexual offence is always a confidential incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one protocol article: a case leaves &apos;reported&apos; only with the articles it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a closing summary before the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go from this status to that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the title to at most %1 characters (now %2); the description holds the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>No protocol version is in force on %1; add one under Beheer → Protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article was chosen that is not part of %1, the protocol this incident falls under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was corrected already; correct the newest wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An involved person is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): there is nothing in it to keep as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the evidence is removed; the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture date %1 lies in the future; give when the screenshot or file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note says it took place on %1, which is still ahead. Give the moment it took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note says it took place on %1, before the incident happened (%2). What came before belongs in the description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsArea</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe); save it as a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 such a file may be. Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 such a file may be. Check that it is the right file.</source>
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
    <message>
        <source>Database server: PostgreSQL checks its own storage and enforces every reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit mark %1: the trail runs through it.</source>
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
    <message>
        <source>%1, line %2: a text longer than %3; no field holds that much. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent/carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the Inspectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the school attendance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encourage victim to report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult the confidential inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended decision by registered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision by registered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term to decide on the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website or forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befriending pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on social media during lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term runs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would end on %1, a day without office hours, and is extended to %2 (Algemene termijnenwet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderService</name>
    <message>
        <source>Give the step a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step&apos;s place on the ladder is 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the holiday a name, and a last day on or after the first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaddersPage</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disciplinary measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a &amp;first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure ladders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep (1 is the lightest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caution in the form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove holiday…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holidays (school days skip them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kerstvakantie 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Terms counted in school days are counted again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also no &amp;working day (a day off of the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days (such as the terms of a summary dismissal) skip a day off of the board, as they skip public holidays; school days skip every holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays (Beheer → Settings decides on Good Friday and Liberation Day), skipped in working and school days:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalHold</name>
    <message>
        <source>Choose the person whose dossier must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the dossier must be kept (for example the police or court case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the hold starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a police or court case is open, the dossier is kept, even after its retention term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: police report 2026-118, case pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks as &amp;done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (the selected recipient):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters as PDF in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters as ODT in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was printed or saved but not yet filed in the dossier. File it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the measure —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no measure: a letter about the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure the letter is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template for a letter about this person. Add one in Beheer → Letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter to &amp;parents who live at the same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n file(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the staff dossier of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pupil dossier of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filed: %n letter(s), each with its PDF, in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterMerge</name>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: salutation (Geachte …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil: first name used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil: group or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil: date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member: function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: date it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: end of the time to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: end of the objection term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: end of the appeal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles broken, with their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Mr %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Ms %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Mr and Ms %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1 and %2,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>The template &quot;%1&quot; uses fields that do not exist: %2. Correct them in Beheer → Letters before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter from the template &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &quot;%1&quot; sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not meant for a letter about a %2. Choose another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure this letter is about does not belong to this person and case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill them in (the case, the person or the school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure the letter is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The letter cannot go out yet: the template &quot;%1&quot; uses %n field(s) that would stay empty: %2. %3, or choose another template.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill them in at the measure (Maatregelen → Edit measure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplateService</name>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>&amp;In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template as a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks as &amp;done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (Enter or double-click inserts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Dossierkast — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your Dossierkast account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked after a period without use. %1, enter your password to continue; nothing you were doing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my login name on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is locked. %1, enter your password to continue; nothing you were doing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>File mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: filed as &quot;%2&quot; with %n file(s).</source>
        <translation>
            <numerusform>%1: filed as &quot;%2&quot; with %n file.</numerusform>
            <numerusform>%1: filed as &quot;%2&quot; with %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed in the dossier of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no dossier to file in: correspondence goes into the dossier of a pupil or staff member (for a parent: their child&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent&apos;s correspondence is filed in a child&apos;s dossier. Which child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached mail(s) filed as item(s) of their own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailParser</name>
    <message>
        <source>The file is not an e-mail message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sender, subject or text: it does not look like an e-mail message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding (=) in the middle of the content: everything after it would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters that do not belong in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content is cut off (incomplete base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; (winmail.dat from Outlook) could not be unpacked (%2); it is kept as it came.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without unlocking? Changes you have not saved are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last good backup is %n day(s) old (Beheer → Back-up).</source>
        <translation>
            <numerusform>The last good backup is %n day old (Beheer → Back-up).</numerusform>
            <numerusform>The last good backup is %n days old (Beheer → Back-up).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this database yet (Beheer → Back-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the latest changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast could not show the latest changes: %1

What you see may be out of date. Check the connection to the database, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made, checked and sealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made and checked, but NOT sealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not sealed: set a backup passphrase (Beheer → Back-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever finds an unsealed backup can read every dossier in it. An administrator sets the board&apos;s backup passphrase once in Beheer → Back-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why heavier than advised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts known on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order measure (suspension pending an investigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;otivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ladder for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a disciplinary measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside school: choose a measure in proportion to the conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to decide &amp;now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this decision cannot wait for the open step (kept with the measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done before this decision: %1. Say below why the decision cannot wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suspension lasts %1, from %2 to %3: it runs over days without school. Is that what is meant?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>Choose the person the measure is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the measure was proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot come before the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day lies before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspension of a staff member can be an order measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil may be suspended for at most %1 school days (WPO art. 40c); this suspension lasts %2 school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspension falls entirely outside school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension as an order measure lasts at most %1 weeks (CAO PO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the facts became known: a summary dismissal must follow at once (BW 7:677).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dismissal is decided %1 working days after the facts became known. A summary dismissal must be given without delay (BW 7:677, 7:678); after more than %2 working days a court may find it too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning is not a disciplinary measure: keep it out of the disciplinary part of the staff dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspension lasts %1 school days but %2 calendar days, from %3 to %4: confirm that it is meant to run over the days without school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with the suspension of %1 this pupil would be suspended for %2 school days in a row, from %3 to %4. Suspensions that follow each other count as one: at most %5 school days (WPO art. 40c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing the class teacher (WPO art. 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing the parents (WPO art. 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing the staff member (CAO PO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the intended decision by registered letter (CAO PO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff member&apos;s term to respond to the intended decision (CAO PO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff member&apos;s term to respond, which runs to %1 (CAO PO)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureService</name>
    <message>
        <source>The incident of this measure is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure is for someone involved in the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure from the ladder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is heavier than the advised %2: write down why (the motivation is kept with the measure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection was upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection is possible against an imposed measure only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection cannot have been received before the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure has no objection waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot come before the objection was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection upheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing cannot come before the objection was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was also the causer in %2; weigh that in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision comes before a required step: %1. Write down why it cannot wait (the motivation is kept with the measure and shown in the case summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing held (recorded with the measure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided before this step was done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection cannot have been received after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection was received on %1, after its term ended on %2 (it ran from %3, %4). Handle it anyway only with a reason, which is kept with the objection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection received after the term; handled anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection &amp;received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is handled although it came in late (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle &amp;late because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received after the term, which ran from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the term, which runs from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 already has the current schema %2; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was updated to schema %2. The previous version was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates an existing database to this program&apos;s schema (a backup copy is made first). With --to, copies it whole into a new, empty PostgreSQL database and verifies the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a PostgreSQL address, such as postgresql://dossierkast@server:5432/dossierkast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is complete and verified: the same number of rows in every table, the audit trail whole and every attachment matching its SHA-256. Use --database %1 from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--to postgresql://USER@SERVER:PORT/DATABASE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps the logins: these active users cannot log in on it yet: %1. Give each a temporary password in Beheer → Gebruikers (Reset password); they choose their own at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MsgParser</name>
    <message>
        <source>the file holds no sender, subject, text or attachment of a mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is a link to a file elsewhere; only the original mail mentions it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 of the mail has no content that can be read; the original mail is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is an object that is not a mail; the original mail holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached mail &quot;%1&quot; lies deeper than %2 mails inside each other; the original mail holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is no Outlook message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter&amp;head text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the organisation (the board).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 cannot be used: it cannot be read or is larger than 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>&amp;Save organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the organisation as it is now saved? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? Its records stay; no new incidents can be registered for it until it is activated again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlookStorage</name>
    <message>
        <source>the file is not an OLE compound file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property stream is missing or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property stream has a size that does not fit its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size (%1 bytes) differs from the size the message states (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, with letters and at least one digit or symbol, not containing the login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary password for %1. They must choose a new password at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain letters and at least one digit or symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the organisation and its schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the measure ladders and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review and destroy dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or change persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add notes and evidence to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a case or its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: you work for other schools than this one. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may do that; ask one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A director, the board or an administrator may do that; ask one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: as %1 you may not %2. %3 The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Enter the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil needs a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth must lie in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth lies more than 120 years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pupil needs a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid (it looks like name@example.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date lies before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leave date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van, de, van &apos;t, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roepnaam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group or class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a parent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date; write it as dd-mm-jjjj, for example 05-03-2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonImport</name>
    <message>
        <source>Pupil or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent 1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent 1: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent 1: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent 2: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent 2: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent 2: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 occurs earlier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surname is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (use dd-mm-jjjj or jjjj-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pupil needs a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pupil needs a school: choose the school of this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1, updated: %2, unchanged: %3, rejected: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked as left (missing from this complete export): %n</source>
        <translation>
            <numerusform>Marked as left (missing from this complete export): %n</numerusform>
            <numerusform>Marked as left (missing from this complete export): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leave date lies before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and was not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and cannot be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody is marked as left: %n row(s) of the file were refused, and those may be pupils who are still there. Correct the file and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonListPage</name>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups and functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the list under &quot;Left&quot;; the dossier is kept until its retention term has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n record(s) are filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n record is filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</numerusform>
            <numerusform>%1 cannot be deleted: %n records are filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 for good? Links with parents or children are removed too. Nothing is filed on this person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search by name or number…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>This person cannot be deleted: records are filed on them. Mark them as left instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>Enter the day the person left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leave date lies before the start date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n record(s) are filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</source>
        <translation type="unfinished">
            <numerusform>%1 cannot be deleted: %n record is filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</numerusform>
            <numerusform>%1 cannot be deleted: %n records are filed on them. Mark them as left instead; the dossier is removed when its retention term has passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonsArea</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateCopies</name>
    <message>
        <source>No private folder could be made to open the file in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivatePath</name>
    <message>
        <source>the disk is full; make room on it or choose another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no permission to write in %1; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a read-only disk; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system reports error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles of this version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section t&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sanction article (measures, not a rule of conduct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New a&amp;rticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new version (it starts as a copy of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from (dd-mm-jjjj):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd-mm-jjjj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) fall under this version. They keep it, whatever its date. Change the date anyway?</source>
        <translation>
            <numerusform>%n incident falls under this version. It keeps it, whatever its date. Change the date anyway?</numerusform>
            <numerusform>%n incidents fall under this version. They keep it, whatever its date. Change the date anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) link %1; they will show the new text. For a change of rules rather than a correction, start a new version instead. Save anyway?</source>
        <translation>
            <numerusform>%n incident links %1; it will show the new text. For a change of rules rather than a correction, start a new version instead. Save anyway?</numerusform>
            <numerusform>%n incidents link %1; they will show the new text. For a change of rules rather than a correction, start a new version instead. Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove article %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolRepository</name>
    <message>
        <source>This article is linked to incidents and stays; change its text in a new protocol version instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolService</name>
    <message>
        <source>Give the version a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the version is in force from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in force from %2; choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a code, a section and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version already has an article %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>(space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet for the backups of Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup of Dossierkast is sealed. Only the passphrase below opens it. Dossierkast does not keep this passphrase anywhere: whoever loses this sheet cannot put a sealed backup back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character by character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it where the board keeps its deeds (a safe), not beside the backups or the PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not photograph, scan or mail it: a copy of the passphrase opens every backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a new passphrase is set, keep this sheet as long as backups with this key exist: the key above is named in every backup and in Beheer → Back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting a sealed backup back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Dossierkast: Beheer → Back-up → Put a backup back…, choose the backup and type the passphrase when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a working Dossierkast: install it on a PC, then run &apos;dossierkast --database NEW-FILE restore BACKUP-FILE&apos; and type the passphrase when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong passphrase or a damaged backup is refused; the database stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery sheet was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not shown again. Close only when it is written down and kept safe: without it no sealed backup can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is written down; close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Summary for one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Named (ticked) and shown by role (not ticked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the persons whose names may stay in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;staff acting in their role (director, handler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also hide these words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, a nickname, a club…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for one person — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color: #ffe27a;&quot;&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt; replaced by a role label or [weggelakt]. &lt;span style=&quot;background-color: #ffb3a7;&quot;&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; not replaced: the word also belongs to someone who stays named; add it above if it has to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced because a named person shares them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy).pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access re&amp;quest (ZIP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to an access request: this summary, the dossier&apos;s letters and documents, and the data as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request %1.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is written with the dossier summary, the data as JSON and %n attachment(s).</source>
        <translation>
            <numerusform>%1 is written with the dossier summary, the data as JSON and %n attachment.</numerusform>
            <numerusform>%1 is written with the dossier summary, the data as JSON and %n attachments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the request by %1; the action is in Termijnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>Pupil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School staff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy in which persons are named by their role (Pupil A, Parent B, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy made for %1. Everybody else is named by their role (Pupil A, Parent B, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables of this period in one file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) reported from %1 to %2.</source>
        <translation>
            <numerusform>%n incident reported from %1 to %2.</numerusform>
            <numerusform>%n incidents reported from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 – %2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 – %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was checked and put back as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database cannot be opened (%1); the backup is put back without a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the backup FILE, moves the current database file aside and puts the backup in its place (whole, never merged). Close Dossierkast on every PC first. A sealed backup needs the board&apos;s backup passphrase: DOSSIERKAST_BACKUP_PASSPHRASE, or typed when asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>Lists the dossiers past their retention term; --apply destroys those that are not under a legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier is past its retention term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)  term ended %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal hold until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) can be destroyed; run &apos;dossierkast retention --apply&apos; to do so.</source>
        <translation>
            <numerusform>%n dossier can be destroyed; run &apos;dossierkast retention --apply&apos; to do so.</numerusform>
            <numerusform>%n dossiers can be destroyed; run &apos;dossierkast retention --apply&apos; to do so.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every dossier past its term is under a legal hold; nothing was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroyed: %n dossier(s)</source>
        <translation>
            <numerusform>Destroyed: %n dossier</numerusform>
            <numerusform>Destroyed: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) removed whole</source>
        <translation>
            <numerusform>%n case removed whole</numerusform>
            <numerusform>%n cases removed whole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in all</source>
        <translation>
            <numerusform>%n record in all</numerusform>
            <numerusform>%n records in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that stay with the names replaced</source>
        <translation>
            <numerusform>%n record that stays with the names replaced</numerusform>
            <numerusform>%n records that stay with the names replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>A destruction record without personal data was kept for each dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy the chosen dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the chosen dossiers for good, after a confirmation that names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New legal hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change or end the hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers past their retention term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds (police or court cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed (no personal data is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier under a legal hold cannot be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n dossier(s) will be destroyed for good:</source>
        <translation>
            <numerusform>This dossier will be destroyed for good:</numerusform>
            <numerusform>These %n dossiers will be destroyed for good:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be removed, </source>
        <translation>
            <numerusform>%n record will be removed, </numerusform>
            <numerusform>%n records will be removed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among them %n case(s) as a whole </source>
        <translation>
            <numerusform>among them %n case as a whole </numerusform>
            <numerusform>among them %n cases as a whole </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n attachment(s). </source>
        <translation>
            <numerusform>and %n attachment. </numerusform>
            <numerusform>and %n attachments. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n record(s) that stay (cases shared with others, letters in other dossiers) their names are replaced by their role.</source>
        <translation>
            <numerusform>In %n record that stays (cases shared with others, letters in other dossiers) their names are replaced by their role.</numerusform>
            <numerusform>In %n records that stay (cases shared with others, letters in other dossiers) their names are replaced by their role.</numerusform>
        </translation>
    </message>
    <message>
        <source>A destruction record without personal data is kept. This cannot be undone. Backups made before today still hold the data until they are cleared away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying the dossiers and clearing the database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) destroyed; </source>
        <translation>
            <numerusform>%n dossier destroyed; </numerusform>
            <numerusform>%n dossiers destroyed; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed in all.</source>
        <translation>
            <numerusform>%n record removed in all.</numerusform>
            <numerusform>%n records removed in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal hold: choose the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New legal hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message numerus="yes">
        <source>left school on %1; kept %n year(s)</source>
        <translation>
            <numerusform>left school on %1; kept %n year</numerusform>
            <numerusform>left school on %1; kept %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>employment ended on %1; kept %n year(s)</source>
        <translation>
            <numerusform>employment ended on %1; kept %n year</numerusform>
            <numerusform>employment ended on %1; kept %n years</numerusform>
        </translation>
    </message>
    <message>
        <source> after the last record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last record of %1; kept %n year(s)</source>
        <translation>
            <numerusform>last record of %1; kept %n year</numerusform>
            <numerusform>last record of %1; kept %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>the dossiers of their children go; last record of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Choose the dossiers to destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 is not past their retention term; nothing was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under a legal hold (%2); nothing was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: %n year(s) after leaving school</source>
        <translation>
            <numerusform>retention term ended: %n year after leaving school</numerusform>
            <numerusform>retention term ended: %n years after leaving school</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: %n year(s) after employment</source>
        <translation>
            <numerusform>retention term ended: %n year after employment</numerusform>
            <numerusform>retention term ended: %n years after employment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: the children&apos;s dossiers go, last record %n year(s) ago or more</source>
        <translation>
            <numerusform>retention term ended: the children&apos;s dossiers go, last record %n year ago or more</numerusform>
            <numerusform>retention term ended: the children&apos;s dossiers go, last record %n years ago or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retention term ended: last record %n year(s) ago or more</source>
        <translation>
            <numerusform>retention term ended: last record %n year ago or more</numerusform>
            <numerusform>retention term ended: last record %n years ago or more</numerusform>
        </translation>
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
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>Enter the name of the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BRIN code %1 of %2 is not valid: two digits and two capitals, optionally followed by a two-digit vestiging number (e.g. 12AB or 12AB01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code %1 of %2 is not a Dutch postal code: four digits and two letters, written as 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BRIN/vestiging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedBackup</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no sealed Dossierkast backup, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not begin as a sealed backup does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written in a later format (%1); use a newer Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost of its key lies outside what Dossierkast writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged (%2); it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut off before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block states an impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters; take a longer sentence or the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase begins or ends with a space, which is easily lost on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key of this database is not valid; set the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed backup %1 could not be read back as written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open %1. This backup was sealed with the key %2, set on %3; its passphrase is on the recovery sheet of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged (its key cannot be opened); it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the backup key from the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format number (%1) is not one Dossierkast writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Finds persons, incidents and correspondence by words, ignoring case and diacritics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person         %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident       %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondence %1 %2 (dossier %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
    <message>
        <source>TERMS [--json]</source>
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
    <name>SettingDefinition</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins before an account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an account for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier measures counted for escalation advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest pupil suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension decision to parents in writing, within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the Inspectie of suspensions longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the Inspectie of a suspension, within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal: inform leerplichtambtenaar and Inspectie, within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal: reminder when no other school admitted the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal: term for an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal: board decides on an objection within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff measure: term to respond to the intended decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff measure: term for an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest staff suspension as an order measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary dismissal: warn when decided later than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer an access request within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of an access request, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a pupil dossier after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a staff dossier after employment ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil suspension: ask for confirmation when it spans more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory term ending on a Saturday, Sunday or public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working and school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberation Day (5 May)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day off once every five years (2025, 2030, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day off every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>From %1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Dossierkast starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms are defaults from the law and the CAO, with their source. Laws and the CAO change, and the board&apos;s lawyer has the last word: adjust them when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The language must be Dutch or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3 %4; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Dossierkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no users yet; start Dossierkast without --user to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the database server %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was checked and put back. The database as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not put back: %1 The database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown login name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per platform or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per kind of harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per protocol article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causers per kind of person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims per kind of person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no article chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Report on social safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts without names. An incident with several kinds of harm or articles counts once under each, so those tables can add up to more than the number of incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierkast may not write to the database %1: the file or its folder %2 is read-only for your account. Ask whoever manages this PC for write permission on both; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full; nothing was changed. Make room on it (in %2) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy: another program or PC is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (a disk or network fault, or no permission on its folder %2). Nothing was changed; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Run &apos;dossierkast check&apos; and restore a backup if it finds problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused this for your account on %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredChoice</name>
    <message>
        <source>%1 (as stored; not in this list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --incident REF or --person ID, and --pdf FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier summary of person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the case summary of an incident, or the dossier summary of a person, as PDF; every page is marked confidential. With --for ID the copy is made for that person: everybody except them and their parents or children is replaced by a role label (Leerling A, Ouder B); --redact-staff hides the school&apos;s staff too, --term TEXT (repeatable) hides further words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact-staff and --term go with --for ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, made for person %2 (everybody else by role),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident REF | --person ID [--for ID [--redact-staff] [--term TEXT]…] --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Confidential · printed by %1 on %2 · page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential · printed by %1 on %2 · audit mark %3 · page %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPrint</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TnefReader</name>
    <message>
        <source>reading it stopped with signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a winmail.dat (TNEF) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reader process could be started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of winmail.dat holds no file (an embedded object or a link); winmail.dat is kept as it came.</source>
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
    <message>
        <source>%1 was changed by someone else while it was being saved; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier step of this change failed; nothing of it was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; holds a NUL character, which no text may hold; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is %3 characters long, and may be at most %4; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>The login name must be 3 to 40 letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May &amp;file a police report on behalf of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must choose their own password at the first login. Temporary password: at least %1 characters, with letters and at least one digit or symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one school for a director or reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name %1 is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role or deactivate yourself; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on name, login name, role or school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in; what they recorded stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset. Give them the temporary password in person; they choose a new one at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users cannot log in on the database server yet: %1. Give each a temporary password with Reset password; they choose their own at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardAdministratorPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account. It manages users, schools, settings and backups, and can see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at least %1 characters, with letters and at least one digit or symbol, not containing the login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardBackupPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to a network drive or a USB disk. Sealed, they can only be read with the board&apos;s backup passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase that the board keeps, not the administrator alone. Dossierkast does not keep it: after the first start it shows a recovery sheet to print. Without the passphrase no sealed backup can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal backups with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will not be sealed: whoever finds a backup disk can read every dossier. You can set a passphrase later in Beheer → Back-up. Go on without one?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardConnectionPage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the dossiers are kept. One PC: a file on this computer. Several PCs of the board: a PostgreSQL server that they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already in use by Dossierkast. Log in with your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardOrganisationPage</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school board whose dossiers are kept here. Its name, address and logo head every letter and summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardSchoolsPage</name>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools of the board. More can be added later in Beheer. Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIN/vestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the school %1 from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school name %1 occurs twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the first school in the row above (double-click the Name cell); more schools with Add school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one school with Add school.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
