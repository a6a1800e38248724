#include "personpicker.h"

#include "common/listview.h"
#include "models/personlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

PersonPicker::PersonPicker(Session &session, std::optional<PersonKind> kind, QWidget *parent)
    : QWidget(parent),
      m_model(new PersonListModel(*session.database, session.scope, this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this))
{
    m_search->setPlaceholderText(tr("Search by name or number…"));
    m_search->setClearButtonEnabled(true);
    PersonFilter filter;
    filter.kind = kind;
    m_model->setFilter(filter);
    ListView::setUp(m_view, m_model, QStringLiteral("personPicker"), PersonListModel::Name);
    m_view->hideColumn(PersonListModel::LeaveDate);
    if (kind)
        m_view->hideColumn(PersonListModel::Kind);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        PersonFilter filter = m_model->filter();
        filter.search = text;
        m_model->setFilter(filter);
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    // Arrow keys in the search box move through the list, Enter picks.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (current())
            emit activated();
    });
    connect(m_view, &QTableView::activated, this, &PersonPicker::activated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setFocusProxy(m_search);
}

void PersonPicker::setIncludeLeft(bool include)
{
    PersonFilter filter = m_model->filter();
    filter.status = include ? PersonFilter::Status::All : PersonFilter::Status::Current;
    m_model->setFilter(filter);
    m_view->setColumnHidden(PersonListModel::LeaveDate, !include);
}

std::optional<Person> PersonPicker::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->person(index.row());
}
