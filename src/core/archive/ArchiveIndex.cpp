#include "core/archive/ArchiveIndex.h"

#include "core/archive/ArchiveLayout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace lifeboat {

namespace {

constexpr char FormatName[] = "lifeboat-archive-index";
constexpr int OldestVersion = 1;
constexpr int NewestVersion = 2; // version 2: seekable archives, with a block table
// Largest index member read back: far more than any manifest of a real database.
constexpr qint64 MaxIndexMember = 256LL * 1024 * 1024;
constexpr int StoredBlockMax = 65535;
// Zstandard skippable frame magics (0x184D2A50 to 0x184D2A5F are all skippable).
constexpr quint64 ZstdIndexMagic = 0x184D2A5C;
constexpr quint64 ZstdLocatorMagic = 0x184D2A5D;

// RFC 1952's CRC-32.
quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void putLe(QByteArray &out, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

quint64 getLe(const char *p, int bytes)
{
    quint64 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

// A gzip member header with one extra subfield (FLG.FEXTRA, RFC 1952 2.3.1.1).
void putHeader(QByteArray &out, char si1, char si2, const QByteArray &field)
{
    out.append("\x1f\x8b\x08\x04", 4); // magic, deflate, FEXTRA
    putLe(out, 0, 4);                  // MTIME: none
    out.append('\0');                  // XFL
    out.append(char(255));             // OS: unknown
    putLe(out, quint64(4 + field.size()), 2);
    out.append(si1);
    out.append(si2);
    putLe(out, quint64(field.size()), 2);
    out.append(field);
}

// `data` as stored (uncompressed) deflate blocks, RFC 1951 3.2.4.
void putStored(QByteArray &out, const QByteArray &data)
{
    qsizetype at = 0;
    do {
        const qsizetype n = std::min<qsizetype>(StoredBlockMax, data.size() - at);
        out.append(at + n == data.size() ? '\x01' : '\x00');
        putLe(out, quint64(n), 2);
        putLe(out, quint64(~n & 0xFFFF), 2);
        out.append(data.constData() + at, n);
        at += n;
    } while (at < data.size());
}

QByteArray member(char si1, char si2, const QByteArray &field, const QByteArray &data)
{
    QByteArray out;
    putHeader(out, si1, si2, field);
    putStored(out, data);
    putLe(out, crc32(data), 4);
    putLe(out, quint64(data.size()) & 0xFFFFFFFFu, 4);
    return out;
}

// Reads a member written by member(): its subfield and data; nullopt for anything else.
std::optional<QByteArray> readMember(const QByteArray &bytes, char si1, char si2, QByteArray *field)
{
    if (bytes.size() < 12 + 4 + 5 + 8 || !bytes.startsWith(QByteArrayView("\x1f\x8b\x08\x04", 4)))
        return std::nullopt;
    const char *p = bytes.constData();
    const qsizetype xlen = qsizetype(getLe(p + 10, 2));
    if (xlen < 4 || 12 + xlen > bytes.size() || p[12] != si1 || p[13] != si2 || qsizetype(getLe(p + 14, 2)) != xlen - 4)
        return std::nullopt;
    if (field)
        *field = bytes.mid(16, xlen - 4);
    qsizetype at = 12 + xlen;
    QByteArray data;
    for (;;) {
        if (at + 5 > bytes.size())
            return std::nullopt;
        const char head = p[at];
        if (head != '\x00' && head != '\x01')
            return std::nullopt; // only stored blocks are ours
        const quint64 len = getLe(p + at + 1, 2);
        const quint64 nlen = getLe(p + at + 3, 2);
        if ((len ^ nlen) != 0xFFFF || at + 5 + qsizetype(len) > bytes.size())
            return std::nullopt;
        data.append(p + at + 5, qsizetype(len));
        at += 5 + qsizetype(len);
        if (head == '\x01')
            break;
    }
    if (at + 8 != bytes.size() || getLe(p + at, 4) != crc32(data) || getLe(p + at + 4, 4) != (quint64(data.size()) & 0xFFFFFFFFu))
        return std::nullopt;
    return data;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype at = 0;
    while (at < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + at, size_t(data.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        at += n;
    }
    return true;
}

} // namespace

QByteArray ArchiveIndex::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries) {
        QJsonObject o{{QStringLiteral("path"), e.path}};
        if (e.isDirectory)
            o.insert(QStringLiteral("directory"), true);
        else
            o.insert(QStringLiteral("size"), e.size);
        if (blocks && !e.isDirectory)
            o.insert(QStringLiteral("offset"), e.offset);
        list.append(o);
    }
    QJsonObject files;
    for (auto it = smallFiles.cbegin(); it != smallFiles.cend(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QJsonObject root{{QStringLiteral("format"), QLatin1String(FormatName)},
                     {QStringLiteral("version"), version()},
                     {QStringLiteral("entries"), list},
                     {QStringLiteral("files"), files}};
    if (blocks)
        root.insert(QStringLiteral("blocks"), blocks->toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {

// Version 2: every file's data lies inside the tar stream the blocks hold, in archive order.
bool offsetsFit(const ArchiveIndex &index)
{
    qint64 end = 0;
    for (const ArchiveIndex::Entry &e : index.entries) {
        if (e.isDirectory)
            continue;
        if (e.offset < end || e.offset > index.blocks->tarSize() - e.size)
            return false;
        end = e.offset + e.size;
    }
    // A block said to start at a document of a file starts inside that file's data.
    for (const BlockTable::Block &b : index.blocks->blocks) {
        if (b.entry < 0)
            continue;
        const ArchiveIndex::Entry &e = index.entries.at(b.entry);
        if (e.isDirectory || b.tarOffset < e.offset || b.tarOffset >= e.offset + e.size)
            return false;
    }
    return true;
}

std::optional<ArchiveIndex::Entry> entryFromJson(const QJsonObject &o, int version)
{
    ArchiveIndex::Entry e;
    e.path = o.value(QStringLiteral("path")).toString();
    e.isDirectory = o.value(QStringLiteral("directory")).toBool();
    e.size = e.isDirectory ? 0 : qint64(o.value(QStringLiteral("size")).toDouble(-1));
    if (version >= 2 && !e.isDirectory)
        e.offset = qint64(o.value(QStringLiteral("offset")).toDouble(-1));
    if (e.path.isEmpty() || e.size < 0 || (version >= 2 && !e.isDirectory && e.offset < 0))
        return std::nullopt;
    return e;
}

} // namespace

std::optional<ArchiveIndex> ArchiveIndex::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName) || version < OldestVersion || version > NewestVersion)
        return std::nullopt;
    ArchiveIndex index;
    QSet<QString> seen;
    for (const QJsonValue &v : root.value(QStringLiteral("entries")).toArray()) {
        const auto e = entryFromJson(v.toObject(), version);
        if (!e || seen.contains(e->path))
            return std::nullopt;
        seen.insert(e->path);
        index.entries << *e;
    }
    if (version >= 2) {
        auto table = BlockTable::fromJson(root.value(QStringLiteral("blocks")).toArray(), int(index.entries.size()));
        if (!table || table->blocks.isEmpty())
            return std::nullopt;
        index.blocks = std::make_shared<const BlockTable>(std::move(*table));
        if (!offsetsFit(index))
            return std::nullopt;
    }
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const auto decoded = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !seen.contains(it.key()))
            return std::nullopt;
        index.smallFiles.insert(it.key(), *decoded);
    }
    // Every kept file's copy is there, and has the size its entry says.
    for (const Entry &e : std::as_const(index.entries)) {
        if (e.isDirectory || !ArchiveLayout::isSmallFile(e.path))
            continue;
        if (!index.smallFiles.contains(e.path) || index.smallFiles.value(e.path).size() != e.size)
            return std::nullopt;
    }
    return index;
}

Status ArchiveIndex::appendTo(int fd, qint64 end, ArchiveCompression container) const
{
    QByteArray indexMember, locator;
    QByteArray where;
    if (container == ArchiveCompression::Zstd) {
        // Skippable frames (RFC 8878 3.1.2): magic, payload size, payload. They carry no
        // checksum of their own, so the locator holds the index payload's CRC-32.
        QByteArray payload(1, char(version()));
        payload.append(toJson());
        putLe(indexMember, ZstdIndexMagic, 4);
        putLe(indexMember, quint64(payload.size()), 4);
        indexMember.append(payload);
        putLe(where, quint64(end), 8);
        putLe(where, quint64(indexMember.size()), 8);
        putLe(where, crc32(payload), 4);
        putLe(locator, ZstdLocatorMagic, 4);
        putLe(locator, quint64(where.size()), 4);
        locator.append(where);
        Q_ASSERT(locator.size() == ZstdLocatorSize);
    } else {
        indexMember = member('L', 'I', QByteArray(1, char(version())), toJson());
        putLe(where, quint64(end), 8);
        putLe(where, quint64(indexMember.size()), 8);
        locator = member('L', 'L', where, QByteArray());
        Q_ASSERT(locator.size() == LocatorSize);
    }
    if (!writeAll(fd, indexMember) || !writeAll(fd, locator))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the archive's index: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

namespace {

// The index of a .tar.zst: the last skippable frame says where the index frame is.
std::optional<QByteArray> readZstdIndex(QFile &file, qint64 size, const QByteArray &tail, bool *damaged)
{
    auto fail = [damaged]() -> std::optional<QByteArray> {
        if (damaged)
            *damaged = true;
        return std::nullopt;
    };
    const char *p = tail.constData();
    if (getLe(p + 4, 4) != 20)
        return fail();
    const qint64 offset = qint64(getLe(p + 8, 8));
    const qint64 length = qint64(getLe(p + 16, 8));
    const quint64 crc = getLe(p + 24, 4);
    if (offset < 0 || length <= 9 || length > MaxIndexMember || offset + length + ArchiveIndex::ZstdLocatorSize != size
        || !file.seek(offset))
        return fail();
    const QByteArray frame = file.read(length);
    if (frame.size() != length || getLe(frame.constData(), 4) != ZstdIndexMagic || qint64(getLe(frame.constData() + 4, 4)) != length - 8)
        return fail();
    const QByteArray payload = frame.mid(8);
    if (crc32(payload) != crc || payload.at(0) < char(OldestVersion) || payload.at(0) > char(NewestVersion))
        return fail();
    return payload;
}

// The index's version byte is the JSON's, and its blocks end where the index begins.
bool fitsBefore(const ArchiveIndex &index, char version, qint64 indexOffset)
{
    if (version != char(index.version()))
        return false;
    return !index.blocks || index.blocks->compressedSize() == indexOffset;
}

} // namespace

std::optional<ArchiveIndex> ArchiveIndex::readFrom(const QString &archivePath, bool *damaged)
{
    if (damaged)
        *damaged = false;
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 size = file.size();
    if (size < LocatorSize * 2 || !file.seek(size - LocatorSize))
        return std::nullopt;
    const QByteArray tail = file.read(LocatorSize);
    auto fail = [damaged]() -> std::optional<ArchiveIndex> {
        if (damaged)
            *damaged = true;
        return std::nullopt;
    };
    // From here on, a file that ends with a locator says it has an index: any failed check
    // means a damaged one.
    const QByteArray zstdTail = tail.right(ZstdLocatorSize);
    if (getLe(zstdTail.constData(), 4) == ZstdLocatorMagic) {
        const auto payload = readZstdIndex(file, size, zstdTail, damaged);
        if (!payload)
            return std::nullopt;
        auto index = fromJson(payload->mid(1));
        const qint64 offset = qint64(getLe(zstdTail.constData() + 8, 8));
        if (!index || !fitsBefore(*index, payload->at(0), offset))
            return fail();
        index->compression = ArchiveCompression::Zstd;
        return index;
    }
    if (!tail.startsWith(QByteArrayView("\x1f\x8b\x08\x04", 4)) || tail.mid(12, 2) != "LL")
        return std::nullopt;
    QByteArray where;
    const auto locator = readMember(tail, 'L', 'L', &where);
    if (!locator || !locator->isEmpty() || where.size() != 16)
        return fail();
    const qint64 offset = qint64(getLe(where.constData(), 8));
    const qint64 length = qint64(getLe(where.constData() + 8, 8));
    if (offset < 0 || length <= 0 || length > MaxIndexMember || offset + length + LocatorSize != size || !file.seek(offset))
        return fail();
    QByteArray version;
    const auto json = readMember(file.read(length), 'L', 'I', &version);
    if (!json || version.size() != 1)
        return fail();
    auto index = fromJson(*json);
    if (!index || !fitsBefore(*index, version.at(0), offset))
        return fail();
    index->compression = ArchiveCompression::Gzip;
    return index;
}

} // namespace lifeboat
