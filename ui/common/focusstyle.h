#pragma once

#include <QProxyStyle>

// Where the keyboard is must be plain to see: a clear two-pixel frame in the highlight colour
// around the focused button, check box or list item, where the standard style draws a faint one.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;
    // Puts the style on the application, over the style it had.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
