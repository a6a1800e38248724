#pragma once

#include "../domain/organisation.h"
#include "../domain/school.h"
#include "../domain/user.h"
#include "databaseconnection.h"
#include "sealedbackup.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// What the first-start wizard collects, written in one transaction: the organisation, its
// schools, the board's backup key (when the board chose a passphrase) and the first
// administrator. Until then nothing is written.
class FirstStartSetup
{
    Q_DECLARE_TR_FUNCTIONS(FirstStartSetup)

public:
    struct Input {
        Organisation organisation;
        QList<School> schools;
        QByteArray logo;                // PNG or JPEG bytes, empty for none
        User administrator;
        QString password;
        bool withOrganisation = true;   // false: the database has them; only the administrator is added
        std::optional<SealedBackup::Key> backupKey;     // derived from the passphrase, which is not kept
    };

    // Dutch sentences for everything that is missing or wrong; empty when all is well.
    static QStringList problems(const Input &input);
    // Writes everything; returns the administrator with its id. Throws StorageError.
    static User run(Database &db, const Input &input);
    // The same at `location`: opens it first when `db` is not open yet. A file created for it
    // is closed and removed again when anything fails, so a failed first start leaves nothing.
    static User runAt(OpenDatabase &db, const QString &location, const QString &password, const Input &input);
};
