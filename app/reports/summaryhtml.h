#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Redactor;

// The building blocks of a summary's HTML. Every text a summary prints passes through text(),
// so a redacted summary cannot print a name by forgetting to redact one field.
class SummaryHtml
{
public:
    explicit SummaryHtml(const Redactor *redactor = nullptr);
    QString text(const QString &plain) const;
    // A table whose header row repeats on every page.
    QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty) const;
    QString heading(int level, const QString &plain) const;
    static QString escape(const QString &plain);
    static QString day(const QDate &date);
    static QString moment(const QDateTime &at);

private:
    const Redactor *m_redactor;
};
