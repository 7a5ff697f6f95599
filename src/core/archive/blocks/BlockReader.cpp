#include "core/archive/blocks/BlockReader.h"

#include <QFile>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <unistd.h>

namespace lifeboat {

struct BlockReader::Inflated {
    int block = -1;
    std::optional<Status> status;
    QByteArray tar;
    std::mutex mutex;
    std::condition_variable done;
};

namespace {

Status readAt(int fd, const QString &path, qint64 offset, QByteArray &out)
{
    qsizetype at = 0;
    while (at < out.size()) {
        const ssize_t n = ::pread(fd, out.data() + at, size_t(out.size() - at), off_t(offset + at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            return Error(ErrorCode::ArchiveCorrupt, QStringLiteral("%1 ends before the blocks its index lists (the file is truncated)").arg(path));
        at += n;
    }
    return {};
}

} // namespace

BlockReader::BlockReader(QString path, int fd, ArchiveCompression compression, std::shared_ptr<const BlockTable> table, int threads)
    : m_path(std::move(path)), m_fd(fd), m_compression(compression), m_table(std::move(table)),
      m_buffers(size_t(4 * std::max(1, threads > 0 ? threads : QThread::idealThreadCount()) + 2))
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    m_ahead = 2 * m_pool.maxThreadCount();
}

BlockReader::~BlockReader()
{
    m_pool.waitForDone();
    ::close(m_fd);
}

Result<std::unique_ptr<BlockReader>> BlockReader::open(const QString &archivePath, ArchiveCompression compression,
                                                       std::shared_ptr<const BlockTable> table, qint64 tarStart, int threads)
{
    const int fd = ::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(archivePath, QString::fromLocal8Bit(std::strerror(errno))));
    std::unique_ptr<BlockReader> reader(new BlockReader(archivePath, fd, compression, std::move(table), threads));
    const int first = reader->m_table->blockAt(tarStart);
    reader->m_nextToQueue = first < 0 ? int(reader->m_table->blocks.size()) : first;
    reader->m_position = first < 0 ? reader->m_table->tarSize() : reader->m_table->blocks[first].tarOffset;
    reader->skip(tarStart - reader->m_position);
    return reader;
}

void BlockReader::queueAhead()
{
    while (qsizetype(m_queue.size()) < m_aheadNow && m_nextToQueue < m_table->blocks.size()) {
        auto job = std::make_shared<Inflated>();
        job->block = m_nextToQueue++;
        m_queue.push_back(job);
        // The pool's threads end before this reader does (the destructor waits), so `this`
        // outlives the job.
        m_pool.start([this, job, fd = m_fd, path = m_path, compression = m_compression, b = m_table->blocks[job->block]] {
            QByteArray compressed = m_buffers.take();
            compressed.resize(qsizetype(b.compressedLength));
            Status st = readAt(fd, path, b.compressedOffset, compressed);
            QByteArray tar = m_buffers.take();
            if (st)
                st = BlockCodec::decompress(compression, compressed, b.tarLength, tar);
            m_buffers.give(std::move(compressed));
            if (!st && st.error().code == ErrorCode::ArchiveCorrupt)
                st = Error(st.error().code, QStringLiteral("%1: %2").arg(path, st.error().message), st.error().hint);
            const std::lock_guard lock(job->mutex);
            job->tar = std::move(tar);
            job->status = std::move(st);
            job->done.notify_all();
        });
    }
}

Result<std::shared_ptr<BlockReader::Inflated>> BlockReader::waitFront()
{
    queueAhead();
    std::shared_ptr<Inflated> job = m_queue.front();
    m_queue.pop_front();
    // Read-ahead ramps up: a reader that wants a few documents waits for one block only, one
    // that reads on gets every core.
    m_aheadNow = std::min(m_ahead, m_aheadNow * 2);
    queueAhead();
    std::unique_lock lock(job->mutex);
    job->done.wait(lock, [&job] { return job->status.has_value(); });
    if (!*job->status)
        return job->status->error();
    return job;
}

Result<QByteArrayView> BlockReader::next()
{
    for (;;) {
        if (m_current) {
            const BlockTable::Block &b = m_table->blocks[m_current->block];
            const qint64 at = m_position - b.tarOffset;
            if (at < b.tarLength) {
                m_position = b.tarOffset + b.tarLength;
                return QByteArrayView(m_current->tar.constData() + at, qsizetype(b.tarLength - at));
            }
            releaseCurrent();
        }
        if (m_queue.empty() && m_nextToQueue >= m_table->blocks.size())
            return QByteArrayView();
        auto front = waitFront();
        if (!front)
            return front.error();
        m_current = *front;
    }
}

// The block read to its end: its buffer goes to a block still to come.
void BlockReader::releaseCurrent()
{
    if (m_current && m_current.use_count() == 1)
        m_buffers.give(std::move(m_current->tar));
    m_current.reset();
}

Result<qint64> BlockReader::read(char *buffer, qint64 max)
{
    auto chunk = next();
    if (!chunk)
        return chunk.error();
    if (chunk->isEmpty())
        return 0;
    // next() hands out the rest of the block: take what fits, leave the rest unread.
    const qint64 n = std::min<qint64>(max, chunk->size());
    std::memcpy(buffer, chunk->data(), size_t(n));
    m_position -= chunk->size() - n;
    return n;
}

qint64 BlockReader::skip(qint64 count)
{
    if (count <= 0)
        return 0;
    const qint64 target = std::min(m_position + count, m_table->tarSize());
    const qint64 skipped = target - m_position;
    const int block = m_table->blockAt(target);
    const bool inCurrent = m_current && block == m_current->block;
    if (block < 0) {
        releaseCurrent();
        m_queue.clear();
        m_nextToQueue = int(m_table->blocks.size());
    } else if (!inCurrent) {
        releaseCurrent();
        m_aheadNow = 1; // a jump: the block at the target first
        // Blocks already queued before the target are dropped unread (their jobs finish and
        // are freed); the queue restarts at the target's block.
        while (!m_queue.empty() && m_queue.front()->block < block)
            m_queue.pop_front();
        if (m_queue.empty())
            m_nextToQueue = block;
    }
    m_position = target;
    return skipped;
}

} // namespace lifeboat
