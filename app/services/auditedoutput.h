#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

class Database;
class Transaction;

// A file with personal data written for the user (an export, a PDF, a backup, a ZIP). It is
// written under a temporary name beside its target, readable by its owner only, and gets its
// name only after its audit record is committed; when anything fails, or the program is ended
// by a signal, the temporary file is removed. So there is never a file without its record.
class AuditedOutput
{
    Q_DECLARE_TR_FUNCTIONS(AuditedOutput)

public:
    // Throws StorageError when the target's folder does not exist or may not be written.
    explicit AuditedOutput(const QString &target);
    ~AuditedOutput();
    AuditedOutput(const AuditedOutput &) = delete;
    AuditedOutput &operator=(const AuditedOutput &) = delete;

    QString target() const { return m_target; }
    // Where the content goes; does not exist until write() (or a writer of its own, such as
    // SQLite's VACUUM INTO, which wants a path that does not exist yet).
    QString partPath() const { return m_part; }
    // Writes the whole content to the temporary file and waits for the disk.
    void write(const QByteArray &bytes);
    // The same for content written piece by piece (an attachment read from the database);
    // `writer` returns false when it failed.
    void write(const std::function<bool(QIODevice &)> &writer);
    // Commits `tx` (which holds the audit record), then gives the file its name.
    void publish(Transaction &tx);
    // The same with one event record (action, entity, id, detail as in Transaction::logEvent).
    void publish(Database &db, const AccessScope &who, const QString &action, const QString &entity, qint64 id,
                 const QString &detail);

    // What a failed file operation means for the user, from errno: the disk is full, the folder
    // is read-only, … `path` is the file or folder concerned.
    static QString reason(int error, const QString &path);
    // Ends the program's work on SIGINT, SIGTERM or SIGHUP by removing the temporary files of
    // outputs still being written, then ending as the signal would. For the command line.
    static void removeUnfinishedOnSignals();

private:
    void rename();

    QString m_target;
    QString m_part;
    int m_slot = -1;
    bool m_published = false;
};
