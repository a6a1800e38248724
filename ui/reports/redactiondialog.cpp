#include "redactiondialog.h"
#include "services/lookup.h"
#include "ui_redactiondialog.h"

#include "common/viewstate.h"
#include "domain/labels.h"
#include "reports/casesummary.h"
#include "reports/dossiersummary.h"
#include "reports/redactionpeople.h"
#include "accessrequestdialog.h"
#include "common/errormessage.h"
#include "reports/accessrequestexport.h"
#include "domain/storageerror.h"
#include "summaryprint.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

#include <QCollator>
#include <QPushButton>
#include <QScrollBar>
#include <algorithm>

RedactionDialog::RedactionDialog(Session &session, Subject subject, qint64 id, const QString &title, qint64 forPersonId,
                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RedactionDialog>()), m_session(session), m_subject(subject), m_id(id), m_title(title)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Summary for one person — %1").arg(title));
    m_people = subject == Subject::Case ? CaseSummary(*session.database, session.scope).people(id)
                                        : DossierSummary(*session.database, session.scope).people(id);
    QCollator collator(QLocale(QLocale::Dutch));
    std::sort(m_people.begin(), m_people.end(), [&collator](const Person &a, const Person &b) {
        return collator.compare(a.sortName(), b.sortName()) < 0;
    });
    m_filling = true;
    for (const Person &p : std::as_const(m_people)) {
        const QString text = QStringLiteral("%1 (%2)").arg(p.sortName(), Labels::personKind(p.kind).toLower());
        m_ui->forCombo->addItem(text, p.id);
        auto *item = new QListWidgetItem(text, m_ui->peopleList);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const int preselected = m_ui->forCombo->findData(forPersonId);
    m_ui->forCombo->setCurrentIndex(std::max(0, preselected));
    m_filling = false;
    m_ui->legendLabel->setText(tr("<span style=\"background-color: #ffe27a;\">&nbsp;Yellow&nbsp;</span> replaced by a role label or "
                                  "[weggelakt]. <span style=\"background-color: #ffb3a7;\">&nbsp;Red&nbsp;</span> not replaced: the word "
                                  "also belongs to someone who stays named; add it above if it has to go."));

    auto *print = m_ui->buttonBox->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto *pdf = m_ui->buttonBox->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, [this] {
        SummaryPrint::preview(this, m_session, html(), m_subject == Subject::Case ? QStringLiteral("incidents") : QStringLiteral("persons"),
                              m_id, auditKind());
    });
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    // A reporter sees only their own cases, not the whole dossier an access request must answer.
    if (subject == Subject::Dossier && m_session.user.role != UserRole::Melder) {
        auto *zip = m_ui->buttonBox->addButton(tr("Access re&quest (ZIP)…"), QDialogButtonBox::ActionRole);
        zip->setToolTip(tr("The answer to an access request: this summary, the dossier's letters and documents, and the data as JSON"));
        connect(zip, &QPushButton::clicked, this, &RedactionDialog::askAccessRequest);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->forCombo, &QComboBox::currentIndexChanged, this, &RedactionDialog::chooseFor);
    connect(m_ui->peopleList, &QListWidget::itemChanged, this, &RedactionDialog::refresh);
    connect(m_ui->staffCheck, &QCheckBox::toggled, this, &RedactionDialog::refresh);
    connect(m_ui->addTermButton, &QPushButton::clicked, this, [this] {
        addTerm(m_ui->termEdit->text());
        m_ui->termEdit->clear();
        m_ui->termEdit->setFocus();
    });
    connect(m_ui->termEdit, &QLineEdit::returnPressed, m_ui->addTermButton, &QPushButton::click);
    connect(m_ui->removeTermButton, &QPushButton::clicked, this, [this] {
        delete m_ui->termList->currentItem();
        refresh();
    });
    m_ui->addTermButton->setAutoDefault(false);
    m_ui->removeTermButton->setAutoDefault(false);
    m_ui->splitter->setStretchFactor(1, 1);
    ViewState::restoreGeometry(this, QStringLiteral("redactionDialog"));
    ViewState::restore(m_ui->splitter, QStringLiteral("redactionDialog"));
    chooseFor();
}

RedactionDialog::~RedactionDialog()
{
    ViewState::saveGeometry(this, QStringLiteral("redactionDialog"));
    ViewState::save(m_ui->splitter, QStringLiteral("redactionDialog"));
}

void RedactionDialog::chooseFor()
{
    if (m_filling)
        return;
    const qint64 forId = m_ui->forCombo->currentData().toLongLong();
    const QSet<qint64> kept = RedactionPeople::defaultKept(*m_session.database, forId);
    m_filling = true;
    for (int row = 0; row < m_ui->peopleList->count(); ++row) {
        QListWidgetItem *item = m_ui->peopleList->item(row);
        item->setCheckState(kept.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    refresh();
}

RedactionOptions RedactionDialog::options() const
{
    RedactionOptions options;
    options.forPersonId = m_ui->forCombo->currentData().toLongLong();
    for (int row = 0; row < m_ui->peopleList->count(); ++row) {
        const QListWidgetItem *item = m_ui->peopleList->item(row);
        if (item->checkState() == Qt::Checked)
            options.keptPersons.insert(item->data(Qt::UserRole).toLongLong());
    }
    options.nameStaffInRole = m_ui->staffCheck->isChecked();
    for (int row = 0; row < m_ui->termList->count(); ++row)
        options.extraTerms.append(m_ui->termList->item(row)->text());
    return options;
}

QString RedactionDialog::render(const RedactionOptions &options, QStringList *ambiguous) const
{
    return m_subject == Subject::Case ? CaseSummary(*m_session.database, m_session.scope, options).html(m_id, ambiguous)
                                      : DossierSummary(*m_session.database, m_session.scope, options).html(m_id, ambiguous);
}

QString RedactionDialog::html() const
{
    return render(options(), nullptr);
}

void RedactionDialog::refresh()
{
    if (m_filling)
        return;
    RedactionOptions shown = options();
    shown.highlight = true;
    QStringList ambiguous;
    const int scroll = m_ui->preview->verticalScrollBar()->value();
    m_ui->preview->setHtml(render(shown, &ambiguous));
    m_ui->preview->verticalScrollBar()->setValue(scroll);
    if (ambiguous.isEmpty()) {
        m_ui->ambiguousLabel->clear();
    } else {
        QStringList escaped;
        for (const QString &word : std::as_const(ambiguous))
            escaped.append(QStringLiteral("<b>%1</b>").arg(word.toHtmlEscaped()));
        m_ui->ambiguousLabel->setText(tr("Not replaced because a named person shares them: %1.").arg(escaped.join(QStringLiteral(", "))));
    }
}

void RedactionDialog::addTerm(const QString &term)
{
    const QString trimmed = term.simplified();
    if (trimmed.isEmpty() || !m_ui->termList->findItems(trimmed, Qt::MatchFixedString).isEmpty())
        return;
    m_ui->termList->addItem(trimmed);
    refresh();
}

void RedactionDialog::askAccessRequest()
{
    const int months = Lookup(m_session).intSetting(QStringLiteral("access_request_answer_months"), 1);
    const qint64 personId = m_id;
    const auto person = std::find_if(m_people.cbegin(), m_people.cend(), [personId](const Person &p) { return p.id == personId; });
    AccessRequestDialog ask(person != m_people.cend() ? person->displayName() : m_title, months, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the access request"),
                                                      tr("Access request %1.zip").arg(ask.receivedOn().toString(QStringLiteral("yyyy-MM-dd"))),
                                                      tr("ZIP archive (*.zip)"));
    if (!path.isEmpty())
        exportAccessRequest(ask.receivedOn(), ask.answered(), path);
}

bool RedactionDialog::exportAccessRequest(const QDate &receivedOn, bool answered, const QString &zipPath)
{
    AccessRequestExport::Request request;
    request.personId = m_id;
    request.receivedOn = receivedOn;
    request.answered = answered;
    request.redaction = options();
    request.printedBy = m_session.user.displayName;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const AccessRequestExport::Result result = AccessRequestExport(*m_session.database, m_session.scope).write(request, zipPath);
        QApplication::restoreOverrideCursor();
        QString message = tr("%1 is written with the dossier summary, the data as JSON and %n attachment(s).", nullptr, result.attachments)
                              .arg(QDir::toNativeSeparators(zipPath));
        if (result.actionId > 0 && !answered)
            message += QLatin1Char('\n') + tr("Answer the request by %1; the action is in Termijnen.").arg(result.dueOn.toString(QStringLiteral("dd-MM-yyyy")));
        if (isVisible())
            QMessageBox::information(this, tr("Access request"), message);
        return true;
    } catch (const StorageError &error) {
        QApplication::restoreOverrideCursor();
        ErrorMessage::show(this, tr("Access request"), error);
        return false;
    }
}

QString RedactionDialog::auditKind() const
{
    return QStringLiteral("%1 for person %2, others redacted")
        .arg(m_subject == Subject::Case ? QStringLiteral("case summary") : QStringLiteral("dossier summary"))
        .arg(m_ui->forCombo->currentData().toLongLong());
}

bool RedactionDialog::savePdf(const QString &path)
{
    return SummaryPrint::savePdf(this, m_session, html(), m_subject == Subject::Case ? QStringLiteral("incidents") : QStringLiteral("persons"),
                                 m_id, auditKind(), tr("%1 (copy).pdf").arg(m_title), path);
}
