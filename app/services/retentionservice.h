#pragma once

#include "../domain/legalhold.h"

#include "../domain/accessscope.h"
#include "../domain/retentionrules.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// Retention (DESIGN.md §4, §6): which dossiers are past their term, and destroying them for
// good. Destruction removes the persons, everything filed on them, the cases in which nobody
// else stays, their attachments' content, the search index entries and the audit content of
// those rows; it rewrites their names in what stays (cases shared with others, letters about
// them in other dossiers) and keeps a destruction record without personal data. Administrators
// only; a person under a legal hold is never destroyed.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

public:
    struct Preview {
        QStringList people;         // "Jan Jansen (leerling, De Esch)"
        int incidents = 0;          // cases removed whole
        int rows = 0;               // records removed in all
        int attachments = 0;
        int rewritten = 0;          // records that stay with the names replaced
    };
    struct Result {
        int persons = 0;
        int incidents = 0;
        int rows = 0;
        int attachments = 0;
        int contents = 0;           // stored files removed
        int rewritten = 0;
    };

    RetentionService(Database &db, const AccessScope &actor);
    // A legal hold for a person the user sees (new when id is 0): directors, the board and
    // administrators; LegalHold::problem decides what is valid.
    void saveHold(LegalHold &hold, const QDate &today = QDate::currentDate());
    // Past their term on `today`, held ones included (they are listed but cannot be destroyed).
    QList<RetentionCandidate> review(const QDate &today) const;
    // What destroying these persons would do; throws Invalid when one is not past their term or held.
    Preview preview(const QList<qint64> &personIds, const QDate &today) const;
    // Destroys them in one transaction, then clears the freed space of the database.
    Result destroy(const QList<qint64> &personIds, const QDate &today);

private:
    void requireAdministrator() const;
    QList<RetentionCandidate> chosen(const QList<qint64> &personIds, const QDate &today) const;
    QString ground(const RetentionCandidate &candidate) const;

    Database &m_db;
    AccessScope m_actor;
};
