#include "modalhelper.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <memory>

namespace ModalHelper {

void onNextModal(std::function<void(QWidget *)> action, int timeoutMs)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [action, clock, poll, timeoutMs]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            action(modal);
            *poll = nullptr;    // break the cycle
            return;
        }
        if (clock->elapsed() > timeoutMs) {
            *poll = nullptr;
            return;
        }
        QTimer::singleShot(20, qApp, [poll] {
            if (*poll)
                (*poll)();
        });
    };
    QTimer::singleShot(0, qApp, [poll] {
        if (*poll)
            (*poll)();
    });
}

void answerNextMessageBox(QString *text, bool yes)
{
    onNextModal([text, yes](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (!box) {
            widget->close();
            return;
        }
        if (text)
            *text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            const QMessageBox::ButtonRole role = box->buttonRole(button);
            const bool positive = role == QMessageBox::AcceptRole || role == QMessageBox::YesRole;
            if (positive == yes) {
                button->click();
                return;
            }
        }
        box->close();
    });
}

} // namespace ModalHelper
