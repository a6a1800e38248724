// libgsf's headers come first: GLib uses names that Qt defines as macros (signals, slots).
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-msole-utils.h>
#include <gsf/gsf-utils.h>

#include "outlookstorage.h"

#include <QtEndian>

namespace {

constexpr quint16 TypeLong = 0x0003;
constexpr quint16 TypeBoolean = 0x000B;
constexpr quint16 TypeSystemTime = 0x0040;
constexpr quint16 TypeString8 = 0x001E;
constexpr quint16 TypeUnicode = 0x001F;
constexpr quint16 TypeBinary = 0x0102;

void quiet(const gchar *, GLogLevelFlags, const gchar *, gpointer)
{
}

void initialise()
{
    static const bool done = [] {
        gsf_init();
        // libgsf reports each flaw of a damaged compound file on stderr; the program reports the
        // file itself, in Dutch, to the user.
        const auto levels = GLogLevelFlags(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_MESSAGE);
        for (const char *domain : { "libgsf:msole", "libgsf", static_cast<const char *>(nullptr) })
            g_log_set_handler(domain, levels, quiet, nullptr);
        return true;
    }();
    Q_UNUSED(done);
}

QString streamName(quint16 id, quint16 type)
{
    return QStringLiteral("__substg1.0_")
        + QStringLiteral("%1%2").arg(id, 4, 16, QLatin1Char('0')).arg(type, 4, 16, QLatin1Char('0')).toUpper();
}

QByteArray readAll(GsfInput *input, qint64 limit, bool *complete)
{
    QByteArray result;
    const gsf_off_t size = gsf_input_size(input);
    *complete = size >= 0 && size <= limit;
    if (!*complete)
        return result;
    result.resize(qsizetype(size));
    qsizetype done = 0;
    while (done < result.size()) {
        const size_t chunk = size_t(std::min<qsizetype>(result.size() - done, 1 << 16));
        if (!gsf_input_read(input, chunk, reinterpret_cast<guint8 *>(result.data() + done))) {
            *complete = false;
            result.truncate(done);
            return result;
        }
        done += qsizetype(chunk);
    }
    return result;
}

} // namespace

OutlookStorage::OutlookStorage(GsfInfile *infile)
    : m_infile(infile)
{
}

OutlookStorage::OutlookStorage(const OutlookStorage &other)
    : m_infile(other.m_infile ? GSF_INFILE(g_object_ref(other.m_infile)) : nullptr)
    , m_problem(other.m_problem)
    , m_codePage(other.m_codePage)
    , m_fileSize(other.m_fileSize)
    , m_values(other.m_values)
{
}

OutlookStorage &OutlookStorage::operator=(const OutlookStorage &other)
{
    if (this == &other)
        return *this;
    if (m_infile)
        g_object_unref(m_infile);
    m_infile = other.m_infile ? GSF_INFILE(g_object_ref(other.m_infile)) : nullptr;
    m_problem = other.m_problem;
    m_codePage = other.m_codePage;
    m_fileSize = other.m_fileSize;
    m_values = other.m_values;
    return *this;
}

OutlookStorage::~OutlookStorage()
{
    if (m_infile)
        g_object_unref(m_infile);
}

OutlookStorage OutlookStorage::open(const QByteArray &bytes)
{
    initialise();
    // The input refers to `bytes` without copying; the compound-file reader keeps what it needs.
    GsfInput *input = gsf_input_memory_new(reinterpret_cast<const guint8 *>(bytes.constData()), bytes.size(), FALSE);
    GError *error = nullptr;
    GsfInfile *infile = gsf_infile_msole_new(input, &error);
    g_object_unref(input);
    if (!infile) {
        OutlookStorage none(nullptr);
        none.m_problem = tr("the file is not an OLE compound file (%1)")
                             .arg(error ? QString::fromUtf8(error->message) : tr("unknown structure"));
        if (error)
            g_error_free(error);
        return none;
    }
    OutlookStorage root(infile);
    root.m_fileSize = bytes.size();
    return root;
}

QList<OutlookStorage> OutlookStorage::children(const QString &prefix, Kind kind, int codePage) const
{
    QList<OutlookStorage> result;
    if (!m_infile)
        return result;
    QStringList names;
    const int count = gsf_infile_num_children(m_infile);
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(gsf_infile_name_by_index(m_infile, i));
        if (name.startsWith(prefix))
            names.append(name);
    }
    names.sort();   // "#00000000", "#00000001", …: the order Outlook wrote them in
    for (const QString &name : std::as_const(names))
        if (const std::optional<OutlookStorage> child = storage(name, kind, codePage))
            result.append(*child);
    return result;
}

bool OutlookStorage::hasStorage(const QString &name) const
{
    if (!m_infile)
        return false;
    GsfInput *child = gsf_infile_child_by_name(m_infile, name.toUtf8().constData());
    const bool found = child && GSF_IS_INFILE(child) && gsf_infile_num_children(GSF_INFILE(child)) >= 0;
    if (child)
        g_object_unref(child);
    return found;
}

std::optional<OutlookStorage> OutlookStorage::storage(const QString &name, Kind kind, int codePage) const
{
    if (!hasStorage(name))
        return std::nullopt;
    OutlookStorage child(GSF_INFILE(gsf_infile_child_by_name(m_infile, name.toUtf8().constData())));
    child.m_codePage = codePage;
    child.m_fileSize = m_fileSize;
    child.readProperties(kind);
    return child;
}

std::optional<QByteArray> OutlookStorage::stream(const QString &name) const
{
    if (!m_infile)
        return std::nullopt;
    GsfInput *child = gsf_infile_child_by_name(m_infile, name.toUtf8().constData());
    if (!child)
        return std::nullopt;
    bool complete = false;
    const QByteArray bytes = readAll(child, m_fileSize, &complete);
    g_object_unref(child);
    if (!complete)
        return std::nullopt;
    return bytes;
}

void OutlookStorage::readProperties(Kind kind)
{
    m_values.clear();
    const std::optional<QByteArray> bytes = stream(QStringLiteral("__properties_version1.0"));
    if (!bytes) {
        m_problem = tr("the property stream is missing or cannot be read");
        return;
    }
    const qsizetype header = kind == Kind::Message ? 32 : kind == Kind::EmbeddedMessage ? 24 : 8;
    if (bytes->size() < header || (bytes->size() - header) % 16 != 0)
        m_problem = tr("the property stream has a size that does not fit its entries");
    for (qsizetype at = header; at + 16 <= bytes->size(); at += 16) {
        const quint32 tag = qFromLittleEndian<quint32>(bytes->constData() + at);
        m_values.insert(tag, bytes->mid(at + 8, 8));
    }
}

QString OutlookStorage::string(quint16 id) const
{
    if (const std::optional<QByteArray> wide = stream(streamName(id, TypeUnicode))) {
        QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(wide->constData()), wide->size() / 2);
        while (text.endsWith(QChar::Null))
            text.chop(1);
        return text;
    }
    if (std::optional<QByteArray> narrow = stream(streamName(id, TypeString8))) {
        while (narrow->endsWith('\0'))
            narrow->chop(1);
        return decode(*narrow, m_codePage);
    }
    return QString();
}

std::optional<QByteArray> OutlookStorage::binary(quint16 id, QString *damage) const
{
    std::optional<QByteArray> bytes = stream(streamName(id, TypeBinary));
    if (!bytes)
        return std::nullopt;
    const quint32 tag = (quint32(id) << 16) | TypeBinary;
    if (damage && m_values.contains(tag)) {
        const quint32 declared = qFromLittleEndian<quint32>(m_values.value(tag).constData());
        if (declared != quint32(bytes->size()))
            *damage = tr("its size (%1 bytes) differs from the size the message states (%2 bytes)")
                          .arg(bytes->size())
                          .arg(declared);
    }
    return bytes;
}

std::optional<qint32> OutlookStorage::integer(quint16 id) const
{
    for (const quint16 type : { TypeLong, TypeBoolean }) {
        const auto found = m_values.constFind((quint32(id) << 16) | type);
        if (found != m_values.constEnd())
            return qFromLittleEndian<qint32>(found->constData());
    }
    return std::nullopt;
}

QDateTime OutlookStorage::time(quint16 id) const
{
    const auto found = m_values.constFind((quint32(id) << 16) | TypeSystemTime);
    if (found == m_values.constEnd())
        return QDateTime();
    // FILETIME: 100-nanosecond intervals since 1601-01-01 UTC.
    const quint64 ticks = qFromLittleEndian<quint64>(found->constData());
    constexpr qint64 epochDifference = 11644473600LL;
    const qint64 seconds = qint64(ticks / 10000000ULL) - epochDifference;
    if (ticks == 0 || seconds < 0 || seconds > 253402300799LL)   // 1970 … 9999
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString OutlookStorage::decode(const QByteArray &bytes, int codePage)
{
    if (codePage == 65001)
        return QString::fromUtf8(bytes);
    if (codePage == 1200)
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
    initialise();
    for (const int page : { codePage, 1252 }) {
        GIConv converter = gsf_msole_iconv_open_for_import(page);
        if (converter == reinterpret_cast<GIConv>(-1) || !converter)
            continue;
        gsize written = 0;
        gchar *utf8 = g_convert_with_iconv(bytes.constData(), bytes.size(), converter, nullptr, &written, nullptr);
        g_iconv_close(converter);
        if (!utf8)
            continue;
        const QString text = QString::fromUtf8(utf8, qsizetype(written));
        g_free(utf8);
        return text;
    }
    return QString::fromLatin1(bytes);
}
