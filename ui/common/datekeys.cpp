#include "datekeys.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>

namespace {

// The part the last digit was typed into, while that was the last key.
const char *const TypedInto = "dossierkast_typedInto";

} // namespace

void DateKeys::install()
{
    static DateKeys *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new DateKeys(qApp);
    qApp->installEventFilter(filter);
}

bool DateKeys::eventFilter(QObject *watched, QEvent *event)
{
    // A click moves between the parts too: what was typed before it no longer counts.
    if (event->type() == QEvent::MouseButtonPress && watched->parent())
        if (auto *clicked = qobject_cast<QDateTimeEdit *>(watched->parent()))
            clicked->setProperty(TypedInto, QVariant());
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *edit = qobject_cast<QDateTimeEdit *>(watched);
    if (!edit)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const QVariant typedInto = edit->property(TypedInto);
    edit->setProperty(TypedInto, QVariant());
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        edit->setProperty(TypedInto, edit->currentSectionIndex());
    } else if (key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))
               && typedInto.isValid() && typedInto.toInt() != edit->currentSectionIndex()) {
        return true;    // the field moved on by itself already: this Tab confirms what was typed
    }
    return QObject::eventFilter(watched, event);
}
