#include "firststartsetup.h"

#include "../domain/passwordpolicy.h"
#include "../storage/attachmentstore.h"
#include "../storage/newdatabaseguard.h"
#include "../storage/organisationrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/settingsrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "backupkeyservice.h"
#include "passwordhasher.h"

#include <QSet>

QStringList FirstStartSetup::problems(const Input &input)
{
    QStringList result;
    if (input.withOrganisation && input.organisation.name.trimmed().isEmpty())
        result.append(tr("The organisation needs a name."));
    if (input.withOrganisation && input.schools.isEmpty())
        result.append(tr("Add at least one school."));
    QSet<QString> names;
    for (const School &school : input.schools) {
        const QString problem = school.problem();
        if (!problem.isEmpty())
            result.append(problem);
        else if (names.contains(school.name.trimmed()))
            result.append(tr("The school name %1 occurs twice.").arg(school.name));
        names.insert(school.name.trimmed());
    }
    const QString login = User::loginProblem(input.administrator.login);
    if (!login.isEmpty())
        result.append(login);
    if (input.administrator.displayName.trimmed().isEmpty())
        result.append(tr("The administrator needs a name."));
    const QString password = PasswordPolicy::problem(input.password, input.administrator.login);
    if (!password.isEmpty())
        result.append(password);
    return result;
}

User FirstStartSetup::run(Database &db, const Input &input)
{
    const QStringList wrong = problems(input);
    if (!wrong.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, wrong.join(QLatin1Char(' ')));
    const QString hash = PasswordHasher::hash(input.password);
    Transaction tx(db, AccessScope::system());
    if (input.withOrganisation) {
        Organisation organisation = input.organisation;
        if (const auto existing = OrganisationRepository(db).get())
            organisation.version = existing->version;
        if (!input.logo.isEmpty())
            organisation.logoSha256 = AttachmentStore(db).storeBytes(tx, input.logo);
        OrganisationRepository(db).save(tx, organisation);
        for (School school : input.schools) {
            school.postalCode = School::normalisedPostalCode(school.postalCode);
            SchoolRepository(db).insert(tx, school);
        }
    }
    if (input.backupKey)
        SettingsRepository(db).setValue(tx, BackupKeyService::settingKey(), input.backupKey->toJson());
    User admin = input.administrator;
    admin.role = UserRole::Beheerder;
    admin.active = true;
    admin.mayReportToPolice = true;
    UserRepository(db).insert(tx, admin);
    UserRepository(db).setPasswordHash(tx, admin.id, hash, false);
    UserRepository(db).syncServerLogin(tx, admin.id, input.password);
    tx.commit();
    return admin;
}

User FirstStartSetup::runAt(OpenDatabase &db, const QString &location, const QString &password, const Input &input)
{
    NewDatabaseGuard guard(location);
    User administrator;
    try {
        if (!db)
            db = DatabaseConnection::open(location, password);
        administrator = run(*db, input);
    } catch (...) {
        if (guard.isNew() && !DatabaseConnection::isServerLocation(location))
            db.reset();     // closed before the guard removes the new file
        throw;
    }
    guard.keep();
    return administrator;
}
