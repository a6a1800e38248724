#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class Database;

// Evidence and attachments are opened with the system's viewer from a private copy: a folder
// only this user can enter, files only this user can read. Everything is removed when the
// object goes (the program ends), so no copy of a child's file lingers on the PC.
class PrivateCopies
{
    Q_DECLARE_TR_FUNCTIONS(PrivateCopies)

public:
    PrivateCopies();
    ~PrivateCopies();
    // Writes the verified content of `sha256` under `fileName` and returns its path; throws
    // StorageError when the content is damaged or cannot be written.
    QString write(Database &db, const QByteArray &sha256, const QString &fileName);
    QString folder() const;
    // Removes the private folders that an earlier run left behind when it crashed (its process
    // is gone); returns how many. Called when the window starts.
    static int removeLeftovers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};
