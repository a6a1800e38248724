#pragma once

#include "common/area.h"
#include "services/session.h"

#include <memory>

class CaseView;
class IncidentListPage;
class PrivateCopies;
class QTabWidget;

// Meldingen: the incident list and the cases opened from it, each in a tab of its own. Owns
// the private copies of opened evidence, which go when the program ends.
class IncidentsArea : public Area
{
    Q_OBJECT

public:
    explicit IncidentsArea(Session &session, QWidget *parent = nullptr);
    ~IncidentsArea() override;
    // Also before the area is made: the main window lists it and makes it when first shown.
    static QString areaTitle();
    static QIcon areaIcon();
    QString title() const override { return areaTitle(); }
    QIcon icon() const override { return areaIcon(); }
    IncidentListPage *listPage() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    CaseView *openCase(qint64 incidentId);

signals:
    // For the main window: show this person's dossier in Personen.
    void openDossierRequested(qint64 personId);

private:
    void closeTab(int index);

    Session &m_session;
    std::unique_ptr<PrivateCopies> m_copies;
    QTabWidget *m_tabs;
    IncidentListPage *m_list;
};
