#pragma once

#include "../domain/accessscope.h"
#include "../domain/redactor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class Database;

// The answer to an access request (inzageverzoek, AVG art. 15) in one ZIP: the person's dossier
// summary in which everybody else is a role label, the person's own attachments (the letters and
// documents in their dossier, never other people's evidence) and their data as JSON. Writing it
// records the request in the audit log and files the action "inzageverzoek beantwoorden", due
// one month after the request (the setting), once per request.
class AccessRequestExport
{
    Q_DECLARE_TR_FUNCTIONS(AccessRequestExport)

public:
    struct Request
    {
        qint64 personId = 0;
        QDate receivedOn;
        bool answered = false;              // the ZIP is the answer: the action is filed as done
        RedactionOptions redaction;         // forPersonId 0: the defaults for the person
        QString printedBy;                  // for the PDF's footer
    };
    struct Result
    {
        QStringList files;                  // names inside the ZIP
        int attachments = 0;
        qint64 actionId = 0;
        QDate dueOn;
    };

    AccessRequestExport(Database &db, const AccessScope &actor);
    // Throws StorageError: Invalid (dates), NotFound, Denied (a reporter, or a person outside the
    // actor's scope) or Failed (the file); then nothing
    // is recorded and no earlier file at `zipPath` is touched.
    Result write(const Request &request, const QString &zipPath);
    // The person's data as the ZIP's JSON holds it.
    QByteArray json(const Request &request) const;

private:
    RedactionOptions redaction(const Request &request) const;

    Database &m_db;
    AccessScope m_actor;
};
