#pragma once

#include "services/session.h"

#include <QList>
#include <QMainWindow>

class AdminArea;
class CorrespondenceArea;
class DeadlinesArea;
class IncidentsArea;
class PersonsArea;
class ReportsArea;
class Area;
class DailyBackup;
class InactivityWatcher;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

// Hosts the areas and switches between them; menus for what concerns the whole program
// (password, lock, quit, about). Each area brings its own actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentsArea *incidentsArea() const { return m_incidents; }
    PersonsArea *personsArea() const { return m_persons; }
    DeadlinesArea *deadlinesArea() const { return m_deadlines; }
    CorrespondenceArea *correspondenceArea() const { return m_correspondence; }
    ReportsArea *reportsArea() const { return m_reports; }
    // The summary of overdue and due-this-week terms shown after login; empty when none.
    QString deadlineSummary() const { return m_deadlineSummary; }
    AdminArea *adminArea() const { return m_admin; }
    QListWidget *navigation() const { return m_navigation; }
    void showArea(Area *area);
    // Locks at once, as after the inactivity time: asks for the password before continuing.
    void lock();
    bool isLocked() const { return m_locked; }
    // Today's automatic backup of a database file, in the background (at the program's start).
    void startDailyBackup();
    DailyBackup *dailyBackup() const { return m_dailyBackup; }
    // The warning that the last good backup of this PC's database file is older than a week.
    QLabel *backupWarning() const { return m_backupWarning; }
    void updateBackupWarning();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(Area *area, const QKeySequence &shortcut);
    void createMenus();
    void changePassword();

    Session &m_session;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Area *> m_areas;
    IncidentsArea *m_incidents;
    PersonsArea *m_persons;
    DeadlinesArea *m_deadlines;
    CorrespondenceArea *m_correspondence;
    ReportsArea *m_reports;
    AdminArea *m_admin;
    QMenu *m_goMenu = nullptr;
    InactivityWatcher *m_inactivity;
    bool m_locked = false;
    QString m_deadlineSummary;
    DailyBackup *m_dailyBackup;
    QLabel *m_backupWarning;
};
