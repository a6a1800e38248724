#include "correspondencearea.h"

#include "services/lookup.h"
#include "common/filedrop.h"
#include "common/icons.h"
#include "common/listview.h"
#include "correspondencedialog.h"
#include "domain/labels.h"
#include "maildrop.h"
#include "models/correspondencelistmodel.h"
#include "persons/dossierview.h"
#include "persons/pickpersondialog.h"
#include "services/privatecopies.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

CorrespondenceArea::CorrespondenceArea(Session &session, QWidget *parent)
    : Area(parent),
      m_session(session),
      m_copies(std::make_unique<PrivateCopies>()),
      m_model(new CorrespondenceListModel(*session.database, session.scope, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_direction(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_school(new QComboBox(this)),
      m_period(new QComboBox(this)),
      m_incident(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    m_add = new QAction(Icons::add(), tr("&New item…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_edit = new QAction(Icons::edit(), tr("&Open item…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importMail = new QAction(Icons::import(), tr("File &mail…"), this);
    m_importMail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    for (QAction *action : { m_add, m_edit, m_importMail }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &CorrespondenceArea::addItem);
    connect(m_edit, &QAction::triggered, this, &CorrespondenceArea::editItem);
    connect(m_importMail, &QAction::triggered, this, [this] {
        fileMail(QFileDialog::getOpenFileNames(this, tr("File mail"), QString(),
                                               tr("Mail (*.eml *.msg);;All files (*)")));
    });
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : { m_add, m_edit, m_importMail })
        bar->addAction(action);

    m_search->setPlaceholderText(tr("Search in subject, summary and correspondent…"));
    m_search->setClearButtonEnabled(true);
    m_direction->addItem(tr("All"), -1);
    for (int value = 0; value <= int(Direction::Intern); ++value)
        m_direction->addItem(Labels::direction(Direction(value)), value);
    m_channel->addItem(tr("All"), -1);
    for (int value = 0; value <= int(Channel::Gespreksverslag); ++value)
        m_channel->addItem(Labels::channel(Channel(value)), value);
    m_school->addItem(tr("All schools"), qint64(0));
    for (const School &school : Lookup(session).schools())
        m_school->addItem(school.name, school.id);
    const QList<std::pair<DossierView::Period, QString>> periods{
        { DossierView::Period::All, tr("Everything") },
        { DossierView::Period::LastThreeMonths, tr("Last three months") },
        { DossierView::Period::LastYear, tr("Last twelve months") },
        { DossierView::Period::ThisSchoolYear, tr("This school year") },
        { DossierView::Period::LastSchoolYear, tr("Last school year") } };
    for (const auto &[period, label] : periods)
        m_period->addItem(label, int(period));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CorrespondenceArea::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &CorrespondenceArea::applySearchNow);
    for (QComboBox *combo : { m_direction, m_channel, m_school, m_period })
        connect(combo, &QComboBox::currentIndexChanged, this, &CorrespondenceArea::applyFilter);
    m_incident->setPlaceholderText(tr("reference"));
    m_incident->setClearButtonEnabled(true);
    m_incident->setMaximumWidth(120);
    connect(m_incident, &QLineEdit::editingFinished, this, &CorrespondenceArea::applyFilter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CorrespondenceListModel::SortRole);
    ListView::setUp(m_view, m_proxy, QStringLiteral("correspondence"), CorrespondenceListModel::Date, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(CorrespondenceListModel::Subject, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, &CorrespondenceArea::editItem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CorrespondenceArea::showCount);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    const auto labelled = [this, filters](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget, 1);
    };
    labelled(tr("Di&rection:"), m_direction);
    labelled(tr("C&hannel:"), m_channel);
    labelled(tr("Sc&hool:"), m_school);
    labelled(tr("&Period:"), m_period);
    labelled(tr("&Incident:"), m_incident);
    auto *hint = new QLabel(tr("Drop mail files (.eml, .msg) here to file them in a dossier."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch();
    bottom->addWidget(hint);
    layout->addLayout(bottom);
    setAcceptDrops(true);
    showCount();
}

void CorrespondenceArea::showCount()
{
    m_count->setText(m_model->isCut()
                         ? tr("The newest %n item(s); narrow the filter to find older ones.", nullptr, m_model->rowCount())
                         : tr("%n item(s)", nullptr, m_model->rowCount()));
}

CorrespondenceArea::~CorrespondenceArea() = default;

QString CorrespondenceArea::areaTitle()
{
    return tr("Correspondence");
}

QIcon CorrespondenceArea::areaIcon()
{
    return Icons::correspondence();
}

void CorrespondenceArea::applySearchNow()
{
    m_searchDelay->stop();
    applyFilter();
}

void CorrespondenceArea::applyFilter()
{
    CorrespondenceFilter filter;
    const int direction = m_direction->currentData().toInt();
    filter.direction = direction >= 0 ? std::optional<Direction>(Direction(direction)) : std::nullopt;
    const int channel = m_channel->currentData().toInt();
    filter.channel = channel >= 0 ? std::optional<Channel>(Channel(channel)) : std::nullopt;
    filter.schoolId = m_school->currentData().toLongLong();
    const auto [from, to] = DossierView::range(DossierView::Period(m_period->currentData().toInt()), QDate::currentDate());
    filter.from = from;
    filter.to = to;
    filter.search = m_search->text();
    const QString reference = m_incident->text().trimmed();
    if (!reference.isEmpty()) {
        const auto incident = Lookup(m_session).incidentByReference(reference);
        // An unknown reference shows nothing rather than everything.
        filter.incidentId = incident ? incident->id : -1;
    }
    m_model->setFilter(filter);
}

int CorrespondenceArea::currentRow() const
{
    return ListView::currentSourceRow(m_view, m_proxy);
}

void CorrespondenceArea::addItem()
{
    Correspondence fresh;
    fresh.sentOn = QDate::currentDate();
    CorrespondenceDialog dialog(m_session, *m_copies, fresh, this);
    dialog.exec();
}

void CorrespondenceArea::editItem()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto current = Lookup(m_session).correspondence(m_model->item(row).id);
    if (!current)
        return;
    CorrespondenceDialog dialog(m_session, *m_copies, *current, this);
    dialog.exec();
}

int CorrespondenceArea::fileMail(const QStringList &paths)
{
    if (paths.isEmpty())
        return 0;
    PickPersonDialog dialog(m_session, tr("In whose dossier?"), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return MailDrop::file(this, m_session, paths, dialog.person().id);
}

void CorrespondenceArea::dragEnterEvent(QDragEnterEvent *event)
{
    FileDrop::acceptFiles(event);
}

void CorrespondenceArea::dropEvent(QDropEvent *event)
{
    fileMail(FileDrop::takeFiles(event));
}
