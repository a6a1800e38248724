#include "confirmation.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace Confirmation {

void show(QWidget *parent, const QString &text, const QString &path)
{
    if (auto *window = qobject_cast<QMainWindow *>(parent ? parent->window() : nullptr)) {
        window->statusBar()->showMessage(text, 15000);
        return;
    }
    // Not modal: the user reads it or goes on working.
    auto *box = new QMessageBox(QMessageBox::Information, QStringLiteral("Dossierkast"), text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    if (!path.isEmpty()) {
        QPushButton *open = box->addButton(QCoreApplication::translate("Confirmation", "&Open"), QMessageBox::ActionRole);
        QObject::connect(open, &QPushButton::clicked, box, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    }
    box->show();
}

} // namespace Confirmation
