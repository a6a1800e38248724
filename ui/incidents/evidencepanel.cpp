#include "evidencepanel.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "common/filedrop.h"
#include "common/icons.h"
#include "correspondence/maildrop.h"
#include "persons/pickpersondialog.h"
#include "services/incidentservice.h"
#include "services/privatecopies.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

EvidencePanel::EvidencePanel(Session &session, PrivateCopies &copies, QWidget *parent)
    : QWidget(parent), m_session(session), m_copies(copies), m_table(new QTableWidget(this))
{
    m_add = new QAction(Icons::add(), tr("&Add evidence…"), this);
    m_paste = new QAction(Icons::paste(), tr("&Paste screenshot"), this);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_open = new QAction(Icons::open(), tr("&Open"), this);
    m_remove = new QAction(Icons::remove(), tr("&Remove…"), this);
    for (QAction *action : { m_add, m_paste, m_open, m_remove }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &EvidencePanel::chooseFiles);
    connect(m_paste, &QAction::triggered, this, &EvidencePanel::pasteImage);
    connect(m_open, &QAction::triggered, this, &EvidencePanel::openCurrent);
    connect(m_remove, &QAction::triggered, this, &EvidencePanel::removeCurrent);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : { m_add, m_paste, m_open, m_remove })
        bar->addAction(action);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Size"), tr("Captured"), tr("Source"), tr("Added by"),
                                         tr("SHA-256") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EvidencePanel::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &EvidencePanel::openCurrent);
    auto *hint = new QLabel(tr("Drop files here, or paste a screenshot with Ctrl+Shift+V."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_table);
    layout->addWidget(hint);
    setAcceptDrops(true);
    updateActions();
}

void EvidencePanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void EvidencePanel::reload()
{
    m_evidence = Lookup(m_session).attachmentsOfIncident(m_incidentId);
    QHash<qint64, QString> users;
    for (const User &user : Lookup(m_session).everyUser())
        users.insert(user.id, user.displayName);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_evidence.size()));
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    for (int row = 0; row < m_evidence.size(); ++row) {
        const AttachmentInfo &a = m_evidence.at(row);
        auto *name = new QTableWidgetItem(a.fileName);
        name->setData(Qt::UserRole, a.id);
        name->setToolTip(a.mimeType);
        m_table->setItem(row, 0, name);
        auto *size = new QTableWidgetItem(dutch.formattedDataSize(a.size));
        size->setData(Qt::UserRole, a.size);
        m_table->setItem(row, 1, size);
        m_table->setItem(row, 2, new QTableWidgetItem(a.capturedAt.isValid()
                                                          ? a.capturedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))
                                                          : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(a.sourceUrl));
        m_table->setItem(row, 4, new QTableWidgetItem(
                                     users.value(a.addedByUserId) + a.addedAt.toLocalTime().toString(QStringLiteral(", dd-MM-yyyy HH:mm"))));
        m_table->setItem(row, 5, new QTableWidgetItem(QString::fromLatin1(a.sha256)));
    }
    m_table->setSortingEnabled(true);
    updateActions();
}

void EvidencePanel::updateActions()
{
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_open->setEnabled(selected);
    m_remove->setEnabled(selected);
}

bool EvidencePanel::askDetails(QString *sourceUrl, QDateTime *capturedAt)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Evidence"));
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(tr("https://… (optional)"));
    auto *captured = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    captured->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    captured->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Where it was found (address):"), url);
    form->addRow(tr("&Captured on:"), captured);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *sourceUrl = url->text().trimmed();
    *capturedAt = captured->dateTime().toUTC();
    return true;
}

void EvidencePanel::addFiles(const QStringList &paths)
{
    if (paths.isEmpty() || m_incidentId == 0)
        return;
    QString sourceUrl;
    QDateTime capturedAt;
    if (!askDetails(&sourceUrl, &capturedAt))
        return;
    IncidentService service(*m_session.database, m_session.scope);
    for (const QString &path : paths) {
        try {
            service.addEvidenceFile(m_incidentId, path, sourceUrl, capturedAt);
        } catch (const StorageError &error) {
            ErrorMessage::show(this, tr("Evidence"), error);
        }
    }
    reload();
}

void EvidencePanel::chooseFiles()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Add evidence")));
}

bool EvidencePanel::pasteImage()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (data && data->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : data->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        if (!paths.isEmpty()) {
            addFiles(paths);
            return true;
        }
    }
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        QMessageBox::information(this, tr("Paste screenshot"),
                                 tr("The clipboard holds no picture. Make a screenshot of the post first (for example "
                                    "with the Print Screen key), then paste it here."));
        return false;
    }
    QString sourceUrl;
    QDateTime capturedAt;
    if (!askDetails(&sourceUrl, &capturedAt))
        return false;
    try {
        IncidentService(*m_session.database, m_session.scope).addEvidenceImage(m_incidentId, image, sourceUrl, capturedAt);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Paste screenshot"), error);
        return false;
    }
    reload();
    return true;
}

void EvidencePanel::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const AttachmentInfo &a : std::as_const(m_evidence)) {
        if (a.id != id)
            continue;
        try {
            const QString path = m_copies.write(*m_session.database, a.sha256, a.fileName);
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
                QMessageBox::information(this, tr("Open evidence"),
                                         tr("No program is set up to open %1. A private copy is at %2 until "
                                            "Dossierkast is closed.").arg(a.fileName, path));
        } catch (const StorageError &error) {
            ErrorMessage::show(this, tr("Open evidence"), error);
        }
    }
}

void EvidencePanel::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const AttachmentInfo &a : std::as_const(m_evidence)) {
        if (a.id != id)
            continue;
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Remove evidence"),
                                                     tr("Why is %1 removed from this case? The reason is kept in the "
                                                        "audit trail with the removal.").arg(a.fileName),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        try {
            IncidentService(*m_session.database, m_session.scope).removeEvidence(a, reason);
        } catch (const StorageError &error) {
            ErrorMessage::show(this, tr("Remove evidence"), error);
        }
        break;
    }
    reload();
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    FileDrop::acceptFiles(event);
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    dropFiles(FileDrop::takeFiles(event));
}

void EvidencePanel::dropFiles(const QStringList &paths)
{
    QStringList mails;
    QStringList others;
    for (const QString &path : paths) {
        const bool mail = path.endsWith(QStringLiteral(".eml"), Qt::CaseInsensitive)
                          || path.endsWith(QStringLiteral(".msg"), Qt::CaseInsensitive);
        (mail ? mails : others).append(path);
    }
    if (!mails.isEmpty() && m_incidentId != 0) {
        QMessageBox box(QMessageBox::Question, tr("Mail dropped on the case"),
                        tr("%n of the dropped files are e-mail. File them as correspondence of this case, in a dossier, "
                           "or keep them as evidence?", nullptr, int(mails.size())),
                        QMessageBox::NoButton, this);
        QPushButton *file = box.addButton(tr("File as &correspondence…"), QMessageBox::AcceptRole);
        QPushButton *evidence = box.addButton(tr("Keep as &evidence"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(file);
        box.exec();
        if (box.clickedButton() == file) {
            PickPersonDialog pick(m_session, tr("In whose dossier?"), false, this);
            if (pick.exec() == QDialog::Accepted)
                MailDrop::file(this, m_session, mails, pick.person().id, m_incidentId);
        } else if (box.clickedButton() == evidence) {
            others += mails;
        } else {
            return;
        }
    }
    addFiles(others);
}
