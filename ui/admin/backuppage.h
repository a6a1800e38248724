#pragma once

#include "services/session.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// Beheer → Back-up: the board's backup passphrase (backups are sealed with it; a warning while
// none is set), where this PC keeps the automatic daily backups, the backups there, making one
// now, and putting one back (the program restarts to do that, so nothing is open while the file
// is replaced; a sealed backup is opened with the passphrase first). Administrators only.
class BackupPage : public QWidget
{
    Q_OBJECT

public:
    BackupPage(Session &session, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QLineEdit *folderEdit() const { return m_folder; }
    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    QAction *chooseFolderAction() const { return m_chooseFolder; }
    QAction *setKeyAction() const { return m_setKey; }
    QLabel *keyStatus() const { return m_keyStatus; }
    void reload();
    // Writes a checked backup to `path` (asks for a file name when empty). Returns true on success.
    bool backupTo(const QString &path = QString());
    // Checks `path` (the selected backup when empty), asks for confirmation and restarts the
    // program to put it back. Returns true when the restart was asked for.
    bool restoreFrom(const QString &path = QString());
    // Asks for a new backup passphrase, sets it and shows the recovery sheet. True when set.
    bool setPassphrase();

signals:
    // The window should close and the program start again (it then puts the backup back).
    void restartRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFolder();
    void updateActions();
    void updateKeyStatus();
    // The sealed `backup` opened into a checked plain copy beside the database; empty when the
    // user gave up or it was refused (said already).
    QString unseal(const QString &backup);

    Session &m_session;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_folder;
    QLabel *m_lastGood;
    QLabel *m_serverNote;
    QLabel *m_keyStatus;
    QAction *m_backup;
    QAction *m_restore;
    QAction *m_chooseFolder;
    QAction *m_setKey;
    QAction *m_refresh;
};
