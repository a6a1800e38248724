#pragma once

#include "services/authenticator.h"
#include "services/databaseconnection.h"
#include "start/wizardconnectionpage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class MainWindow;
struct Session;

// What happens when Dossierkast starts without a command: open the database (or run the
// first-start wizard for a new one), log in, and show the main window. Returns the exit code.
class StartupFlow
{
    Q_DECLARE_TR_FUNCTIONS(StartupFlow)

public:
    // run() returns this when the window asked to start again (to put a backup back).
    static constexpr int RestartCode = 75;

    StartupFlow(const QString &location, const QStringList &windowArguments);
    ~StartupFlow();
    int run();

private:
    void restorePending();
    bool openExisting();
    bool firstStart();
    WizardConnectionPage::Inspection inspect(const QString &location, const QString &password);
    bool logIn();
    // An office PC whose server address names no user: the login is the server's own.
    bool logInOnServer();
    Authenticator::Result connectAs(const QString &login, const QString &password);
    bool replaceTemporaryPassword(const Authenticator::Result &result);
    void applyLanguage();
    void fail(const QString &message, const QString &detail = QString());

    QString m_location;
    bool m_exitWhenReady;
    QString m_user;
    OpenDatabase m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_firstPassword;        // the administrator just made in the wizard logs in with it
    QString m_password;             // the database server's password, for this session only
};
