#pragma once

#include "services/session.h"

#include <QWidget>

class IncidentListModel;
class QAction;
class QComboBox;
class QLineEdit;
class QStatusBar;
class QTableView;
class QTimer;
class QToolButton;

// Meldingen → list: filters (status, school, period, platform, article, person, severity),
// search over titles, descriptions, notes and names, sorting in the database, a column
// chooser (right-click the header), counts in the status bar; Enter opens the case.
class IncidentListPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentListPage(Session &session, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    IncidentListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *schoolCombo() const { return m_school; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *platformCombo() const { return m_platform; }
    QComboBox *articleCombo() const { return m_article; }
    QComboBox *severityCombo() const { return m_severity; }
    QToolButton *personButton() const { return m_person; }
    QStatusBar *statusBar() const { return m_statusBar; }
    QAction *newAction() const { return m_add; }
    QAction *openAction() const { return m_open; }
    void applySearchNow();
    // Narrows the list to one person's incidents (0: everyone).
    void setPerson(qint64 personId, const QString &name);

signals:
    void openIncidentRequested(qint64 incidentId);

private:
    void createFilters();
    void applyFilter();
    void addIncident();
    void choosePerson();
    void showColumnMenu(const QPoint &at);
    void updateCounts();

    Session &m_session;
    IncidentListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_school;
    QComboBox *m_period;
    QComboBox *m_platform;
    QComboBox *m_article;
    QComboBox *m_severity;
    QToolButton *m_person;
    QStatusBar *m_statusBar;
    QTimer *m_searchDelay;
    QAction *m_add;
    QAction *m_open;
    qint64 m_personId = 0;
};
