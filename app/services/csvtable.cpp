#include "csvtable.h"

#include <QFile>
#include <QStringDecoder>

namespace {

// The characters Windows-1252 puts where Latin-1 has control codes (0x80–0x9F).
const char16_t windows1252[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                   0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

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

} // namespace

QString CsvTable::decode(const QByteArray &bytes, QString *encoding)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.mid(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    *encoding = QStringLiteral("Windows-1252");
    QString result;
    result.reserve(data.size());
    for (const char byte : std::as_const(data)) {
        const auto b = static_cast<unsigned char>(byte);
        result += (b >= 0x80 && b <= 0x9F) ? QChar(windows1252[b - 0x80]) : QChar(b);
    }
    return result;
}

CsvTable CsvTable::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: the file cannot be read: %2").arg(path, file.errorString());
        return CsvTable();
    }
    return parse(file.readAll());
}

CsvTable CsvTable::parse(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.m_encoding);
    table.m_delimiter = detectDelimiter(text);
    QList<Row> records;
    Row current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const auto endField = [&]() {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&]() {
        endField();
        bool empty = true;
        for (const QString &f : std::as_const(current.fields))
            empty = empty && f.trimmed().isEmpty();
        if (!empty)
            records.append(current);
        current = Row();
        current.line = line;
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
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.m_delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        table.m_problem = tr("line %1: a quoted field is not closed before the end of the file").arg(current.line);
    endRecord();
    if (!records.isEmpty()) {
        for (const QString &name : records.first().fields)
            table.m_header.append(name.trimmed());
        records.removeFirst();
    }
    table.m_rows = records;
    return table;
}
