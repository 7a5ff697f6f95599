#pragma once

#include "core/archive/blocks/BlockCodec.h"
#include "core/archive/blocks/BlockTable.h"

#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace lifeboat {

// The compressed side of a seekable archive's writer: takes the tar stream as it is made, cuts
// it into blocks (at the first allowed point once a block holds BlockTable::TargetTarBytes),
// compresses the blocks on a pool of all cores and writes them to the file in order, keeping
// the block table. At most a few blocks are in flight, so memory stays bounded.
class BlockWriter {
public:
    // Writes from the start of `fd`. `threads` <= 0: one per core.
    BlockWriter(int fd, ArchiveCompression compression, int level, int threads = 0);
    ~BlockWriter();
    BlockWriter(const BlockWriter &) = delete;
    BlockWriter &operator=(const BlockWriter &) = delete;

    Status append(const char *data, qint64 size);
    // The tar stream is at a point where a block may start: document `document` of the
    // collection file of index entry `entry`, or (-1, -1) between members. Cuts the block
    // when it is full enough.
    Status mayCut(int entry, qint64 document);
    // How many more bytes the current block takes before it wants a cut (<= 0: cut at the
    // next allowed point).
    qint64 room() const { return BlockTable::TargetTarBytes - qint64(m_current.size()); }
    qint64 tarPosition() const { return m_tarPosition; }
    // The last block cut, every block written; then table() is complete.
    Status finish();
    const BlockTable &table() const { return m_table; }
    // The errno of the write that failed, if one did (ENOSPC: the disk is full).
    int failedErrno() const { return m_errno; }

private:
    struct Pending;
    Status cut(int nextEntry, qint64 nextDocument);
    Status writeFront();
    Status failed() const;

    int m_fd;
    BlockCodec m_codec;
    QThreadPool m_pool;
    int m_maxInFlight;
    QByteArray m_current;
    int m_currentEntry = -1;
    qint64 m_currentDocument = -1;
    qint64 m_tarPosition = 0;
    qint64 m_fileOffset = 0;
    qsizetype m_written = 0; // blocks written to the file
    std::deque<std::shared_ptr<Pending>> m_inFlight;
    BlockTable m_table;
    std::optional<Error> m_error;
    int m_errno = 0;
};

} // namespace lifeboat
