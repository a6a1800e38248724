#pragma once

#include <QIODevice>
#include <QStringDecoder>
#include <cstdio>

// Standard output or error for the commands, with every control character that a stored text
// may carry (a subject with terminal escape sequences, a bidi override in a name) written as
// \xNN or \uNNNN instead of being obeyed by the terminal. Line breaks and tabs pass.
class EscapingOutput : public QIODevice
{
public:
    explicit EscapingOutput(std::FILE *stream);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    std::FILE *m_stream;
    QStringDecoder m_decoder{ QStringDecoder::Utf8 };
};
