#pragma once

#include <QByteArray>
#include <QString>
#include <exception>

// Every failure of a write or read, with a translated message fit for the user (it lives in
// domain so that widgets can show it without knowing storage). Storage and services throw it;
// the command line and the views catch it at their boundary and show message().
class StorageError : public std::exception
{
public:
    enum class Kind {
        Failed,     // the database could not do what was asked (I/O, SQL, driver)
        Refused,    // the file or database is not one we may open or change
        NotFound,   // a row asked for by id does not exist
        Denied,     // the row exists, but the asking user may not see it (logged)
        Stale,      // optimistic locking: someone else saved the row first
        Invalid     // the data offered breaks a rule of the schema or domain
    };

    StorageError(Kind kind, const QString &message, const QString &detail = QString());

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // Technical detail (driver text), for logs and `check`; may be empty.
    QString detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};
