#pragma once

#include "services/session.h"

#include <QString>

class QWidget;
class SummaryDocument;

// Printing a summary from the window: a print preview with page set-up and the printer, or a
// PDF file. What is printed is recorded in the audit log (who, what, when).
namespace SummaryPrint {

// `entity`/`id` name what was printed (incidents or persons); `kind` is "case summary" or
// "dossier summary". Returns true when it was printed.
bool preview(QWidget *parent, Session &session, const QString &html, const QString &entity, qint64 id, const QString &kind);
bool savePdf(QWidget *parent, Session &session, const QString &html, const QString &entity, qint64 id, const QString &kind,
             const QString &suggestedName, const QString &path = QString());
// The same for a document made elsewhere (one with charts).
bool preview(QWidget *parent, Session &session, const SummaryDocument &document, const QString &entity, qint64 id, const QString &kind);
bool savePdf(QWidget *parent, Session &session, const SummaryDocument &document, const QString &entity, qint64 id,
             const QString &kind, const QString &suggestedName, const QString &path = QString());

} // namespace SummaryPrint
