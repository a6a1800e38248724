#pragma once

#include "domain/incident.h"
#include "domain/person.h"
#include "domain/protocolversion.h"
#include "services/session.h"

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui {
class IncidentDialog;
}

// Registers a new incident or edits one: what happened, the people involved with their roles
// (a new `overig` person can be added on the spot) and the protocol articles, whose text shows
// while choosing. Save checks the rules first; a save that someone else beat is offered a reload.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentDialog(Session &session, const Incident &incident, QWidget *parent = nullptr);
    ~IncidentDialog() override;
    // The incident as the form describes it (new persons have negative ids).
    Incident incident() const;
    qint64 savedId() const { return m_incident.id; }
    // For tests: add an involvement without the picker.
    void addInvolvement(const Person &person, InvolvementRole role);
    void addNewPerson(const QString &fullName, InvolvementRole role);
    // Checks the article with this code, if the protocol version has it.
    bool chooseArticle(const QString &code);

private:
    struct Row {
        Involvement involvement;
        Person person;
    };
    void fill(const Incident &incident);
    void fillArticles(const QList<qint64> &chosen);
    void fillPeople();
    void showArticle();
    void chooseReporter();
    void pickPerson();
    void newPerson();
    void removePerson();
    void updateFlags();
    void attempt();
    QWidget *widgetFor(const QString &field) const;

    std::unique_ptr<Ui::IncidentDialog> m_ui;
    Session &m_session;
    Incident m_incident;
    ProtocolVersion m_protocol;
    QList<Row> m_rows;
    QList<Person> m_newPersons;
    qint64 m_reporterId = 0;
};
