#pragma once

#include "../domain/accessscope.h"
#include "../domain/action.h"
#include "../domain/correspondence.h"
#include "../domain/incident.h"
#include "../domain/measure.h"
#include "../domain/person.h"
#include "../domain/redactor.h"

#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QString>
#include <optional>

class Database;
class SummaryHtml;

// The casusoverzicht of one incident as HTML for SummaryDocument: letterhead, reference and
// status, involved persons with roles, the broken articles as worded in the incident's protocol
// version, description, chronology, measures per person with their terms, open and done actions,
// correspondence, and every attachment with its SHA-256. With redaction options it is the copy
// made for one person: everybody else is a role label, and other people's measures, actions and
// correspondence are left out (one line says how many).
class CaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(CaseSummary)

public:
    CaseSummary(Database &db, const AccessScope &reader, const std::optional<RedactionOptions> &redaction = std::nullopt);
    // Throws StorageError(NotFound) when the incident is not visible to the reader. `ambiguous`
    // receives the words left unredacted because a named person shares them.
    QString html(qint64 incidentId, QStringList *ambiguous = nullptr) const;
    // Everybody the summary may mention: to choose who stays named.
    QList<Person> people(qint64 incidentId) const;
    // The organisation's letterhead logo, if any.
    QImage logo() const;
    // Shared by the summaries: the organisation and school block at the top.
    static QString letterhead(Database &db, const AccessScope &reader, qint64 schoolId, bool withLogo, const SummaryHtml &out);

private:
    // Leaves in the lists only what concerns the person the copy is for; the line that says
    // what was left out, empty when nothing was.
    QString keepOwn(QList<Measure> &measures, QList<Action> &actions, QList<Correspondence> &letters) const;
    static QSet<qint64> peopleIds(const Incident &incident, const QList<Measure> &measures, const QList<Correspondence> &letters);

    Database &m_db;
    AccessScope m_reader;
    std::optional<RedactionOptions> m_redaction;
};
