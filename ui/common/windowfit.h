#pragma once

#include <QObject>

class QWidget;

// Keeps every window inside the screen it opens on: a dialog designed, or remembered from a
// larger monitor, taller than a 1366×768 laptop's screen would hide its buttons below the edge.
// One application-wide filter sees each top-level window as it is shown and shrinks and moves
// it to fit, so no form has to remember to do it.
class WindowFit : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the application (once; later calls do nothing).
    static void install();
    // Shrinks `window` to the available area of its screen (never below its minimum size) and
    // moves it so that it lies wholly inside that area.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
