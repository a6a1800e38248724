#pragma once

#include "../domain/accessscope.h"
#include "../domain/attachmentinfo.h"
#include "../domain/correspondence.h"
#include "../domain/person.h"
#include "mailparser.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
class Transaction;

// The correspondence register. An item is filed in the dossier of a pupil or staff member;
// correspondence with or about a parent goes into the child's leerlingendossier (the protocol
// says so). Mail files (.eml, Outlook .msg) become incoming items with their parts, an attached
// mail an item of its own beside it; a mail that cannot be read is filed as a file, with a
// warning. Every write is one transaction.
class CorrespondenceService
{
    Q_DECLARE_TR_FUNCTIONS(CorrespondenceService)

public:
    // Where correspondence with `person` is filed: the person's own dossier, or one per child
    // for a parent. Empty for someone without a dossier (an `overig` person, a parent without
    // linked children).
    struct Filing {
        Person dossier;             // the pupil or staff member whose dossier holds it
        qint64 aboutPersonId = 0;   // the parent it concerns, 0 otherwise
    };
    struct MailResult {
        Correspondence item;
        bool parsed = false;
        QString warning;            // why the mail was filed as a file only
        int attachments = 0;        // parts stored, the original mail included
        int attachedMails = 0;      // attached mails filed as items of their own
    };

    CorrespondenceService(Database &db, const AccessScope &actor);
    QList<Filing> filingsFor(qint64 personId) const;
    // Checks and files the item with the files at `paths` attached.
    void file(Correspondence &item, const QStringList &paths = {});
    // Saves an edit with attachments added and removed, all in one transaction.
    void save(Correspondence &item, const QStringList &addPaths = {}, const QList<AttachmentInfo> &remove = {});
    AttachmentInfo attach(qint64 correspondenceId, const QString &path);
    void removeAttachment(const AttachmentInfo &attachment);
    // An attachment the user sees, saved outside the program at `target` (owner-readable, named
    // only after its export record).
    void saveAttachmentAs(const AttachmentInfo &attachment, const QString &target);
    // Files a mail (.eml or .msg; any other file is kept as it is).
    MailResult importMail(const QString &path, const Filing &filing, qint64 incidentId);

private:
    struct MailFile {
        QString name;
        QString mimeType;
        QByteArray bytes;           // the original, kept with the item (empty: nothing to keep)
        QDate modified;             // the date when the mail states none
    };
    Correspondence mailItem(const MailParser::Mail &mail, const MailFile &file, const Filing &filing, qint64 incidentId,
                            QString *warning) const;
    // Files the item with its original and parts, and each attached mail beside it.
    void fileMailItem(Transaction &tx, Correspondence &item, const MailParser::Mail &mail, const MailFile &file,
                      MailResult &result);
    void check(const Correspondence &item) const;
    // Files each path as an attachment of the item, inside the caller's transaction.
    QList<AttachmentInfo> attachFiles(Transaction &tx, qint64 correspondenceId, const QStringList &paths);
    Database &m_db;
    AccessScope m_actor;
};
