#include "mainwindow.h"

#include "services/lookup.h"
#include "admin/adminarea.h"
#include "reports/reportsarea.h"
#include "correspondence/correspondencearea.h"
#include "deadlines/deadlinesarea.h"
#include "incidents/incidentsarea.h"
#include "services/deadlinesummary.h"
#include "persons/personsarea.h"
#include "common/about.h"
#include "common/dailybackup.h"
#include "common/viewstate.h"
#include "domain/labels.h"
#include "services/authenticator.h"
#include "services/backupkeyservice.h"
#include "services/backupschedule.h"
#include "start/inactivitywatcher.h"
#include "start/logindialog.h"
#include "start/passworddialog.h"
#include "startupflow.h"
#include "domain/changebus.h"
#include "domain/storageerror.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_splitter(new QSplitter(this)),
      m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_inactivity(new InactivityWatcher(
          Lookup(session).intSetting(QStringLiteral("lock_after_minutes"), 15), this)),
      m_dailyBackup(new DailyBackup(this)),
      m_backupWarning(new QLabel(this))
{
    setWindowTitle(tr("Dossierkast"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(220);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    createMenus();
    // The areas of DESIGN.md §1 in their order (Position).
    addArea(IncidentsArea::areaTitle(), IncidentsArea::areaIcon(), QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        auto *incidents = new IncidentsArea(m_session, this);
        connect(incidents, &IncidentsArea::openDossierRequested, this, [this](qint64 personId) {
            showArea(personsArea());
            personsArea()->openDossier(personId);
        });
        return incidents;
    });
    addArea(PersonsArea::areaTitle(), PersonsArea::areaIcon(), QKeySequence(Qt::CTRL | Qt::Key_2),
            [this] { return new PersonsArea(m_session, this); });
    addArea(DeadlinesArea::areaTitle(), DeadlinesArea::areaIcon(), QKeySequence(Qt::CTRL | Qt::Key_3), [this] {
        auto *deadlines = new DeadlinesArea(m_session, this);
        connect(deadlines, &DeadlinesArea::openIncidentRequested, this, [this](qint64 incidentId) {
            showArea(incidentsArea());
            incidentsArea()->openCase(incidentId);
        });
        return deadlines;
    });
    addArea(CorrespondenceArea::areaTitle(), CorrespondenceArea::areaIcon(), QKeySequence(Qt::CTRL | Qt::Key_4),
            [this] { return new CorrespondenceArea(m_session, this); });
    addArea(ReportsArea::areaTitle(), ReportsArea::areaIcon(), QKeySequence(Qt::CTRL | Qt::Key_5),
            [this] { return new ReportsArea(m_session, this); });
    addArea(AdminArea::areaTitle(), AdminArea::areaIcon(), QKeySequence(Qt::CTRL | Qt::Key_6), [this] {
        auto *admin = new AdminArea(m_session, this);
        // Putting a backup back happens at a fresh start, when nothing has the database open.
        connect(admin, &AdminArea::restartRequested, this, [] { QCoreApplication::exit(StartupFlow::RestartCode); });
        return admin;
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        area(Position(row));
        m_stack->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);
    // The area names stay readable whatever room an area asks for (Beheer's pages are wide).
    m_navigation->setMinimumWidth(std::min(220, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 12));
    // With one area there is nothing to choose between.
    m_navigation->setVisible(m_areas.size() > 1);

    statusBar()->addWidget(new QLabel(tr("Logged in as %1 (%2)").arg(session.user.displayName,
                                                                      Labels::role(session.user.role)), this));
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(session.location()), this));

    resize(1200, 700);
    m_geometryRestored = ViewState::restoreGeometry(this, QStringLiteral("main"));
    ViewState::restore(m_splitter, QStringLiteral("main"));
    connect(m_inactivity, &InactivityWatcher::idle, this, [this] { lock(false); });

    m_backupWarning->setObjectName(QStringLiteral("backupWarning"));
    m_backupWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    statusBar()->addWidget(m_backupWarning);
    updateBackupWarning();
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString &path, const QString &problem) {
        if (problem.isEmpty()) {
            // The warning first: a temporary message hides the status bar's own widgets only
            // when they are shown before it.
            updateBackupWarning();
            if (!path.isEmpty())
                statusBar()->showMessage(path.endsWith(BackupSchedule::extension(true))
                                             ? tr("Today's backup was made, checked and sealed: %1").arg(QDir::toNativeSeparators(path))
                                             : tr("Today's backup was made and checked, but NOT sealed: %1").arg(QDir::toNativeSeparators(path)),
                                         8000);
        } else {
            m_backupWarning->setText(tr("The automatic backup failed: %1").arg(problem));
            m_backupWarning->show();
        }
    });

    connect(ChangeBus::instance(), &ChangeBus::reloadFailed, this, &MainWindow::showReloadProblem);
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("settings"))
            updateBackupWarning();      // a backup passphrase was set
    });

    // What is overdue or due this week, right after login.
    m_deadlineSummary = DeadlineSummary::of(*session.database, session.scope, QDate::currentDate()).text();
    if (!m_deadlineSummary.isEmpty()) {
        auto *summary = new QLabel(m_deadlineSummary, this);
        summary->setObjectName(QStringLiteral("deadlineSummary"));
        summary->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        statusBar()->addWidget(summary);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::showReloadProblem(const QString &entity, const QString &message)
{
    m_failedReloads.insert(entity);
    if (!m_reloadProblem) {
        m_reloadProblem = new QMessageBox(QMessageBox::Warning, tr("Showing the latest changes"), QString(),
                                          QMessageBox::Retry | QMessageBox::Close, this);
        m_reloadProblem->setWindowModality(Qt::NonModal);
        m_reloadProblem->setAttribute(Qt::WA_DeleteOnClose);
        QMessageBox *box = m_reloadProblem;
        connect(box, &QMessageBox::finished, this, [this, box] {
            const QSet<QString> failed = std::exchange(m_failedReloads, {});
            if (box->clickedButton() == box->button(QMessageBox::Retry))
                for (const QString &kind : failed)
                    ChangeBus::instance()->announce(kind, 0);
        });
        m_reloadProblem->show();
    }
    m_reloadProblem->setText(tr("Dossierkast could not show the latest changes: %1\n\nWhat you see may be out of date. "
                                "Check the connection to the database, then try again.").arg(message));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *password = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *lockAction = file->addAction(tr("&Lock"), this, [this] { lock(true); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *logOffAction = file->addAction(tr("Log &off…"), this, &MainWindow::logOff);
    logOffAction->setObjectName(QStringLiteral("logOffAction"));
    logOffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dossierkast"), this, [this] { About::show(this, m_session.location()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addArea(const QString &title, const QIcon &icon, const QKeySequence &shortcut,
                         const std::function<Area *()> &make)
{
    const auto position = Position(m_areas.size());
    m_areas.append({ make, nullptr });
    m_stack->addWidget(new QWidget(m_stack));
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setToolTip(shortcut.toString(QKeySequence::NativeText));
    QAction *go = m_goMenu->addAction(icon, title, this, [this, position] { showArea(area(position)); });
    go->setShortcut(shortcut);
}

Area *MainWindow::area(Position position)
{
    AreaSlot &slot = m_areas[position];
    if (!slot.area) {
        slot.area = slot.make();
        QWidget *placeholder = m_stack->widget(position);
        const bool current = m_stack->currentIndex() == position;
        m_stack->insertWidget(position, slot.area);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        if (current)
            m_stack->setCurrentIndex(position);
    }
    return slot.area;
}

IncidentsArea *MainWindow::incidentsArea()
{
    return static_cast<IncidentsArea *>(area(Incidents));
}

PersonsArea *MainWindow::personsArea()
{
    return static_cast<PersonsArea *>(area(Persons));
}

DeadlinesArea *MainWindow::deadlinesArea()
{
    return static_cast<DeadlinesArea *>(area(Deadlines));
}

CorrespondenceArea *MainWindow::correspondenceArea()
{
    return static_cast<CorrespondenceArea *>(area(Correspondence));
}

ReportsArea *MainWindow::reportsArea()
{
    return static_cast<ReportsArea *>(area(Reports));
}

AdminArea *MainWindow::adminArea()
{
    return static_cast<AdminArea *>(area(Admin));
}

void MainWindow::showArea(Area *area)
{
    for (int row = 0; row < m_areas.size(); ++row)
        if (m_areas.at(row).area == area)
            m_navigation->setCurrentRow(row);
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(PasswordDialog::Mode::Change, m_session.user.login,
                          [this](const QString &current, const QString &newPassword) {
                              try {
                                  Authenticator(*m_session.database).changePassword(m_session.scope, current, newPassword);
                              } catch (const StorageError &error) {
                                  return error.message();
                              }
                              return QString();
                          },
                          this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::lock(bool byUser)
{
    if (m_locked)
        return;
    m_locked = true;
    m_inactivity->setEnabled(false);
    // The contents disappear; open forms keep what was typed.
    centralWidget()->hide();
    LoginDialog dialog(*m_session.database, this);
    dialog.setUnlockMode(m_session.user.login, m_session.user.displayName, byUser);
    while (dialog.exec() != QDialog::Accepted) {
        if (QMessageBox::question(this, tr("Quit Dossierkast"),
                                  tr("Quit without unlocking? Changes you have not saved are lost."))
            == QMessageBox::Yes) {
            qApp->exit(0);
            return;
        }
    }
    centralWidget()->show();
    m_locked = false;
    m_inactivity->setEnabled(true);
}

bool MainWindow::mayDiscardChanges()
{
    for (const AreaSlot &slot : std::as_const(m_areas)) {
        Area *area = slot.area;
        if (area && area->hasUnsavedChanges()
            && QMessageBox::question(this, tr("Quit Dossierkast"),
                                     tr("%1 has changes that are not saved. Quit anyway and lose them?").arg(area->title()))
                   != QMessageBox::Yes) {
            showArea(area);
            return false;
        }
    }
    return true;
}

void MainWindow::rememberLayout()
{
    ViewState::saveGeometry(this, QStringLiteral("main"));
    ViewState::save(m_splitter, QStringLiteral("main"));
}

void MainWindow::present()
{
    if (m_geometryRestored)
        show();
    else
        showMaximized();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDiscardChanges()) {
        event->ignore();
        return;
    }
    rememberLayout();
    event->accept();
}

void MainWindow::logOff()
{
    if (!mayDiscardChanges())
        return;
    rememberLayout();
    emit logOffRequested();
}

void MainWindow::startDailyBackup()
{
    if (m_session.isServer())
        return;     // a server's backups are made on the server
    m_dailyBackup->start(m_session.location(), BackupSchedule::folder());
}

void MainWindow::updateBackupWarning()
{
    // A server's backups are the server's business; a file's are this PC's.
    const bool file = !m_session.isServer();
    const QString folder = BackupSchedule::folder();
    if (!file) {
        m_backupWarning->hide();
        return;
    }
    m_backupWarning->setToolTip(QString());
    if (BackupSchedule::needsWarning(folder, QDateTime::currentDateTime())) {
        const QDateTime last = BackupSchedule::lastGood(folder);
        m_backupWarning->setText(last.isValid()
                                     ? tr("The last good backup is %n day(s) old (Beheer → Back-up).", nullptr,
                                          int(last.daysTo(QDateTime::currentDateTime())))
                                     : tr("There is no backup of this database yet (Beheer → Back-up)."));
        m_backupWarning->show();
        return;
    }
    if (!BackupKeyService(*m_session.database).current()) {
        m_backupWarning->setText(tr("Backups are not sealed: set a backup passphrase (Beheer → Back-up)."));
        m_backupWarning->setToolTip(tr("Whoever finds an unsealed backup can read every dossier in it. An administrator "
                                       "sets the board's backup passphrase once in Beheer → Back-up."));
        m_backupWarning->show();
        return;
    }
    m_backupWarning->hide();
}
