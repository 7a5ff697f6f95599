#include "core/archive/blocks/BlockWriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace lifeboat {

struct BlockWriter::Pending {
    QByteArray tar;
    std::optional<Result<QByteArray>> compressed;
    std::mutex mutex;
    std::condition_variable done;
};

BlockWriter::BlockWriter(int fd, ArchiveCompression compression, int level, int threads)
    : m_fd(fd), m_codec(compression, level)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    m_maxInFlight = 2 * m_pool.maxThreadCount();
    m_current.reserve(qsizetype(BlockTable::TargetTarBytes + 64 * 1024));
}

BlockWriter::~BlockWriter()
{
    m_pool.waitForDone();
}

Status BlockWriter::failed() const
{
    return *m_error;
}

Status BlockWriter::append(const char *data, qint64 size)
{
    if (m_error)
        return failed();
    while (size > 0) {
        // A run with no allowed cut (a huge document) is cut anyway at MaxTarBytes.
        const qint64 take = std::min(size, BlockTable::MaxTarBytes - qint64(m_current.size()));
        m_current.append(data, qsizetype(take));
        m_tarPosition += take;
        data += take;
        size -= take;
        if (m_current.size() >= BlockTable::MaxTarBytes) {
            if (auto st = cut(-1, -1); !st)
                return st;
        }
    }
    return {};
}

Status BlockWriter::mayCut(int entry, qint64 document)
{
    if (m_error)
        return failed();
    if (room() > 0)
        return {};
    return cut(entry, document);
}

Status BlockWriter::cut(int nextEntry, qint64 nextDocument)
{
    if (!m_current.isEmpty()) {
        auto job = std::make_shared<Pending>();
        job->tar = std::move(m_current);
        m_current = QByteArray();
        m_current.reserve(qsizetype(BlockTable::TargetTarBytes + 64 * 1024));
        m_table.blocks << BlockTable::Block{0, 0, m_tarPosition - qint64(job->tar.size()), qint64(job->tar.size()), m_currentEntry,
                                            m_currentDocument};
        m_inFlight.push_back(job);
        m_pool.start([job, codec = m_codec] {
            auto result = codec.compress(job->tar);
            const std::lock_guard lock(job->mutex);
            job->compressed = std::move(result);
            job->done.notify_all();
        });
    }
    m_currentEntry = nextEntry;
    m_currentDocument = nextDocument;
    while (qsizetype(m_inFlight.size()) >= m_maxInFlight) {
        if (auto st = writeFront(); !st)
            return st;
    }
    return {};
}

// Waits for the oldest block in flight and writes it.
Status BlockWriter::writeFront()
{
    const std::shared_ptr<Pending> job = m_inFlight.front();
    m_inFlight.pop_front();
    {
        std::unique_lock lock(job->mutex);
        job->done.wait(lock, [&job] { return job->compressed.has_value(); });
    }
    if (!*job->compressed) {
        m_error = job->compressed->error();
        return failed();
    }
    const QByteArray &bytes = **job->compressed;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_errno = n < 0 ? errno : ENOSPC;
            m_error = Error(ErrorCode::Io, QString::fromLocal8Bit(std::strerror(m_errno)));
            return failed();
        }
        at += n;
    }
    // Blocks are written in the order they were cut.
    BlockTable::Block &b = m_table.blocks[m_written++];
    b.compressedOffset = m_fileOffset;
    b.compressedLength = bytes.size();
    m_fileOffset += bytes.size();
    return {};
}

Status BlockWriter::finish()
{
    if (m_error)
        return failed();
    if (auto st = cut(-1, -1); !st)
        return st;
    while (!m_inFlight.empty()) {
        if (auto st = writeFront(); !st)
            return st;
    }
    return {};
}

} // namespace lifeboat
