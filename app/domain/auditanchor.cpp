#include "auditanchor.h"

#include <QRegularExpression>

QString AuditAnchor::text() const
{
    return QString::number(seq) + QLatin1Char('-') + hashPrefix;
}

std::optional<AuditAnchor> AuditAnchor::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(?:auditkenmerk:?\\s*)?(\\d{1,18})-([0-9a-f]{%1})$")
                                             .arg(PrefixLength),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return of(match.captured(1).toLongLong(), match.captured(2));
}

AuditAnchor AuditAnchor::of(qint64 seq, const QString &hash)
{
    AuditAnchor anchor;
    anchor.seq = seq;
    anchor.hashPrefix = hash.left(PrefixLength).toLower();
    return anchor;
}
