#include "displaytext.h"

#include <algorithm>

namespace DisplayText {

namespace {

constexpr int MaxFileName = 120;

} // namespace

bool isHidden(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)          // C0, DEL, C1
           || (u >= 0x200B && u <= 0x200F)                           // zero width, LRM, RLM
           || (u >= 0x202A && u <= 0x202E)                           // embeddings and overrides
           || (u >= 0x2066 && u <= 0x2069)                           // isolates
           || u == 0xFEFF;
}

QString escaped(const QString &text, int maxLength)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (maxLength > 0 && result.size() >= maxLength) {
            result += QChar(0x2026);
            break;
        }
        if (c == QLatin1Char('\n'))
            result += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            result += QLatin1Char(' ');
        else if (c.unicode() < 0x100 && isHidden(c))
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (isHidden(c))
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

QString oneLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            result += QLatin1Char(' ');
        else if (!isHidden(c))
            result += c;
    }
    return result.simplified();
}

QString fileName(const QString &raw)
{
    QString name = raw;
    const int slash = int(std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))));
    if (slash >= 0)
        name = name.mid(slash + 1);
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (isHidden(c))
            continue;
        if (QStringLiteral("<>:\"|?*").contains(c))
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    if (clean.size() > MaxFileName) {
        const int dot = int(clean.lastIndexOf(QLatin1Char('.')));
        const QString extension = dot > 0 && clean.size() - dot <= 10 ? clean.mid(dot) : QString();
        QString stem = clean.left(MaxFileName - int(extension.size()));
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
        clean = stem.trimmed() + extension;
    }
    return clean.isEmpty() ? QStringLiteral("bijlage") : clean;
}

} // namespace DisplayText
