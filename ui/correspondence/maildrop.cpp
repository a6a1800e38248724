#include "maildrop.h"

#include "services/correspondenceservice.h"
#include "domain/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace MailDrop {

std::optional<CorrespondenceService::Filing> chooseFiling(QWidget *parent, Session &session, qint64 personId,
                                                          const QString &title)
{
    const QList<CorrespondenceService::Filing> filings =
        CorrespondenceService(*session.database, session.scope).filingsFor(personId);
    if (filings.isEmpty()) {
        QMessageBox::information(parent, title,
                                 QCoreApplication::translate("MailDrop",
                                                             "This person has no dossier to file in: correspondence goes "
                                                             "into the dossier of a pupil or staff member (for a parent: "
                                                             "their child's)."));
        return std::nullopt;
    }
    if (filings.size() == 1)
        return filings.first();
    QStringList names;
    for (const auto &filing : filings)
        names.append(filing.dossier.sortName());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, title,
        QCoreApplication::translate("MailDrop", "A parent's correspondence is filed in a child's dossier. Which child?"),
        names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return filings.at(int(names.indexOf(chosen)));
}

int file(QWidget *parent, Session &session, const QStringList &paths, qint64 personId, qint64 incidentId)
{
    const QString title = QCoreApplication::translate("MailDrop", "File mail");
    const auto filing = chooseFiling(parent, session, personId, title);
    if (!filing)
        return 0;
    CorrespondenceService service(*session.database, session.scope);
    QStringList lines;
    int filed = 0;
    for (const QString &path : paths) {
        try {
            const CorrespondenceService::MailResult result = service.importMail(path, *filing, incidentId);
            ++filed;
            QString line = result.warning.isEmpty()
                               ? QCoreApplication::translate("MailDrop", "%1: filed as \"%2\" with %n file(s).", nullptr,
                                                             result.attachments)
                                     .arg(QFileInfo(path).fileName(), result.item.subject)
                               : result.warning;
            if (result.attachedMails > 0)
                line += QLatin1Char(' ')
                        + QCoreApplication::translate("MailDrop", "%n attached mail(s) filed as item(s) of their own.", nullptr,
                                                      result.attachedMails);
            lines.append(line);
        } catch (const StorageError &error) {
            lines.append(QFileInfo(path).fileName() + QStringLiteral(": ") + error.message());
        }
    }
    const QString text = QCoreApplication::translate("MailDrop", "Filed in the dossier of %1:").arg(filing->dossier.displayName())
                         + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (filed == paths.size())
        QMessageBox::information(parent, title, text);
    else
        QMessageBox::warning(parent, title, text);
    return filed;
}

} // namespace MailDrop
