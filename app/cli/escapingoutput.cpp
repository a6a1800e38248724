#include "escapingoutput.h"

#include "../domain/displaytext.h"

EscapingOutput::EscapingOutput(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 EscapingOutput::writeData(const char *data, qint64 length)
{
    const QString text = m_decoder.decode(QByteArrayView(data, length));
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || !DisplayText::isHidden(c))
            shown += c;
        else
            shown += DisplayText::escaped(QString(c));
    }
    const QByteArray bytes = shown.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
    return length;
}
