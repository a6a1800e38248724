#include "personlistpage.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "common/icons.h"
#include "common/listview.h"
#include "domain/labels.h"
#include "importwizard.h"
#include "models/personlistmodel.h"
#include "persondialog.h"
#include "services/personservice.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

PersonListPage::PersonListPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_model(new PersonListModel(*session.database, session.scope, this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_school(new QComboBox(this)),
      m_group(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_count(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    createActions();
    createLayout();
    updateActions();
}

PersonListPage::~PersonListPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("persons/kind"), m_kind->currentData());
    settings.setValue(QStringLiteral("persons/status"), m_status->currentData());
}

void PersonListPage::createActions()
{
    const auto make = [this](const QIcon &icon, const QString &text, const QKeySequence &key) {
        auto *action = new QAction(icon, text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_add = make(Icons::add(), tr("&New person…"), QKeySequence::New);
    m_open = make(Icons::open(), tr("&Open dossier"), QKeySequence(Qt::CTRL | Qt::Key_O));
    m_edit = make(Icons::edit(), tr("&Edit person…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_leave = make(Icons::leave(), tr("Mark as &left…"), QKeySequence());
    m_delete = make(Icons::remove(), tr("&Delete person…"), QKeySequence::Delete);
    m_import = make(Icons::import(), tr("&Import list…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_add, &QAction::triggered, this, &PersonListPage::addPerson);
    connect(m_open, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            emit openDossierRequested(m_model->person(row).id);
    });
    connect(m_edit, &QAction::triggered, this, &PersonListPage::editPerson);
    connect(m_leave, &QAction::triggered, this, &PersonListPage::markAsLeft);
    connect(m_delete, &QAction::triggered, this, &PersonListPage::deletePerson);
    connect(m_import, &QAction::triggered, this, &PersonListPage::importPersons);
}

void PersonListPage::createLayout()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : { m_add, m_open, m_edit, m_leave, m_delete })
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_import);

    QSettings settings;
    m_kind->addItem(tr("Everyone"), -1);
    for (PersonKind kind : { PersonKind::Leerling, PersonKind::Medewerker, PersonKind::Ouder, PersonKind::Overig })
        m_kind->addItem(Labels::personKind(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(settings.value(QStringLiteral("persons/kind"), -1))));
    m_status->addItem(tr("Current"), int(PersonFilter::Status::Current));
    m_status->addItem(tr("Left"), int(PersonFilter::Status::Left));
    m_status->addItem(tr("Current and left"), int(PersonFilter::Status::All));
    m_status->setCurrentIndex(std::max(0, m_status->findData(settings.value(QStringLiteral("persons/status"), int(PersonFilter::Status::Current)))));
    fillSchools();
    fillGroups();
    m_search->setPlaceholderText(tr("Search by name or number…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    const auto labelled = [this, filters](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo, 1);
    };
    labelled(tr("&Kind:"), m_kind);
    labelled(tr("Sc&hool:"), m_school);
    labelled(tr("&Group:"), m_group);
    labelled(tr("Sta&tus:"), m_status);

    const bool remembered = ListView::setUp(m_view, m_model, QStringLiteral("persons"), PersonListModel::Name);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    if (!remembered)
        for (int column = 0; column < PersonListModel::ColumnCount; ++column)
            m_view->setColumnWidth(column, column == PersonListModel::Name ? 260 : 130);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PersonListPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &PersonListPage::applySearchNow);
    for (QComboBox *combo : { m_kind, m_group, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, &PersonListPage::applyFilter);
    connect(m_school, &QComboBox::currentIndexChanged, this, [this] {
        fillGroups();
        applyFilter();
    });
    connect(m_view, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PersonListPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonListPage::updateActions);
    connect(m_model, &PersonListModel::totalCountChanged, this, [this](int total) {
        m_count->setText(tr("%n person(s)", nullptr, total));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    applyFilter();
}

void PersonListPage::fillSchools()
{
    const QSignalBlocker blocker(m_school);
    const qint64 current = m_school->currentData().toLongLong();
    m_school->clear();
    m_school->addItem(tr("All schools"), qint64(0));
    for (const School &school : Lookup(m_session).schools())
        m_school->addItem(school.name, school.id);
    m_school->setCurrentIndex(std::max(0, m_school->findData(current)));
}

void PersonListPage::fillGroups()
{
    const QSignalBlocker blocker(m_group);
    const QString current = m_group->currentData().toString();
    m_group->clear();
    m_group->addItem(tr("All groups and functions"), QString());
    for (const QString &group : Lookup(m_session).groups(m_school->currentData().toLongLong()))
        m_group->addItem(group, group);
    m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
}

void PersonListPage::applySearchNow()
{
    // Enter: the list follows at once; a single hit opens, several put the keyboard in the list.
    m_searchDelay->stop();
    applyFilter();
    if (m_model->rowCount() == 1) {
        emit openDossierRequested(m_model->person(0).id);
    } else if (m_model->rowCount() > 1) {
        m_view->setFocus();
        m_view->selectRow(0);
    }
}

void PersonListPage::applyFilter()
{
    PersonFilter filter = m_model->filter();
    const int kind = m_kind->currentData().toInt();
    filter.kind = kind < 0 ? std::nullopt : std::optional<PersonKind>(PersonKind(kind));
    filter.schoolId = m_school->currentData().toLongLong();
    filter.group = m_group->currentData().toString();
    filter.status = PersonFilter::Status(m_status->currentData().toInt());
    filter.search = m_search->text();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

int PersonListPage::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PersonListPage::select(qint64 personId)
{
    const int row = m_model->rowOf(personId);
    if (row >= 0)
        m_view->selectRow(row);
}

void PersonListPage::updateActions()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    const bool left = selected && m_model->person(row).leaveDate.isValid();
    m_edit->setEnabled(selected);
    m_open->setEnabled(selected);
    m_leave->setEnabled(selected && !left);
    m_delete->setEnabled(selected);
}

void PersonListPage::addPerson()
{
    Person fresh;
    const int kind = m_kind->currentData().toInt();
    fresh.kind = kind < 0 ? PersonKind::Leerling : PersonKind(kind);
    fresh.schoolId = m_school->currentData().toLongLong();
    PersonDialog dialog(m_session, fresh, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillGroups();
        select(dialog.savedId());
    }
}

void PersonListPage::editPerson()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_model->person(row).id;
    // The form starts from what is stored now, not from the (possibly older) list row.
    const auto current = Lookup(m_session).person(id);
    if (!current)
        return;
    PersonDialog dialog(m_session, *current, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillGroups();
        select(id);
    }
}

void PersonListPage::markAsLeft()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto person = Lookup(m_session).person(m_model->person(row).id);
    if (!person)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark as left"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    date->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    auto *text = new QLabel(tr("%1 stays in the list under \"Left\"; the dossier is kept until its retention "
                               "term has passed.").arg(person->displayName()), &dialog);
    text->setWordWrap(true);
    form->addRow(text);
    form->addRow(tr("&Leave date:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        PersonService(*m_session.database, m_session.scope).markLeft(*person, date->date());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Mark as left"), error);
    }
}

void PersonListPage::deletePerson()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Person person = m_model->person(row);
    const int filed = Lookup(m_session).filedCount(person.id);
    if (filed > 0) {
        QMessageBox::information(this, tr("Delete person"),
                                 tr("%1 cannot be deleted: %n record(s) are filed on them. Mark them as left "
                                    "instead; the dossier is removed when its retention term has passed.",
                                    nullptr, filed).arg(person.displayName()));
        return;
    }
    if (QMessageBox::question(this, tr("Delete person"),
                              tr("Delete %1 for good? Links with parents or children are removed too. Nothing is "
                                 "filed on this person.").arg(person.displayName()))
        != QMessageBox::Yes)
        return;
    try {
        PersonService(*m_session.database, m_session.scope).remove(person);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Delete person"), error);
    }
}

void PersonListPage::importPersons()
{
    ImportWizard wizard(m_session, this);
    wizard.exec();
    fillGroups();
}
