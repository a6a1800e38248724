#include "checkcommand.h"

#include "../storage/database.h"
#include "../storage/integritychecker.h"
#include "../domain/storageerror.h"
#include "../services/backupschedule.h"
#include "../services/sealedbackup.h"
#include "commandlogin.h"
#include "commandarguments.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

QString CheckCommand::summary() const
{
    return tr("Checks the database: file integrity, references, the audit trail, attachments, and rows "
              "changed outside the program. --anchor SEQ-HASH (more than once if you like): an audit mark "
              "from a printout or the backup folder that the trail must still run through; --anchor-log FILE: "
              "every mark in the backup folder's auditkenmerken.txt. A sealed backup is opened with the backup passphrase "
              "(DOSSIERKAST_BACKUP_PASSPHRASE, or typed when asked).");
}

int CheckCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    QList<AuditAnchor> anchors;
    while (const std::optional<QString> text = args.takeValue(QStringLiteral("--anchor"))) {
        const std::optional<AuditAnchor> anchor = AuditAnchor::parse(*text);
        if (anchor)
            anchors.append(*anchor);
        else
            args.reject(tr("\"%1\" is not an audit mark; it reads like 1234-0a1b2c3d4e5f (a record number, a dash "
                           "and 12 hex digits), as in the footer of a printout.").arg(*text));
    }
    while (const std::optional<QString> log = args.takeValue(QStringLiteral("--anchor-log"))) {
        if (!QFileInfo(*log).isFile()) {
            args.reject(tr("The file of audit marks %1 does not exist.").arg(QDir::toNativeSeparators(*log)));
            continue;
        }
        const QStringList marks = BackupSchedule::anchorsIn(*log);
        if (marks.isEmpty())
            args.reject(tr("%1 holds no audit marks.").arg(QDir::toNativeSeparators(*log)));
        for (const QString &mark : marks)
            anchors.append(*AuditAnchor::parse(mark));
    }
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    // A sealed backup is checked in a plain copy beside it that goes again afterwards.
    QString location = context.database;
    QTemporaryDir opened;
    if (!Database::isServerLocation(location) && SealedBackup::isSealed(location)) {
        if (!opened.isValid()) {
            context.err << tr("No private folder for the opened backup could be made.") << Qt::endl;
            return 1;
        }
        location = opened.filePath(QStringLiteral("backup.sqlite"));
        SealedBackup::open(context.database, CommandLogin::backupPassphrase(false), location);
        context.out << tr("%1 is a sealed backup; the passphrase opens it.").arg(QDir::toNativeSeparators(context.database))
                    << Qt::endl;
    }
    Database::Options options;
    options.mustExist = true;
    options.migrate = false;
    std::unique_ptr<Database> db = Database::open(location, options);
    context.out << tr("Checking %1 …").arg(location == context.database ? db->location() : QDir::toNativeSeparators(context.database))
                << Qt::endl;
    const IntegrityChecker::Report report = IntegrityChecker(*db).run(anchors);
    for (const QString &note : report.notes)
        context.out << QStringLiteral("  ") << note << Qt::endl;
    if (report.sound()) {
        context.out << tr("The database is sound.") << Qt::endl;
        return 0;
    }
    for (const QString &problem : report.problems)
        context.out << tr("  PROBLEM: %1").arg(problem) << Qt::endl;
    context.out << tr("The database is NOT sound: %n problem(s) found. Restore a backup or contact the "
                      "administrator; do not keep working in this file.", nullptr, int(report.problems.size()))
                << Qt::endl;
    return 1;
}
