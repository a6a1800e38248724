#pragma once

#include "services/session.h"

#include <QWidget>

class PersonListModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Persons → list: filters (kind, school, group, current or left), search as you type, and the
// actions on the selected person. The list pages in from the database as it scrolls.
class PersonListPage : public QWidget
{
    Q_OBJECT

public:
    explicit PersonListPage(Session &session, QWidget *parent = nullptr);
    ~PersonListPage() override;
    QTableView *view() const { return m_view; }
    PersonListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *schoolCombo() const { return m_school; }
    QComboBox *groupCombo() const { return m_group; }
    QComboBox *statusCombo() const { return m_status; }
    QAction *newAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *openAction() const { return m_open; }
    QAction *leaveAction() const { return m_leave; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    // Applies the search box now instead of after the typing pause.
    void applySearchNow();

signals:
    void openDossierRequested(qint64 personId);

private:
    void createActions();
    void createLayout();
    void fillSchools();
    void fillGroups();
    void applyFilter();
    void updateActions();
    void select(qint64 personId);
    int currentRow() const;
    void addPerson();
    void editPerson();
    void markAsLeft();
    void deletePerson();
    void importPersons();

    Session &m_session;
    PersonListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_school;
    QComboBox *m_group;
    QComboBox *m_status;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_open = nullptr;
    QAction *m_leave = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
};
