#include "backuppage.h"

#include "common/busywork.h"
#include "common/errormessage.h"
#include "common/icons.h"
#include "common/listview.h"
#include "backupkeydialog.h"
#include "recoverysheetdialog.h"
#include "reports/recoverysheet.h"
#include "services/backupkeyservice.h"
#include "services/backupschedule.h"
#include "services/lookup.h"
#include "services/pendingrestore.h"
#include "services/sealedbackup.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

} // namespace

BackupPage::BackupPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_folder(new QLineEdit(this)),
      m_lastGood(new QLabel(this)),
      m_serverNote(new QLabel(this)),
      m_keyStatus(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels({ tr("Made on"), tr("File"), tr("Size"), tr("Kind"), tr("Sealed") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    m_backup = new QAction(Icons::save(), tr("&Make a backup now…"), this);
    m_backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_backup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_restore = new QAction(Icons::undo(), tr("&Put a backup back…"), this);
    m_chooseFolder = new QAction(Icons::open(), tr("Choose &folder…"), this);
    m_setKey = new QAction(Icons::edit(), tr("Set backup &passphrase…"), this);
    m_refresh = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : { m_backup, m_restore, m_chooseFolder, m_setKey, m_refresh })
        addAction(action);
    connect(m_setKey, &QAction::triggered, this, &BackupPage::setPassphrase);
    connect(m_backup, &QAction::triggered, this, [this] { backupTo(); });
    connect(m_restore, &QAction::triggered, this, [this] { restoreFrom(); });
    connect(m_chooseFolder, &QAction::triggered, this, &BackupPage::chooseFolder);
    connect(m_refresh, &QAction::triggered, this, &BackupPage::reload);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_backup);
    bar->addAction(m_restore);
    bar->addAction(m_setKey);
    bar->addAction(m_refresh);

    m_folder->setReadOnly(true);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    auto *choose = new QToolButton(this);
    choose->setDefaultAction(m_chooseFolder);
    choose->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Folder for the daily backups:"), folderRow);
    form->addRow(tr("Last good backup:"), m_lastGood);
    auto *explanation = new QLabel(tr("At the first start of each day Dossierkast writes a checked copy of the database "
                                      "into this folder and keeps the last 7 days, 4 weeks and 12 months. Choose a folder "
                                      "on another disk or a network drive, so that a broken disk does not take the backups "
                                      "with it."),
                                   this);
    explanation->setWordWrap(true);
    m_serverNote->setWordWrap(true);
    m_serverNote->setText(tr("This PC uses a PostgreSQL server: its backups are made on the server (ask your IT "
                             "contractor). A backup made here is a file with every record, which 'dossierkast restore' "
                             "can put back into a database file."));

    ListView::setUp(m_view, m_proxy, QStringLiteral("backups"), 0);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupPage::updateActions);
    connect(m_view, &QTableView::activated, this, [this] { restoreFrom(); });

    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_keyStatus);
    layout->addWidget(explanation);
    layout->addWidget(m_serverNote);
    layout->addLayout(form);
    layout->addWidget(m_view);
    reload();
}

void BackupPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void BackupPage::reload()
{
    const QString folder = BackupSchedule::folder();
    const bool server = m_session.isServer();
    m_serverNote->setVisible(server);
    m_folder->setText(QDir::toNativeSeparators(folder));
    const QDateTime last = BackupSchedule::lastGood(folder);
    m_lastGood->setText(last.isValid() ? last.toString(QStringLiteral("dd-MM-yyyy HH:mm")) : tr("none yet"));
    m_model->removeRows(0, m_model->rowCount());
    for (const BackupSchedule::File &f : BackupSchedule::files(folder)) {
        auto *when = new QStandardItem(f.modified.toString(QStringLiteral("dd-MM-yyyy HH:mm")));
        when->setData(f.modified.toString(Qt::ISODate), SortRole);
        when->setData(f.path, PathRole);
        auto *name = new QStandardItem(QFileInfo(f.path).fileName());
        name->setData(name->text(), SortRole);
        auto *size = new QStandardItem(QLocale().formattedDataSize(f.bytes));
        size->setData(f.bytes, SortRole);
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString kind = f.day.isValid() ? tr("daily") : tr("made by hand");
        auto *kindItem = new QStandardItem(kind);
        kindItem->setData(kind, SortRole);
        const QString sealed = SealedBackup::isSealed(f.path) ? tr("yes") : tr("no");
        auto *sealedItem = new QStandardItem(sealed);
        sealedItem->setData(sealed, SortRole);
        m_model->appendRow({ when, name, size, kindItem, sealedItem });
    }
    updateKeyStatus();
    updateActions();
}

void BackupPage::updateKeyStatus()
{
    const std::optional<SealedBackup::Key> key = BackupKeyService(*m_session.database).current();
    if (key) {
        m_keyStatus->setStyleSheet(QString());
        m_keyStatus->setText(tr("Backups are sealed: only the board's backup passphrase opens them (key %1, set on %2).")
                                 .arg(key->fingerprint(), key->setOn.toLocalTime().toString(QStringLiteral("dd-MM-yyyy"))));
        m_setKey->setText(tr("Change backup &passphrase…"));
    } else {
        m_keyStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_keyStatus->setText(tr("Backups are NOT sealed: whoever finds a backup disk can read every dossier, address and "
                                "password hash in it. Set a backup passphrase (once, by the board) to seal them."));
        m_setKey->setText(tr("Set backup &passphrase…"));
    }
}

bool BackupPage::setPassphrase()
{
    const bool replacing = BackupKeyService(*m_session.database).current().has_value();
    BackupKeyDialog dialog(replacing, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString passphrase = dialog.passphrase();
    std::optional<SealedBackup::Key> key;
    BusyWork::run(this, tr("Backup passphrase"), tr("Deriving the backup key from the passphrase…"), [&] {
        try {
            key = BackupKeyService(*m_session.database).set(m_session.scope, passphrase);
        } catch (const StorageError &error) {
            ErrorMessage::show(this, tr("Backup passphrase"), error);
        }
    });
    if (!key)
        return false;
    updateKeyStatus();
    const std::optional<Organisation> organisation = Lookup(m_session).organisation();
    RecoverySheetDialog sheet(RecoverySheet::html(*key, passphrase, organisation ? organisation->name : QString()), this);
    sheet.exec();
    return true;
}

QString BackupPage::unseal(const QString &backup)
{
    QString fingerprint;
    try {
        const SealedBackup::Header header = SealedBackup::header(backup);
        fingerprint = tr("It was sealed with the key %1, set on %2.")
                          .arg(header.key.fingerprint(), header.key.setOn.toLocalTime().toString(QStringLiteral("dd-MM-yyyy")));
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Put a backup back"), error);
        return QString();
    }
    for (;;) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Put a backup back"),
                                                         tr("%1 is sealed. %2\n\nBackup passphrase (on the recovery sheet):")
                                                             .arg(QFileInfo(backup).fileName(), fingerprint),
                                                         QLineEdit::Password, QString(), &ok);
        if (!ok)
            return QString();
        QString plain;
        bool wrong = false;
        BusyWork::run(this, tr("Put a backup back"), tr("Opening and checking the sealed backup…"), [&] {
            try {
                plain = BackupSchedule::unseal(backup, passphrase, m_session.location());
            } catch (const SealedBackup::WrongPassphrase &) {
                wrong = true;
            } catch (const StorageError &error) {
                ErrorMessage::show(this, tr("Put a backup back"), error);
            }
        });
        if (!wrong)
            return plain;
        QMessageBox::warning(this, tr("Put a backup back"),
                             tr("That passphrase does not open this backup. Check it against the recovery sheet of "
                                "the key named, and try again."));
    }
}

void BackupPage::updateActions()
{
    const bool server = m_session.isServer();
    m_restore->setEnabled(!server);
    m_restore->setToolTip(server ? tr("A server database is restored on the server") : tr("Puts the chosen backup back, after a check"));
}

void BackupPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the daily backups"), BackupSchedule::folder());
    if (folder.isEmpty())
        return;
    if (!QFileInfo(folder).isWritable()) {
        QMessageBox::warning(this, tr("Backup folder"), tr("Dossierkast cannot write in %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    BackupSchedule::setFolder(folder);
    reload();
}

bool BackupPage::backupTo(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        QDir().mkpath(BackupSchedule::folder());
        const QString suggested = QDir(BackupSchedule::folder())
                                      .filePath(QStringLiteral("dossierkast-%1")
                                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")))
                                                + BackupSchedule::extension(BackupKeyService(*m_session.database).current().has_value()));
        target = QFileDialog::getSaveFileName(this, tr("Make a backup"), suggested, tr("Dossierkast backup (*.dkbackup *.sqlite)"));
        if (target.isEmpty())
            return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_session.location()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Make a backup"), tr("The backup cannot be written over the database itself."));
        return false;
    }
    bool ok = false;
    BackupCheck made;
    BusyWork::run(this, tr("Make a backup"), tr("Copying and checking the database…"), [&] {
        try {
            made = BackupSchedule::make(*m_session.database, target, m_session.scope, QStringLiteral("made in the window"));
            ok = true;
        } catch (const StorageError &error) {
            ErrorMessage::show(this, tr("Make a backup"), error);
        }
    });
    reload();
    if (ok)
        QMessageBox::information(this, tr("Make a backup"),
                                 tr("The backup was written to %1 and checked: it is sound.\n\nAudit mark %2 (kept beside "
                                    "the backups in %3).")
                                         .arg(QDir::toNativeSeparators(target), made.anchor, BackupSchedule::anchorLogName())
                                     + QStringLiteral("\n\n")
                                     + (made.sealedWith.isEmpty()
                                            ? tr("It is NOT sealed: set a backup passphrase to seal backups.")
                                            : tr("It is sealed with the key %1.").arg(made.sealedWith)));
    return ok;
}

bool BackupPage::restoreFrom(const QString &path)
{
    QString backup = path;
    if (backup.isEmpty()) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            backup = m_proxy->mapToSource(current).siblingAtColumn(0).data(PathRole).toString();
        else
            backup = QFileDialog::getOpenFileName(this, tr("Put a backup back"), BackupSchedule::folder(),
                                                  tr("Dossierkast backup (*.dkbackup *.sqlite)"));
        if (backup.isEmpty())
            return false;
    }
    // A sealed backup is opened (and checked) into a plain copy beside the database first.
    QString plain = backup;
    if (SealedBackup::isSealed(backup)) {
        plain = unseal(backup);
        if (plain.isEmpty())
            return false;
    } else {
        bool sound = false;
        BusyWork::run(this, tr("Put a backup back"), tr("Checking the backup…"), [&] {
            try {
                BackupSchedule::verify(backup);
                sound = true;
            } catch (const StorageError &error) {
                ErrorMessage::show(this, tr("Put a backup back"), error);
            }
        });
        if (!sound)
            return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Put a backup back"),
                    tr("The backup %1 is sound. Put it back?").arg(QFileInfo(backup).fileName()), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Dossierkast closes, sets the current database aside (it is kept beside it, not deleted) and "
                              "puts the backup in its place whole; everything recorded after the backup was made is then "
                              "only in the file set aside. Then you log in again. Close Dossierkast on other PCs that use "
                              "this file first."));
    QPushButton *confirm = box.addButton(tr("Close and put back"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm) {
        if (plain != backup)
            QFile::remove(plain);
        return false;
    }
    PendingRestore::ask(plain, m_session.location(), plain != backup ? backup : QString());
    emit restartRequested();
    return true;
}
