#pragma once

#include <QStringList>

class QDragEnterEvent;
class QDropEvent;

// Files dropped from the file manager onto a view (mail, evidence, attachments).
namespace FileDrop {

// Accepts a drag that carries files, so the view shows it may be dropped.
void acceptFiles(QDragEnterEvent *event);
// The local files of a drop, which is accepted.
QStringList takeFiles(QDropEvent *event);

} // namespace FileDrop
