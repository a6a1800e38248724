#include "schemacatalog.h"

#include "../domain/enums.h"

#include <QHash>

namespace {

using Type = SchemaCatalog::Type;
using Field = SchemaCatalog::Field;

Field col(const char *name, Type type = Type::Text, bool required = false)
{
    Field f;
    f.name = QLatin1String(name);
    f.type = type;
    f.required = required;
    return f;
}

Field req(const char *name, Type type = Type::Text)
{
    return col(name, type, true);
}

Field ref(const char *name, const char *table, bool required = false)
{
    Field f = col(name, Type::Reference, required);
    f.refTable = QLatin1String(table);
    return f;
}

Field code(const char *name, const QStringList &codes, bool required = true)
{
    Field f = col(name, Type::Code, required);
    f.codes = codes;
    return f;
}

Field internal(Field f)
{
    f.exported = false;
    return f;
}

Field secret(Field f)
{
    f.exported = false;
    f.secret = true;
    return f;
}

const Field Id = req("id", Type::Integer);
const Field Version = col("version", Type::Integer);

QList<SchemaCatalog::Table> buildTables()
{
    using T = SchemaCatalog::Table;
    QList<T> t;

    T content{ "attachment_content", QString(), false, false, false,
               { Id, req("sha256", Type::Sha256), req("size", Type::Integer), req("chunk_size", Type::Integer),
                 req("created_at", Type::Moment) }, {} };
    t.append(content);

    t.append(T{ "organisation", "organisation", true, true, true,
                { Id, req("name"), col("address"), col("postal_code"), col("city"), col("phone"), col("email"),
                  col("website"), col("letterhead_text"), internal(ref("logo_sha256", "attachment_content")),
                  Version }, {} });
    t.append(T{ "schools", "schools", false, true, true,
                { Id, req("name"), col("brin"), col("address"), col("postal_code"), col("city"), col("phone"),
                  col("email"), col("director_name"), req("active", Type::Flag), Version }, {} });
    t.append(T{ "school_holidays", "school_holidays", false, true, true,
                { Id, ref("school_id", "schools"), req("name"), req("first_day", Type::Date),
                  req("last_day", Type::Date), col("day_off", Type::Flag), Version }, {} });
    t.append(T{ "user_schools", QString(), false, false, true,
                { Id, ref("user_id", "users", true), ref("school_id", "schools", true) }, {} });
    t.append(T{ "users", "users", false, true, true,
                { Id, req("login"), req("display_name"), col("email"), secret(col("password_hash")),
                  code("role", codes<UserRole>()), req("active", Type::Flag),
                  internal(col("failed_logins", Type::Integer)), internal(col("locked_until", Type::Moment)),
                  req("must_change_password", Type::Flag), req("may_report_to_police", Type::Flag),
                  req("created_at", Type::Moment), Version },
                { { "schools", "user_schools", "user_id", "school_id" } } });
    t.append(T{ "persons", "persons", false, true, true,
                { Id, code("kind", codes<PersonKind>()), col("given_names"), col("roepnaam"), col("tussenvoegsel"),
                  req("surname"), code("gender", codes<Gender>()), col("birth_date", Type::Date),
                  ref("school_id", "schools"), col("group_name"), col("function_title"), col("external_id"),
                  col("email"), col("phone"), col("address"), col("postal_code"), col("city"),
                  col("start_date", Type::Date), col("leave_date", Type::Date), col("notes"),
                  req("created_at", Type::Moment), Version }, {} });
    t.append(T{ "guardianships", "guardianships", false, true, true,
                { Id, ref("parent_id", "persons", true), ref("pupil_id", "persons", true),
                  code("relation", codes<GuardianRelation>()), req("parental_authority", Type::Flag),
                  req("receives_mail", Type::Flag), Version }, {} });
    t.append(T{ "protocol_articles", QString(), false, true, true,
                { Id, ref("protocol_version_id", "protocol_versions", true), req("code"), req("section"),
                  req("section_title"), req("title"), req("body"), req("is_sanction", Type::Flag),
                  req("sort_order", Type::Integer), Version }, {} });
    t.append(T{ "protocol_versions", "protocol_versions", false, true, true,
                { Id, req("name"), req("in_force_from", Type::Date), col("notes"), Version },
                { { "articles", "protocol_articles", "protocol_version_id", QString() } } });
    t.append(T{ "measure_types", "measure_types", false, true, true,
                { Id, code("ladder", codes<Ladder>()), req("code"), req("name"), req("rank", Type::Integer),
                  req("is_disciplinary", Type::Flag), req("has_period", Type::Flag), col("caution"),
                  req("active", Type::Flag), Version }, {} });
    t.append(T{ "incident_harms", QString(), false, false, true,
                { Id, ref("incident_id", "incidents", true), code("harm", codes<Harm>()) }, {} });
    t.append(T{ "incident_articles", QString(), false, false, true,
                { Id, ref("incident_id", "incidents", true), ref("article_id", "protocol_articles", true) }, {} });
    t.append(T{ "incident_links", QString(), false, false, true,
                { Id, ref("incident_id", "incidents", true), ref("related_incident_id", "incidents", true) }, {} });
    t.append(T{ "involvements", QString(), false, true, true,
                { Id, ref("incident_id", "incidents", true), ref("person_id", "persons", true),
                  code("role", codes<InvolvementRole>()), col("notes"), Version }, {} });
    t.append(T{ "incident_notes", QString(), false, true, true,
                { Id, ref("incident_id", "incidents", true), ref("author_user_id", "users"),
                  req("written_at", Type::Moment), req("body"), ref("replaces_note_id", "incident_notes"),
                  col("happened_at", Type::Moment), Version }, {} });
    t.append(T{ "incidents", "incidents", false, true, true,
                { Id, req("reference"), ref("school_id", "schools", true),
                  ref("protocol_version_id", "protocol_versions", true), req("title"), col("description"),
                  req("occurred_at", Type::Moment), req("reported_at", Type::Moment),
                  ref("reported_by_person_id", "persons"), ref("registered_by_user_id", "users"),
                  ref("handler_user_id", "users"), code("platform", codes<Platform>()),
                  code("context", codes<IncidentContext>()), code("severity", codes<Severity>()),
                  req("possibly_criminal", Type::Flag), req("confidential", Type::Flag),
                  req("sexual_offence_suspected", Type::Flag), req("unsafe_home_signs", Type::Flag),
                  req("parents_refuse_cooperation", Type::Flag), col("no_causer_reason"),
                  code("status", codes<IncidentStatus>()), col("closing_summary"),
                  req("created_at", Type::Moment), req("updated_at", Type::Moment), Version },
                { { "harms", "incident_harms", "incident_id", "harm" },
                  { "articles", "incident_articles", "incident_id", "article_id" },
                  { "related", "incident_links", "incident_id", "related_incident_id" },
                  { "involvements", "involvements", "incident_id", QString() },
                  { "notes", "incident_notes", "incident_id", QString() } } });
    t.append(T{ "objections", QString(), false, true, true,
                { Id, ref("measure_id", "measures", true), req("received_on", Type::Date),
                  col("hearing_on", Type::Date), col("decision_on", Type::Date),
                  code("outcome", { "gegrond", "ongegrond", "ingetrokken" }, false), col("notes"), col("late_reason"), Version }, {} });
    t.append(T{ "measures", "measures", false, true, true,
                { Id, ref("incident_id", "incidents", true), ref("person_id", "persons", true),
                  ref("measure_type_id", "measure_types", true), code("status", codes<MeasureStatus>()),
                  req("proposed_on", Type::Date), ref("proposed_by_user_id", "users"), col("decided_on", Type::Date),
                  ref("decided_by_user_id", "users"), col("starts_on", Type::Date), col("ends_on", Type::Date),
                  col("facts_known_on", Type::Date), req("is_order_measure", Type::Flag), col("motivation"),
                  ref("advised_measure_type_id", "measure_types"), col("escalation_motivation"), col("step_motivation"), col("period_confirmed", Type::Flag),
                  req("hearing_held", Type::Flag), col("hearing_on", Type::Date), col("hearing_by"),
                  req("created_at", Type::Moment), Version },
                { { "objections", "objections", "measure_id", QString() } } });
    t.append(T{ "actions", "actions", false, true, true,
                { Id, ref("incident_id", "incidents"), ref("measure_id", "measures"), ref("person_id", "persons"),
                  code("kind", codes<ActionKind>()), req("title"), col("due_on", Type::Date),
                  col("counted_from", Type::Date), col("unextended_due_on", Type::Date),
                  ref("responsible_user_id", "users"), code("status", codes<ActionStatus>()),
                  col("done_on", Type::Date), col("done_note"), col("not_needed_reason"), col("police_reference"),
                  col("rule"), col("legal_source"), req("created_at", Type::Moment), Version }, {} });
    t.append(T{ "correspondence", "correspondence", false, true, true,
                { Id, ref("person_id", "persons", true), ref("about_person_id", "persons"),
                  ref("incident_id", "incidents"), code("direction", codes<Direction>()),
                  code("channel", codes<Channel>()), req("sent_on", Type::Date), col("correspondent"),
                  req("subject"), col("summary"), col("registered_number"), ref("created_by_user_id", "users"),
                  req("created_at", Type::Moment), Version }, {} });
    t.append(T{ "attachments", "attachments", false, true, true,
                { Id, req("sha256", Type::Sha256), internal(ref("content_sha256", "attachment_content")),
                  req("file_name"), req("mime_type"), req("size", Type::Integer), ref("incident_id", "incidents"),
                  ref("correspondence_id", "correspondence"), ref("person_id", "persons"), col("description"),
                  col("source_url"), col("captured_at", Type::Moment), ref("added_by_user_id", "users"),
                  req("added_at", Type::Moment), Version, col("original_name") }, {} });
    t.append(T{ "legal_holds", "legal_holds", false, true, true,
                { Id, ref("person_id", "persons", true), req("reason"), req("starts_on", Type::Date),
                  col("ends_on", Type::Date), Version }, {} });
    t.append(T{ "settings", "settings", false, true, true,
                { Id, req("key"), req("value"), col("source"), Version }, {} });
    t.append(T{ "letter_templates", "letter_templates", false, true, true,
                { Id, req("code"), req("name"), code("channel", { "brief", "aangetekend", "email" }), col("action_kind"),
                  req("body"), req("active", Type::Flag), Version }, {} });
    t.append(T{ "destruction_records", "destruction_records", false, false, true,
                { Id, req("destroyed_at", Type::Moment), ref("user_id", "users"),
                  code("dossier_kind", codes<PersonKind>()), req("ground"), req("rows_removed", Type::Integer),
                  req("attachments_removed", Type::Integer) }, {} });
    return t;
}

} // namespace

int SchemaCatalog::maxLength(const QString &tableName, const QString &column)
{
    // Free text: descriptions, notes, mail texts, letter templates.
    static constexpr int Long = 1000000;
    static const QHash<QString, int> byColumn{
        { "given_names", 100 }, { "roepnaam", 100 }, { "tussenvoegsel", 30 }, { "surname", 100 },
        { "name", 200 }, { "display_name", 100 }, { "director_name", 100 }, { "login", 100 },
        { "group_name", 100 }, { "function_title", 100 }, { "hearing_by", 200 }, { "external_id", 50 },
        { "brin", 20 }, { "postal_code", 20 }, { "city", 100 }, { "phone", 50 }, { "email", 254 },
        { "website", 300 }, { "address", 500 }, { "code", 50 }, { "reference", 50 }, { "registered_number", 50 },
        { "police_reference", 100 }, { "rule", 200 }, { "legal_source", 200 }, { "mime_type", 200 },
        { "key", 100 }, { "file_name", 255 }, { "subject", 500 }, { "correspondent", 500 }, { "title", 300 },
        { "section", 100 }, { "section_title", 300 }, { "source_url", 2000 }, { "action_kind", 50 },
        { "password_hash", 1000 }, { "original_name", 2000 },
    };
    // Every write asks, for every value: looked up once per table and column, not searched.
    static const QHash<QString, QHash<QString, int>> limits = [] {
        QHash<QString, QHash<QString, int>> all;
        for (const Table &t : tables())
            for (const Field &field : t.fields)
                if (field.type == Type::Text)
                    all[t.name].insert(field.name, byColumn.value(field.name, Long));
        return all;
    }();
    return limits.value(tableName).value(column, 0);
}

const QList<SchemaCatalog::Table> &SchemaCatalog::tables()
{
    static const QList<Table> all = buildTables();
    return all;
}

const SchemaCatalog::Table *SchemaCatalog::table(const QString &name)
{
    for (const Table &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

bool SchemaCatalog::isAudited(const QString &name)
{
    return table(name) != nullptr;
}

QStringList SchemaCatalog::secretColumns(const QString &name)
{
    QStringList result;
    if (const Table *t = table(name))
        for (const Field &field : t->fields)
            if (field.secret)
                result.append(field.name);
    return result;
}

QString SchemaCatalog::label(const QString &name)
{
    static const QHash<QString, const char *> labels{
        { "attachment_content", QT_TR_NOOP("Attachment content") },
        { "organisation", QT_TR_NOOP("Organisation") },
        { "schools", QT_TR_NOOP("School") },
        { "school_holidays", QT_TR_NOOP("School holiday") },
        { "user_schools", QT_TR_NOOP("User's school") },
        { "users", QT_TR_NOOP("User") },
        { "persons", QT_TR_NOOP("Person") },
        { "guardianships", QT_TR_NOOP("Guardianship") },
        { "protocol_articles", QT_TR_NOOP("Protocol article") },
        { "protocol_versions", QT_TR_NOOP("Protocol version") },
        { "measure_types", QT_TR_NOOP("Measure type") },
        { "incident_harms", QT_TR_NOOP("Kind of harm of an incident") },
        { "incident_articles", QT_TR_NOOP("Article of an incident") },
        { "incident_links", QT_TR_NOOP("Link between incidents") },
        { "involvements", QT_TR_NOOP("Involvement") },
        { "incident_notes", QT_TR_NOOP("Follow-up note") },
        { "incidents", QT_TR_NOOP("Incident") },
        { "objections", QT_TR_NOOP("Objection") },
        { "measures", QT_TR_NOOP("Measure") },
        { "actions", QT_TR_NOOP("Action") },
        { "correspondence", QT_TR_NOOP("Correspondence") },
        { "attachments", QT_TR_NOOP("Attachment") },
        { "legal_holds", QT_TR_NOOP("Legal hold") },
        { "settings", QT_TR_NOOP("Setting") },
        { "destruction_records", QT_TR_NOOP("Destruction record") },
        { "letter_templates", QT_TR_NOOP("Letter template") },
    };
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name : tr(it.value());
}
