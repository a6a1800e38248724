#pragma once

#include "domain/person.h"
#include "services/session.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class PersonListModel;
class QLineEdit;
class QTableView;

// Search as you type over persons (names and numbers, case and diacritics ignored) and pick
// one; used wherever a form links a person: parents, involved persons, the reporter. A parent
// is listed with their children. Characters typed right after the click that opened the picker,
// before its window has the keyboard, go into the search box instead of being lost.
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
    // Another person is selected (or none).
    void currentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_opened;         // type-ahead is caught for a short while only
    PersonListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
};
