#include "wizardconnectionpage.h"

#include "common/connectionform.h"

#include <QMessageBox>
#include <QVBoxLayout>

WizardConnectionPage::WizardConnectionPage(const QString &location, Inspect inspect, QWidget *parent)
    : QWizardPage(parent), m_form(new ConnectionForm(this)), m_inspect(std::move(inspect))
{
    setTitle(tr("Database"));
    setSubTitle(tr("Where the dossiers are kept. One PC: a file on this computer. Several PCs of the board: a "
                   "PostgreSQL server that they share."));
    m_form->setLocation(location);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
}

bool WizardConnectionPage::validatePage()
{
    QString problem = m_form->problem();
    if (problem.isEmpty()) {
        setCursor(Qt::WaitCursor);
        m_inspection = m_inspect(m_form->location(), m_form->password());
        unsetCursor();
        problem = m_inspection.problem;
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, title(), problem);
        return false;
    }
    if (m_inspection.alreadySetUp)
        QMessageBox::information(this, title(), tr("This database is already in use by Dossierkast. Log in with "
                                                   "your account."));
    return true;
}
