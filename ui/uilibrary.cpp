#include "uilibrary.h"

#include <QtWidgets/qtwidgetsversion.h>

namespace UiLibrary {

QString widgetToolkitVersion()
{
    return QStringLiteral(QTWIDGETS_VERSION_STR);
}

} // namespace UiLibrary
