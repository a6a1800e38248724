#include "letterdialog.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "domain/displaytext.h"
#include "domain/labels.h"
#include "domain/lettermerge.h"
#include "domain/measure.h"
#include "services/auditedoutput.h"
#include "domain/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

LetterDialog::LetterDialog(Session &session, qint64 incidentId, qint64 measureId, qint64 subjectPersonId, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_service(*session.database, session.scope, session.user.displayName, Labels::role(session.user.role).toLower()),
      m_incidentId(incidentId),
      m_measureId(measureId),
      m_subjectId(subjectPersonId),
      m_measure(new QComboBox(this)),
      m_template(new QComboBox(this)),
      m_recipients(new QListWidget(this)),
      m_action(new QComboBox(this)),
      m_preview(new QTextBrowser(this)),
      m_problem(new QLabel(this)),
      m_together(new QCheckBox(tr("One letter to &parents who live at the same address"), this)),
      m_done(new QLabel(this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this)),
      m_odt(new QPushButton(tr("Save as &ODT…"), this)),
      m_file(new QPushButton(tr("&File the letter"), this))
{
    setWindowTitle(tr("Letter"));
    const Lookup lookup(session);
    const auto subject = lookup.person(subjectPersonId);
    for (const LetterTemplate &t : lookup.letterTemplates())
        if (!subject || LetterService::fits(t, subject->kind))
            m_templates.append(t);
    for (const LetterTemplate &t : std::as_const(m_templates))
        m_template->addItem(t.name, t.id);
    m_candidates = m_service.recipientsFor(subjectPersonId);
    for (const LetterService::Recipient &r : std::as_const(m_candidates)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(r.person.displayName(), r.role), m_recipients);
        item->setCheckState(r.preselected ? Qt::Checked : Qt::Unchecked);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_done->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::RichText);
    m_done->hide();
    connect(m_done, &QLabel::linkActivated, this, [this](const QString &link) {
        m_openDossier = link.section(QLatin1Char(':'), 1).toLongLong();
        accept();
    });
    m_together->setChecked(true);
    connect(m_together, &QCheckBox::toggled, this, &LetterDialog::updatePreview);
    m_file->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("About the &measure:"), m_measure);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(QString(), m_together);
    form->addRow(tr("Marks as &done:"), m_action);
    m_recipients->setMaximumHeight(110);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_print, m_pdf, m_odt })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_file);
    auto *close = new QPushButton(tr("&Close"), this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (the selected recipient):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_done);
    layout->addLayout(buttons);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &LetterDialog::measureChosen);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        updateActions();
        updatePreview();
    });
    connect(m_recipients, &QListWidget::currentRowChanged, this, &LetterDialog::updatePreview);
    connect(m_recipients, &QListWidget::itemChanged, this, &LetterDialog::updatePreview);
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the letters as PDF in"));
        if (!folder.isEmpty())
            savePdf(folder);
    });
    connect(m_odt, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the letters as ODT in"));
        if (!folder.isEmpty())
            saveOdt(folder);
    });
    connect(m_file, &QPushButton::clicked, this, &LetterDialog::fileLetter);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 640);
    if (m_recipients->count() > 0)
        m_recipients->setCurrentRow(0);
    fillMeasures(measureId);
    measureChosen();
    // Without a case there is no measure to choose.
    m_measure->setVisible(incidentId > 0);
    form->labelForField(m_measure)->setVisible(incidentId > 0);
}

void LetterDialog::fillMeasures(qint64 measureId)
{
    // The person's measures in this case (withdrawn ones are not written about); with several
    // the user says which one the letter is about.
    const QSignalBlocker blocker(m_measure);
    const Lookup lookup(m_session);
    QList<Measure> own;
    if (m_incidentId > 0)
        for (const Measure &m : lookup.measuresOfIncident(m_incidentId))
            if (m.personId == m_subjectId && (m.status != MeasureStatus::Ingetrokken || m.id == measureId))
                own.append(m);
    if (own.size() > 1 && measureId == 0)
        m_measure->addItem(tr("— choose the measure —"), qint64(-1));
    m_measure->addItem(tr("(no measure: a letter about the case)"), qint64(0));
    for (const Measure &m : std::as_const(own)) {
        const auto type = lookup.rung(m.measureTypeId);
        const QDate day = m.decidedOn.isValid() ? m.decidedOn : m.proposedOn;
        m_measure->addItem(QStringLiteral("%1 — %2 %3").arg(type ? type->name : tr("Measure"),
                                                             Labels::measureStatus(m.status).toLower(),
                                                             day.toString(QStringLiteral("dd-MM-yyyy"))),
                           m.id);
    }
    int index = own.size() == 1 && measureId == 0 ? 1 : 0;
    if (measureId > 0)
        index = std::max(0, m_measure->findData(measureId));
    m_measure->setCurrentIndex(index);
}

void LetterDialog::measureChosen()
{
    // The template follows the measure: a pupil's suspension gets the suspension letter, …
    m_measureId = std::max<qint64>(0, m_measure->currentData().toLongLong());
    const Lookup lookup(m_session);
    const auto measure = m_measureId > 0 ? lookup.measure(m_measureId) : std::nullopt;
    const auto type = measure ? lookup.rung(measure->measureTypeId) : std::nullopt;
    if (!chooseTemplate(LetterService::templateFor(measure, type))) {
        updateActions();
        updatePreview();
    }
}

bool LetterDialog::chooseTemplate(const QString &code)
{
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).code == code) {
            if (m_template->currentIndex() == i)
                return false;       // nothing changes: the caller refreshes
            m_template->setCurrentIndex(i);
            return true;
        }
    return false;
}

LetterService::Request LetterDialog::request() const
{
    LetterService::Request r;
    const int index = m_template->currentIndex();
    if (index >= 0 && index < m_templates.size())
        r.letter = m_templates.at(index);
    r.incidentId = m_incidentId;
    r.measureId = m_measureId;
    r.subjectPersonId = m_subjectId;
    r.recipients = m_together->isChecked() ? LetterService::togetherAtOneAddress(checkedRecipients()) : checkedRecipients();
    r.actionToComplete = m_action->currentData().toLongLong();
    return r;
}

QList<LetterService::Recipient> LetterDialog::checkedRecipients() const
{
    QList<LetterService::Recipient> checked;
    for (int row = 0; row < m_recipients->count(); ++row)
        if (m_recipients->item(row)->checkState() == Qt::Checked)
            checked.append(m_candidates.at(row));
    return checked;
}

void LetterDialog::updateActions()
{
    // The open actions of the case; the one the template fulfils is chosen for the user.
    const LetterService::Request r = request();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("(none)"), qint64(0));
    int preselect = 0;
    for (const Action &a : Lookup(m_session).actionsOfIncident(m_incidentId)) {
        if (a.status != ActionStatus::Open)
            continue;
        m_action->addItem(QStringLiteral("%1 (%2)").arg(a.title, a.dueOn.toString(QStringLiteral("dd-MM-yyyy"))), a.id);
        if (preselect == 0 && r.letter.actionKind && *r.letter.actionKind == a.kind
            && (m_measureId == 0 || a.measureId == m_measureId || a.measureId == 0))
            preselect = m_action->count() - 1;
    }
    m_action->setCurrentIndex(preselect);
}

void LetterDialog::updatePreview()
{
    const LetterService::Request r = request();
    QString problem;
    if (m_measure->currentData().toLongLong() < 0)
        problem = tr("Choose the measure the letter is about.");
    else if (m_templates.isEmpty())
        problem = tr("There is no template for a letter about this person. Add one in Beheer → Letters.");
    else
        problem = m_service.problem(r);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    for (QPushButton *b : { m_print, m_pdf, m_odt, m_file })
        b->setEnabled(problem.isEmpty() && !m_filed);
    // Offered only where two chosen parents share an address.
    m_together->setVisible(LetterService::shareAnAddress(checkedRecipients()));
    // The preview shows the blanks too, so the user sees where a value is missing; a parent who
    // shares a letter sees the shared one.
    const int row = m_recipients->currentRow();
    std::optional<LetterService::Recipient> shown;
    if (row >= 0 && row < m_candidates.size()) {
        shown = m_candidates.at(row);
        for (const LetterService::Recipient &recipient : r.recipients)
            for (const Person &p : recipient.everyone())
                if (p.id == m_candidates.at(row).person.id)
                    shown = recipient;
    }
    if (shown && LetterService::templateProblem(r.letter).isEmpty() && !m_templates.isEmpty())
        m_preview->setHtml(m_service.html(r, *shown));
    else
        m_preview->clear();
}

QStringList LetterDialog::saveAs(const QString &folder, bool pdf)
{
    const LetterService::Request r = request();
    QStringList written;
    if (const QString problem = m_service.problem(r); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return written;
    }
    for (const LetterService::Recipient &recipient : r.recipients) {
        QString name = QStringLiteral("%1 - %2.%3").arg(r.letter.name, LetterMerge::names(recipient.everyone()),
                                                        pdf ? QStringLiteral("pdf") : QStringLiteral("odt"));
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString path = QDir(folder).filePath(DisplayText::fileName(name));
        // A letter taken out of the program is recorded, and named only after its record.
        try {
            AuditedOutput output(path);
            const QString html = m_service.html(r, recipient);
            output.write(pdf ? LetterService::pdf(html) : LetterService::odt(html));
            output.publish(*m_session.database, m_session.scope, QStringLiteral("export"),
                           r.incidentId != 0 ? QStringLiteral("incidents") : QStringLiteral("persons"),
                           r.incidentId != 0 ? r.incidentId : r.subjectPersonId,
                           pdf ? QStringLiteral("letter saved as PDF") : QStringLiteral("letter saved as ODT"));
        } catch (const StorageError &error) {
            ErrorMessage::show(this, windowTitle(), error);
            return written;
        }
        written.append(path);
    }
    m_output = true;
    confirm(tr("Saved: %n file(s) in %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder).toHtmlEscaped()));
    return written;
}

QStringList LetterDialog::savePdf(const QString &folder)
{
    return saveAs(folder, true);
}

QStringList LetterDialog::saveOdt(const QString &folder)
{
    return saveAs(folder, false);
}

void LetterDialog::print()
{
    if (const QString problem = m_service.problem(request()); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LetterService::Request r = request();
    for (const LetterService::Recipient &recipient : r.recipients) {
        QTextDocument document;
        document.setHtml(m_service.html(r, recipient));
        document.print(&printer);
    }
    m_output = true;
}

bool LetterDialog::fileLetter()
{
    QList<LetterService::Issued> issued;
    try {
        issued = m_service.issue(request());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, windowTitle(), error);
        return false;
    }
    m_filed = true;
    updatePreview();
    // Where it went: the dossier, one click away.
    const qint64 dossier = issued.isEmpty() ? 0 : issued.first().item.personId;
    const auto person = Lookup(m_session).person(dossier);
    const QString whose = person ? person->displayName() : QString();
    const QString dossierName = person && person->kind == PersonKind::Medewerker ? tr("the staff dossier of %1").arg(whose)
                                                                                 : tr("the pupil dossier of %1").arg(whose);
    confirm(tr("Filed: %n letter(s), each with its PDF, in %1.", nullptr, int(issued.size())).arg(dossierName.toHtmlEscaped())
            + QStringLiteral(" <a href=\"dossier:%1\">%2</a>").arg(dossier).arg(tr("Open the dossier")));
    return true;
}

void LetterDialog::confirm(const QString &text)
{
    m_done->setText(text);
    m_done->show();
}

void LetterDialog::done(int result)
{
    // A letter that went out on paper or as a file belongs in the dossier too.
    if (m_output && !m_filed
        && QMessageBox::question(this, windowTitle(),
                                 tr("The letter was printed or saved but not yet filed in the dossier. File it now?"))
               == QMessageBox::Yes
        && !fileLetter())
        return;
    QDialog::done(result);
}
