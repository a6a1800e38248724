#pragma once

#include <QObject>

// Typing a date as people do: "28", Tab, "11", Tab, "2026". A date field moves to the month by
// itself once the day is complete; a Tab right after that would skip the month and put "11" in
// the year. This application-wide filter lets such a Tab confirm the part just typed instead;
// any other Tab moves on as usual (to the next part, or out of the field after the last).
class DateKeys : public QObject
{
    Q_OBJECT

public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
