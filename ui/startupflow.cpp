#include "startupflow.h"

#include "common/uisetup.h"

#include "common/connectionform.h"
#include "mainwindow.h"
#include "services/authenticator.h"
#include "services/connectionsettings.h"
#include "services/firststartsetup.h"
#include "services/languagesetup.h"
#include "services/pendingrestore.h"
#include "services/privatecopies.h"
#include "services/session.h"
#include "start/firststartwizard.h"
#include "start/logindialog.h"
#include "start/passworddialog.h"
#include "start/readywatcher.h"
#include "start/wizardconnectionpage.h"
#include "domain/storageerror.h"
#include "services/backupschedule.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QTextStream>

StartupFlow::StartupFlow(const QString &location, const QStringList &windowArguments)
    : m_location(location), m_exitWhenReady(windowArguments.contains(QStringLiteral("--exit-when-ready")))
{
    const int user = int(windowArguments.indexOf(QStringLiteral("--user")));
    if (user >= 0 && user + 1 < windowArguments.size())
        m_user = windowArguments.at(user + 1);
}

StartupFlow::~StartupFlow()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

void StartupFlow::fail(const QString &message, const QString &detail)
{
    QTextStream(stderr) << message << (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')'))
                        << Qt::endl;
    if (m_exitWhenReady || !m_user.isEmpty())
        return;     // scripted start: no dialog to click away
    QMessageBox box(QMessageBox::Critical, tr("Dossierkast"), message, QMessageBox::Ok);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

int StartupFlow::run()
{
    PrivateCopies::removeLeftovers();       // what a crashed earlier run left of opened files
    UiSetup::install();
    restorePending();
    // A server database is opened (and given its schema when empty); a file only when it exists,
    // so that a cancelled first start leaves no file behind.
    bool needsAdministrator = true;
    if (DatabaseConnection::isUserlessServer(m_location)) {
        if (!logInOnServer())
            return ReadyWatcher::fired() ? 0 : (m_user.isEmpty() ? 0 : 1);
        needsAdministrator = false;
    } else if (DatabaseConnection::isThere(m_location)) {
        if (!openExisting())
            return 1;
        needsAdministrator = !DatabaseConnection::hasUsers(*m_db);
    }
    if (needsAdministrator) {
        // (A user's own server login never gets here: the set-up account starts a new server.)
        if (!m_user.isEmpty()) {
            fail(tr("The database %1 has no users yet; start Dossierkast without --user to set it up.").arg(m_location));
            return 1;
        }
        if (!firstStart())
            return 0;
    } else if (!logIn()) {
        return ReadyWatcher::fired() ? 0 : (m_user.isEmpty() ? 0 : 1);
    }
    if (ReadyWatcher::fired())
        return 0;

    m_window = std::make_unique<MainWindow>(*m_session);
    // Logging off starts again at the login, as putting a backup back does.
    QObject::connect(m_window.get(), &MainWindow::logOffRequested, m_window.get(),
                     [] { QCoreApplication::exit(RestartCode); });
    if (m_exitWhenReady)
        ReadyWatcher::watch(m_window.get());
    m_window->present();
    m_window->startDailyBackup();
    return QApplication::exec();
}

void StartupFlow::restorePending()
{
    const PendingRestore::Pending pending = PendingRestore::take(m_location);
    if (pending.backup.isEmpty())
        return;
    const QString shown = pending.sealedFrom.isEmpty() ? pending.backup : pending.sealedFrom;
    try {
        const QString aside = BackupSchedule::putBack(pending.backup, m_location, QFileInfo(shown).fileName());
        QMessageBox::information(nullptr, tr("Put a backup back"),
                                 tr("The backup %1 was checked and put back. The database as it was is kept as %2.")
                                     .arg(QDir::toNativeSeparators(shown), QDir::toNativeSeparators(aside)));
    } catch (const StorageError &error) {
        QMessageBox::warning(nullptr, tr("Put a backup back"),
                             tr("The backup was not put back: %1 The database is as it was.").arg(error.message()));
    }
    // The opened copy of a sealed backup does not stay beside the database.
    if (!pending.sealedFrom.isEmpty())
        QFile::remove(pending.backup);
}

bool StartupFlow::openExisting()
{
    for (;;) {
        try {
            m_db = DatabaseConnection::open(m_location, m_password);
            break;
        } catch (const StorageError &error) {
            const bool askPassword = DatabaseConnection::isServerLocation(m_location) && m_user.isEmpty() && !m_exitWhenReady
                                     && error.detail().contains(QStringLiteral("password"), Qt::CaseInsensitive);
            if (!askPassword) {
                fail(error.message(), error.detail());
                return false;
            }
            bool ok = false;
            m_password = QInputDialog::getText(nullptr, tr("Dossierkast"),
                                               tr("Password for the database server %1:").arg(m_location),
                                               QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
        }
    }
    applyLanguage();
    return true;
}

void StartupFlow::applyLanguage()
{
    const QString language = LanguageSetup::chosenLanguage(DatabaseConnection::languageSetting(*m_db));
    if (language != LanguageSetup::installedLanguage())
        LanguageSetup::install(*qApp, language);
}

Authenticator::Result StartupFlow::connectAs(const QString &login, const QString &password)
{
    Authenticator::Result result;
    try {
        OpenDatabase db = DatabaseConnection::openAs(m_location, login, password);
        result = Authenticator(*db).connected();
        if (result.outcome == Authenticator::Outcome::LoggedIn)
            m_db = std::move(db);
    } catch (const StorageError &error) {
        result.message = DatabaseConnection::isRefusedLogin(error) ? tr("Unknown login name or wrong password.")
                                 : error.message() + QStringLiteral("\n") + error.detail().trimmed();
    }
    return result;
}

bool StartupFlow::logInOnServer()
{
    Authenticator::Result result;
    if (!m_user.isEmpty()) {
        result = connectAs(m_user, qEnvironmentVariable("DOSSIERKAST_PASSWORD"));
        if (result.outcome != Authenticator::Outcome::LoggedIn) {
            fail(tr("Logging in as %1 failed: %2").arg(m_user, result.message));
            return false;
        }
    } else {
        LoginDialog dialog([this](const QString &login, const QString &password) { return connectAs(login, password); });
        if (m_exitWhenReady)
            ReadyWatcher::watch(&dialog);
        if (dialog.exec() != QDialog::Accepted || ReadyWatcher::fired())
            return false;
        result = dialog.result();
    }
    applyLanguage();
    if (!replaceTemporaryPassword(result))
        return false;
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    return true;
}

bool StartupFlow::replaceTemporaryPassword(const Authenticator::Result &result)
{
    if (!result.user.mustChangePassword || !m_user.isEmpty())
        return true;
    PasswordDialog change(PasswordDialog::Mode::Forced, result.user.login,
                          [this, &result](const QString &, const QString &newPassword) {
                              try {
                                  Authenticator(*m_db).replaceTemporaryPassword(result.scope, newPassword);
                              } catch (const StorageError &error) {
                                  return error.message();
                              }
                              return QString();
                          });
    return change.exec() == QDialog::Accepted;
}

WizardConnectionPage::Inspection StartupFlow::inspect(const QString &location, const QString &password)
{
    WizardConnectionPage::Inspection result;
    m_db.reset();
    if (!DatabaseConnection::isThere(location))
        return result;      // a new file: created when the wizard is finished
    try {
        m_db = DatabaseConnection::open(location, password);
        result.alreadySetUp = DatabaseConnection::hasUsers(*m_db);
        result.needsOrganisation = DatabaseConnection::needsOrganisation(*m_db);
    } catch (const StorageError &error) {
        result.problem = error.message()
                         + (error.detail().isEmpty() ? QString() : QStringLiteral("\n\n") + error.detail().trimmed());
    }
    return result;
}

bool StartupFlow::firstStart()
{
    auto *connection = new WizardConnectionPage(m_location, [this](const QString &location, const QString &password) {
        return inspect(location, password);
    });
    FirstStartWizard wizard(connection, [this, connection](const FirstStartSetup::Input &input) {
        // A new file is only created now, and removed again when writing fails.
        FirstStartSetup::runAt(m_db, connection->form()->location(), connection->form()->password(), input);
        m_firstPassword = input.password;
        m_user = input.administrator.login;
    });
    if (m_exitWhenReady)
        ReadyWatcher::watch(&wizard);
    wizard.exec();
    if (ReadyWatcher::fired())
        return false;
    const QString chosen = connection->form()->location();
    if (wizard.existingChosen()) {
        ConnectionSettings::store(chosen);
        m_location = chosen;
        m_password = connection->form()->password();
        return m_db && logIn();
    }
    if (!wizard.committed())
        return false;
    ConnectionSettings::store(chosen);
    m_location = chosen;
    const Authenticator::Result result = Authenticator(*m_db).login(m_user, m_firstPassword);
    m_firstPassword.fill(QLatin1Char(' '));
    if (result.outcome != Authenticator::Outcome::LoggedIn) {
        fail(result.message);
        return false;
    }
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    return true;
}

bool StartupFlow::logIn()
{
    Authenticator::Result result;
    if (!m_user.isEmpty()) {
        result = Authenticator(*m_db).login(m_user, qEnvironmentVariable("DOSSIERKAST_PASSWORD"));
        if (result.outcome != Authenticator::Outcome::LoggedIn) {
            fail(tr("Logging in as %1 failed: %2").arg(m_user, result.message));
            return false;
        }
    } else {
        LoginDialog dialog(*m_db);
        if (m_exitWhenReady)
            ReadyWatcher::watch(&dialog);
        if (dialog.exec() != QDialog::Accepted || ReadyWatcher::fired())
            return false;
        result = dialog.result();
    }
    if (!replaceTemporaryPassword(result))
        return false;
    m_session = std::make_unique<Session>(Session{ m_db.get(), result.user, result.scope });
    return true;
}
