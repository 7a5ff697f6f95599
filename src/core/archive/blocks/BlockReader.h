#pragma once

#include "core/archive/blocks/BlockCodec.h"
#include "core/archive/blocks/BlockTable.h"
#include "core/common/RecyclePool.h"

#include <QByteArrayView>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <memory>

namespace lifeboat {

// The tar stream of a seekable archive, from any byte on, inflated block by block on a pool of
// all cores: the blocks ahead of the one being read are already being read and inflated, a
// bounded number at a time. What reads the tar stream (libarchive, through TarArchiveReader)
// and what reads one collection file from document N (SeekingCollectionReader) both use it.
class BlockReader {
public:
    static Result<std::unique_ptr<BlockReader>> open(const QString &archivePath, ArchiveCompression compression,
                                                     std::shared_ptr<const BlockTable> table, qint64 tarStart = 0, int threads = 0);
    ~BlockReader();
    BlockReader(const BlockReader &) = delete;
    BlockReader &operator=(const BlockReader &) = delete;

    // The next bytes of the tar stream (valid until the next call), empty at its end.
    Result<QByteArrayView> next();
    // Up to `max` bytes into `buffer`; 0 at the end.
    Result<qint64> read(char *buffer, qint64 max);
    // Skips `count` bytes (blocks wholly skipped are not inflated); returns how many.
    qint64 skip(qint64 count);
    qint64 position() const { return m_position; }
    const QString &archivePath() const { return m_path; }

private:
    struct Inflated;
    BlockReader(QString path, int fd, ArchiveCompression compression, std::shared_ptr<const BlockTable> table, int threads);
    void queueAhead();
    Result<std::shared_ptr<Inflated>> waitFront();
    void releaseCurrent();

    QString m_path;
    int m_fd;
    ArchiveCompression m_compression;
    std::shared_ptr<const BlockTable> m_table;
    QThreadPool m_pool;
    int m_ahead;       // blocks in flight at most
    int m_aheadNow = 1; // blocks in flight now: from 1, doubled with every block read
    int m_nextToQueue = 0;                        // the next block to hand to the pool
    std::deque<std::shared_ptr<Inflated>> m_queue; // blocks in flight, in order
    std::shared_ptr<Inflated> m_current;          // the block being read
    RecyclePool<QByteArray> m_buffers;            // of blocks read, for the next ones
    qint64 m_position = 0;                        // in the tar stream
};

} // namespace lifeboat
