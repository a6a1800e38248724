#pragma once

#include "services/session.h"

#include <QWidget>

class AuditLogModel;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

// Beheer → Audittrail: every change, login, failed login, dossier view, print, export and
// refused access, filtered by user, kind of record, action and period, with a row's content
// before and after a change shown field by field. Administrators only (the log holds the
// content of confidential cases too).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Session &session, QWidget *parent = nullptr);
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *details() const { return m_details; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *entityFilter() const { return m_entity; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QAction *verifyAction() const { return m_verify; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();
    void applyFilter();
    void showRecord();
    void verifyTrail();
    void updateCount(int total);

    Session &m_session;
    AuditLogModel *m_model;
    QTableView *m_view;
    QComboBox *m_user;
    QComboBox *m_action;
    QComboBox *m_entity;
    QLineEdit *m_number;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_heading;
    QTableWidget *m_details;
    QAction *m_refresh;
    QAction *m_verify;
};
