#include "textfolding.h"

#include <QHash>

namespace TextFolding {

QString fold(const QString &text)
{
    static const QHash<QChar, QString> special{
        { QChar(0x00DF), QStringLiteral("ss") }, { QChar(0x00E6), QStringLiteral("ae") },
        { QChar(0x0153), QStringLiteral("oe") }, { QChar(0x00F8), QStringLiteral("o") },
        { QChar(0x0131), QStringLiteral("i") },  { QChar(0x0142), QStringLiteral("l") },
        { QChar(0x0111), QStringLiteral("d") },  { QChar(0x00F0), QStringLiteral("d") },
        { QChar(0x00FE), QStringLiteral("th") }, { QChar(0x0133), QStringLiteral("ij") },
    };
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const auto it = special.constFind(c);
        if (it != special.cend())
            result += it.value();
        else
            result += c;
    }
    return result;
}

QStringList words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace TextFolding
