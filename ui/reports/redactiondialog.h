#pragma once

#include "domain/person.h"
#include "domain/redactor.h"
#include "services/session.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RedactionDialog;
}

// A summary made for one person (a copy for parents, an access request): everybody not ticked is
// replaced by a role label. The preview marks every replacement, and words the program could
// not decide on, so the user can add terms by hand before printing or saving the PDF.
class RedactionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Case, Dossier };

    // `forPersonId` preselects who the copy is for (0: the first person of the summary).
    RedactionDialog(Session &session, Subject subject, qint64 id, const QString &title, qint64 forPersonId, QWidget *parent = nullptr);
    ~RedactionDialog() override;
    // Without highlighting: what is printed and saved.
    QString html() const;
    RedactionOptions options() const;
    bool savePdf(const QString &path = QString());
    void addTerm(const QString &term);
    // Dossier only: the access-request ZIP with the options shown; audited, files the action.
    // Returns false (after telling the user) when it could not be written.
    bool exportAccessRequest(const QDate &receivedOn, bool answered, const QString &zipPath);

private:
    QString render(const RedactionOptions &options, QStringList *ambiguous) const;
    void chooseFor();
    void refresh();
    void askAccessRequest();
    QString auditKind() const;

    std::unique_ptr<Ui::RedactionDialog> m_ui;
    Session &m_session;
    Subject m_subject;
    qint64 m_id;
    QString m_title;
    QList<Person> m_people;
    bool m_filling = false;
};
