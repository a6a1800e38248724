#pragma once

#include <QString>
#include <optional>

// A point of the audit chain written down outside the database — "Auditkenmerk 1234-0a1b2c3d4e5f":
// a record's sequence number and the first 12 hex digits of its hash. Printed on summaries and
// kept beside backups, it lets `check --anchor` prove later that the trail still runs through
// that record: a log cut short, or rewritten with its chain recomputed, no longer does.
struct AuditAnchor
{
    static constexpr int PrefixLength = 12;

    qint64 seq = 0;
    QString hashPrefix;         // lowercase hex, PrefixLength digits

    QString text() const;       // "1234-0a1b2c3d4e5f"
    // Reads "1234-0a1b2c3d4e5f", also with "Auditkenmerk " before it and in capitals.
    static std::optional<AuditAnchor> parse(const QString &text);
    static AuditAnchor of(qint64 seq, const QString &hash);
};
