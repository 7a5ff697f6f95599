#include "core/archive/blocks/BlockCodec.h"

#include <libdeflate.h>
#include <zstd.h>

#include <memory>

namespace lifeboat {

namespace {

struct DeflateCompressor {
    libdeflate_compressor *c = nullptr;
    int level = -1;
    ~DeflateCompressor() { libdeflate_free_compressor(c); }
};

struct ThreadCodecs {
    DeflateCompressor deflate;
    libdeflate_decompressor *inflate = nullptr;
    ZSTD_CCtx *zstdC = nullptr;
    int zstdLevel = -1;
    ZSTD_DCtx *zstdD = nullptr;
    ~ThreadCodecs()
    {
        libdeflate_free_decompressor(inflate);
        ZSTD_freeCCtx(zstdC);
        ZSTD_freeDCtx(zstdD);
    }
};

ThreadCodecs &codecs()
{
    thread_local ThreadCodecs perThread;
    return perThread;
}

Error outOfMemory()
{
    return Error(ErrorCode::Internal, QStringLiteral("cannot allocate a compressor (out of memory)"));
}

Result<QByteArray> gzipBlock(QByteArrayView tar, int level)
{
    DeflateCompressor &d = codecs().deflate;
    if (!d.c || d.level != level) {
        libdeflate_free_compressor(d.c);
        d.c = libdeflate_alloc_compressor(level);
        d.level = level;
        if (!d.c)
            return outOfMemory();
    }
    QByteArray out(qsizetype(libdeflate_gzip_compress_bound(d.c, size_t(tar.size()))), Qt::Uninitialized);
    const size_t n = libdeflate_gzip_compress(d.c, tar.data(), size_t(tar.size()), out.data(), size_t(out.size()));
    if (n == 0)
        return Error(ErrorCode::Internal, QStringLiteral("libdeflate could not compress a block"));
    out.truncate(qsizetype(n));
    return out;
}

Result<QByteArray> zstdBlock(QByteArrayView tar, int level)
{
    ThreadCodecs &t = codecs();
    if (!t.zstdC) {
        t.zstdC = ZSTD_createCCtx();
        if (!t.zstdC)
            return outOfMemory();
    }
    if (t.zstdLevel != level) {
        ZSTD_CCtx_reset(t.zstdC, ZSTD_reset_session_and_parameters);
        ZSTD_CCtx_setParameter(t.zstdC, ZSTD_c_compressionLevel, level);
        ZSTD_CCtx_setParameter(t.zstdC, ZSTD_c_checksumFlag, 1);
        ZSTD_CCtx_setParameter(t.zstdC, ZSTD_c_contentSizeFlag, 1);
        t.zstdLevel = level;
    }
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(tar.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress2(t.zstdC, out.data(), size_t(out.size()), tar.data(), size_t(tar.size()));
    if (ZSTD_isError(n))
        return Error(ErrorCode::Internal, QStringLiteral("zstd could not compress a block: %1").arg(QString::fromUtf8(ZSTD_getErrorName(n))));
    out.truncate(qsizetype(n));
    return out;
}

Error corruptBlock(const QString &why)
{
    return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("a compressed block of the archive is damaged: %1").arg(why));
}

} // namespace

Result<QByteArray> BlockCodec::compress(QByteArrayView tar) const
{
    switch (m_compression) {
    case ArchiveCompression::Gzip: return gzipBlock(tar, m_level);
    case ArchiveCompression::Zstd: return zstdBlock(tar, m_level);
    case ArchiveCompression::None: break;
    }
    return QByteArray(tar.data(), tar.size());
}

Status BlockCodec::decompress(ArchiveCompression compression, QByteArrayView block, qint64 tarLength, QByteArray &out)
{
    out.resize(qsizetype(tarLength));
    ThreadCodecs &t = codecs();
    if (compression == ArchiveCompression::Gzip) {
        if (!t.inflate && !(t.inflate = libdeflate_alloc_decompressor()))
            return outOfMemory();
        size_t in = 0, got = 0;
        const auto rc = libdeflate_gzip_decompress_ex(t.inflate, block.data(), size_t(block.size()), out.data(), size_t(out.size()), &in, &got);
        if (rc == LIBDEFLATE_INSUFFICIENT_SPACE)
            return corruptBlock(QStringLiteral("it holds more than the %1 bytes the block table says").arg(tarLength));
        if (rc != LIBDEFLATE_SUCCESS)
            return corruptBlock(QStringLiteral("its gzip data or CRC-32 is wrong"));
        if (qint64(got) != tarLength || qsizetype(in) != block.size())
            return corruptBlock(QStringLiteral("it does not hold the %1 bytes the block table says").arg(tarLength));
        return {};
    }
    if (compression == ArchiveCompression::Zstd) {
        if (!t.zstdD && !(t.zstdD = ZSTD_createDCtx()))
            return outOfMemory();
        const unsigned long long size = ZSTD_getFrameContentSize(block.data(), size_t(block.size()));
        if (size != (unsigned long long)tarLength || ZSTD_findFrameCompressedSize(block.data(), size_t(block.size())) != size_t(block.size()))
            return corruptBlock(QStringLiteral("its zstd frame does not hold the %1 bytes the block table says").arg(tarLength));
        const size_t n = ZSTD_decompressDCtx(t.zstdD, out.data(), size_t(out.size()), block.data(), size_t(block.size()));
        if (ZSTD_isError(n) || qint64(n) != tarLength)
            return corruptBlock(ZSTD_isError(n) ? QString::fromUtf8(ZSTD_getErrorName(n)) : QStringLiteral("short zstd frame"));
        return {};
    }
    if (block.size() != tarLength)
        return corruptBlock(QStringLiteral("wrong length"));
    out = QByteArray(block.data(), block.size());
    return {};
}

} // namespace lifeboat
