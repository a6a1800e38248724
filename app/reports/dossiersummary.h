#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The dossieroverzicht of one person as HTML for SummaryDocument: letterhead, who the person is,
// parents or children, the incidents they are involved in with their role, measures with their
// terms, the chronology of everything filed, correspondence and attachments with SHA-256.
class DossierSummary
{
    Q_DECLARE_TR_FUNCTIONS(DossierSummary)

public:
    DossierSummary(Database &db, const AccessScope &reader);
    // Throws StorageError(NotFound) when the person is not visible to the reader.
    QString html(qint64 personId) const;

private:
    Database &m_db;
    AccessScope m_reader;
};
