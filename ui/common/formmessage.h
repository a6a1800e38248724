#pragma once

class QLabel;
class QWidget;

// A form's red message says what was wrong with the last attempt to save; once the user changes
// anything in the form it no longer describes what is there, so it goes.
namespace FormMessage {

// Hides `message` whenever a field inside `form` is edited (text, choice, date, check box, list
// or table item). Call it once the form's fields exist.
void hideOnEdit(QWidget *form, QLabel *message);

} // namespace FormMessage
