#pragma once

#include <QString>

// The widget library's identity; the window and its areas join this library in the next issue.
namespace UiLibrary {

QString widgetToolkitVersion();

} // namespace UiLibrary
