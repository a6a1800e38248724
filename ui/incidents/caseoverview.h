#pragma once

#include "domain/incident.h"
#include "services/session.h"

#include <QCoreApplication>
#include <QString>

// The first page of a case, what a director reads before anything else: status and what the
// case waits for, the next term, the people and their roles, the measures, the latest note,
// then the facts and the description. Each part links to the tab that holds the whole of it
// ("tab:N" with N the tab's index in CaseView).
class CaseOverview
{
    Q_DECLARE_TR_FUNCTIONS(CaseOverview)

public:
    enum Tab { OverviewTab, PersonsTab, ArticlesTab, LogTab, EvidenceTab, MeasuresTab };

    CaseOverview(Session &session, const Incident &incident);
    QString html() const;

private:
    QString waitingFor() const;
    QString nextTerm() const;
    QString people() const;
    QString measures() const;
    QString latestNote() const;
    QString facts() const;

    Session &m_session;
    const Incident &m_incident;
};
