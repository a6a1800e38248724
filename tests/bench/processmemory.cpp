#include "processmemory.h"

#include <QFile>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace ProcessMemory {

bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

bool canResetPeak()
{
    static const bool can = resetPeak();
    return can;
}

double peakMegabytes()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression line(QStringLiteral("VmHWM:\\s*(\\d+) kB"));
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(file.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024 : 0;
}

double lifetimePeakMegabytes()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_maxrss) / 1024;
#endif
    return 0;
}

} // namespace ProcessMemory
