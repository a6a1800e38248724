#include "ladderspage.h"

#include "services/lookup.h"
#include "domain/changebus.h"
#include "common/errormessage.h"
#include "services/ladderservice.h"
#include "common/listview.h"
#include "domain/labels.h"
#include "domain/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

LaddersPage::LaddersPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_ladder(new QComboBox(this)),
      m_rungs(ListView::table(this, { tr("Step"), tr("Name"), tr("Disciplinary"), tr("Period"), tr("In use") })),
      m_name(new QLineEdit(this)),
      m_rank(new QSpinBox(this)),
      m_disciplinary(new QCheckBox(tr("&Disciplinary measure"), this)),
      m_period(new QCheckBox(tr("Has a &first and last day"), this)),
      m_active(new QCheckBox(tr("&In use"), this)),
      m_caution(new QPlainTextEdit(this)),
      m_holidaySchool(new QComboBox(this)),
      m_holidays(ListView::table(this, { tr("Holiday"), tr("First day"), tr("Last day"), tr("For"), tr("Day off") })),
      m_holidayName(new QLineEdit(this)),
      m_first(dateEdit(this)),
      m_last(dateEdit(this)),
      m_dayOff(new QCheckBox(tr("Also no &working day (a day off of the board)"), this)),
      m_publicHolidays(new QLabel(this))
{
    m_ladder->addItem(tr("Staff members"), int(Ladder::Medewerker));
    m_ladder->addItem(tr("Pupils"), int(Ladder::Leerling));
    m_ladder->addItem(tr("Parents and carers"), int(Ladder::Ouder));
    m_rank->setRange(1, 99);
    m_caution->setMaximumHeight(70);
    m_caution->setTabChangesFocus(true);
    auto *saveRungButton = new QPushButton(tr("&Save step"), this);
    auto *addRungButton = new QPushButton(tr("&Add as new step"), this);
    connect(saveRungButton, &QPushButton::clicked, this, [this] {
        saveRung(m_name->text(), m_rank->value(), m_disciplinary->isChecked(), m_period->isChecked(),
                 m_active->isChecked(), m_caution->toPlainText(), false);
    });
    connect(addRungButton, &QPushButton::clicked, this, [this] {
        saveRung(m_name->text(), m_rank->value(), m_disciplinary->isChecked(), m_period->isChecked(), true,
                 m_caution->toPlainText(), true);
    });
    connect(m_ladder, &QComboBox::currentIndexChanged, this, &LaddersPage::reloadRungs);
    connect(m_rungs, &QTableWidget::currentCellChanged, this, [this](int row) { selectRung(row); });

    auto *ladderBox = new QGroupBox(tr("Measure ladders"), this);
    auto *ladderLayout = new QVBoxLayout(ladderBox);
    ladderLayout->addWidget(m_ladder);
    ladderLayout->addWidget(m_rungs);
    auto *rungForm = new QFormLayout;
    rungForm->addRow(tr("&Name:"), m_name);
    rungForm->addRow(tr("S&tep (1 is the lightest):"), m_rank);
    rungForm->addRow(QString(), m_disciplinary);
    rungForm->addRow(QString(), m_period);
    rungForm->addRow(QString(), m_active);
    rungForm->addRow(tr("&Caution in the form:"), m_caution);
    ladderLayout->addLayout(rungForm);
    auto *rungButtons = new QHBoxLayout;
    rungButtons->addWidget(saveRungButton);
    rungButtons->addWidget(addRungButton);
    rungButtons->addStretch();
    ladderLayout->addLayout(rungButtons);

    m_holidaySchool->addItem(tr("All schools"), qint64(0));
    for (const School &school : Lookup(session).schools())
        m_holidaySchool->addItem(school.name, school.id);
    connect(m_holidaySchool, &QComboBox::currentIndexChanged, this, &LaddersPage::reloadHolidays);
    auto *addHolidayButton = new QPushButton(tr("Add &holiday"), this);
    auto *removeHolidayButton = new QPushButton(tr("&Remove holiday…"), this);
    connect(addHolidayButton, &QPushButton::clicked, this,
            [this] { addHoliday(m_holidayName->text(), m_first->date(), m_last->date(), m_dayOff->isChecked()); });
    connect(removeHolidayButton, &QPushButton::clicked, this, &LaddersPage::removeHoliday);
    auto *holidayBox = new QGroupBox(tr("School holidays (school days skip them)"), this);
    auto *holidayLayout = new QVBoxLayout(holidayBox);
    holidayLayout->addWidget(m_holidaySchool);
    holidayLayout->addWidget(m_holidays);
    auto *holidayForm = new QFormLayout;
    m_holidayName->setPlaceholderText(tr("e.g. Kerstvakantie 2026"));
    holidayForm->addRow(tr("Na&me:"), m_holidayName);
    holidayForm->addRow(tr("&First day:"), m_first);
    holidayForm->addRow(tr("&Last day:"), m_last);
    holidayForm->addRow(QString(), m_dayOff);
    m_dayOff->setToolTip(tr("Working days (such as the terms of a summary dismissal) skip a day off of the board, as "
                            "they skip public holidays; school days skip every holiday."));
    holidayLayout->addLayout(holidayForm);
    auto *holidayButtons = new QHBoxLayout;
    holidayButtons->addWidget(addHolidayButton);
    holidayButtons->addWidget(removeHolidayButton);
    holidayButtons->addStretch();
    holidayLayout->addLayout(holidayButtons);
    m_publicHolidays->setWordWrap(true);
    m_publicHolidays->setObjectName(QStringLiteral("publicHolidaysLabel"));
    holidayLayout->addWidget(m_publicHolidays);
    // Good Friday and Liberation Day follow the settings: the list follows when they change.
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("settings"))
            showPublicHolidays();
    });
    showPublicHolidays();

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(ladderBox, 3);
    layout->addWidget(holidayBox, 2);
    const bool admin = session.isAdministrator();
    for (QWidget *w : std::initializer_list<QWidget *>{ saveRungButton, addRungButton, addHolidayButton,
                                                        removeHolidayButton, m_name, m_rank, m_disciplinary, m_period,
                                                        m_active, m_caution, m_holidayName, m_first, m_last, m_dayOff })
        w->setEnabled(admin);
    reloadRungs();
    reloadHolidays();
}

void LaddersPage::reloadRungs()
{
    m_types = Lookup(m_session).allRungs(Ladder(m_ladder->currentData().toInt()));
    const QSignalBlocker blocker(m_rungs);
    m_rungs->setRowCount(int(m_types.size()));
    for (int row = 0; row < m_types.size(); ++row) {
        const MeasureType &t = m_types.at(row);
        const QStringList cells{ QString::number(t.rank), t.name, t.isDisciplinary ? tr("yes") : tr("no"),
                                 t.hasPeriod ? tr("yes") : tr("no"), t.active ? tr("yes") : tr("no") };
        for (int column = 0; column < cells.size(); ++column)
            m_rungs->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    selectRung(m_types.isEmpty() ? -1 : 0);
}

void LaddersPage::selectRung(int row)
{
    const MeasureType t = row >= 0 && row < m_types.size() ? m_types.at(row) : MeasureType();
    if (row >= 0 && m_rungs->currentRow() != row) {
        const QSignalBlocker blocker(m_rungs);
        m_rungs->selectRow(row);
    }
    m_name->setText(t.name);
    m_rank->setValue(std::max(1, t.rank));
    m_disciplinary->setChecked(t.isDisciplinary);
    m_period->setChecked(t.hasPeriod);
    m_active->setChecked(t.active);
    m_caution->setPlainText(t.caution);
}

bool LaddersPage::saveRung(const QString &name, int rank, bool disciplinary, bool period, bool active,
                           const QString &caution, bool asNew)
{
    const int row = m_rungs->currentRow();
    if (!asNew && (row < 0 || row >= m_types.size()))
        return false;
    MeasureType type = asNew ? MeasureType() : m_types.at(row);
    type.ladder = Ladder(m_ladder->currentData().toInt());
    type.name = name.trimmed();
    type.rank = rank;
    type.isDisciplinary = disciplinary;
    type.hasPeriod = period;
    type.active = active;
    type.caution = caution.trimmed();
    bool saved = true;
    try {
        LadderService(*m_session.database, m_session.scope).saveRung(type);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Measure ladders"), error);
        saved = false;
    }
    reloadRungs();
    for (int r = 0; r < m_types.size(); ++r)
        if (m_types.at(r).id == type.id)
            selectRung(r);
    return saved;
}

void LaddersPage::showPublicHolidays()
{
    // The public holidays are counted by the program; showing them lets the board check them.
    const int year = QDate::currentDate().year();
    QStringList publicDays;
    for (int y : { year, year + 1 }) {
        QStringList days;
        for (const PublicHoliday &h : Lookup(m_session).publicHolidays(y))
            days.append(QStringLiteral("%1 %2").arg(QLocale().toString(h.date, QStringLiteral("d MMM")), h.name));
        publicDays.append(tr("%1: %2.").arg(y).arg(days.join(QStringLiteral(", "))));
    }
    m_publicHolidays->setText(tr("Public holidays (Beheer → Settings decides on Good Friday and Liberation Day), "
                                 "skipped in working and school days:") + QLatin1Char('\n') + publicDays.join(QLatin1Char('\n')));
}

void LaddersPage::reloadHolidays()
{
    const qint64 schoolId = m_holidaySchool->currentData().toLongLong();
    const QList<SchoolHoliday> holidays = Lookup(m_session).holidays(schoolId);
    m_holidayIds.clear();
    m_holidays->setRowCount(int(holidays.size()));
    for (int row = 0; row < holidays.size(); ++row) {
        const SchoolHoliday &h = holidays.at(row);
        m_holidayIds.append(h.id);
        const QStringList cells{ h.name, h.firstDay.toString(QStringLiteral("dd-MM-yyyy")),
                                 h.lastDay.toString(QStringLiteral("dd-MM-yyyy")),
                                 h.schoolId == 0 ? tr("all schools") : m_holidaySchool->currentText(),
                                 h.dayOff ? tr("yes") : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_holidays->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool LaddersPage::addHoliday(const QString &name, const QDate &first, const QDate &last, bool dayOff)
{
    const qint64 schoolId = m_holidaySchool->currentData().toLongLong();
    bool saved = true;
    try {
        LadderService(*m_session.database, m_session.scope).addHoliday(schoolId, name, first, last, dayOff);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("School holidays"), error);
        saved = false;
    }
    reloadHolidays();
    if (saved) {
        m_holidayName->clear();
        m_dayOff->setChecked(false);
    }
    return saved;
}

void LaddersPage::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0 || row >= m_holidayIds.size())
        return;
    if (QMessageBox::question(this, tr("School holidays"),
                              tr("Remove %1? Terms counted in school days are counted again without it.")
                                  .arg(m_holidays->item(row, 0)->text()))
        != QMessageBox::Yes)
        return;
    try {
        LadderService(*m_session.database, m_session.scope).removeHoliday(m_holidayIds.at(row));
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("School holidays"), error);
    }
    reloadHolidays();
}
