#pragma once

#include "services/session.h"

#include <QIcon>
#include <QList>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <functional>

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
// (password, lock, quit, about). Each area brings its own actions. An area is made when it is
// first shown (or asked for), so the start does not wait for lists nobody has looked at yet.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each makes its area if it was not shown yet.
    IncidentsArea *incidentsArea();
    PersonsArea *personsArea();
    DeadlinesArea *deadlinesArea();
    CorrespondenceArea *correspondenceArea();
    ReportsArea *reportsArea();
    AdminArea *adminArea();
    // The summary of overdue and due-this-week terms shown after login; empty when none.
    QString deadlineSummary() const { return m_deadlineSummary; }
    QListWidget *navigation() const { return m_navigation; }
    void showArea(Area *area);
    // Locks the window: asks for the password before continuing. `byUser`: Ctrl+L (the message
    // then says so), not the inactivity time.
    void lock(bool byUser = false);
    // Leaves the session (after asking about unsaved changes) so that someone else can log in
    // on a shared PC: emits logOffRequested.
    void logOff();
    bool isLocked() const { return m_locked; }
    // Today's automatic backup of a database file, in the background (at the program's start).
    void startDailyBackup();
    // Shows the window: maximised on the first start (a laptop shows the status bar with its
    // warnings), afterwards as the user left it.
    void present();
    DailyBackup *dailyBackup() const { return m_dailyBackup; }
    // The warning that the last good backup of this PC's database file is older than a week.
    QLabel *backupWarning() const { return m_backupWarning; }
    void updateBackupWarning();

signals:
    void logOffRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Asks about each area with unsaved changes; false when the user wants to keep them.
    bool mayDiscardChanges();
    void rememberLayout();
    // A view could not reload after a change: one notice, with a retry that announces the
    // failed kinds of records again.
    void showReloadProblem(const QString &entity, const QString &message);

    // In the order of DESIGN.md §1; the position is the row in the navigation.
    enum Position { Incidents, Persons, Deadlines, Correspondence, Reports, Admin };
    struct AreaSlot {
        std::function<Area *()> make;
        Area *area = nullptr;       // until it is made, an empty page holds its place
    };
    void addArea(const QString &title, const QIcon &icon, const QKeySequence &shortcut, const std::function<Area *()> &make);
    Area *area(Position position);
    void createMenus();
    void changePassword();

    Session &m_session;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<AreaSlot> m_areas;
    QMenu *m_goMenu = nullptr;
    InactivityWatcher *m_inactivity;
    bool m_locked = false;
    QString m_deadlineSummary;
    DailyBackup *m_dailyBackup;
    QLabel *m_backupWarning;
    QPointer<QMessageBox> m_reloadProblem;
    QSet<QString> m_failedReloads;
    bool m_geometryRestored = false;
};
