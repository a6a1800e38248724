#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV export from a pupil or HR administration, read whatever its encoding (UTF-8 with or
// without BOM, UTF-16 as Excel writes it, Windows-1252) and delimiter (';', ',' or tab), with
// quoted fields that may hold delimiters and line breaks. Empty lines are skipped; every row
// knows the line it began on. A damaged file (mixed encodings, a stray quote that swallows the
// rows after it, a binary file) gets a problem() naming its line, and must not be imported.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    // Larger files are refused before they are read: a board's largest school list is a few MB.
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;

    struct Row {
        int line = 0;
        QStringList fields;
        QString problem;        // why this row cannot be used (a NUL byte, text after a closing quote)
    };

    static CsvTable parse(const QByteArray &bytes);
    // Reads a file; on failure `error` says why (Dutch) and the table is empty.
    static CsvTable read(const QString &path, QString *error);

    QString encoding() const { return m_encoding; }     // "UTF-8", "UTF-16" or "Windows-1252"
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }
    QList<Row> rows() const { return m_rows; }
    // A problem with the file as a whole, with its line; empty when none.
    QString problem() const { return m_problem; }
    // The header for a message: one line, control characters shown, at most `length` characters.
    QString headerForMessage(int length = 200) const;

    // Text of the file; `problem` is set when its encoding is mixed, invalid or not text at all.
    static QString decode(const QByteArray &bytes, QString *encoding, QString *problem = nullptr);

private:
    void split(const QString &text);

    QString m_encoding;
    QChar m_delimiter = QLatin1Char(';');
    QStringList m_header;
    QList<Row> m_rows;
    QString m_problem;
};
