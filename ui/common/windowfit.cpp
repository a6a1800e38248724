#include "windowfit.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace {

// What the window manager adds around a window: title bar and borders.
constexpr int FrameWidth = 16;
constexpr int FrameHeight = 40;

} // namespace

void WindowFit::install()
{
    static WindowFit *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new WindowFit(qApp);
    qApp->installEventFilter(filter);
}

void WindowFit::fit(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (window->isMaximized() || window->isFullScreen() || available.isEmpty())
        return;
    const QSize room(available.width() - FrameWidth, available.height() - FrameHeight);
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    // Inside the area, the frame included: the title bar must stay reachable.
    QPoint at = window->pos();
    at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - size.width() - FrameWidth)));
    at.setY(std::clamp(at.y(), available.top(), std::max(available.top(), available.bottom() - size.height() - FrameHeight)));
    if (at != window->pos())
        window->move(at);
}

bool WindowFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const Qt::WindowType type = widget->windowType();
        if (type == Qt::Window || type == Qt::Dialog || type == Qt::Sheet)
            fit(widget);
    }
    return QObject::eventFilter(watched, event);
}
