#pragma once

#include <QString>

class QWidget;

// Tells the user that something went where they asked (a PDF saved, a letter filed) without
// stopping them: in the main window's status bar, or in a small note beside a dialog that
// closes itself when the user goes on.
namespace Confirmation {

// `path` (when given) is offered to open; the text names it already.
void show(QWidget *parent, const QString &text, const QString &path = QString());

} // namespace Confirmation
