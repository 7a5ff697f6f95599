#pragma once

#include "core/archive/ArchiveCompression.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lifeboat {

// One block of a seekable archive, compressed on its own: a complete gzip member (through
// libdeflate, whole-buffer) or a complete zstd frame with its content size and checksum.
// Each thread keeps its own compressor and decompressor.
class BlockCodec {
public:
    BlockCodec(ArchiveCompression compression, int level) : m_compression(compression), m_level(level) {}

    Result<QByteArray> compress(QByteArrayView tar) const;
    // Inflates a block that must give exactly `tarLength` bytes into `out`; any other outcome
    // (a bad CRC or checksum, trailing bytes, another length) is ArchiveCorrupt.
    static Status decompress(ArchiveCompression compression, QByteArrayView block, qint64 tarLength, QByteArray &out);

private:
    ArchiveCompression m_compression;
    int m_level;
};

} // namespace lifeboat
