#include "databasecopier.h"

#include "../domain/accessscope.h"
#include "database.h"
#include "integritychecker.h"
#include "rowstore.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"
#include "largewrite.h"

#include <QSqlError>
#include <QSqlRecord>

namespace {

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QString orderOf(const QString &table)
{
    if (table == QLatin1String("audit_log"))
        return QStringLiteral("seq");
    if (table == QLatin1String("attachment_chunks"))
        return QStringLiteral("content_id, chunk_no");
    return QStringLiteral("id");
}

} // namespace

const QStringList &DatabaseCopier::copyOrder()
{
    static const QStringList order{
        "attachment_content", "attachment_chunks", "organisation", "schools", "school_holidays", "users",
        "user_schools", "persons", "guardianships", "protocol_versions", "protocol_articles", "measure_types",
        "incidents", "incident_harms", "incident_articles", "incident_links", "involvements", "incident_notes",
        "measures", "objections", "actions", "correspondence", "attachments", "legal_holds", "settings",
        "letter_templates", "destruction_records", "audit_log" };
    return order;
}

namespace {

// A value as the target stores it: SQLite keeps moments and dates as text in our one format,
// so a server's timestamps and dates are written that way (PostgreSQL takes either).
QVariant portable(const QVariant &value, const Database &target)
{
    if (value.isNull() || target.dialect() != Database::Dialect::Sqlite)
        return value;
    if (value.metaType().id() == QMetaType::QDateTime)
        return SqlValues::moment(value.toDateTime());
    if (value.metaType().id() == QMetaType::QDate)
        return SqlValues::date(value.toDate());
    return value;
}

} // namespace

QStringList DatabaseCopier::copy(Database &source, Database &target, const AccessScope &actor, const Progress &progress)
{
    for (const QString &table : copyOrder())
        if (countRows(target, table) != 0)
            throw StorageError(StorageError::Kind::Refused,
                               tr("The target database %1 is not empty; a copy goes only into a new, empty "
                                  "database. Nothing was changed.").arg(target.location()));
    QStringList report;
    const LargeWrite large(target);
    Transaction tx(target, actor);
    for (const QString &table : copyOrder()) {
        QSqlQuery read = source.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderOf(table)));
        SqlValues::exec(read);
        const QSqlRecord columns = read.record();
        QStringList names;
        QStringList marks;
        for (int i = 0; i < columns.count(); ++i) {
            names.append(columns.fieldName(i));
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery write = target.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                             .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.addBindValue(portable(read.value(i), target));
            if (!write.exec())
                throw StorageError(StorageError::Kind::Failed,
                                   tr("Copying %1 failed at row %2; nothing was copied.").arg(table).arg(rows + 1),
                                   write.lastError().text());
            write.finish();
            ++rows;
            if (progress && rows % 1000 == 0)
                progress(table, rows);
        }
        report.append(QStringLiteral("%1: %2").arg(table).arg(rows));
    }
    RowStore(target).continueIdsAfterExisting();
    SearchIndex(target).rebuild();
    tx.logEvent(QStringLiteral("migrate"), QStringLiteral("database"), 0,
                QStringLiteral("copied from %1").arg(source.location()));

    // Proof before commit: the same number of rows everywhere, and a sound database.
    for (const QString &table : copyOrder()) {
        const qint64 expected = countRows(source, table) + (table == QLatin1String("audit_log") ? 1 : 0);
        if (countRows(target, table) != expected)
            throw StorageError(StorageError::Kind::Failed,
                               tr("After copying, %1 holds %2 rows instead of %3; nothing was copied.")
                                   .arg(table).arg(countRows(target, table)).arg(expected));
    }
    const IntegrityChecker::Report check = IntegrityChecker(target).run();
    if (!check.sound())
        throw StorageError(StorageError::Kind::Failed, tr("The copy did not pass the check; nothing was copied."),
                           check.problems.mid(0, 5).join(QStringLiteral("; ")));
    tx.commit();
    return report;
}
