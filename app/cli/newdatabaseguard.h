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

private:
    QString m_path;
    bool m_existed;
    bool m_keep = false;
};
