#include "databasepage.h"

#include "common/connectionform.h"
#include "common/errormessage.h"
#include "services/connectionsettings.h"
#include "services/databaseconnection.h"
#include "services/diskencryption.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QToolBar>
#include <QVBoxLayout>

DatabasePage::DatabasePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_form(new ConnectionForm(this)), m_current(new QLabel(this)),
      m_encryption(new QLabel(this))
{
    const bool admin = session.isAdministrator();
    m_use = new QAction(tr("&Use this database from the next start"), this);
    m_copy = new QAction(tr("&Copy these dossiers to the server…"), this);
    addAction(m_use);
    addAction(m_copy);
    connect(m_use, &QAction::triggered, this, &DatabasePage::useConnection);
    connect(m_copy, &QAction::triggered, this, &DatabasePage::copyToServer);
    connect(m_form, &ConnectionForm::edited, this, &DatabasePage::updateActions);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_use);
    bar->addAction(m_copy);
    bar->setVisible(admin);

    m_current->setWordWrap(true);
    m_current->setText(!session.isServer()
                           ? tr("This PC now works in the database file %1.").arg(session.location())
                           : tr("This PC now works on the PostgreSQL server %1; changes made on other PCs appear "
                                "here within a second.").arg(session.location()));
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_encryption->setWordWrap(true);
    m_encryption->setTextFormat(Qt::PlainText);
    if (session.isServer()) {
        m_encryption->setText(tr("The dossiers are kept on the server: whether its disk is encrypted is for the "
                                 "server's administrator to make sure of."));
    } else {
        const DiskEncryption::Result disk = DiskEncryption::forPath(session.location());
        m_encryption->setText(disk.explanation);
        if (disk.state != DiskEncryption::State::Encrypted)
            m_encryption->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    m_form->setLocation(ConnectionSettings::isStored() ? ConnectionSettings::location() : session.location());
    m_form->setReadOnly(!admin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_current);
    layout->addWidget(m_encryption);
    layout->addWidget(m_form);
    layout->addStretch();
    updateActions();
}

void DatabasePage::updateActions()
{
    const bool admin = m_session.isAdministrator();
    m_use->setEnabled(admin && m_form->problem().isEmpty() && m_form->location() != m_session.location());
    m_copy->setEnabled(admin && m_form->isServer() && m_form->problem().isEmpty()
                       && !m_session.isServer());
}

void DatabasePage::useConnection()
{
    if (m_form->isServer() && !m_form->test())
        return;
    ConnectionSettings::store(m_form->location());
    QMessageBox::information(this, tr("Database"),
                             tr("From the next start, Dossierkast on this PC uses %1.").arg(m_form->location()));
    updateActions();
}

void DatabasePage::copyToServer()
{
    if (QMessageBox::question(this, tr("Copy to the server"),
                              tr("Copy all dossiers, users, the audit trail and the attachments of %1 to the empty "
                                 "database %2? The copy is checked before it is kept; this file is not changed.")
                                  .arg(m_session.location(), m_form->location()))
        != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Copying the dossiers to the server…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    try {
        DatabaseConnection::copyToServer(*m_session.database, m_session.scope, m_form->location(), m_form->password(),
                                         [&progress](const QString &table, qint64 rows) {
                                             progress.setLabelText(tr("Copying %1: %2 rows…").arg(table).arg(rows));
                                             QApplication::processEvents();
                                         });
    } catch (const StorageError &error) {
        progress.close();
        ErrorMessage::show(this, tr("Copy to the server"), error);
        return;
    }
    progress.close();
    ConnectionSettings::store(m_form->location());
    QMessageBox::information(this, tr("Copy to the server"),
                             tr("The dossiers were copied and checked. From the next start this PC uses the server; "
                                "set up the other PCs with the same server address."));
}
