#include "sqlscript.h"

#include <QRegularExpression>

namespace SqlScript {

QStringList statements(const QString &script)
{
    static const QRegularExpression bodyStart(QStringLiteral("\\bBEGIN\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bodyEnd(QStringLiteral("^\\s*END\\s*;\\s*$"), QRegularExpression::CaseInsensitiveOption);
    QStringList result;
    QString current;
    bool inDollar = false;
    bool inBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        if (!inBody && current.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive)
            && bodyStart.match(line).hasMatch()) {
            inBody = true;
            continue;
        }
        const bool ends = inBody ? bodyEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            if (!inBody)
                statement.chop(1);
            result.append(statement);
            current.clear();
            inBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace SqlScript
