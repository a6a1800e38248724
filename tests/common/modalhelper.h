#pragma once

#include <QString>
#include <functional>

class QWidget;

// Modal dialogs block in exec(); a test queues what to do with the next one before it opens.
namespace ModalHelper {

// When the next modal widget appears, `action` gets it (fill fields, click buttons). Gives up
// after `timeoutMs` so a test fails instead of hanging.
void onNextModal(std::function<void(QWidget *)> action, int timeoutMs = 5000);
// Answers the next message box with the button of `role` (QMessageBox::ButtonRole, default Accept/
// Yes) and stores its text in `text` when given.
void answerNextMessageBox(QString *text = nullptr, bool yes = true);

} // namespace ModalHelper
