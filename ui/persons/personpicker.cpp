#include "personpicker.h"

#include "common/listview.h"
#include "models/personlistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PersonPicker::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonPicker::currentChanged);
    m_opened.start();
    qApp->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setFocusProxy(m_search);
}

bool PersonPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Until the picker's window has the keyboard, what the user types goes to the window that
    // opened it; a name typed at once would be lost or land in the wrong field.
    constexpr qint64 CatchForMs = 3000;
    QWidget *own = window();
    if ((event->type() == QEvent::WindowActivate && watched == own)
        || (event->type() == QEvent::KeyPress && m_opened.elapsed() > CatchForMs)) {
        qApp->removeEventFilter(this);      // from now on keys go where the focus is
        // What was typed ahead is continued, not replaced by the next key.
        if (!m_search->text().isEmpty())
            QTimer::singleShot(0, m_search, [this] {
                m_search->deselect();
                m_search->end(false);
            });
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress || own->isActiveWindow())
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    auto *target = qobject_cast<QWidget *>(watched);
    const QString text = key->text();
    if (!target || own->isAncestorOf(target) || target == own || text.isEmpty() || !text.at(0).isPrint()
        || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return QWidget::eventFilter(watched, event);
    m_search->insert(text);
    return true;
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
