#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The compressed RTF body of an Outlook message ([MS-OXRTFCP]: "LZFu" or stored "MELA").
// Written here rather than taken from libytnef, whose decompressor ends the whole process on a
// damaged stream; every read and write is bounded, a damaged stream gives `problem`.
class CompressedRtf
{
    Q_DECLARE_TR_FUNCTIONS(CompressedRtf)

public:
    static std::optional<QByteArray> decompress(const QByteArray &stream, QString *problem = nullptr);
    // The dictionary both sides start from: part of the format, 207 bytes.
    static QByteArray initialDictionary();
};
