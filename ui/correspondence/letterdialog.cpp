#include "letterdialog.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "domain/displaytext.h"
#include "domain/labels.h"
#include "services/auditedoutput.h"
#include "domain/storageerror.h"

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

LetterDialog::LetterDialog(Session &session, qint64 incidentId, qint64 measureId, qint64 subjectPersonId, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_service(*session.database, session.scope, session.user.displayName, Labels::role(session.user.role).toLower()),
      m_incidentId(incidentId),
      m_measureId(measureId),
      m_subjectId(subjectPersonId),
      m_template(new QComboBox(this)),
      m_recipients(new QListWidget(this)),
      m_action(new QComboBox(this)),
      m_preview(new QTextBrowser(this)),
      m_problem(new QLabel(this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this)),
      m_odt(new QPushButton(tr("Save as &ODT…"), this)),
      m_file(new QPushButton(tr("&File the letter"), this))
{
    setWindowTitle(tr("Letter"));
    m_templates = Lookup(session).letterTemplates();
    for (const LetterTemplate &t : std::as_const(m_templates))
        m_template->addItem(t.name, t.id);
    m_candidates = m_service.recipientsFor(subjectPersonId);
    for (const LetterService::Recipient &r : std::as_const(m_candidates)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(r.person.displayName(), r.role), m_recipients);
        item->setCheckState(r.preselected ? Qt::Checked : Qt::Unchecked);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_file->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Recipients:"), m_recipients);
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
    layout->addLayout(buttons);
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
    connect(m_file, &QPushButton::clicked, this, [this] {
        if (fileLetter())
            accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 760);
    updateActions();
    if (m_recipients->count() > 0)
        m_recipients->setCurrentRow(0);
    updatePreview();
}

bool LetterDialog::chooseTemplate(const QString &code)
{
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).code == code) {
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
    for (int row = 0; row < m_recipients->count(); ++row)
        if (m_recipients->item(row)->checkState() == Qt::Checked)
            r.recipients.append(m_candidates.at(row));
    r.actionToComplete = m_action->currentData().toLongLong();
    return r;
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
    const QString problem = LetterService::templateProblem(r.letter);
    m_problem->setText(problem.isEmpty() && r.recipients.isEmpty() ? tr("Choose at least one recipient.") : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    const bool usable = problem.isEmpty() && !r.recipients.isEmpty();
    for (QPushButton *b : { m_print, m_pdf, m_odt, m_file })
        b->setEnabled(usable && !m_filed);
    const int row = m_recipients->currentRow();
    if (row >= 0 && row < m_candidates.size() && problem.isEmpty())
        m_preview->setHtml(m_service.html(r, m_candidates.at(row)));
    else
        m_preview->clear();
}

QStringList LetterDialog::saveAs(const QString &folder, bool pdf)
{
    const LetterService::Request r = request();
    QStringList written;
    for (const LetterService::Recipient &recipient : r.recipients) {
        QString name = QStringLiteral("%1 - %2.%3").arg(r.letter.name, recipient.person.displayName(),
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
    try {
        m_service.issue(request());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, windowTitle(), error);
        return false;
    }
    m_filed = true;
    updatePreview();
    return true;
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
