#include "actiondialogs.h"

#include "services/lookup.h"
#include "common/errormessage.h"
#include "domain/labels.h"
#include "services/actionservice.h"
#include "services/permissions.h"
#include "domain/storageerror.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>

namespace ActionDialogs {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QDialogButtonBox *buttons(QDialog &dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return box;
}

} // namespace

bool add(QWidget *parent, Session &session, qint64 incidentId)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("ActionDialogs", "New action"));
    auto *kind = new QComboBox(&dialog);
    for (int value = 0; value <= int(ActionKind::Overig); ++value)
        kind->addItem(Labels::actionKind(ActionKind(value)), value);
    kind->setCurrentIndex(int(ActionKind::Overig));
    auto *title = new QLineEdit(&dialog);
    auto *due = dateEdit(&dialog, QDate::currentDate().addDays(7));
    auto *responsible = new QComboBox(&dialog);
    for (const User &user : Lookup(session).everyUser())
        if (user.active)
            responsible->addItem(user.displayName, user.id);
    responsible->setCurrentIndex(std::max(0, responsible->findData(session.user.id)));
    QObject::connect(kind, &QComboBox::currentIndexChanged, &dialog, [kind, title] {
        if (title->text().isEmpty() || title->property("auto").toBool()) {
            title->setText(kind->currentText());
            title->setProperty("auto", true);
        }
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("ActionDialogs", "&Kind:"), kind);
    form->addRow(QCoreApplication::translate("ActionDialogs", "&What:"), title);
    form->addRow(QCoreApplication::translate("ActionDialogs", "&Due on:"), due);
    form->addRow(QCoreApplication::translate("ActionDialogs", "&Responsible:"), responsible);
    form->addRow(buttons(dialog));
    title->setFocus();
    while (dialog.exec() == QDialog::Accepted) {
        Action action;
        action.incidentId = incidentId;
        action.kind = ActionKind(kind->currentData().toInt());
        action.title = title->text();
        action.dueOn = due->date();
        action.responsibleUserId = responsible->currentData().toLongLong();
        try {
            ActionService(*session.database, session.scope).add(action);
            return true;
        } catch (const StorageError &error) {
            ErrorMessage::show(parent, QCoreApplication::translate("ActionDialogs", "New action"), error);
        }
    }
    return false;
}

bool markDone(QWidget *parent, Session &session, Action action)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("ActionDialogs", "Done: %1").arg(action.title));
    auto *date = dateEdit(&dialog, QDate::currentDate());
    date->setMaximumDate(QDate::currentDate());
    auto *note = new QLineEdit(&dialog);
    auto *reference = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("ActionDialogs", "&Done on:"), date);
    form->addRow(QCoreApplication::translate("ActionDialogs", "&Note:"), note);
    if (action.kind == ActionKind::Aangifte)
        form->addRow(QCoreApplication::translate("ActionDialogs", "&Police reference:"), reference);
    else
        reference->hide();
    form->addRow(buttons(dialog));
    while (dialog.exec() == QDialog::Accepted) {
        try {
            ActionService(*session.database, session.scope).markDone(action, date->date(), note->text(), reference->text());
            return true;
        } catch (const StorageError &error) {
            ErrorMessage::show(parent, QCoreApplication::translate("ActionDialogs", "Mark as done"), error);
            if (error.kind() == StorageError::Kind::Refused)
                return false;
        }
    }
    return false;
}

bool markNotNeeded(QWidget *parent, Session &session, Action action)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(parent, QCoreApplication::translate("ActionDialogs", "Not needed"),
                                                 QCoreApplication::translate("ActionDialogs", "Why is \"%1\" not needed?")
                                                     .arg(action.title),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    try {
        ActionService(*session.database, session.scope).markNotNeeded(action, reason);
        return true;
    } catch (const StorageError &error) {
        ErrorMessage::show(parent, QCoreApplication::translate("ActionDialogs", "Not needed"), error);
        return false;
    }
}

bool mayClose(const Session &session, const Action &action)
{
    if (action.kind == ActionKind::Aangifte)
        return session.user.mayReportToPolice;
    return Permissions::allows(session.scope, action.incidentId != 0 ? Permission::EditCase : Permission::ManagePersons);
}

} // namespace ActionDialogs
