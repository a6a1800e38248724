#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV export from a pupil or HR administration, read whatever its encoding (UTF-8 with or
// without BOM, Windows-1252) and delimiter (';', ',' or tab), with quoted fields that may hold
// delimiters and line breaks. Empty lines are skipped; every row knows the line it began on.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Row {
        int line = 0;
        QStringList fields;
    };

    static CsvTable parse(const QByteArray &bytes);
    // Reads a file; on failure `error` says why (Dutch) and the table is empty.
    static CsvTable read(const QString &path, QString *error);

    QString encoding() const { return m_encoding; }     // "UTF-8" or "Windows-1252"
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }
    QList<Row> rows() const { return m_rows; }
    // A problem with the file as a whole (an unclosed quote), with its line; empty when none.
    QString problem() const { return m_problem; }

    static QString decode(const QByteArray &bytes, QString *encoding);

private:
    QString m_encoding;
    QChar m_delimiter = QLatin1Char(';');
    QStringList m_header;
    QList<Row> m_rows;
    QString m_problem;
};
