#pragma once

#include "services/dossierreader.h"
#include "services/session.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <memory>

namespace Ui {
class PersonDialog;
}
class QLineEdit;

// Adds or edits a person with their guardianship links. Save writes the person and every
// link change in one transaction; when that fails (someone else saved first, a rule of the
// database), the form stays open with what was typed.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(Session &session, const Person &person, QWidget *parent = nullptr);
    ~PersonDialog() override;
    // The person as the form now describes it (without saving).
    Person person() const;
    QList<DossierReader::Relative> relatives() const { return m_relatives; }
    // The saved person's id (after Save).
    qint64 savedId() const { return m_person.id; }

private:
    void updateKind();
    void fillRelatives();
    void addRelative();
    void editRelative();
    void removeRelative();
    QString problem(QWidget **at) const;
    void attempt();
    void save();
    static QDate dateOf(const QLineEdit *edit, bool *ok);

    std::unique_ptr<Ui::PersonDialog> m_ui;
    Session &m_session;
    Person m_person;
    QList<DossierReader::Relative> m_relatives;
    QList<qint64> m_removedLinks;
    QSet<qint64> m_changedLinks;
};
