#include "summaryprint.h"

#include "common/confirmation.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "reports/casesummary.h"
#include "reports/summarydocument.h"
#include "domain/storageerror.h"
#include "services/auditedoutput.h"
#include "services/audittrail.h"
#include "services/eventlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace SummaryPrint {

namespace {

void record(QWidget *parent, Session &session, const QString &entity, qint64 id, const QString &kind)
{
    try {
        EventLog(*session.database, session.scope).record(QStringLiteral("print"), entity, id, kind);
    } catch (const StorageError &error) {
        ErrorMessage::show(parent, QCoreApplication::translate("SummaryPrint", "Print"), error);
    }
}

// The document with the trail's audit mark of this moment in its footer.
SummaryDocument anchored(Session &session, const SummaryDocument &document)
{
    SummaryDocument copy = document;
    copy.setAuditAnchor(AuditTrail::anchor(*session.database).text());
    return copy;
}

} // namespace

bool preview(QWidget *parent, Session &session, const QString &html, const QString &entity, qint64 id, const QString &kind)
{
    return preview(parent, session,
                   SummaryDocument(html, session.user.displayName, Lookup::now(), CaseSummary(*session.database, session.scope).logo()),
                   entity, id, kind);
}

bool preview(QWidget *parent, Session &session, const SummaryDocument &document, const QString &entity, qint64 id, const QString &kind)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 22), QPageLayout::Millimeter);
    const SummaryDocument printed = anchored(session, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("SummaryPrint", "Print preview"));
    dialog.resize(1000, 660);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&printed](QPrinter *device) { printed.paint(*device); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    record(parent, session, entity, id, kind);
    return true;
}

bool savePdf(QWidget *parent, Session &session, const QString &html, const QString &entity, qint64 id, const QString &kind,
             const QString &suggestedName, const QString &path)
{
    return savePdf(parent, session,
                   SummaryDocument(html, session.user.displayName, Lookup::now(), CaseSummary(*session.database, session.scope).logo()),
                   entity, id, kind, suggestedName, path);
}

bool savePdf(QWidget *parent, Session &session, const SummaryDocument &document, const QString &entity, qint64 id,
             const QString &kind, const QString &suggestedName, const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("SummaryPrint", "Save as PDF"), suggestedName,
                                              QCoreApplication::translate("SummaryPrint", "PDF (*.pdf)"));
    if (target.isEmpty())
        return false;
    // The PDF gets its name only once its print record is in the audit log.
    try {
        AuditedOutput output(target);
        output.write(anchored(session, document).pdf());
        output.publish(*session.database, session.scope, QStringLiteral("print"), entity, id, kind);
    } catch (const StorageError &error) {
        ErrorMessage::show(parent, QCoreApplication::translate("SummaryPrint", "Save as PDF"), error);
        return false;
    }
    Confirmation::show(parent, QCoreApplication::translate("SummaryPrint", "Saved as PDF: %1").arg(QDir::toNativeSeparators(target)),
                       target);
    return true;
}

} // namespace SummaryPrint
