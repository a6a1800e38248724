#pragma once

#include "domain/legalhold.h"
#include "services/session.h"

#include <QList>
#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// Beheer → Bewaartermijnen: the dossiers past their retention term (destroyed after a
// confirmation that names them), the legal holds that keep dossiers longer, and the record of
// what was destroyed. Administrators only.
class RetentionPage : public QWidget
{
    Q_OBJECT

public:
    RetentionPage(Session &session, QWidget *parent = nullptr);
    QTableView *dueView() const { return m_dueView; }
    QTableView *holdsView() const { return m_holdsView; }
    QTableView *recordsView() const { return m_recordsView; }
    QAction *destroyAction() const { return m_destroy; }
    QAction *addHoldAction() const { return m_addHold; }
    QAction *editHoldAction() const { return m_editHold; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<qint64> selectedDue() const;
    void destroySelected();
    void addHold();
    void editHold();
    // Through RetentionService, which checks who may and what is valid; a refusal is shown.
    bool saveHold(LegalHold &hold, const QString &title);
    void updateActions();

    Session &m_session;
    QStandardItemModel *m_due;
    QStandardItemModel *m_holds;
    QStandardItemModel *m_records;
    QSortFilterProxyModel *m_dueProxy;
    QSortFilterProxyModel *m_holdsProxy;
    QSortFilterProxyModel *m_recordsProxy;
    QTableView *m_dueView;
    QTableView *m_holdsView;
    QTableView *m_recordsView;
    QAction *m_refresh;
    QAction *m_destroy;
    QAction *m_addHold;
    QAction *m_editHold;
    QList<LegalHold> m_holdList;    // as shown in the holds table
};
