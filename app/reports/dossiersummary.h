#pragma once

#include "../domain/accessscope.h"
#include "../domain/person.h"
#include "../services/dossierreader.h"
#include "../domain/redactor.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <optional>

class Database;

// The dossieroverzicht of one person as HTML for SummaryDocument: letterhead, who the person is,
// parents or children, the incidents they are involved in with their role, measures with their
// terms, the chronology of everything filed, correspondence and attachments with SHA-256. With
// redaction options, everybody not kept is a role label (an access request, a copy for parents).
class DossierSummary
{
    Q_DECLARE_TR_FUNCTIONS(DossierSummary)

public:
    DossierSummary(Database &db, const AccessScope &reader, const std::optional<RedactionOptions> &redaction = std::nullopt);
    // Throws StorageError(NotFound) when the person is not visible to the reader.
    QString html(qint64 personId, QStringList *ambiguous = nullptr) const;
    // Everybody the summary may mention: to choose who stays named.
    QList<Person> people(qint64 personId) const;

private:
    QSet<qint64> peopleIds(const DossierReader::Dossier &dossier) const;

    Database &m_db;
    AccessScope m_reader;
    std::optional<RedactionOptions> m_redaction;
};
