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
    // A timer polls for the modal widget; it stops and deletes itself before acting, so the
    // action may queue the next one.
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, action, timeoutMs] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        } else if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
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
