#include "dossierview.h"

#include "services/permissions.h"

#include "services/lookup.h"
#include "common/filedrop.h"
#include "common/icons.h"
#include "common/listview.h"
#include "correspondence/correspondencedialog.h"
#include "correspondence/maildrop.h"
#include "domain/labels.h"
#include "models/dossiertimelinemodel.h"
#include "persondialog.h"
#include "reports/dossiersummary.h"
#include "reports/redactiondialog.h"
#include "reports/summaryprint.h"
#include "domain/changebus.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

DossierView::DossierView(Session &session, PrivateCopies &copies, const DossierReader::Dossier &dossier, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_copies(copies),
      m_model(new DossierTimelineModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_header(new QLabel(this)),
      m_notice(new QLabel(this)),
      m_count(new QLabel(this)),
      m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this))
{
    m_edit = new QAction(Icons::edit(), tr("&Edit person…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &DossierView::editPerson);
    m_newItem = new QAction(Icons::add(), tr("New &correspondence…"), this);
    m_newItem->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newItem->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newItem);
    connect(m_newItem, &QAction::triggered, this, &DossierView::newItem);
    m_print = new QAction(tr("&Print summary…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_print);
    connect(m_print, &QAction::triggered, this, [this] {
        SummaryPrint::preview(this, m_session, DossierSummary(*m_session.database, m_session.scope).html(m_dossier.person.id),
                              QStringLiteral("persons"), m_dossier.person.id, QStringLiteral("dossier summary"));
    });
    m_pdf = new QAction(tr("Summary as P&DF…"), this);
    m_pdf->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_pdf);
    connect(m_pdf, &QAction::triggered, this, [this] { savePdf(); });
    m_redacted = new QAction(tr("Summary for one pe&rson…"), this);
    m_redacted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_redacted->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redacted->setToolTip(tr("A copy (for an access request, for parents) in which everybody else is named by their role"));
    addAction(m_redacted);
    connect(m_redacted, &QAction::triggered, this, [this] { redactedSummary()->exec(); });
    setAcceptDrops(true);
    createLayout();
    display(dossier);
    // Refresh when something filed on anyone changes; reading again is cheap and not audited.
    ChangeBus::listen(this, [this](const QString &entity) {
        static const QStringList watched{ "persons", "guardianships", "involvements", "incidents", "measures",
                                          "actions", "correspondence", "incident_notes", "attachments", "schools" };
        if (watched.contains(entity))
            reload();
    });
}

std::pair<QDate, QDate> DossierView::range(Period period, const QDate &today)
{
    // A Dutch school year runs from 1 August to 31 July.
    const int startYear = today.month() >= 8 ? today.year() : today.year() - 1;
    switch (period) {
    case Period::All:
    case Period::Custom: return { QDate(), QDate() };
    case Period::LastThreeMonths: return { today.addMonths(-3), today };
    case Period::LastYear: return { today.addYears(-1), today };
    case Period::ThisSchoolYear: return { QDate(startYear, 8, 1), QDate(startYear + 1, 7, 31) };
    case Period::LastSchoolYear: return { QDate(startYear - 1, 8, 1), QDate(startYear, 7, 31) };
    }
    return { QDate(), QDate() };
}

void DossierView::createLayout()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_edit);
    bar->addAction(m_newItem);
    bar->addAction(m_print);
    bar->addAction(m_pdf);
    bar->addAction(m_redacted);

    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        emit openDossierRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 6px;"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (DossierEntry::Kind kind : DossierTimelineModel::allKinds()) {
        auto *button = new QToolButton(this);
        button->setText(DossierTimelineModel::kindLabel(kind));
        button->setCheckable(true);
        button->setChecked(true);
        button->setProperty("kind", int(kind));
        connect(button, &QToolButton::toggled, this, &DossierView::applyFilter);
        filters->addWidget(button);
        m_kindButtons.append(button);
    }
    filters->addSpacing(16);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel);
    m_period->addItem(tr("Everything"), int(Period::All));
    m_period->addItem(tr("Last three months"), int(Period::LastThreeMonths));
    m_period->addItem(tr("Last twelve months"), int(Period::LastYear));
    m_period->addItem(tr("This school year"), int(Period::ThisSchoolYear));
    m_period->addItem(tr("Last school year"), int(Period::LastSchoolYear));
    m_period->addItem(tr("From … to …"), int(Period::Custom));
    filters->addWidget(m_period);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, &DossierView::applyFilter);
        filters->addWidget(edit);
    }
    m_from->setDate(QDate::currentDate().addYears(-1));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilter();
    });
    filters->addStretch();
    filters->addWidget(m_count);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DossierTimelineModel::SortRole);
    ListView::setUp(m_view, m_proxy, QStringLiteral("dossier"), DossierTimelineModel::Date);
    m_view->sortByColumn(DossierTimelineModel::Date, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(DossierTimelineModel::Details, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, &DossierView::activated);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addLayout(filters);
    layout->addWidget(m_view);
}

QString DossierView::title() const
{
    return m_dossier.person.displayName();
}

QToolButton *DossierView::kindButton(DossierEntry::Kind kind) const
{
    for (QToolButton *button : m_kindButtons)
        if (button->property("kind").toInt() == int(kind))
            return button;
    return nullptr;
}

void DossierView::display(const DossierReader::Dossier &dossier)
{
    m_dossier = dossier;
    const Person &p = dossier.person;
    QString dossierName;
    switch (p.kind) {
    case PersonKind::Leerling: dossierName = tr("Pupil dossier"); break;
    case PersonKind::Medewerker: dossierName = tr("Staff dossier"); break;
    case PersonKind::Ouder: dossierName = tr("Parent or carer"); break;
    case PersonKind::Overig: dossierName = Labels::personKind(p.kind); break;
    }
    QStringList facts;
    if (!dossier.schoolName.isEmpty())
        facts.append(dossier.schoolName.toHtmlEscaped());
    if (p.kind == PersonKind::Medewerker && !p.functionTitle.isEmpty())
        facts.append(p.functionTitle.toHtmlEscaped());
    if (p.kind != PersonKind::Medewerker && !p.groupName.isEmpty())
        facts.append(p.groupName.toHtmlEscaped());
    if (!p.externalId.isEmpty())
        facts.append(tr("number %1").arg(p.externalId.toHtmlEscaped()));
    if (p.birthDate.isValid())
        facts.append(tr("born %1").arg(day(p.birthDate)));
    if (p.leaveDate.isValid())
        facts.append(QStringLiteral("<b>%1</b>").arg(tr("left on %1").arg(day(p.leaveDate))));
    QStringList relatives;
    for (const DossierReader::Relative &r : dossier.relatives) {
        QStringList about{ Labels::relation(r.link.relation).toLower() };
        if (r.link.parentalAuthority)
            about.append(tr("parental authority"));
        if (!r.link.receivesMail)
            about.append(tr("no mail"));
        relatives.append(QStringLiteral("<a href=\"person:%1\">%2</a> (%3)")
                             .arg(r.person.id)
                             .arg(r.person.displayName().toHtmlEscaped(), about.join(QStringLiteral(", "))));
    }
    QString html = QStringLiteral("<span style=\"font-size: large; font-weight: bold;\">%1</span> &nbsp; %2<br>%3")
                       .arg(p.displayName().toHtmlEscaped(), dossierName, facts.join(QStringLiteral(" · ")));
    if (p.kind == PersonKind::Leerling)
        html += QStringLiteral("<br>%1 %2").arg(tr("Parents and carers:"),
                                               relatives.isEmpty() ? tr("none linked") : relatives.join(QStringLiteral(", ")));
    else if (p.kind == PersonKind::Ouder)
        html += QStringLiteral("<br>%1 %2").arg(tr("Children:"),
                                               relatives.isEmpty() ? tr("none linked") : relatives.join(QStringLiteral(", ")));
    m_header->setText(html);
    const bool readsContent = Permissions::seesDossierContent(m_session.scope);
    m_notice->setVisible(!readsContent || p.kind == PersonKind::Ouder || p.kind == PersonKind::Overig);
    if (!readsContent)
        m_notice->setText(tr("As a reporter you see the incidents you registered, not what is filed in a dossier: that is for "
                             "the school director and the board. Ask them when you need to know more."));
    else
        m_notice->setText(p.kind == PersonKind::Ouder
                              ? tr("A parent has no dossier of their own. Correspondence about their conduct is filed in "
                                   "their child's pupil dossier; it is listed here and opens that dossier.")
                              : tr("This person has no dossier of their own; what is listed here is filed with others."));
    m_model->setEntries(dossier.entries);
    applyFilter();
    emit titleChanged(title());
}

void DossierView::reload()
{
    try {
        display(DossierReader(*m_session.database, m_session.scope).reload(m_dossier.person.id));
    } catch (const StorageError &) {
        // The person was deleted (or moved out of reach) meanwhile: nothing stays on screen.
        m_model->setEntries({});
        m_header->setText(tr("This dossier is no longer available."));
        m_edit->setEnabled(false);
    }
}

void DossierView::applyFilter()
{
    QSet<DossierEntry::Kind> kinds;
    for (QToolButton *button : std::as_const(m_kindButtons))
        if (button->isChecked())
            kinds.insert(DossierEntry::Kind(button->property("kind").toInt()));
    m_model->setKinds(kinds);
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Custom)
        m_model->setPeriod(m_from->date(), m_to->date());
    else {
        const auto [from, to] = range(period, QDate::currentDate());
        m_model->setPeriod(from, to);
    }
    m_count->setText(tr("%1 of %n entries", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
}

void DossierView::editPerson()
{
    PersonDialog dialog(m_session, m_dossier.person, this);
    dialog.exec();      // the change notifier refreshes this view after a save
}

void DossierView::activated(const QModelIndex &index)
{
    const qint64 filedWith = m_proxy->data(index, DossierTimelineModel::FiledWithRole).toLongLong();
    if (filedWith > 0) {
        emit openDossierRequested(filedWith);
        return;
    }
    const DossierEntry entry = m_model->entry(m_proxy->mapToSource(index).row());
    if (entry.kind != DossierEntry::Kind::Correspondence)
        return;
    // A correspondence item opens with its attachments.
    if (const auto item = Lookup(m_session).correspondence(entry.id)) {
        CorrespondenceDialog dialog(m_session, m_copies, *item, this);
        dialog.exec();
    }
}

void DossierView::newItem()
{
    Correspondence fresh;
    fresh.sentOn = QDate::currentDate();
    CorrespondenceDialog dialog(m_session, m_copies, fresh, this);
    if (!dialog.setDossierFromPerson(m_dossier.person.id))
        return;
    dialog.exec();      // the change notifier refreshes the timeline
}

int DossierView::fileMail(const QStringList &paths)
{
    return paths.isEmpty() ? 0 : MailDrop::file(this, m_session, paths, m_dossier.person.id);
}

void DossierView::dragEnterEvent(QDragEnterEvent *event)
{
    FileDrop::acceptFiles(event);
}

void DossierView::dropEvent(QDropEvent *event)
{
    fileMail(FileDrop::takeFiles(event));
}

std::unique_ptr<RedactionDialog> DossierView::redactedSummary()
{
    return std::make_unique<RedactionDialog>(m_session, RedactionDialog::Subject::Dossier, m_dossier.person.id,
                                             tr("Dossier summary %1").arg(m_dossier.person.displayName()), m_dossier.person.id, this);
}

bool DossierView::savePdf(const QString &path)
{
    return SummaryPrint::savePdf(this, m_session, DossierSummary(*m_session.database, m_session.scope).html(m_dossier.person.id),
                                 QStringLiteral("persons"), m_dossier.person.id, QStringLiteral("dossier summary"),
                                 tr("Dossier %1.pdf").arg(m_dossier.person.displayName()), path);
}
