#include "organisationpage.h"

#include "services/lookup.h"
#include "common/icons.h"
#include "common/errormessage.h"
#include "common/organisationform.h"
#include "common/listview.h"
#include "models/schoollistmodel.h"
#include "schooldialog.h"
#include "services/organisationservice.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

OrganisationPage::OrganisationPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_form(new OrganisationForm(this)),
      m_model(new SchoolListModel(*session.database, session.scope, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    const bool admin = session.isAdministrator();
    m_save = new QAction(Icons::save(), tr("&Save organisation"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revert = new QAction(Icons::undo(), tr("&Undo changes"), this);
    m_add = new QAction(Icons::add(), tr("&New school…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit = new QAction(Icons::edit(), tr("&Edit school…"), this);
    m_toggle = new QAction(tr("&Deactivate school"), this);
    for (QAction *action : { m_save, m_revert, m_add, m_edit, m_toggle })
        addAction(action);
    connect(m_save, &QAction::triggered, this, &OrganisationPage::saveOrganisation);
    connect(m_revert, &QAction::triggered, this, &OrganisationPage::loadOrganisation);
    connect(m_add, &QAction::triggered, this, &OrganisationPage::addSchool);
    connect(m_edit, &QAction::triggered, this, &OrganisationPage::editSchool);
    connect(m_toggle, &QAction::triggered, this, &OrganisationPage::toggleSchool);
    connect(m_form, &OrganisationForm::edited, this, [this] {
        m_dirty = true;
        updateActions();
    });

    auto *organisationBox = new QGroupBox(tr("Organisation"), this);
    auto *organisationLayout = new QVBoxLayout(organisationBox);
    auto *organisationBar = new QToolBar(organisationBox);
    organisationBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    organisationBar->addAction(m_save);
    organisationBar->addAction(m_revert);
    organisationLayout->addWidget(organisationBar);
    organisationLayout->addWidget(m_form);
    organisationBar->setVisible(admin);
    m_form->setReadOnly(!admin);

    m_proxy->setSourceModel(m_model);
    ListView::setUp(m_view, m_proxy, QStringLiteral("schools"), SchoolListModel::Name);
    m_view->horizontalHeader()->setSectionResizeMode(SchoolListModel::Name, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this, admin] {
        if (admin)
            editSchool();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganisationPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganisationPage::updateActions);

    auto *schoolsBox = new QGroupBox(tr("Schools"), this);
    auto *schoolsLayout = new QVBoxLayout(schoolsBox);
    auto *schoolsBar = new QToolBar(schoolsBox);
    schoolsBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    schoolsBar->addAction(m_add);
    schoolsBar->addAction(m_edit);
    schoolsBar->addAction(m_toggle);
    schoolsBar->setVisible(admin);
    schoolsLayout->addWidget(schoolsBar);
    schoolsLayout->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(organisationBox);
    layout->addWidget(schoolsBox, 1);
    loadOrganisation();
}

OrganisationPage::~OrganisationPage() = default;

void OrganisationPage::loadOrganisation()
{
    try {
        const Organisation organisation = Lookup(m_session).organisation().value_or(Organisation());
        QByteArray logo;
        if (!organisation.logoSha256.isEmpty())
            logo = Lookup(m_session).attachmentContent(organisation.logoSha256);
        m_form->setOrganisation(organisation, logo);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Organisation"), error);
    }
    m_dirty = false;
    updateActions();
}

void OrganisationPage::saveOrganisation()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Organisation"), problem);
        return;
    }
    try {
        Organisation organisation = m_form->organisation();
        OrganisationService(*m_session.database, m_session.scope)
            .saveOrganisation(organisation, m_form->logoChanged() ? std::optional<QByteArray>(m_form->logo()) : std::nullopt);
        m_form->setOrganisation(organisation, m_form->logo());
        m_dirty = false;
        updateActions();
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Organisation"), error);
        if (error.kind() == StorageError::Kind::Stale
            && QMessageBox::question(this, tr("Organisation"), tr("Reload the organisation as it is now saved? "
                                                                  "Your changes will be lost."))
                   == QMessageBox::Yes)
            loadOrganisation();
    }
}

int OrganisationPage::currentRow() const
{
    return ListView::currentSourceRow(m_view, m_proxy);
}

void OrganisationPage::updateActions()
{
    const bool admin = m_session.isAdministrator();
    const int row = currentRow();
    m_save->setEnabled(admin && m_dirty);
    m_revert->setEnabled(admin && m_dirty);
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && row >= 0);
    m_toggle->setEnabled(admin && row >= 0);
    m_toggle->setText(row >= 0 && !m_model->school(row).active ? tr("&Activate school") : tr("&Deactivate school"));
}

void OrganisationPage::addSchool()
{
    SchoolDialog dialog{ School(), this };
    if (dialog.exec() != QDialog::Accepted)
        return;
    School school = dialog.school();
    try {
        OrganisationService(*m_session.database, m_session.scope).addSchool(school);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("New school"), error);
    }
}

void OrganisationPage::editSchool()
{
    const int row = currentRow();
    if (row < 0)
        return;
    SchoolDialog dialog(m_model->school(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    School school = dialog.school();
    saveSchool(school);
}

void OrganisationPage::toggleSchool()
{
    const int row = currentRow();
    if (row < 0)
        return;
    School school = m_model->school(row);
    if (school.active
        && QMessageBox::question(this, tr("Deactivate school"),
                                 tr("Deactivate %1? Its records stay; no new incidents can be registered for it "
                                    "until it is activated again.").arg(school.name))
               != QMessageBox::Yes)
        return;
    school.active = !school.active;
    saveSchool(school);
}

void OrganisationPage::saveSchool(School &school)
{
    try {
        OrganisationService(*m_session.database, m_session.scope).saveSchool(school);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("School"), error);
        m_model->reload();
    }
}
