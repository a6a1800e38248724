#pragma once

#include "services/session.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class UserListModel;

// Beheer → Users: list, add, edit (role, schools), deactivate and reset passwords.
// Someone who is not an administrator sees only their own account.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Session &session, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // On a server: which users cannot log in there yet (hidden when none).
    QLabel *serverLoginNotice() const { return m_serverLogins; }
    QAction *newUserAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *resetAction() const { return m_reset; }

private:
    void addUser();
    void editUser();
    void toggleUser();
    void resetPassword();
    // Through UserService, which checks the rules; a refusal is shown. True when saved.
    bool saveUser(User &user);
    void updateActions();
    void updateServerLogins();
    int currentRow() const;

    Session &m_session;
    UserListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_serverLogins;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_toggle;
    QAction *m_reset;
};
