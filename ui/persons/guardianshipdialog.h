#pragma once

#include "services/dossierreader.h"
#include "services/session.h"

#include <QDialog>

class PersonPicker;
class QCheckBox;
class QComboBox;
class QLabel;

// Links a parent to a pupil, or changes a link: who (searched by name among the other kind),
// the relation, parental authority (gezag) and whether letters go to this parent.
class GuardianshipDialog : public QDialog
{
    Q_OBJECT

public:
    // `other` is the kind to choose (a pupil's form picks an `ouder`, a parent's a `leerling`);
    // a link with a person already set is edited without choosing again.
    GuardianshipDialog(Session &session, PersonKind other, const DossierReader::Relative &current,
                       QWidget *parent = nullptr);
    DossierReader::Relative relative() const;
    PersonPicker *picker() const { return m_picker; }

private:
    void attempt();

    Session &m_session;
    DossierReader::Relative m_current;
    PersonPicker *m_picker = nullptr;
    QComboBox *m_relation;
    QCheckBox *m_authority;
    QCheckBox *m_mail;
    QLabel *m_message;
};
