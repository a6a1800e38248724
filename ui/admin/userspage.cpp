#include "userspage.h"

#include "services/lookup.h"
#include "common/icons.h"
#include "common/errormessage.h"
#include "common/listview.h"
#include "models/userlistmodel.h"
#include "services/authenticator.h"
#include "services/userservice.h"
#include "start/passworddialog.h"
#include "domain/storageerror.h"
#include "userdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

UsersPage::UsersPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_model(new UserListModel(*session.database, session.scope, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_serverLogins(new QLabel(this))
{
    m_add = new QAction(Icons::add(), tr("&New user…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit = new QAction(Icons::edit(), tr("&Edit user…"), this);
    m_toggle = new QAction(tr("&Deactivate user"), this);
    m_reset = new QAction(Icons::password(), tr("&Reset password…"), this);
    for (QAction *action : { m_add, m_edit, m_toggle, m_reset })
        addAction(action);
    connect(m_add, &QAction::triggered, this, &UsersPage::addUser);
    connect(m_edit, &QAction::triggered, this, &UsersPage::editUser);
    connect(m_toggle, &QAction::triggered, this, &UsersPage::toggleUser);
    connect(m_reset, &QAction::triggered, this, &UsersPage::resetPassword);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_add);
    bar->addAction(m_edit);
    bar->addAction(m_toggle);
    bar->addAction(m_reset);
    bar->setVisible(session.isAdministrator());

    m_filter->setPlaceholderText(tr("Filter on name, login name, role or school…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    ListView::setUp(m_view, m_proxy, QStringLiteral("users"), UserListModel::DisplayName);
    m_view->horizontalHeader()->setSectionResizeMode(UserListModel::Schools, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_session.isAdministrator())
            editUser();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateServerLogins);
    m_serverLogins->setWordWrap(true);
    m_serverLogins->setStyleSheet(QStringLiteral("color: #8a4b00;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_serverLogins);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    updateActions();
    updateServerLogins();
}

void UsersPage::updateServerLogins()
{
    const QStringList missing = m_session.isAdministrator()
                                    ? UserService(*m_session.database, m_session.scope).withoutServerLogin()
                                    : QStringList();
    m_serverLogins->setText(tr("These users cannot log in on the database server yet: %1. Give each a temporary "
                               "password with Reset password; they choose their own at the next login.")
                                .arg(missing.join(QStringLiteral(", "))));
    m_serverLogins->setVisible(!missing.isEmpty());
}

int UsersPage::currentRow() const
{
    return ListView::currentSourceRow(m_view, m_proxy);
}

void UsersPage::updateActions()
{
    const bool admin = m_session.isAdministrator();
    const int row = currentRow();
    const bool self = row >= 0 && m_model->user(row).id == m_session.user.id;
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && row >= 0);
    m_toggle->setEnabled(admin && row >= 0 && !self);     // nobody locks themselves out
    m_reset->setEnabled(admin && row >= 0 && !self);
    m_toggle->setText(row >= 0 && !m_model->user(row).active ? tr("&Activate user") : tr("&Deactivate user"));
}

void UsersPage::addUser()
{
    User fresh;
    fresh.role = UserRole::Directeur;
    UserDialog dialog(fresh, Lookup(m_session).schools(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    User user = dialog.user();
    try {
        UserService(*m_session.database, m_session.scope).create(user, dialog.password());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("New user"), error);
    }
}

void UsersPage::editUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const User current = m_model->user(row);
    UserDialog dialog(current, Lookup(m_session).schools(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    User user = dialog.user();
    if (!saveUser(user))
        m_model->reload();
}

void UsersPage::toggleUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    User user = m_model->user(row);
    if (user.active
        && QMessageBox::question(this, tr("Deactivate user"),
                                 tr("Deactivate %1? They can no longer log in; what they recorded stays.")
                                     .arg(user.displayName))
               != QMessageBox::Yes)
        return;
    user.active = !user.active;
    if (!saveUser(user))
        m_model->reload();
}

bool UsersPage::saveUser(User &user)
{
    try {
        UserService(*m_session.database, m_session.scope).save(user);
        return true;
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("User"), error);
        return false;
    }
}

void UsersPage::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const User user = m_model->user(row);
    PasswordDialog dialog(PasswordDialog::Mode::Reset, user.login,
                          [this, &user](const QString &, const QString &temporary) {
                              try {
                                  Authenticator(*m_session.database).resetPassword(m_session.scope, user.id, temporary);
                              } catch (const StorageError &error) {
                                  return error.message();
                              }
                              return QString();
                          },
                          this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("Reset password"),
                                 tr("The password of %1 was reset. Give them the temporary password in person; they "
                                    "choose a new one at their next login.").arg(user.displayName));
}
