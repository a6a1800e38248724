#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// A command's own arguments: options are taken out by name (`--seed 3` or `--seed=3`), what
// is left must be positional. Errors are collected as Dutch sentences for the user.
class CommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(CommandArguments)

public:
    explicit CommandArguments(const QStringList &arguments);

    bool takeFlag(const QString &name);
    std::optional<QString> takeValue(const QString &name);
    // A whole number within [minimum, maximum]; records an error otherwise.
    std::optional<qint64> takeNumber(const QString &name, qint64 minimum, qint64 maximum);
    // The positional arguments, of which there must be `count`; unknown options left over,
    // and missing or extra arguments, are recorded as errors.
    QStringList positional(int count);
    // Any number (at least one) of positional arguments, such as search words.
    QStringList words();

    // A value the command itself found wrong, reported with the others.
    void reject(const QString &error) { m_errors.append(error); }
    QStringList errors() const { return m_errors; }

private:
    QStringList m_arguments;
    QStringList m_errors;
};
