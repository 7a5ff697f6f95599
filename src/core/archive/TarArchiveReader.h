#pragma once

#include "core/archive/ArchiveReader.h"
#include "core/archive/blocks/BlockReader.h"

#include <memory>

struct archive;
#include <archive.h>

namespace lifeboat {

// Reads .tar, .tar.gz and .tar.zst (and other compressions libarchive detects) sequentially.
// Given a seekable archive's block table, libarchive reads the tar stream that a BlockReader
// inflates on all cores, and the data of members nobody reads is skipped without inflating it.
class TarArchiveReader final : public ArchiveReader {
public:
    static Result<std::unique_ptr<TarArchiveReader>> open(const QString &path);
    // `threads`: the decompressors' pool (0: one per core).
    static Result<std::unique_ptr<TarArchiveReader>> open(const QString &path, std::shared_ptr<const BlockTable> blocks,
                                                          ArchiveCompression compression, int threads = 0);
    ~TarArchiveReader() override;
    TarArchiveReader(const TarArchiveReader &) = delete;
    TarArchiveReader &operator=(const TarArchiveReader &) = delete;

    Result<std::optional<ArchiveEntry>> nextEntry() override;
    Result<qint64> read(char *buffer, qint64 max) override;
    QString archivePath() const override { return m_path; }

private:
    TarArchiveReader(QString path, struct archive *a);
    static Result<std::unique_ptr<TarArchiveReader>> checkPath(const QString &path);
    static Status opened(const QString &path, struct archive *a, int rc);
    Error corrupt(const QString &what) const;
    static la_ssize_t readBlocks(struct archive *a, void *client, const void **buffer);
    static la_int64_t skipBlocks(struct archive *a, void *client, la_int64_t request);

    std::unique_ptr<BlockReader> m_blocks;
    std::optional<Error> m_blockError; // why the blocks could not be read
    QString m_path;
    QString m_currentEntry;
    struct archive *m_archive;
};

} // namespace lifeboat
