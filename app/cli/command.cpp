#include "command.h"

QString Command::usageLine() const
{
    return tr("Usage: dossierkast [--database PATH] %1 %2").arg(name(), usage()).trimmed();
}

int Command::wrongUse(CommandContext &context, const QStringList &errors) const
{
    for (const QString &error : errors)
        context.err << error << Qt::endl;
    context.err << usageLine() << Qt::endl;
    return 2;
}
