#pragma once

#include "domain/person.h"
#include "services/session.h"

#include <QWidget>
#include <optional>

class PersonListModel;
class QLineEdit;
class QTableView;

// Search as you type over persons (names and numbers, case and diacritics ignored) and pick
// one; used wherever a form links a person: parents, involved persons, the reporter.
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    // `kind` narrows the list to one kind; std::nullopt shows everyone.
    PersonPicker(Session &session, std::optional<PersonKind> kind, QWidget *parent = nullptr);
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    // The selected person, if any.
    std::optional<Person> current() const;
    // Also offer people who left (a legal hold is placed on a dossier long after leaving).
    void setIncludeLeft(bool include);

signals:
    // Enter or a double-click on a person.
    void activated();

private:
    PersonListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
};
