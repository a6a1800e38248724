#include "correspondencedialog.h"

#include "common/formmessage.h"
#include "services/lookup.h"
#include "common/errormessage.h"
#include "common/filedrop.h"
#include "common/storedchoice.h"
#include "domain/displaytext.h"
#include "domain/labels.h"
#include "maildrop.h"
#include "persons/pickpersondialog.h"
#include "services/correspondenceservice.h"
#include "services/eventlog.h"
#include "services/privatecopies.h"
#include "domain/storageerror.h"
#include "ui_correspondencedialog.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QUrl>

CorrespondenceDialog::CorrespondenceDialog(Session &session, PrivateCopies &copies, const Correspondence &item, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CorrespondenceDialog>()), m_session(session), m_copies(copies), m_item(item)
{
    m_ui->setupUi(this);
    setWindowTitle(item.id == 0 ? tr("New correspondence") : tr("Correspondence: %1").arg(item.subject));
    for (int value = 0; value <= int(Direction::Intern); ++value)
        m_ui->directionCombo->addItem(Labels::direction(Direction(value)), value);
    for (int value = 0; value <= int(Channel::Gespreksverslag); ++value)
        m_ui->channelCombo->addItem(Labels::channel(Channel(value)), value);
    m_ui->directionCombo->setCurrentIndex(int(item.direction));
    m_ui->channelCombo->setCurrentIndex(int(item.channel));
    m_ui->registeredEdit->setText(item.registeredNumber);
    m_ui->dateEdit->setDate(item.sentOn.isValid() ? item.sentOn : QDate::currentDate());
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->correspondentEdit->setText(item.correspondent);
    m_ui->subjectEdit->setText(item.subject);
    m_ui->summaryEdit->setPlainText(item.summary);
    m_ui->dossierButton->setVisible(item.id == 0);
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    if (item.personId > 0)
        if (const auto dossier = Lookup(session).person(item.personId))
            m_ui->dossierEdit->setText(dossier->sortName());
    if (item.id > 0)
        m_stored = Lookup(session).attachmentsOfCorrespondence(item.id);
    fillIncidents();
    fillAttachments();
    updateChannel();
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, &CorrespondenceDialog::updateChannel);
    connect(m_ui->dossierButton, &QPushButton::clicked, this, &CorrespondenceDialog::chooseDossier);
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Add attachments")));
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, &CorrespondenceDialog::openSelected);
    connect(m_ui->attachmentsList, &QListWidget::itemActivated, this, &CorrespondenceDialog::openSelected);
    connect(m_ui->saveAsButton, &QPushButton::clicked, this, &CorrespondenceDialog::saveSelectedAs);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CorrespondenceDialog::removeSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CorrespondenceDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->subjectEdit->setFocus();
}

CorrespondenceDialog::~CorrespondenceDialog() = default;

bool CorrespondenceDialog::setDossierFromPerson(qint64 personId)
{
    const auto filing = MailDrop::chooseFiling(this, m_session, personId, windowTitle());
    if (!filing)
        return false;
    m_item.personId = filing->dossier.id;
    m_item.aboutPersonId = filing->aboutPersonId;
    m_ui->dossierEdit->setText(filing->dossier.sortName());
    fillIncidents();
    return true;
}

void CorrespondenceDialog::chooseDossier()
{
    PickPersonDialog dialog(m_session, tr("In whose dossier?"), false, this);
    if (dialog.exec() == QDialog::Accepted)
        setDossierFromPerson(dialog.person().id);
}

void CorrespondenceDialog::fillIncidents()
{
    const qint64 current = m_item.incidentId;
    m_ui->incidentCombo->clear();
    m_ui->incidentCombo->addItem(tr("(none)"), qint64(0));
    // The cases of the dossier's person and of the parent it concerns, if any.
    for (const qint64 personId : { m_item.personId, m_item.aboutPersonId }) {
        if (personId <= 0)
            continue;
        IncidentFilter filter;
        filter.personId = personId;
        filter.openOnly = false;
        for (const Incident &i : Lookup(m_session).incidents(filter, 500))
            if (m_ui->incidentCombo->findData(i.id) < 0)
                m_ui->incidentCombo->addItem(QStringLiteral("%1  %2").arg(i.reference, i.title), i.id);
    }
    QString label = tr("case %1").arg(current);
    if (current > 0 && m_ui->incidentCombo->findData(current) < 0)
        if (const auto stored = Lookup(m_session).incident(current))
            label = QStringLiteral("%1  %2").arg(stored->reference, stored->title);
    StoredChoice::select(m_ui->incidentCombo, current, label);
}

void CorrespondenceDialog::fillAttachments()
{
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    m_ui->attachmentsList->clear();
    for (const AttachmentInfo &a : std::as_const(m_stored)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(a.fileName, dutch.formattedDataSize(a.size)),
                                         m_ui->attachmentsList);
        item->setData(Qt::UserRole, a.id);
    }
    for (const QString &path : std::as_const(m_added)) {
        auto *item = new QListWidgetItem(tr("%1 (new)").arg(QFileInfo(path).fileName()), m_ui->attachmentsList);
        item->setData(Qt::UserRole + 1, path);
    }
}

void CorrespondenceDialog::updateChannel()
{
    const bool registered = Channel(m_ui->channelCombo->currentData().toInt()) == Channel::Aangetekend;
    m_ui->registeredEdit->setEnabled(registered);
    m_ui->registeredEditLabel->setEnabled(registered);
}

void CorrespondenceDialog::addFiles(const QStringList &paths)
{
    const qint64 limit = Lookup(m_session).attachmentLimit();
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            m_ui->messageLabel->setText(tr("%1 cannot be read.").arg(info.fileName()));
            m_ui->messageLabel->show();
            continue;
        }
        if (info.size() > limit) {
            m_ui->messageLabel->setText(tr("%1 is %2; attachments may be at most %3 (Beheer → Instellingen).")
                                            .arg(info.fileName(), dutch.formattedDataSize(info.size()), dutch.formattedDataSize(limit)));
            m_ui->messageLabel->show();
            continue;
        }
        m_added.append(path);
    }
    fillAttachments();
}

void CorrespondenceDialog::openSelected()
{
    QListWidgetItem *item = m_ui->attachmentsList->currentItem();
    if (!item)
        return;
    QString path = item->data(Qt::UserRole + 1).toString();
    try {
        if (path.isEmpty())
            for (const AttachmentInfo &a : std::as_const(m_stored))
                if (a.id == item->data(Qt::UserRole).toLongLong())
                    path = m_copies.write(*m_session.database, a.sha256, a.fileName);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Open attachment"), error);
        return;
    }
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(this, tr("Open attachment"), tr("No program is set up to open %1.").arg(QFileInfo(path).fileName()));
}

void CorrespondenceDialog::saveSelectedAs()
{
    QListWidgetItem *item = m_ui->attachmentsList->currentItem();
    if (!item || item->data(Qt::UserRole).toLongLong() == 0)
        return;
    for (const AttachmentInfo &a : std::as_const(m_stored)) {
        if (a.id != item->data(Qt::UserRole).toLongLong())
            continue;
        // Offered under its clean name; a stored name is never used as a path.
        const QString target = QFileDialog::getSaveFileName(this, tr("Save attachment as"), DisplayText::fileName(a.fileName));
        if (target.isEmpty())
            return;
        try {
            CorrespondenceService(*m_session.database, m_session.scope).saveAttachmentAs(a, target);
        } catch (const StorageError &error) {
            ErrorMessage::show(this, tr("Save attachment as"), error);
        }
    }
}

void CorrespondenceDialog::removeSelected()
{
    QListWidgetItem *item = m_ui->attachmentsList->currentItem();
    if (!item)
        return;
    const QString path = item->data(Qt::UserRole + 1).toString();
    if (!path.isEmpty()) {
        m_added.removeAll(path);
    } else {
        // Removing a stored file takes effect on Save, and is recorded in the audit log then.
        for (int i = 0; i < m_stored.size(); ++i)
            if (m_stored.at(i).id == item->data(Qt::UserRole).toLongLong())
                m_removed.append(m_stored.takeAt(i));
    }
    fillAttachments();
}

Correspondence CorrespondenceDialog::item() const
{
    Correspondence c = m_item;
    c.incidentId = m_ui->incidentCombo->currentData().toLongLong();
    c.direction = Direction(m_ui->directionCombo->currentData().toInt());
    c.channel = Channel(m_ui->channelCombo->currentData().toInt());
    c.registeredNumber = c.channel == Channel::Aangetekend ? m_ui->registeredEdit->text().trimmed() : QString();
    c.sentOn = m_ui->dateEdit->date();
    c.correspondent = m_ui->correspondentEdit->text().trimmed();
    c.subject = m_ui->subjectEdit->text().trimmed();
    c.summary = m_ui->summaryEdit->toPlainText().trimmed();
    return c;
}

void CorrespondenceDialog::attempt()
{
    Correspondence c = item();
    if (c.personId == 0) {
        m_ui->messageLabel->setText(tr("Choose the dossier this item belongs in."));
        m_ui->messageLabel->show();
        m_ui->dossierButton->setFocus();
        return;
    }
    try {
        CorrespondenceService service(*m_session.database, m_session.scope);
        if (c.id == 0)
            service.file(c, m_added);
        else
            service.save(c, m_added, m_removed);
    } catch (const StorageError &error) {
        m_ui->messageLabel->setText(error.message());
        m_ui->messageLabel->show();
        return;
    }
    m_item = c;
    accept();
}

void CorrespondenceDialog::dragEnterEvent(QDragEnterEvent *event)
{
    FileDrop::acceptFiles(event);
}

void CorrespondenceDialog::dropEvent(QDropEvent *event)
{
    addFiles(FileDrop::takeFiles(event));
}
