#include "formmessage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace FormMessage {

void hideOnEdit(QWidget *form, QLabel *message)
{
    const auto hide = [message] { message->hide(); };
    for (auto *edit : form->findChildren<QLineEdit *>())
        QObject::connect(edit, &QLineEdit::textEdited, message, hide);
    for (auto *edit : form->findChildren<QPlainTextEdit *>())
        QObject::connect(edit, &QPlainTextEdit::textChanged, message, hide);
    for (auto *combo : form->findChildren<QComboBox *>())
        QObject::connect(combo, &QComboBox::activated, message, hide);
    for (auto *edit : form->findChildren<QDateTimeEdit *>())
        QObject::connect(edit, &QDateTimeEdit::dateTimeChanged, message, hide);
    for (auto *spin : form->findChildren<QSpinBox *>())
        QObject::connect(spin, &QSpinBox::valueChanged, message, hide);
    for (auto *button : form->findChildren<QAbstractButton *>())
        if (button->isCheckable())
            QObject::connect(button, &QAbstractButton::toggled, message, hide);
    for (auto *list : form->findChildren<QListWidget *>())
        QObject::connect(list, &QListWidget::itemChanged, message, hide);
    for (auto *table : form->findChildren<QTableWidget *>())
        QObject::connect(table, &QTableWidget::itemChanged, message, hide);
}

} // namespace FormMessage
