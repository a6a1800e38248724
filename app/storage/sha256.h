#pragma once

#include <QByteArray>

class QIODevice;
struct evp_md_ctx_st;

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions: about ten
// times QCryptographicHash's speed in Qt 6.4, which decides how fast a 100 MB attachment is
// stored and read back (each is hashed on the way in and checked on the way out).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const QByteArray &data);
    // Reads the device to its end; false when reading fails.
    bool addData(QIODevice &device);
    // The digest as 64 lower-case hexadecimal characters; the hash cannot be extended after.
    QByteArray hexResult();
    // The digest of `data` in one call, in the same form.
    static QByteArray hex(const QByteArray &data);

private:
    evp_md_ctx_st *m_context;
};
