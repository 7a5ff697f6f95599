#pragma once

#include <QJsonArray>
#include <QList>

#include <optional>

namespace lifeboat {

// Where each independently compressed block of a seekable archive is (docs/archive-format.md,
// "Blocks"): the compressed tar stream is a sequence of gzip members or zstd frames, each
// holding a run of the tar stream cut, inside a collection file, at a document's start. The
// table lets a reader inflate blocks in parallel and start at any collection, or at document
// N of one, reading only the blocks it needs.
struct BlockTable {
    struct Block {
        qint64 compressedOffset = 0; // in the archive file
        qint64 compressedLength = 0;
        qint64 tarOffset = 0;        // in the (uncompressed) tar stream
        qint64 tarLength = 0;
        int entry = -1;              // the index entry (a collection file) the block starts inside, or -1
        qint64 firstDocument = -1;   // that file's document number the block starts with, or -1
        bool operator==(const Block &) const = default;
    };
    QList<Block> blocks;

    // Blocks hold at least TargetTarBytes of tar stream (the last excepted), cut at the first
    // document start after that; one with no document start in reach is cut at MaxTarBytes.
    static constexpr qint64 TargetTarBytes = 4LL * 1024 * 1024;
    static constexpr qint64 MaxTarBytes = 16LL * 1024 * 1024;
    // What a reader accepts: nothing larger is ever inflated, whatever a table says.
    static constexpr qint64 MaxReadTarBytes = 64LL * 1024 * 1024;

    qint64 tarSize() const { return blocks.isEmpty() ? 0 : blocks.last().tarOffset + blocks.last().tarLength; }
    qint64 compressedSize() const { return blocks.isEmpty() ? 0 : blocks.last().compressedOffset + blocks.last().compressedLength; }
    // The block holding tar byte `tarOffset` (-1 past the end).
    int blockAt(qint64 tarOffset) const;
    // Where reading document `number` of the file of index entry `entry` (its data `dataSize`
    // bytes at tar offset `dataOffset`) starts: the last block start of that file at or before
    // the document, else the file's first byte. `firstDocument` gets the number of the
    // document found there.
    qint64 seekPoint(int entry, qint64 dataOffset, qint64 dataSize, qint64 number, qint64 *firstDocument) const;

    QJsonArray toJson() const;
    // nullopt unless the blocks tile the file from byte 0 and the tar stream from byte 0
    // without a gap, each within MaxReadTarBytes, and every entry < `entries`.
    static std::optional<BlockTable> fromJson(const QJsonArray &json, int entries);
};

} // namespace lifeboat
