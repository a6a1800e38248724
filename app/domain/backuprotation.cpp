#include "backuprotation.h"

#include <algorithm>

namespace BackupRotation {

QSet<QDate> keep(const QList<QDate> &days, int daily, int weekly, int monthly)
{
    QList<QDate> newestFirst = days;
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<QDate>());
    newestFirst.erase(std::unique(newestFirst.begin(), newestFirst.end()), newestFirst.end());
    QSet<QDate> kept;
    for (int i = 0; i < std::min(daily, int(newestFirst.size())); ++i)
        kept.insert(newestFirst.at(i));
    // The newest backup of each period counts for that period.
    const auto newestPer = [&newestFirst, &kept](int periods, const auto &periodOf) {
        QList<qint64> seen;
        for (const QDate &day : newestFirst) {
            const qint64 period = periodOf(day);
            if (seen.contains(period))
                continue;
            if (seen.size() == periods)
                break;
            seen.append(period);
            kept.insert(day);
        }
    };
    newestPer(weekly, [](const QDate &day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    newestPer(monthly, [](const QDate &day) { return qint64(day.year()) * 100 + day.month(); });
    return kept;
}

} // namespace BackupRotation
