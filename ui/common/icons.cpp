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

QIcon open()
{
    return themed("document-open", QStyle::SP_DirOpenIcon);
}

QIcon remove()
{
    return themed("edit-delete", QStyle::SP_TrashIcon);
}

QIcon leave()
{
    return themed("go-next", QStyle::SP_ArrowRight);
}

QIcon import()
{
    return themed("document-import", QStyle::SP_ArrowDown);
}

QIcon persons()
{
    return themed("system-users", QStyle::SP_DirHomeIcon);
}

QIcon paste()
{
    return themed("edit-paste", QStyle::SP_DialogApplyButton);
}

QIcon incidents()
{
    return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
}

QIcon deadlines()
{
    return themed("appointment-soon", QStyle::SP_FileDialogInfoView);
}

QIcon correspondence()
{
    return themed("mail-message", QStyle::SP_FileDialogContentsView);
}

QIcon reports()
{
    return themed("x-office-spreadsheet", QStyle::SP_FileDialogDetailedView);
}

QIcon refresh()
{
    return themed("view-refresh", QStyle::SP_BrowserReload);
}

QIcon verify()
{
    return themed("security-high", QStyle::SP_DialogApplyButton);
}

} // namespace Icons
