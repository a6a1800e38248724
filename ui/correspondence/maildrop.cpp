#include "maildrop.h"

#include "services/correspondenceservice.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace MailDrop {

int file(QWidget *parent, Session &session, const QStringList &paths, qint64 personId, qint64 incidentId)
{
    const QString title = QCoreApplication::translate("MailDrop", "File mail");
    CorrespondenceService service(*session.database, session.scope);
    const QList<CorrespondenceService::Filing> filings = service.filingsFor(personId);
    if (filings.isEmpty()) {
        QMessageBox::information(parent, title,
                                 QCoreApplication::translate("MailDrop", "This person has no dossier to file mail in."));
        return 0;
    }
    int index = 0;
    if (filings.size() > 1) {
        QStringList names;
        for (const auto &filing : filings)
            names.append(filing.dossier.sortName());
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            parent, title, QCoreApplication::translate("MailDrop", "A parent's mail is filed in a child's dossier. Which child?"),
            names, 0, false, &ok);
        if (!ok)
            return 0;
        index = int(names.indexOf(chosen));
    }
    QStringList lines;
    int filed = 0;
    for (const QString &path : paths) {
        try {
            const CorrespondenceService::MailResult result = service.importMail(path, filings.at(index), incidentId);
            ++filed;
            lines.append(result.warning.isEmpty()
                             ? QCoreApplication::translate("MailDrop", "%1: filed as \"%2\" with %n file(s).", nullptr,
                                                           result.attachments)
                                   .arg(QFileInfo(path).fileName(), result.item.subject)
                             : result.warning);
        } catch (const StorageError &error) {
            lines.append(QFileInfo(path).fileName() + QStringLiteral(": ") + error.message());
        }
    }
    const QString text = QCoreApplication::translate("MailDrop", "Filed in the dossier of %1:").arg(filings.at(index).dossier.displayName())
                         + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (filed == paths.size())
        QMessageBox::information(parent, title, text);
    else
        QMessageBox::warning(parent, title, text);
    return filed;
}

} // namespace MailDrop
