#pragma once

#include "domain/person.h"
#include "services/session.h"

#include <QDialog>
#include <optional>

class PersonPicker;
class QComboBox;
class QLabel;

// Choose one person from a searchable list, optionally with the role they play in an incident.
class PickPersonDialog : public QDialog
{
    Q_OBJECT

public:
    PickPersonDialog(Session &session, const QString &title, bool withRole, QWidget *parent = nullptr);
    PersonPicker *picker() const { return m_picker; }
    QComboBox *roleCombo() const { return m_role; }
    Person person() const { return m_person; }
    InvolvementRole role() const;

private:
    void attempt();

    PersonPicker *m_picker;
    QComboBox *m_role = nullptr;
    QLabel *m_message;
    Person m_person;
    bool m_roleChosen = false;      // the user chose a role: it no longer follows the person
};
