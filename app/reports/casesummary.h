#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class Database;

// The casusoverzicht of one incident as HTML for SummaryDocument: letterhead, reference and
// status, involved persons with roles, the broken articles as worded in the incident's protocol
// version, description, chronology, measures per person with their terms, open and done actions,
// correspondence, and every attachment with its SHA-256.
class CaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(CaseSummary)

public:
    CaseSummary(Database &db, const AccessScope &reader);
    // Throws StorageError(NotFound) when the incident is not visible to the reader.
    QString html(qint64 incidentId) const;
    // The organisation's letterhead logo, if any.
    QImage logo() const;
    // Shared by the summaries: the organisation and school block at the top.
    static QString letterhead(Database &db, const AccessScope &reader, qint64 schoolId, bool withLogo);

private:
    Database &m_db;
    AccessScope m_reader;
};
