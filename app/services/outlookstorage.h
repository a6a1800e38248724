#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct _GsfInfile GsfInfile;

// One storage of an Outlook message file ([MS-OXMSG], an OLE compound file read through
// libgsf): the message itself, a recipient, an attachment or an embedded message. Reads its
// property stream (fixed-size values) and the `__substg1.0_` streams (strings in UTF-16 or in
// the message's code page, binary data). Damaged structures give empty values and a note in
// `problems()`, never a crash.
class OutlookStorage
{
    Q_DECLARE_TR_FUNCTIONS(OutlookStorage)

public:
    enum class Kind { Message, EmbeddedMessage, Other };

    // The root storage of `bytes`; invalid (with `problem()`) when it is no compound file.
    static OutlookStorage open(const QByteArray &bytes);
    OutlookStorage(const OutlookStorage &other);
    OutlookStorage &operator=(const OutlookStorage &other);
    ~OutlookStorage();

    bool isValid() const { return m_infile != nullptr; }
    QString problem() const { return m_problem; }

    // The substorages whose names start with `prefix` (recipients, attachments), in order.
    QList<OutlookStorage> children(const QString &prefix, Kind kind, int codePage) const;
    // The substorage `name`, when there is one and it holds a property stream.
    std::optional<OutlookStorage> storage(const QString &name, Kind kind, int codePage) const;
    bool hasStorage(const QString &name) const;
    GsfInfile *infile() const { return m_infile; }

    // Reads the property stream; the header's size depends on what kind of storage it is.
    void readProperties(Kind kind);
    void setCodePage(int codePage) { m_codePage = codePage; }

    QString string(quint16 id) const;
    std::optional<QByteArray> binary(quint16 id, QString *damage = nullptr) const;
    std::optional<qint32> integer(quint16 id) const;
    QDateTime time(quint16 id) const;

    // 8-bit text in a Windows code page (1252 when the code page is unknown to iconv).
    static QString decode(const QByteArray &bytes, int codePage);

private:
    explicit OutlookStorage(GsfInfile *infile);
    std::optional<QByteArray> stream(const QString &name) const;

    GsfInfile *m_infile = nullptr;
    QString m_problem;
    int m_codePage = 1252;
    qint64 m_fileSize = 0;      // no stream of a message can be larger than its whole file
    // Property id → (type, the 8 value bytes) from the property stream.
    QHash<quint32, QByteArray> m_values;
};
