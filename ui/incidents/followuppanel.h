#pragma once

#include "domain/incidentnote.h"
#include "services/session.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// A case's follow-up log: timestamped notes by several users. A note says when the conversation
// took place (now, or a moment the user gives) and keeps when it was written down. A correction
// is a new note; the earlier wording stays visible, marked as corrected, so nothing changes silently.
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpPanel(Session &session, QWidget *parent = nullptr);
    void setIncident(qint64 incidentId);
    void reload();
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *noteEdit() const { return m_edit; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *correctButton() const { return m_correct; }
    QCheckBox *nowBox() const { return m_now; }
    QDateTimeEdit *momentEdit() const { return m_moment; }

private:
    void addNote();
    void correctNote();

    Session &m_session;
    qint64 m_incidentId = 0;
    QList<IncidentNote> m_notes;
    QListWidget *m_list;
    QPlainTextEdit *m_edit;
    QCheckBox *m_now;
    QDateTimeEdit *m_moment;
    QPushButton *m_add;
    QPushButton *m_correct;
};
