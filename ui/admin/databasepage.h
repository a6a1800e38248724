#pragma once

#include "services/session.h"

#include <QWidget>

class ConnectionForm;
class QAction;
class QLabel;

// Beheer → Database: which database this PC uses (a file, or a PostgreSQL server shared by the
// board's PCs), whether the disk under a file is encrypted (a warning when not), and moving the
// dossiers of a file onto a server. Administrators only.
class DatabasePage : public QWidget
{
    Q_OBJECT

public:
    DatabasePage(Session &session, QWidget *parent = nullptr);
    ConnectionForm *form() const { return m_form; }
    QAction *useAction() const { return m_use; }
    QAction *copyAction() const { return m_copy; }
    QLabel *encryption() const { return m_encryption; }

private:
    void useConnection();
    void copyToServer();
    void updateActions();

    Session &m_session;
    ConnectionForm *m_form;
    QLabel *m_current;
    QLabel *m_encryption;
    QAction *m_use;
    QAction *m_copy;
};
