#include "focusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace {

void drawRing(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight), 2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 2, 2);
    painter->restore();
}

} // namespace

void FocusStyle::install()
{
    if (qobject_cast<FocusStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusStyle(QStyleFactory::create(QApplication::style()->name())));
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        drawRing(painter, option->rect, option->palette);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A push button shows its focus on its whole face, not only as a faint inner line.
    if (element == CE_PushButtonBevel && (option->state & State_HasFocus))
        drawRing(painter, option->rect.adjusted(1, 1, -1, -1), option->palette);
}
