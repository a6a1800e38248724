#pragma once

#include "domain/measuretype.h"
#include "services/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Beheer → Ladders and holidays: the measure ladders (rename, reorder by rank, add rungs,
// switch off) and the school holidays that school-day counting skips, per school or for all.
class LaddersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LaddersPage(Session &session, QWidget *parent = nullptr);
    QComboBox *ladderCombo() const { return m_ladder; }
    QTableWidget *rungsTable() const { return m_rungs; }
    QTableWidget *holidaysTable() const { return m_holidays; }
    QComboBox *holidaySchoolCombo() const { return m_holidaySchool; }
    // What the buttons do, for tests too.
    bool saveRung(const QString &name, int rank, bool disciplinary, bool period, bool active, const QString &caution,
                  bool asNew);
    bool addHoliday(const QString &name, const QDate &first, const QDate &last, bool dayOff = false);
    void selectRung(int row);

private:
    void reloadRungs();
    void reloadHolidays();
    void showPublicHolidays();
    void removeHoliday();

    Session &m_session;
    QList<MeasureType> m_types;
    QComboBox *m_ladder;
    QTableWidget *m_rungs;
    QLineEdit *m_name;
    QSpinBox *m_rank;
    QCheckBox *m_disciplinary;
    QCheckBox *m_period;
    QCheckBox *m_active;
    QPlainTextEdit *m_caution;
    QComboBox *m_holidaySchool;
    QTableWidget *m_holidays;
    QLineEdit *m_holidayName;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QCheckBox *m_dayOff;
    QLabel *m_publicHolidays;
    QList<qint64> m_holidayIds;
};
