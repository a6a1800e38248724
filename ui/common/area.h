#pragma once

#include <QIcon>
#include <QWidget>

// One area of the main window (Meldingen, Personen, …, Beheer). An area owns its actions and
// toolbars; the main window only hosts it and switches between areas.
class Area : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Asked before the window closes or locks out: true when edits would be lost.
    virtual bool hasUnsavedChanges() const { return false; }
};
