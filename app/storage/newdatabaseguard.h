#pragma once

#include <QString>

// Removes a database file that a failed command created, so a failure leaves nothing behind.
// A file that existed before is never touched.
class NewDatabaseGuard
{
public:
    explicit NewDatabaseGuard(const QString &path);
    ~NewDatabaseGuard();
    NewDatabaseGuard(const NewDatabaseGuard &) = delete;
    NewDatabaseGuard &operator=(const NewDatabaseGuard &) = delete;

    void keep() { m_keep = true; }
    // True when the file did not exist before: it will be removed unless keep() is called.
    bool isNew() const { return !m_existed; }

private:
    QString m_path;
    bool m_existed;
    bool m_keep = false;
};
