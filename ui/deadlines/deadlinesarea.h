#pragma once

#include "common/area.h"
#include "services/session.h"

class DeadlineListModel;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

// Termijnen: every open action with a due date, overdue in red and due this week highlighted;
// filters by school, person, kind and responsible user; done or not needed from the list, and
// the case opens with Enter.
class DeadlinesArea : public Area
{
    Q_OBJECT

public:
    explicit DeadlinesArea(Session &session, QWidget *parent = nullptr);
    // Also before the area is made: the main window lists it and makes it when first shown.
    static QString areaTitle();
    static QIcon areaIcon();
    QString title() const override { return areaTitle(); }
    QIcon icon() const override { return areaIcon(); }
    QTableView *view() const { return m_view; }
    DeadlineListModel *model() const { return m_model; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *schoolCombo() const { return m_school; }
    QComboBox *responsibleCombo() const { return m_responsible; }
    QAction *doneAction() const { return m_done; }
    QAction *notNeededAction() const { return m_notNeeded; }
    QLabel *countLabel() const { return m_count; }
    void setPerson(qint64 personId, const QString &name);

signals:
    void openIncidentRequested(qint64 incidentId);

private:
    void applyFilter();
    void updateActions();
    int currentRow() const;

    Session &m_session;
    DeadlineListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_school;
    QComboBox *m_kind;
    QComboBox *m_responsible;
    QToolButton *m_person;
    QLabel *m_count;
    QAction *m_done;
    QAction *m_notNeeded;
    QAction *m_open;
    qint64 m_personId = 0;
};
