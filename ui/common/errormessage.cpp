#include "errormessage.h"

#include "domain/storageerror.h"

#include <QMessageBox>

namespace ErrorMessage {

void show(QWidget *parent, const QString &title, const StorageError &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, parent);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

} // namespace ErrorMessage
