#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QString>

class Database;

// What a user may do, by role (DESIGN.md §6; the table is in the README). Which rows they may
// touch is the access filter's business: a write to a row the user cannot see is refused as a
// read of it would be. Services call require() before they write, so no screen, script or
// program built on the core can do more than the role allows.
enum class Permission {
    ManageUsers,            // users, their roles and schools
    ManageOrganisation,     // organisation and schools
    ManageSettings,         // settings, legal terms included
    ManageProtocol,         // protocol versions and articles
    ManageTemplates,        // letter templates
    ManageLadders,          // measure ladders and school holidays
    ManageRetention,        // reviewing and destroying dossiers
    ManageBackups,          // backups and restore
    ReadAuditTrail,
    DeletePersons,          // a person with nothing filed
    ManageLegalHolds,
    AnswerAccessRequests,
    PrintAndExport,         // what the user sees
    ManagePersons,          // persons and guardianships, imports, marking left
    RegisterIncident,
    AddToCase,              // follow-up notes and evidence, in a case the user sees
    EditCase,               // a case's content and status, letters
    ProposeMeasures,
    DecideMeasures,
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(const AccessScope &who, Permission what);
    // Returns when `who` may; otherwise writes a `denied` record to the audit trail (entity and
    // id: what was asked for, when known) and throws StorageError(Denied) saying who may.
    // Call it outside an open Transaction.
    static void require(Database &db, const AccessScope &who, Permission what, const QString &entity = QString(),
                        qint64 id = 0);
    // Writes the `denied` record (what was asked, `detail`) and throws StorageError(Denied) with
    // `message`: the one way every refused write is recorded. Call it outside an open Transaction.
    [[noreturn]] static void deny(Database &db, const AccessScope &who, const QString &entity, qint64 id,
                                  const QString &detail, const QString &message);
    // A director or reporter writes only for their own schools (a new incident, a person).
    static void requireSchool(Database &db, const AccessScope &who, qint64 schoolId, const QString &entity, qint64 id = 0);
    // Whether what is filed in dossiers is readable at all (a reporter sees only the cases they
    // registered: AccessFilter::personRecords), so that a view can say why a dossier looks empty.
    static bool seesDossierContent(const AccessScope &who);
    // "manage users", in words for the messages.
    static QString activity(Permission what);
    static QString code(Permission what);       // for the audit record: "manage_users"
};
