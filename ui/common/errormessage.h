#pragma once

#include <QString>

class QWidget;
class StorageError;

// Shows a failure the way every view does: a Dutch message box, the technical detail folded away.
namespace ErrorMessage {

void show(QWidget *parent, const QString &title, const StorageError &error);

} // namespace ErrorMessage
