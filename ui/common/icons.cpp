#include "icons.h"

#include <QApplication>
#include <QStyle>

namespace Icons {

static QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

QIcon save()
{
    return themed("document-save", QStyle::SP_DialogSaveButton);
}

QIcon undo()
{
    return themed("edit-undo", QStyle::SP_DialogResetButton);
}

QIcon add()
{
    return themed("list-add", QStyle::SP_FileDialogNewFolder);
}

QIcon edit()
{
    return themed("document-edit", QStyle::SP_FileDialogDetailedView);
}

QIcon password()
{
    return QIcon::fromTheme(QStringLiteral("dialog-password"));     // Qt has no fitting fallback
}

QIcon administration()
{
    return themed("preferences-system", QStyle::SP_ComputerIcon);
}

} // namespace Icons
