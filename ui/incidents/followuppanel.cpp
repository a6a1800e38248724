#include "followuppanel.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "services/incidentservice.h"
#include "domain/storageerror.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpPanel::FollowUpPanel(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_list(new QListWidget(this)),
      m_edit(new QPlainTextEdit(this)),
      m_now(new QCheckBox(tr("Took place &now"), this)),
      m_moment(new QDateTimeEdit(this)),
      m_add(new QPushButton(tr("Add &note"), this)),
      m_correct(new QPushButton(tr("C&orrect selected note…"), this))
{
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_edit->setPlaceholderText(tr("What happened, who was spoken to, what was agreed…"));
    m_edit->setMaximumHeight(90);
    m_edit->setTabChangesFocus(true);
    connect(m_add, &QPushButton::clicked, this, &FollowUpPanel::addNote);
    connect(m_correct, &QPushButton::clicked, this, &FollowUpPanel::correctNote);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_correct->setEnabled(row >= 0 && row < m_notes.size() && m_notes.at(row).replacedByNoteId == 0);
    });
    // A conversation is often written down afterwards: the user says when it took place.
    m_now->setChecked(true);
    m_now->setToolTip(tr("Untick to give the day and time the conversation or event took place."));
    m_moment->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_moment->setCalendarPopup(true);
    m_moment->setDateTime(QDateTime::currentDateTime());
    m_moment->setEnabled(false);
    m_moment->setAccessibleName(tr("Took place on"));
    connect(m_now, &QCheckBox::toggled, this, [this](bool now) {
        m_moment->setEnabled(!now);
        if (!now) {
            m_moment->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
            m_moment->setFocus();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_now);
    buttons->addWidget(m_moment);
    buttons->addSpacing(12);
    buttons->addWidget(m_add);
    buttons->addWidget(m_correct);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    m_correct->setEnabled(false);
}

void FollowUpPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void FollowUpPanel::reload()
{
    m_notes = Lookup(m_session).notes(m_incidentId);
    m_list->clear();
    const QString format = QStringLiteral("dd-MM-yyyy HH:mm");
    for (const IncidentNote &note : std::as_const(m_notes)) {
        QString head = QStringLiteral("%1 — %2").arg(note.shownAt().toLocalTime().toString(format),
                                                   note.authorName.isEmpty() ? tr("(unknown)") : note.authorName);
        // Written down later than it took place: both times show.
        if (note.happenedAt.isValid() && note.happenedAt.secsTo(note.writtenAt) > 10 * 60)
            head += QLatin1Char(' ') + tr("(written down on %1)").arg(note.writtenAt.toLocalTime().toString(format));
        if (note.replacesNoteId != 0)
            head += QLatin1Char(' ') + tr("(correction)");
        auto *item = new QListWidgetItem(head + QLatin1Char('\n') + note.body, m_list);
        if (note.replacedByNoteId != 0) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(Qt::gray);
            item->setToolTip(tr("This wording was corrected later; it stays readable."));
        }
    }
    m_list->scrollToBottom();
    m_correct->setEnabled(false);
}

void FollowUpPanel::addNote()
{
    try {
        IncidentService(*m_session.database, m_session.scope)
            .addNote(m_incidentId, m_edit->toPlainText(), m_now->isChecked() ? QDateTime() : m_moment->dateTime());
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Follow-up log"), error);
        return;
    }
    m_edit->clear();
    m_now->setChecked(true);
    m_moment->setDateTime(QDateTime::currentDateTime());
    reload();
}

void FollowUpPanel::correctNote()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_notes.size())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Correct note"),
                                                        tr("The new wording (the old one stays visible):"),
                                                        m_notes.at(row).body, &ok);
    if (!ok)
        return;
    try {
        IncidentService(*m_session.database, m_session.scope).correctNote(m_notes.at(row), text);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Correct note"), error);
    }
    reload();
}
