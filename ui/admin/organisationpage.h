#pragma once

#include "domain/school.h"
#include "services/session.h"

#include <QWidget>

class OrganisationForm;
class QAction;
class QSortFilterProxyModel;
class QTableView;
class SchoolListModel;

// Beheer → Organisation and schools: the board's details and the list of schools (add, edit,
// deactivate; a school is never deleted, its records stay).
class OrganisationPage : public QWidget
{
    Q_OBJECT

public:
    OrganisationPage(Session &session, QWidget *parent = nullptr);
    ~OrganisationPage() override;
    bool hasUnsavedChanges() const { return m_dirty; }
    QTableView *schoolsView() const { return m_view; }
    QAction *addSchoolAction() const { return m_add; }
    QAction *editSchoolAction() const { return m_edit; }
    QAction *toggleSchoolAction() const { return m_toggle; }
    QAction *saveOrganisationAction() const { return m_save; }

private:
    void loadOrganisation();
    void saveOrganisation();
    void addSchool();
    void editSchool();
    void toggleSchool();
    // Through OrganisationService; a refusal is shown and the list reloaded.
    void saveSchool(School &school);
    void updateActions();
    int currentRow() const;

    Session &m_session;
    OrganisationForm *m_form;
    SchoolListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_save;
    QAction *m_revert;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_toggle;
    bool m_dirty = false;
};
