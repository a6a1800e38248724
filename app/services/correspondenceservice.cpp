#include "correspondenceservice.h"

#include "../domain/displaytext.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/personrepository.h"
#include "../storage/schemacatalog.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "auditedoutput.h"
#include "inputfile.h"
#include "permissions.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace {

// Text cut to what its column holds, marked as cut.
QString fitted(const QString &text, const QString &column)
{
    const int limit = SchemaCatalog::maxLength(QStringLiteral("correspondence"), column);
    return limit > 0 && text.size() > limit ? text.left(limit - 1) + QChar(0x2026) : text;
}

} // namespace

CorrespondenceService::CorrespondenceService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

QList<CorrespondenceService::Filing> CorrespondenceService::filingsFor(qint64 personId) const
{
    PersonRepository persons(m_db);
    const auto person = persons.get(m_actor, personId);
    if (!person)
        return {};
    if (person->kind == PersonKind::Leerling || person->kind == PersonKind::Medewerker)
        return { { *person, 0 } };
    QList<Filing> result;
    if (person->kind == PersonKind::Ouder)
        for (const Guardianship &link : GuardianshipRepository(m_db).ofParent(personId))
            if (const auto child = persons.get(m_actor, link.pupilId))
                result.append({ *child, personId });
    return result;
}

void CorrespondenceService::check(const Correspondence &item) const
{
    Permissions::require(m_db, m_actor, Permission::EditCase, QStringLiteral("correspondence"), item.id);
    if (item.subject.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Give the item a subject."));
    if (!item.sentOn.isValid())
        throw StorageError(StorageError::Kind::Invalid, tr("Enter the date of the item."));
    if (item.sentOn > QDate::currentDate())
        throw StorageError(StorageError::Kind::Invalid, tr("The date of the item lies in the future."));
    if (item.channel != Channel::Aangetekend && !item.registeredNumber.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Only a registered letter has a registered-mail number."));
    PersonRepository(m_db).require(m_actor, item.personId);
}

void CorrespondenceService::file(Correspondence &item, const QStringList &paths)
{
    check(item);
    Correspondence filed = item;
    filed.subject = filed.subject.trimmed();
    filed.createdByUserId = m_actor.userId();
    Transaction tx(m_db, m_actor);
    CorrespondenceRepository(m_db).insert(tx, filed);
    attachFiles(tx, filed.id, paths);
    tx.commit();
    item = filed;
}

void CorrespondenceService::save(Correspondence &item, const QStringList &addPaths, const QList<AttachmentInfo> &remove)
{
    check(item);
    Correspondence saved = item;
    AttachmentStore store(m_db);
    Transaction tx(m_db, m_actor);
    CorrespondenceRepository(m_db).update(tx, saved);
    attachFiles(tx, saved.id, addPaths);
    for (const AttachmentInfo &attachment : remove)
        if (attachment.correspondenceId == saved.id)
            store.remove(tx, attachment.id);
    tx.commit();
    item = saved;
}

AttachmentInfo CorrespondenceService::attach(qint64 correspondenceId, const QString &path)
{
    Permissions::require(m_db, m_actor, Permission::EditCase, QStringLiteral("correspondence"), correspondenceId);
    CorrespondenceRepository(m_db).require(m_actor, correspondenceId);
    Transaction tx(m_db, m_actor);
    const AttachmentInfo info = attachFiles(tx, correspondenceId, { path }).first();
    tx.commit();
    return info;
}

QList<AttachmentInfo> CorrespondenceService::attachFiles(Transaction &tx, qint64 correspondenceId, const QStringList &paths)
{
    AttachmentStore store(m_db);
    QList<AttachmentInfo> attached;
    for (const QString &path : paths) {
        AttachmentInfo info;
        info.correspondenceId = correspondenceId;
        store.attachFile(tx, info, path);
        attached.append(info);
    }
    return attached;
}

void CorrespondenceService::removeAttachment(const AttachmentInfo &attachment)
{
    Permissions::require(m_db, m_actor, Permission::EditCase, QStringLiteral("attachments"), attachment.id);
    CorrespondenceRepository(m_db).require(m_actor, attachment.correspondenceId);
    Transaction tx(m_db, m_actor);
    AttachmentStore(m_db).remove(tx, attachment.id);
    tx.commit();
}

void CorrespondenceService::saveAttachmentAs(const AttachmentInfo &attachment, const QString &target)
{
    Permissions::require(m_db, m_actor, Permission::PrintAndExport, QStringLiteral("attachments"), attachment.id);
    if (attachment.correspondenceId != 0)
        CorrespondenceRepository(m_db).require(m_actor, attachment.correspondenceId);
    AuditedOutput output(target);
    const AttachmentStore store(m_db);
    output.write([&](QIODevice &device) {
        store.readTo(attachment.sha256, device);
        return true;
    });
    output.publish(m_db, m_actor, QStringLiteral("export"), QStringLiteral("attachments"), attachment.id,
                   QStringLiteral("saved to disk"));
}

CorrespondenceService::MailResult CorrespondenceService::importMail(const QString &path, const Filing &filing, qint64 incidentId)
{
    const qint64 limit = AttachmentStore(m_db).maxBytes();
    if (QFileInfo(path).isFile() && QFileInfo(path).size() > limit)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is larger than attachments may be (Beheer → Instellingen).").arg(QFileInfo(path).fileName()));
    const QByteArray bytes = InputFile::read(path, limit);
    MailFile file;
    file.name = QFileInfo(path).fileName();
    file.bytes = bytes;
    file.modified = QFileInfo(path).lastModified().date();
    const bool outlook = MailParser::isOutlookMessage(bytes) || file.name.endsWith(QStringLiteral(".msg"), Qt::CaseInsensitive);
    const bool isMail = outlook || file.name.endsWith(QStringLiteral(".eml"), Qt::CaseInsensitive);
    file.mimeType = outlook ? QStringLiteral("application/vnd.ms-outlook")
                  : isMail  ? QStringLiteral("message/rfc822")
                            : QMimeDatabase().mimeTypeForFileNameAndData(file.name, bytes).name();
    const MailParser::Mail mail = isMail ? MailParser::parseFile(bytes) : MailParser::Mail();
    MailResult result;
    result.parsed = mail.parsed;
    Correspondence item = mailItem(mail, file, filing, incidentId, &result.warning);
    Transaction tx(m_db, m_actor);
    fileMailItem(tx, item, mail, file, result);
    tx.commit();
    result.item = item;
    return result;
}

Correspondence CorrespondenceService::mailItem(const MailParser::Mail &mail, const MailFile &file, const Filing &filing,
                                               qint64 incidentId, QString *warning) const
{
    Correspondence item;
    item.personId = filing.dossier.id;
    item.aboutPersonId = filing.aboutPersonId;
    item.incidentId = incidentId;
    item.direction = Direction::In;
    item.channel = Channel::Email;
    if (mail.parsed) {
        const QDate date = mail.date.isValid() ? mail.date.toLocalTime().date() : file.modified;
        item.sentOn = std::min(date.isValid() ? date : QDate::currentDate(), QDate::currentDate());
        item.correspondent = DisplayText::oneLine(mail.from);
        const QString subject = DisplayText::oneLine(mail.subject);
        item.subject = subject.isEmpty() ? tr("(no subject)") : subject;
        item.summary = mail.to.isEmpty() ? mail.text : tr("To: %1").arg(mail.to) + QStringLiteral("\n\n") + mail.text;
    } else {
        item.sentOn = std::min(file.modified.isValid() ? file.modified : QDate::currentDate(), QDate::currentDate());
        item.subject = file.name;
        if (mail.problem.isEmpty()) {       // not a mail file at all: kept as it is
            item.summary = tr("Mail file %1, kept as it is.").arg(file.name);
        } else {
            *warning = tr("%1 could not be read as an e-mail (%2); it is filed as a file.").arg(file.name, mail.problem);
            item.summary = *warning;
        }
    }
    // Damaged attachments are not stored as if they were the file: the original mail holds them.
    QStringList notes;
    for (const MailParser::Part &part : mail.attachments)
        if (!part.damage.isEmpty())
            notes.append(tr("The attachment \"%1\" of the mail \"%2\" is damaged (%3); it was not stored "
                            "separately. The original mail, with the attachment as it arrived, is kept.")
                             .arg(DisplayText::escaped(part.fileName, 120), DisplayText::escaped(item.subject, 120), part.damage));
    notes.append(mail.notes);
    if (!notes.isEmpty()) {
        *warning = (QStringList{ *warning } + notes).join(QLatin1Char('\n')).trimmed();
        item.summary = (QStringList{ item.summary } + notes).join(QStringLiteral("\n\n")).trimmed();
    }
    return item;
}

void CorrespondenceService::fileMailItem(Transaction &tx, Correspondence &item, const MailParser::Mail &mail,
                                         const MailFile &file, MailResult &result)
{
    // An attached mail is filed as an item of its own, in the same dossier and case.
    QList<std::pair<const MailParser::Part *, Correspondence>> attached;
    QString warning;
    for (const MailParser::Part &part : mail.attachments) {
        if (!part.message || !part.damage.isEmpty())
            continue;
        MailFile inner{ part.fileName, part.mimeType, part.data, item.sentOn };
        Filing filing{ Person(), item.aboutPersonId };
        filing.dossier.id = item.personId;
        Correspondence child = mailItem(*part.message, inner, filing, item.incidentId, &warning);
        child.summary = tr("Attached to the mail \"%1\" of %2.").arg(item.subject, item.sentOn.toString(QStringLiteral("dd-MM-yyyy")))
                        + QStringLiteral("\n\n") + child.summary;
        item.summary += QStringLiteral("\n\n") + tr("The attached mail \"%1\" is filed as an item of its own.").arg(child.subject);
        attached.append({ &part, child });
    }
    if (!warning.isEmpty())
        result.warning = (QStringList{ result.warning, warning }).join(QLatin1Char('\n')).trimmed();
    // What a mail holds may be longer than the register keeps; the original mail has it all.
    item.subject = fitted(item.subject, QStringLiteral("subject"));
    item.correspondent = fitted(item.correspondent, QStringLiteral("correspondent"));
    item.summary = fitted(item.summary.trimmed(), QStringLiteral("summary"));
    check(item);
    item.createdByUserId = m_actor.userId();
    AttachmentStore store(m_db);
    CorrespondenceRepository(m_db).insert(tx, item);
    if (!file.bytes.isEmpty()) {
        AttachmentInfo original;
        original.correspondenceId = item.id;
        original.fileName = file.name;
        original.mimeType = file.mimeType;
        original.description = tr("The original mail");
        store.attachBytes(tx, original, file.bytes);
        ++result.attachments;
    }
    for (const MailParser::Part &part : mail.attachments) {
        if (!part.damage.isEmpty() || part.message)
            continue;
        AttachmentInfo info;
        info.correspondenceId = item.id;
        info.fileName = part.fileName;
        info.mimeType = part.mimeType;
        store.attachBytes(tx, info, part.data);
        ++result.attachments;
    }
    for (auto &[part, child] : attached) {
        MailFile inner{ part->fileName, part->mimeType, part->data, item.sentOn };
        fileMailItem(tx, child, *part->message, inner, result);
        ++result.attachedMails;
    }
}
