#include "rtftext.h"

#include "outlookstorage.h"

#include <QSet>
#include <QTextDocumentFragment>

namespace {

const QSet<QByteArray> &hiddenDestinations()
{
    static const QSet<QByteArray> names = {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr",
        "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "fldinst", "themedata",
        "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable",
        "rsidtbl", "generator", "xmlnstbl", "filetbl", "revtbl", "pgdsctbl", "mmathPr", "author",
        "operator", "title", "subject", "comment", "doccomm", "keywords", "company", "userprops",
    };
    return names;
}

struct State {
    bool hidden = false;
    bool htmlTag = false;       // inside {\*\htmltag …}: the HTML source itself
    bool htmlRtf = false;       // inside \htmlrtf … \htmlrtf0: RTF-only rendering of the HTML
    int unicodeSkip = 1;
};

class Reader
{
public:
    explicit Reader(const QByteArray &rtf)
        : m_rtf(rtf)
    {
    }

    QString run()
    {
        State state;
        QList<State> stack;
        bool groupStart = false;
        int skip = 0;   // characters still to skip after a \u
        while (m_at < m_rtf.size()) {
            const char c = m_rtf.at(m_at++);
            if (c == '{') {
                if (stack.size() > 1000)   // deeper than any real document: read no further
                    break;
                stack.append(state);
                groupStart = true;
                continue;
            }
            if (c == '}') {
                flush(state);
                if (stack.isEmpty())
                    break;
                state = stack.takeLast();
                groupStart = false;
                continue;
            }
            if (c == '\\') {
                // Only \* keeps the group at its start: "{\*\name" marks a destination to skip.
                groupStart = controlWord(state, groupStart, skip);
                continue;
            }
            groupStart = false;
            if (c == '\r' || c == '\n')
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            byte(state, c);
        }
        flush(state);
        return m_html ? QTextDocumentFragment::fromHtml(m_text).toPlainText() : m_text;
    }

private:
    bool visible(const State &state) const
    {
        if (state.hidden)
            return false;
        if (m_html)
            return state.htmlTag || !state.htmlRtf;
        return true;
    }

    void byte(const State &state, char c)
    {
        if (visible(state))
            m_pending.append(c);
    }

    void text(const State &state, const QString &s)
    {
        flush(state);
        if (visible(state))
            m_text += s;
    }

    void flush(const State &)
    {
        if (m_pending.isEmpty())
            return;
        m_text += OutlookStorage::decode(m_pending, m_codePage);
        m_pending.clear();
    }

    bool controlWord(State &state, bool groupStart, int &skip)
    {
        if (m_at >= m_rtf.size())
            return false;
        const char first = m_rtf.at(m_at);
        if (!std::isalpha(static_cast<unsigned char>(first))) {
            ++m_at;
            switch (first) {
            case '\\': case '{': case '}':
                if (skip > 0)
                    --skip;
                else
                    byte(state, first);
                return false;
            case '\'': {
                const bool ok = m_at + 2 <= m_rtf.size();
                const int value = ok ? m_rtf.mid(m_at, 2).toInt(nullptr, 16) : 0;
                m_at = std::min(m_at + 2, m_rtf.size());
                if (skip > 0)
                    --skip;
                else
                    byte(state, char(value));
                return false;
            }
            case '*':
                m_starred = groupStart;
                return groupStart;
            case '~':
                text(state, QString(QChar(0x00A0)));
                return false;
            case '_':
                text(state, QStringLiteral("-"));
                return false;
            default:
                return false;     // \-, \:, \| and others carry no text
            }
        }
        const qsizetype wordStart = m_at;
        while (m_at < m_rtf.size() && std::isalpha(static_cast<unsigned char>(m_rtf.at(m_at))))
            ++m_at;
        const QByteArray word = m_rtf.mid(wordStart, m_at - wordStart);
        bool hasParameter = false;
        int parameter = 0;
        const qsizetype numberStart = m_at;
        if (m_at < m_rtf.size() && (m_rtf.at(m_at) == '-' || std::isdigit(static_cast<unsigned char>(m_rtf.at(m_at))))) {
            ++m_at;
            while (m_at < m_rtf.size() && m_at - numberStart < 11 && std::isdigit(static_cast<unsigned char>(m_rtf.at(m_at))))
                ++m_at;
            parameter = m_rtf.mid(numberStart, m_at - numberStart).toInt(&hasParameter);
        }
        if (m_at < m_rtf.size() && m_rtf.at(m_at) == ' ')
            ++m_at;   // the delimiter belongs to the word

        const bool starred = m_starred;
        m_starred = false;
        if (groupStart && word == "htmltag") {
            state.htmlTag = true;
            return false;
        }
        if (groupStart && (starred || hiddenDestinations().contains(word))) {
            flush(state);
            state.hidden = true;
            return false;
        }
        if (word == "fromhtml") {
            m_html = true;
        } else if (word == "htmlrtf") {
            flush(state);
            state.htmlRtf = !hasParameter || parameter != 0;
        } else if (word == "ansicpg" && hasParameter) {
            flush(state);
            m_codePage = parameter;
        } else if (word == "uc" && hasParameter) {
            state.unicodeSkip = std::clamp(parameter, 0, 10);
        } else if (word == "u" && hasParameter) {
            text(state, QString(QChar(char16_t(parameter < 0 ? parameter + 65536 : parameter))));
            skip = state.unicodeSkip;
        } else if (word == "par" || word == "line" || word == "sect" || word == "row") {
            if (!m_html || !state.htmlRtf)
                text(state, m_html ? QStringLiteral("\r\n") : QStringLiteral("\n"));
        } else if (word == "tab" || word == "cell") {
            text(state, QStringLiteral("\t"));
        } else if (word == "emdash") {
            text(state, QString(QChar(0x2014)));
        } else if (word == "endash") {
            text(state, QString(QChar(0x2013)));
        } else if (word == "bullet") {
            text(state, QString(QChar(0x2022)));
        } else if (word == "lquote" || word == "rquote") {
            text(state, QString(QChar(word == "lquote" ? 0x2018 : 0x2019)));
        } else if (word == "ldblquote" || word == "rdblquote") {
            text(state, QString(QChar(word == "ldblquote" ? 0x201C : 0x201D)));
        }
        return false;
    }

    const QByteArray &m_rtf;
    qsizetype m_at = 0;
    QByteArray m_pending;
    QString m_text;
    int m_codePage = 1252;
    bool m_html = false;
    bool m_starred = false;
};

} // namespace

QString RtfText::toPlainText(const QByteArray &rtf)
{
    return Reader(rtf).run().trimmed();
}
