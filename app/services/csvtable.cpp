#include "csvtable.h"

#include "../domain/displaytext.h"
#include "../domain/storageerror.h"
#include "inputfile.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace {

// The characters Windows-1252 puts where Latin-1 has control codes (0x80–0x9F); zero where
// Windows-1252 leaves a byte undefined.
const char16_t windows1252[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                   0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };

QChar detectDelimiter(const QString &text)
{
    // Count candidates on the first line, outside quotes; ';' wins ties (Dutch Excel's choice).
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    if (commas > semicolons)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

// The line (1-based) that byte `offset` lies on.
int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(std::count(data.cbegin(), data.cbegin() + offset, '\n')) + 1;
}

// Bytes that no text file holds (NUL aside, which the rows report): a binary file has many.
bool looksBinary(const QByteArray &data)
{
    const qsizetype probe = std::min<qsizetype>(data.size(), 8192);
    int odd = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto b = static_cast<unsigned char>(data.at(i));
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
            ++odd;
    }
    return probe > 0 && odd * 20 > probe;       // more than 5 %
}

// UTF-16 without a byte-order mark: text in the Latin alphabet has a zero in every other byte.
std::optional<QStringDecoder::Encoding> utf16WithoutBom(const QByteArray &data)
{
    const qsizetype probe = std::min<qsizetype>(data.size() & ~qsizetype(1), 4096);
    if (probe < 4)
        return std::nullopt;
    int evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        evenZero += data.at(i) == 0 ? 1 : 0;
        oddZero += data.at(i + 1) == 0 ? 1 : 0;
    }
    const int pairs = int(probe / 2);
    if (oddZero * 10 > pairs * 7 && evenZero * 10 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenZero * 10 > pairs * 7 && oddZero * 10 < pairs)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

// Multi-byte UTF-8 sequences in a line that are whole, and bytes that belong to none.
struct Utf8Scan {
    int sequences = 0;
    int invalid = 0;
};

Utf8Scan scanUtf8(QByteArrayView piece)
{
    Utf8Scan scan;
    for (qsizetype i = 0; i < piece.size();) {
        const auto b = static_cast<unsigned char>(piece.at(i));
        const int length = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3
                                                                   : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
        bool whole = length > 0 && i + length <= piece.size();
        for (int k = 1; whole && k < length; ++k)
            whole = (static_cast<unsigned char>(piece.at(i + k)) & 0xC0) == 0x80;
        if (length == 1) {
            ++i;
        } else if (whole) {
            ++scan.sequences;
            i += length;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

} // namespace

QString CsvTable::decode(const QByteArray &bytes, QString *encoding, QString *problem)
{
    QString ignored;
    QString &trouble = problem ? *problem : ignored;
    std::optional<QStringDecoder::Encoding> utf16;
    qsizetype skip = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringDecoder::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringDecoder::Utf16BE;
        skip = 2;
    } else {
        utf16 = utf16WithoutBom(bytes);
    }
    if (utf16) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError() || bytes.size() % 2 != skip % 2) {
            const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
            trouble = tr("line %1: the file is UTF-16 but holds bytes that are not; save it again as "
                         "\"CSV UTF-8\"").arg(bad < 0 ? int(text.count(QLatin1Char('\n'))) + 1
                                                       : int(text.left(bad).count(QLatin1Char('\n'))) + 1);
        }
        return text;
    }

    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (looksBinary(data)) {
        *encoding = QString();
        trouble = tr("this is not a text file (CSV) but some other kind of file; export the list again "
                     "as CSV");
        return QString();
    }
    // The encoding is decided per line: a file is UTF-8 when every line is, Windows-1252 when no
    // line is UTF-8 with accents; a file with both is damaged (pasted together), and so is a
    // UTF-8 file with one byte that is not.
    int firstUtf8Line = 0, firstOtherLine = 0, line = 1;
    qsizetype start = 0;
    while (start <= data.size() && (firstUtf8Line == 0 || firstOtherLine == 0)) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const Utf8Scan scan = scanUtf8(QByteArrayView(data).sliced(start, end - start));
        if (scan.sequences > 0 && firstUtf8Line == 0)
            firstUtf8Line = line;
        if (scan.invalid > 0 && firstOtherLine == 0)
            firstOtherLine = line;
        start = end + 1;
        ++line;
    }
    if (firstOtherLine == 0 || bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(data);
        if (firstOtherLine == 0 && utf8.hasError()) {
            const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
            firstOtherLine = int(text.left(std::max<qsizetype>(bad, 0)).count(QLatin1Char('\n'))) + 1;
        }
        if (firstOtherLine != 0)
            trouble = tr("line %1 is not valid UTF-8; save the file again as \"CSV UTF-8\"").arg(firstOtherLine);
        return text;
    }
    if (firstUtf8Line != 0) {
        *encoding = QStringLiteral("UTF-8");
        trouble = tr("the file mixes encodings: line %1 is UTF-8 and line %2 is not (Windows-1252?); "
                     "save it again as \"CSV UTF-8\"").arg(firstUtf8Line).arg(firstOtherLine);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return utf8.decode(data);
    }
    *encoding = QStringLiteral("Windows-1252");
    QString result;
    result.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto b = static_cast<unsigned char>(data.at(i));
        const char16_t mapped = (b >= 0x80 && b <= 0x9F) ? windows1252[b - 0x80] : char16_t(b);
        if (mapped == 0 && b != 0) {
            trouble = tr("line %1 holds a byte (0x%2) that is neither UTF-8 nor Windows-1252; save the "
                         "file again as \"CSV UTF-8\"").arg(lineAt(data, i)).arg(b, 2, 16, QLatin1Char('0'));
            return result;
        }
        result += QChar(mapped);
    }
    return result;
}

CsvTable CsvTable::read(const QString &path, QString *error)
{
    try {
        return parse(InputFile::read(path, MaxBytes));
    } catch (const StorageError &failure) {
        *error = failure.message();
        return CsvTable();
    }
}

CsvTable CsvTable::parse(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.m_encoding, &table.m_problem);
    if (!table.m_problem.isEmpty())
        return table;
    table.m_delimiter = detectDelimiter(text);
    table.split(text);
    return table;
}

void CsvTable::split(const QString &text)
{
    QList<Row> records;
    Row current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    bool closedQuote = false;       // the field's closing quote was seen
    int quoteLine = 0;
    int line = 1;
    current.line = 1;
    const auto endField = [&]() {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
        closedQuote = false;
    };
    const auto endRecord = [&]() {
        endField();
        bool empty = true;
        for (const QString &f : std::as_const(current.fields)) {
            empty = empty && f.trimmed().isEmpty();
            if (current.problem.isEmpty() && f.contains(QChar(0)))
                current.problem = tr("line %1 holds a NUL byte (a damaged or binary file)").arg(current.line);
            for (const QChar c : f)
                if (current.problem.isEmpty() && c != QLatin1Char('\n') && c != QLatin1Char('\t')
                    && DisplayText::isHidden(c))
                    current.problem = tr("line %1 holds a control character (U+%2)")
                                          .arg(current.line)
                                          .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        if (!empty)
            records.append(current);
        current = Row();
        current.line = line;
    };
    // A quoted field that takes in line breaks with delimiters after them, or many delimiters,
    // is most likely a stray quote that swallowed the rows after it.
    const auto swallowed = [&](const QString &value) {
        const int columns = records.isEmpty() ? 0 : int(records.first().fields.size());
        const int delimiters = int(value.count(m_delimiter));
        if (delimiters >= std::max(2, columns - 1))
            return true;
        const qsizetype lineBreak = value.indexOf(QLatin1Char('\n'));
        return lineBreak >= 0 && value.indexOf(m_delimiter, lineBreak) >= 0;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    closedQuote = true;
                    if (swallowed(field) && m_problem.isEmpty())
                        m_problem = tr("line %1: a quote opens a field that runs on to line %2 and holds what look "
                                       "like whole rows; it is probably a typing error. Correct the quote in the "
                                       "file and import it again").arg(quoteLine).arg(line);
                }
            } else {
                const bool lonelyReturn = c == QLatin1Char('\r') && (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'));
                if (c == QLatin1Char('\n') || lonelyReturn)
                    ++line;
                field += lonelyReturn ? QChar(QLatin1Char('\n')) : c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == m_delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {      // a lone CR ends a line too (old Mac files)
            ++line;
            endRecord();
        } else {
            if (closedQuote && !c.isSpace() && current.problem.isEmpty())
                current.problem = tr("line %1 has text after the closing quote of a field").arg(current.line);
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && m_problem.isEmpty())
        m_problem = tr("line %1: a quote opens a field that is not closed before the end of the file; correct the "
                       "quote in the file and import it again").arg(quoteLine);
    endRecord();
    if (!records.isEmpty()) {
        for (const QString &name : records.first().fields)
            m_header.append(name.trimmed());
        records.removeFirst();
    }
    m_rows = records;
}

QString CsvTable::headerForMessage(int length) const
{
    return DisplayText::escaped(m_header.join(QStringLiteral(", ")), length);
}
