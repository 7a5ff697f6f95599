#pragma once

#include "core/archive/ArchiveCompression.h"
#include "core/archive/ArchiveIndex.h"
#include "core/archive/ArchiveWriter.h"
#include "core/archive/blocks/BlockWriter.h"

#include <memory>

struct archive;

namespace lifeboat {

// Writes a POSIX (pax) tar stream through libarchive; a .tar.gz or .tar.zst is compressed in
// independent blocks on all cores (BlockWriter), so that readers can seek and inflate in parallel.
// Everything goes to "<final name>.partial" (or "<final name>.<random>.partial" when another
// writer holds that name), created exclusively, until publish() moves it to the final name,
// which it never replaces. A .tar.gz or .tar.zst
// gets its ArchiveIndex appended when it is closed.
class TarArchiveWriter final : public ArchiveWriter {
public:
    // `level`: the compressor's level, or -1 for Lifeboat's default (gzip 1, zstd 3): fast
    // levels, because compression is most of a backup's client CPU.
    // `threads`: the compressors' pool (0: one per core).
    static Result<std::unique_ptr<TarArchiveWriter>> create(const QString &finalPath, ArchiveCompression compression, int level = -1,
                                                            int threads = 0);
    ~TarArchiveWriter() override;
    TarArchiveWriter(const TarArchiveWriter &) = delete;
    TarArchiveWriter &operator=(const TarArchiveWriter &) = delete;

    Status addDirectory(const QString &path) override;
    using ArchiveWriter::addFile;
    Status addFile(const QString &path, qint64 size, const ReadFunction &read) override;
    Status close() override;
    QString pendingPath() const override { return m_partialPath; }
    Result<QString> publish() override;
    void abort() override;

private:
    TarArchiveWriter(QString finalPath, QString partialPath, int fd, struct archive *a, ArchiveCompression compression,
                     std::unique_ptr<BlockWriter> blocks);
    Error archiveError(const QString &what) const;
    Status writeData(const QString &path, qint64 size, const ReadFunction &read, QByteArray *kept);
    Status finishBlocks();

    QString m_finalPath;
    QString m_partialPath;
    int m_fd = -1;
    struct archive *m_archive = nullptr;
    qint64 m_mtime = 0;
    bool m_closed = false;
    ArchiveCompression m_compression;
    std::unique_ptr<BlockWriter> m_blocks; // null for a plain .tar
    ArchiveIndex m_index;
    bool m_indexComplete = true; // false when a kept file was too large to copy
};

} // namespace lifeboat
