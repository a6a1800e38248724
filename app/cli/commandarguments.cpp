#include "commandarguments.h"

CommandArguments::CommandArguments(const QStringList &arguments) : m_arguments(arguments)
{
}

bool CommandArguments::takeFlag(const QString &name)
{
    return m_arguments.removeAll(name) > 0;
}

std::optional<QString> CommandArguments::takeValue(const QString &name)
{
    for (int i = 0; i < m_arguments.size(); ++i) {
        const QString argument = m_arguments.at(i);
        if (argument == name) {
            if (i + 1 >= m_arguments.size() || m_arguments.at(i + 1).startsWith(QStringLiteral("--"))) {
                m_errors.append(tr("The option %1 needs a value.").arg(name));
                m_arguments.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_arguments.at(i + 1);
            m_arguments.remove(i, 2);
            return value;
        }
        if (argument.startsWith(name + QLatin1Char('='))) {
            m_arguments.removeAt(i);
            return argument.mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

std::optional<qint64> CommandArguments::takeNumber(const QString &name, qint64 minimum, qint64 maximum)
{
    const std::optional<QString> text = takeValue(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        m_errors.append(tr("The option %1 takes a whole number from %2 to %3, not \"%4\".")
                            .arg(name).arg(minimum).arg(maximum).arg(*text));
        return std::nullopt;
    }
    return value;
}

QStringList CommandArguments::positional(int count)
{
    QStringList result;
    for (const QString &argument : std::as_const(m_arguments)) {
        if (argument.startsWith(QStringLiteral("--")))
            m_errors.append(tr("Unknown option: %1").arg(argument));
        else
            result.append(argument);
    }
    if (result.size() > count)
        m_errors.append(tr("Unexpected argument: %1").arg(result.at(count)));
    else if (result.size() < count)
        m_errors.append(tr("An argument is missing."));
    return result;
}

QStringList CommandArguments::words()
{
    QStringList result;
    for (const QString &argument : std::as_const(m_arguments)) {
        if (argument.startsWith(QStringLiteral("--")))
            m_errors.append(tr("Unknown option: %1").arg(argument));
        else
            result.append(argument);
    }
    if (result.isEmpty())
        m_errors.append(tr("An argument is missing."));
    return result;
}
