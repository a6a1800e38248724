#include "auditlabels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace AuditLabels {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditLabels", text);
}

const QHash<QString, const char *> &fieldLabels()
{
    static const QHash<QString, const char *> labels{
        { "about_person_id", QT_TRANSLATE_NOOP("AuditLabels", "About person") },
        { "action_kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind of action") },
        { "active", QT_TRANSLATE_NOOP("AuditLabels", "Active") },
        { "added_at", QT_TRANSLATE_NOOP("AuditLabels", "Added at") },
        { "added_by_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Added by") },
        { "address", QT_TRANSLATE_NOOP("AuditLabels", "Address") },
        { "advised_measure_type_id", QT_TRANSLATE_NOOP("AuditLabels", "Advised measure") },
        { "article_id", QT_TRANSLATE_NOOP("AuditLabels", "Article") },
        { "attachments_removed", QT_TRANSLATE_NOOP("AuditLabels", "Attachments removed") },
        { "author_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Author") },
        { "birth_date", QT_TRANSLATE_NOOP("AuditLabels", "Date of birth") },
        { "body", QT_TRANSLATE_NOOP("AuditLabels", "Text") },
        { "brin", QT_TRANSLATE_NOOP("AuditLabels", "BRIN number") },
        { "captured_at", QT_TRANSLATE_NOOP("AuditLabels", "Captured at") },
        { "caution", QT_TRANSLATE_NOOP("AuditLabels", "Caution") },
        { "channel", QT_TRANSLATE_NOOP("AuditLabels", "Channel") },
        { "chunk_size", QT_TRANSLATE_NOOP("AuditLabels", "Chunk size") },
        { "city", QT_TRANSLATE_NOOP("AuditLabels", "City") },
        { "closing_summary", QT_TRANSLATE_NOOP("AuditLabels", "Closing summary") },
        { "code", QT_TRANSLATE_NOOP("AuditLabels", "Code") },
        { "confidential", QT_TRANSLATE_NOOP("AuditLabels", "Confidential") },
        { "content_sha256", QT_TRANSLATE_NOOP("AuditLabels", "Stored content (SHA-256)") },
        { "context", QT_TRANSLATE_NOOP("AuditLabels", "Context") },
        { "correspondence_id", QT_TRANSLATE_NOOP("AuditLabels", "Correspondence item") },
        { "correspondent", QT_TRANSLATE_NOOP("AuditLabels", "Correspondent") },
        { "created_at", QT_TRANSLATE_NOOP("AuditLabels", "Created at") },
        { "created_by_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Created by") },
        { "decided_by_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Decided by") },
        { "decided_on", QT_TRANSLATE_NOOP("AuditLabels", "Decided on") },
        { "decision_on", QT_TRANSLATE_NOOP("AuditLabels", "Decision on") },
        { "description", QT_TRANSLATE_NOOP("AuditLabels", "Description") },
        { "destroyed_at", QT_TRANSLATE_NOOP("AuditLabels", "Destroyed at") },
        { "direction", QT_TRANSLATE_NOOP("AuditLabels", "Direction") },
        { "director_name", QT_TRANSLATE_NOOP("AuditLabels", "Director") },
        { "display_name", QT_TRANSLATE_NOOP("AuditLabels", "Name") },
        { "counted_from", QT_TRANSLATE_NOOP("AuditLabels", "Term runs from") },
        { "day_off", QT_TRANSLATE_NOOP("AuditLabels", "Day off of the board") },
        { "done_note", QT_TRANSLATE_NOOP("AuditLabels", "Note when done") },
        { "done_on", QT_TRANSLATE_NOOP("AuditLabels", "Done on") },
        { "dossier_kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind of dossier") },
        { "due_on", QT_TRANSLATE_NOOP("AuditLabels", "Due on") },
        { "email", QT_TRANSLATE_NOOP("AuditLabels", "E-mail") },
        { "ends_on", QT_TRANSLATE_NOOP("AuditLabels", "Ends on") },
        { "escalation_motivation", QT_TRANSLATE_NOOP("AuditLabels", "Motivation for the escalation") },
        { "late_reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason to handle a late objection") },
        { "period_confirmed", QT_TRANSLATE_NOOP("AuditLabels", "Length confirmed") },
        { "step_motivation", QT_TRANSLATE_NOOP("AuditLabels", "Motivation for deciding before a required step") },
        { "unextended_due_on", QT_TRANSLATE_NOOP("AuditLabels", "Due before the extension") },
        { "external_id", QT_TRANSLATE_NOOP("AuditLabels", "Number in the school system") },
        { "facts_known_on", QT_TRANSLATE_NOOP("AuditLabels", "Facts known on") },
        { "failed_logins", QT_TRANSLATE_NOOP("AuditLabels", "Failed logins") },
        { "file_name", QT_TRANSLATE_NOOP("AuditLabels", "File name") },
        { "original_name", QT_TRANSLATE_NOOP("AuditLabels", "Original file name") },
        { "first_day", QT_TRANSLATE_NOOP("AuditLabels", "First day") },
        { "function_title", QT_TRANSLATE_NOOP("AuditLabels", "Function") },
        { "gender", QT_TRANSLATE_NOOP("AuditLabels", "Gender") },
        { "given_names", QT_TRANSLATE_NOOP("AuditLabels", "Given names") },
        { "ground", QT_TRANSLATE_NOOP("AuditLabels", "Ground") },
        { "group_name", QT_TRANSLATE_NOOP("AuditLabels", "Group") },
        { "handler_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Handled by") },
        { "harm", QT_TRANSLATE_NOOP("AuditLabels", "Kind of harm") },
        { "has_period", QT_TRANSLATE_NOOP("AuditLabels", "Has a period") },
        { "hearing_by", QT_TRANSLATE_NOOP("AuditLabels", "Heard by") },
        { "hearing_held", QT_TRANSLATE_NOOP("AuditLabels", "Hearing held") },
        { "hearing_on", QT_TRANSLATE_NOOP("AuditLabels", "Hearing on") },
        { "id", QT_TRANSLATE_NOOP("AuditLabels", "Number") },
        { "in_force_from", QT_TRANSLATE_NOOP("AuditLabels", "In force from") },
        { "incident_id", QT_TRANSLATE_NOOP("AuditLabels", "Incident") },
        { "is_disciplinary", QT_TRANSLATE_NOOP("AuditLabels", "Disciplinary") },
        { "is_order_measure", QT_TRANSLATE_NOOP("AuditLabels", "Order measure") },
        { "is_sanction", QT_TRANSLATE_NOOP("AuditLabels", "Sanction article") },
        { "key", QT_TRANSLATE_NOOP("AuditLabels", "Setting") },
        { "kind", QT_TRANSLATE_NOOP("AuditLabels", "Kind") },
        { "ladder", QT_TRANSLATE_NOOP("AuditLabels", "Ladder") },
        { "last_day", QT_TRANSLATE_NOOP("AuditLabels", "Last day") },
        { "leave_date", QT_TRANSLATE_NOOP("AuditLabels", "Left on") },
        { "legal_source", QT_TRANSLATE_NOOP("AuditLabels", "Legal source") },
        { "letterhead_text", QT_TRANSLATE_NOOP("AuditLabels", "Letterhead text") },
        { "locked_until", QT_TRANSLATE_NOOP("AuditLabels", "Locked until") },
        { "login", QT_TRANSLATE_NOOP("AuditLabels", "Login name") },
        { "logo_sha256", QT_TRANSLATE_NOOP("AuditLabels", "Logo (SHA-256)") },
        { "may_report_to_police", QT_TRANSLATE_NOOP("AuditLabels", "May report to the police") },
        { "measure_id", QT_TRANSLATE_NOOP("AuditLabels", "Measure") },
        { "measure_type_id", QT_TRANSLATE_NOOP("AuditLabels", "Measure") },
        { "mime_type", QT_TRANSLATE_NOOP("AuditLabels", "File type") },
        { "motivation", QT_TRANSLATE_NOOP("AuditLabels", "Motivation") },
        { "must_change_password", QT_TRANSLATE_NOOP("AuditLabels", "Must change password") },
        { "name", QT_TRANSLATE_NOOP("AuditLabels", "Name") },
        { "no_causer_reason", QT_TRANSLATE_NOOP("AuditLabels", "Why no causer is known") },
        { "not_needed_reason", QT_TRANSLATE_NOOP("AuditLabels", "Why not needed") },
        { "notes", QT_TRANSLATE_NOOP("AuditLabels", "Notes") },
        { "occurred_at", QT_TRANSLATE_NOOP("AuditLabels", "Happened at") },
        { "outcome", QT_TRANSLATE_NOOP("AuditLabels", "Outcome") },
        { "parent_id", QT_TRANSLATE_NOOP("AuditLabels", "Parent") },
        { "parental_authority", QT_TRANSLATE_NOOP("AuditLabels", "Parental authority") },
        { "parents_refuse_cooperation", QT_TRANSLATE_NOOP("AuditLabels", "Parents refuse to cooperate") },
        { "password_hash", QT_TRANSLATE_NOOP("AuditLabels", "Password") },
        { "person_id", QT_TRANSLATE_NOOP("AuditLabels", "Person") },
        { "phone", QT_TRANSLATE_NOOP("AuditLabels", "Phone") },
        { "platform", QT_TRANSLATE_NOOP("AuditLabels", "Platform") },
        { "police_reference", QT_TRANSLATE_NOOP("AuditLabels", "Police reference") },
        { "possibly_criminal", QT_TRANSLATE_NOOP("AuditLabels", "Possibly criminal") },
        { "postal_code", QT_TRANSLATE_NOOP("AuditLabels", "Postal code") },
        { "proposed_by_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Proposed by") },
        { "proposed_on", QT_TRANSLATE_NOOP("AuditLabels", "Proposed on") },
        { "protocol_version_id", QT_TRANSLATE_NOOP("AuditLabels", "Protocol version") },
        { "pupil_id", QT_TRANSLATE_NOOP("AuditLabels", "Pupil") },
        { "rank", QT_TRANSLATE_NOOP("AuditLabels", "Rank") },
        { "reason", QT_TRANSLATE_NOOP("AuditLabels", "Reason") },
        { "received_on", QT_TRANSLATE_NOOP("AuditLabels", "Received on") },
        { "receives_mail", QT_TRANSLATE_NOOP("AuditLabels", "Receives mail") },
        { "reference", QT_TRANSLATE_NOOP("AuditLabels", "Reference") },
        { "registered_by_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Registered by") },
        { "registered_number", QT_TRANSLATE_NOOP("AuditLabels", "Registered-mail number") },
        { "related_incident_id", QT_TRANSLATE_NOOP("AuditLabels", "Related incident") },
        { "relation", QT_TRANSLATE_NOOP("AuditLabels", "Relation") },
        { "replaces_note_id", QT_TRANSLATE_NOOP("AuditLabels", "Replaces note") },
        { "reported_at", QT_TRANSLATE_NOOP("AuditLabels", "Reported at") },
        { "reported_by_person_id", QT_TRANSLATE_NOOP("AuditLabels", "Reported by") },
        { "responsible_user_id", QT_TRANSLATE_NOOP("AuditLabels", "Responsible") },
        { "roepnaam", QT_TRANSLATE_NOOP("AuditLabels", "First name in use") },
        { "role", QT_TRANSLATE_NOOP("AuditLabels", "Role") },
        { "rows_removed", QT_TRANSLATE_NOOP("AuditLabels", "Records removed") },
        { "rule", QT_TRANSLATE_NOOP("AuditLabels", "Rule") },
        { "school_id", QT_TRANSLATE_NOOP("AuditLabels", "School") },
        { "section", QT_TRANSLATE_NOOP("AuditLabels", "Section") },
        { "section_title", QT_TRANSLATE_NOOP("AuditLabels", "Section title") },
        { "sent_on", QT_TRANSLATE_NOOP("AuditLabels", "Date") },
        { "severity", QT_TRANSLATE_NOOP("AuditLabels", "Severity") },
        { "sexual_offence_suspected", QT_TRANSLATE_NOOP("AuditLabels", "Sexual offence suspected") },
        { "sha256", QT_TRANSLATE_NOOP("AuditLabels", "SHA-256") },
        { "size", QT_TRANSLATE_NOOP("AuditLabels", "Size (bytes)") },
        { "sort_order", QT_TRANSLATE_NOOP("AuditLabels", "Order") },
        { "source", QT_TRANSLATE_NOOP("AuditLabels", "Source") },
        { "source_url", QT_TRANSLATE_NOOP("AuditLabels", "Web address") },
        { "start_date", QT_TRANSLATE_NOOP("AuditLabels", "Started on") },
        { "starts_on", QT_TRANSLATE_NOOP("AuditLabels", "Starts on") },
        { "status", QT_TRANSLATE_NOOP("AuditLabels", "Status") },
        { "subject", QT_TRANSLATE_NOOP("AuditLabels", "Subject") },
        { "summary", QT_TRANSLATE_NOOP("AuditLabels", "Summary") },
        { "surname", QT_TRANSLATE_NOOP("AuditLabels", "Surname") },
        { "title", QT_TRANSLATE_NOOP("AuditLabels", "Title") },
        { "tussenvoegsel", QT_TRANSLATE_NOOP("AuditLabels", "Surname prefix") },
        { "unsafe_home_signs", QT_TRANSLATE_NOOP("AuditLabels", "Signs of an unsafe home") },
        { "updated_at", QT_TRANSLATE_NOOP("AuditLabels", "Changed at") },
        { "user_id", QT_TRANSLATE_NOOP("AuditLabels", "User") },
        { "value", QT_TRANSLATE_NOOP("AuditLabels", "Value") },
        { "version", QT_TRANSLATE_NOOP("AuditLabels", "Version") },
        { "website", QT_TRANSLATE_NOOP("AuditLabels", "Website") },
        { "written_at", QT_TRANSLATE_NOOP("AuditLabels", "Written at") },
    };
    return labels;
}

struct ActionLabel {
    const char *code;
    const char *label;
};

// Every action the program writes; the viewer's filter offers them in this order.
const ActionLabel actions[] = {
    { "insert", QT_TRANSLATE_NOOP("AuditLabels", "added") },
    { "update", QT_TRANSLATE_NOOP("AuditLabels", "changed") },
    { "delete", QT_TRANSLATE_NOOP("AuditLabels", "removed") },
    { "login", QT_TRANSLATE_NOOP("AuditLabels", "logged in") },
    { "login_failed", QT_TRANSLATE_NOOP("AuditLabels", "login failed") },
    { "password_changed", QT_TRANSLATE_NOOP("AuditLabels", "password changed") },
    { "password_reset", QT_TRANSLATE_NOOP("AuditLabels", "password reset") },
    { "view", QT_TRANSLATE_NOOP("AuditLabels", "dossier viewed") },
    { "print", QT_TRANSLATE_NOOP("AuditLabels", "printed or saved as PDF") },
    { "export", QT_TRANSLATE_NOOP("AuditLabels", "exported") },
    { "access_request", QT_TRANSLATE_NOOP("AuditLabels", "access request answered") },
    { "denied", QT_TRANSLATE_NOOP("AuditLabels", "access refused") },
    { "migrate", QT_TRANSLATE_NOOP("AuditLabels", "database copied") },
    { "backup", QT_TRANSLATE_NOOP("AuditLabels", "backup made") },
    { "restore", QT_TRANSLATE_NOOP("AuditLabels", "backup restored") },
    { "destroy", QT_TRANSLATE_NOOP("AuditLabels", "dossier destroyed") },
    { "evidence_removed", QT_TRANSLATE_NOOP("AuditLabels", "evidence removed (with the reason)") },
};

const QSet<QString> &flagColumns()
{
    static const QSet<QString> flags{ "active", "confidential", "possibly_criminal", "sexual_offence_suspected",
                                      "unsafe_home_signs", "parents_refuse_cooperation", "is_disciplinary", "has_period",
                                      "is_order_measure", "hearing_held", "is_sanction", "parental_authority",
                                      "receives_mail", "must_change_password", "may_report_to_police", "period_confirmed",
                                      "day_off" };
    return flags;
}

QString formatted(const QString &column, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (flagColumns().contains(column))
        return value.toInteger() != 0 ? translated(QT_TRANSLATE_NOOP("AuditLabels", "yes"))
                                      : translated(QT_TRANSLATE_NOOP("AuditLabels", "no"));
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    // Secret columns are audited as a digest: say that they changed, never show the digest.
    if (text.startsWith(QLatin1String("sha256:")) && column == QLatin1String("password_hash"))
        return translated(QT_TRANSLATE_NOOP("AuditLabels", "(hidden)"));
    static const QRegularExpression moment(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (moment.match(text).hasMatch()) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    }
    if (date.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return day.toString(QStringLiteral("dd-MM-yyyy"));
    }
    return text;
}

} // namespace

QString action(const QString &code)
{
    for (const ActionLabel &a : actions)
        if (code == QLatin1String(a.code))
            return translated(a.label);
    return code;
}

QStringList knownActions()
{
    QStringList codes;
    for (const ActionLabel &a : actions)
        codes.append(QLatin1String(a.code));
    return codes;
}

QString field(const QString &column)
{
    const auto it = fieldLabels().constFind(column);
    return it == fieldLabels().cend() ? column : translated(*it);
}

QList<FieldChange> changes(const QByteArray &beforeJson, const QByteArray &afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson).object();
    QStringList columns = before.keys();
    for (const QString &key : after.keys())
        if (!columns.contains(key))
            columns.append(key);
    QList<FieldChange> result;
    for (const QString &column : std::as_const(columns)) {
        FieldChange change;
        change.field = column;
        change.label = field(column);
        change.before = formatted(column, before.value(column));
        change.after = formatted(column, after.value(column));
        change.changed = !beforeJson.isEmpty() && !afterJson.isEmpty() && before.value(column) != after.value(column);
        result.append(change);
    }
    // The row's number first, then the fields by their name in words.
    QCollator collator;
    std::sort(result.begin(), result.end(), [&collator](const FieldChange &a, const FieldChange &b) {
        if ((a.field == QLatin1String("id")) != (b.field == QLatin1String("id")))
            return a.field == QLatin1String("id");
        return collator.compare(a.label, b.label) < 0;
    });
    return result;
}

} // namespace AuditLabels
