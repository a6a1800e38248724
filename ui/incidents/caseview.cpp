#include "caseview.h"

#include "caseoverview.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "correspondence/letterdialog.h"
#include "reports/casesummary.h"
#include "reports/redactiondialog.h"
#include "reports/summaryprint.h"
#include "common/icons.h"
#include "domain/incidentrules.h"
#include "domain/labels.h"
#include "evidencepanel.h"
#include "followuppanel.h"
#include "incidentdialog.h"
#include "measures/measurespanel.h"
#include "services/incidentservice.h"
#include "domain/changebus.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString moment(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

} // namespace

CaseView::CaseView(Session &session, PrivateCopies &copies, const Incident &incident, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_incident(incident),
      m_header(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_overview(new QTextBrowser(this)),
      m_related(new QListWidget(this)),
      m_people(new QTableWidget(this)),
      m_articles(new QTextBrowser(this)),
      m_followUp(new FollowUpPanel(session, this)),
      m_evidence(new EvidencePanel(session, copies, this)),
      m_measuresPanel(new MeasuresPanel(session, this)),
      m_statusMenu(new QMenu(this))
{
    m_edit = new QAction(Icons::edit(), tr("&Edit incident…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_link = new QAction(tr("&Link incident…"), this);
    m_unlink = new QAction(tr("&Unlink"), this);
    m_print = new QAction(tr("&Print summary…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = new QAction(tr("Summary as P&DF…"), this);
    m_redacted = new QAction(tr("Summary for one pe&rson…"), this);
    m_redacted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_redacted->setToolTip(tr("A copy for parents, a pupil or a staff member in which everybody else is named by their role"));
    m_letterAction = new QAction(tr("Write a le&tter…"), this);
    m_letterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    for (QAction *action : { m_edit, m_link, m_unlink, m_letterAction, m_print, m_pdf, m_redacted }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_edit, &QAction::triggered, this, &CaseView::editIncident);
    connect(m_link, &QAction::triggered, this, &CaseView::linkIncident);
    connect(m_unlink, &QAction::triggered, this, &CaseView::unlinkSelected);
    connect(m_letterAction, &QAction::triggered, this, &CaseView::writeLetter);
    connect(m_print, &QAction::triggered, this, [this] {
        SummaryPrint::preview(this, m_session, CaseSummary(*m_session.database, m_session.scope).html(m_incident.id),
                              QStringLiteral("incidents"), m_incident.id, QStringLiteral("case summary"));
    });
    connect(m_pdf, &QAction::triggered, this, [this] { savePdf(); });
    connect(m_redacted, &QAction::triggered, this, [this] { redactedSummary()->exec(); });
    auto *statusButton = new QToolButton(this);
    statusButton->setText(tr("Change &status"));
    statusButton->setMenu(m_statusMenu);
    statusButton->setPopupMode(QToolButton::InstantPopup);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_edit);
    bar->addWidget(statusButton);
    bar->addAction(m_link);
    bar->addAction(m_letterAction);
    bar->addAction(m_print);
    bar->addAction(m_pdf);
    bar->addAction(m_redacted);

    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_people->setColumnCount(4);
    m_people->setHorizontalHeaderLabels({ tr("Name"), tr("Kind"), tr("Role"), tr("Note") });
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->verticalHeader()->hide();
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_people->setSortingEnabled(true);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_overview, 3);
    // Each part of the overview links to the tab that holds the whole of it.
    m_overview->setOpenLinks(false);
    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("tab"))
            m_tabs->setCurrentIndex(url.path().toInt());
    });
    auto *relatedLabel = new QLabel(tr("&Related incidents (Enter opens):"), overview);
    relatedLabel->setBuddy(m_related);
    overviewLayout->addWidget(relatedLabel);
    auto *relatedRow = new QHBoxLayout;
    relatedRow->addWidget(m_related, 1);
    auto *unlinkButton = new QPushButton(tr("&Unlink"), overview);
    connect(unlinkButton, &QPushButton::clicked, m_unlink, &QAction::trigger);
    relatedRow->addWidget(unlinkButton, 0, Qt::AlignTop);
    overviewLayout->addLayout(relatedRow, 1);
    connect(m_related, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openIncidentRequested(item->data(Qt::UserRole).toLongLong());
    });

    connect(m_measuresPanel, &MeasuresPanel::openDossierRequested, this, &CaseView::openDossierRequested);
    connect(m_people, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (const QTableWidgetItem *name = m_people->item(item->row(), 0); name && Lookup(m_session).person(name->data(Qt::UserRole).toLongLong()))
            emit openDossierRequested(name->data(Qt::UserRole).toLongLong());
    });
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(m_people, tr("&Persons"));
    m_tabs->addTab(m_articles, tr("&Articles"));
    m_tabs->addTab(m_followUp, tr("Follow-&up log"));
    m_tabs->addTab(m_evidence, tr("E&vidence"));
    m_tabs->addTab(m_measuresPanel, tr("&Measures and actions"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs);
    m_followUp->setIncident(incident.id);
    m_evidence->setIncident(incident.id);
    m_measuresPanel->setIncident(incident);
    display();
    ChangeBus::listen(this, [this](const QString &entity) {
        static const QStringList watched{ "incidents", "involvements", "incident_articles", "incident_harms",
                                          "incident_links", "incident_notes", "attachments", "persons",
                                          "measures", "actions", "objections" };
        if (watched.contains(entity))
            reload();
    });
}

QString CaseView::title() const
{
    return m_incident.reference;
}

void CaseView::reload()
{
    const auto current = Lookup(m_session).incident(m_incident.id);
    if (!current) {
        m_header->setText(tr("This incident is no longer available."));
        setEnabled(false);
        return;
    }
    m_incident = *current;
    display();
    m_followUp->reload();
    m_evidence->reload();
    m_measuresPanel->setIncident(m_incident);
}

void CaseView::display()
{
    const Incident &i = m_incident;
    const auto school = Lookup(m_session).school(i.schoolId);
    QStringList flags;
    if (i.confidential)
        flags.append(tr("confidential"));
    if (i.possiblyCriminal)
        flags.append(tr("possibly criminal"));
    if (i.sexualOffenceSuspected)
        flags.append(tr("suspected sexual offence"));
    if (i.unsafeHomeSigns)
        flags.append(tr("signs of an unsafe home"));
    if (i.parentsRefuseCooperation)
        flags.append(tr("parents refuse to cooperate"));
    m_header->setText(QStringLiteral("<span style=\"font-size: large; font-weight: bold;\">%1 %2</span> &nbsp; "
                                     "<span style=\"background: #dde8f5; padding: 2px;\">&nbsp;%3&nbsp;</span><br>%4%5")
                          .arg(i.reference.toHtmlEscaped(), i.title.toHtmlEscaped(), Labels::incidentStatus(i.status),
                               tr("%1 · happened %2 · reported %3 · %4 · %5")
                                   .arg(school ? school->name.toHtmlEscaped() : QString(), moment(i.occurredAt),
                                        moment(i.reportedAt), Labels::platform(i.platform), Labels::severity(i.severity)),
                               flags.isEmpty() ? QString()
                                               : QStringLiteral(" · <b>%1</b>").arg(flags.join(QStringLiteral(", ")))));
    emit titleChanged(title());

    const Lookup persons(m_session);
    m_overview->setHtml(CaseOverview(m_session, i).html());

    m_related->clear();
    for (const Incident &other : Lookup(m_session).relatedIncidents(i.id)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 (%3)").arg(other.reference, other.title,
                                                                          Labels::incidentStatus(other.status)),
                                         m_related);
        item->setData(Qt::UserRole, other.id);
    }

    m_people->setSortingEnabled(false);
    m_people->setRowCount(int(i.involvements.size()));
    for (int r = 0; r < i.involvements.size(); ++r) {
        const Involvement &v = i.involvements.at(r);
        // Named as in the case's form: whoever the case shows may be read by name in it.
        const auto p = persons.involvedPerson(i, v.personId);
        auto *nameItem = new QTableWidgetItem(p ? p->sortName() : tr("(no access)"));
        nameItem->setData(Qt::UserRole, v.personId);
        nameItem->setToolTip(tr("Enter or a double-click opens the dossier"));
        m_people->setItem(r, 0, nameItem);
        m_people->setItem(r, 1, new QTableWidgetItem(p ? Labels::personKind(p->kind) : QString()));
        m_people->setItem(r, 2, new QTableWidgetItem(Labels::involvementRole(v.role)));
        m_people->setItem(r, 3, new QTableWidgetItem(v.notes));
    }
    m_people->setSortingEnabled(true);

    const auto version = Lookup(m_session).protocolVersion(i.protocolVersionId);
    QString articles;
    if (version) {
        articles = QStringLiteral("<p><i>%1</i></p>").arg(tr("As worded in %1, in force from %2.")
                                                             .arg(version->name.toHtmlEscaped(),
                                                                  version->inForceFrom.toString(QStringLiteral("dd-MM-yyyy"))));
        for (const ProtocolArticle &a : version->articles)
            if (i.articleIds.contains(a.id))
                articles += QStringLiteral("<h4>%1 %2</h4><p>%3</p>")
                                .arg(a.code.toHtmlEscaped(), a.title.toHtmlEscaped(),
                                     a.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (i.articleIds.isEmpty())
        articles += QStringLiteral("<p>%1</p>").arg(tr("No articles chosen yet; choose them with Edit incident."));
    m_articles->setHtml(articles);

    m_statusMenu->clear();
    for (IncidentStatus next : IncidentRules::nextStatuses(i.status)) {
        QAction *action = m_statusMenu->addAction(IncidentRules::isClosed(i.status) ? tr("Reopen: %1").arg(Labels::incidentStatus(next))
                                                                                     : Labels::incidentStatus(next));
        action->setData(int(next));
        connect(action, &QAction::triggered, this, [this, next] { moveTo(next); });
    }
}

void CaseView::moveTo(IncidentStatus status)
{
    QString text;
    if (IncidentRules::isClosed(status)) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, Labels::incidentStatus(status),
                                              tr("Closing summary: how the case ended and what was agreed."),
                                              m_incident.closingSummary, &ok);
        if (!ok)
            return;
    } else if (IncidentRules::isClosed(m_incident.status)) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, tr("Reopen case"), tr("Why is the case reopened?"), QString(), &ok);
        if (!ok)
            return;
    }
    try {
        IncidentService(*m_session.database, m_session.scope).changeStatus(m_incident, status, text);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Change status"), error);
        if (error.kind() == StorageError::Kind::Invalid && m_incident.status == IncidentStatus::Gemeld
            && m_incident.articleIds.isEmpty())
            editIncident();
        return;
    }
    reload();
}

void CaseView::editIncident()
{
    const auto current = Lookup(m_session).incident(m_incident.id);
    if (!current)
        return;
    IncidentDialog dialog(m_session, *current, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CaseView::linkIncident()
{
    bool ok = false;
    const QString reference = QInputDialog::getText(this, tr("Link incident"),
                                                    tr("Reference of the related incident (for example 2026-0042):"),
                                                    QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || reference.isEmpty())
        return;
    try {
        const Incident other = Lookup(m_session).requireIncidentByReference(reference);
        IncidentService(*m_session.database, m_session.scope).link(m_incident.id, other.id);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Link incident"), error);
    }
    reload();
}

void CaseView::unlinkSelected()
{
    QListWidgetItem *item = m_related->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Unlink"), tr("Remove the link with %1?").arg(item->text())) != QMessageBox::Yes)
        return;
    try {
        IncidentService(*m_session.database, m_session.scope).unlink(m_incident.id, item->data(Qt::UserRole).toLongLong());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Unlink"), error);
    }
    reload();
}

void CaseView::writeLetter()
{
    // A letter is about a pupil or a staff member involved in the case.
    const Lookup persons(m_session);
    QList<Person> subjects;
    for (const Involvement &v : m_incident.involvements)
        if (const auto p = persons.person(v.personId);
            p && (p->kind == PersonKind::Leerling || p->kind == PersonKind::Medewerker)) {
            bool listed = false;
            for (const Person &known : std::as_const(subjects))
                listed = listed || known.id == p->id;
            if (!listed)
                subjects.append(*p);
        }
    if (subjects.isEmpty()) {
        QMessageBox::information(this, tr("Letter"), tr("No pupil or staff member is involved in this case."));
        return;
    }
    int index = 0;
    if (subjects.size() > 1) {
        QStringList names;
        for (const Person &p : std::as_const(subjects))
            names.append(p.sortName());
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Letter"), tr("About whom is the letter?"), names, 0, false, &ok);
        if (!ok)
            return;
        index = int(names.indexOf(chosen));
    }
    LetterDialog dialog(m_session, m_incident.id, 0, subjects.at(index).id, this);
    dialog.exec();
    if (dialog.dossierToOpen() > 0)
        emit openDossierRequested(dialog.dossierToOpen());
}

std::unique_ptr<RedactionDialog> CaseView::redactedSummary()
{
    // The copy is usually for the victim's parents: preselect the first victim, else the first person.
    qint64 forPerson = 0;
    for (const Involvement &v : m_incident.involvements)
        if (v.role == InvolvementRole::Slachtoffer && !forPerson)
            forPerson = v.personId;
    if (!forPerson && !m_incident.involvements.isEmpty())
        forPerson = m_incident.involvements.first().personId;
    auto dialog = std::make_unique<RedactionDialog>(m_session, RedactionDialog::Subject::Case, m_incident.id,
                                                    tr("Case summary %1").arg(m_incident.reference), forPerson, this);
    return dialog;
}

bool CaseView::savePdf(const QString &path)
{
    return SummaryPrint::savePdf(this, m_session, CaseSummary(*m_session.database, m_session.scope).html(m_incident.id),
                                 QStringLiteral("incidents"), m_incident.id, QStringLiteral("case summary"),
                                 tr("Case summary %1.pdf").arg(m_incident.reference), path);
}
