#include "core/diff/KeyDigestSorter.h"

#include <QDir>

#include <algorithm>
#include <cstring>

namespace lifeboat {

namespace {

bool keyLess(const KeyDigest &a, const KeyDigest &b)
{
    return a.key < b.key;
}

} // namespace

// A sorted run on disk: [u32 key length][key][32-byte digest]..., read back through a buffer.
struct KeyDigestSorter::Run {
    std::unique_ptr<QTemporaryFile> file;
    QByteArray buffer;
    qsizetype pos = 0;
    std::optional<KeyDigest> head; // the run's next record

    Status write(const std::vector<KeyDigest> &records)
    {
        QByteArray out;
        out.reserve(1 << 20);
        for (const auto &r : records) {
            const quint32 len = quint32(r.key.size());
            out.append(reinterpret_cast<const char *>(&len), sizeof len);
            out.append(r.key);
            out.append(reinterpret_cast<const char *>(r.digest.data()), qsizetype(r.digest.size()));
            if (out.size() >= (1 << 20) && !flush(out))
                return failed();
        }
        if (!flush(out) || !file->flush() || !file->seek(0))
            return failed();
        return {};
    }
    bool flush(QByteArray &out)
    {
        const bool ok = file->write(out) == out.size();
        out.clear();
        return ok;
    }
    Error failed() const
    {
        return Error(ErrorCode::Io, QStringLiteral("cannot write the diff's temporary file %1: %2").arg(file->fileName(), file->errorString()));
    }
    // At least `n` unread bytes in the buffer, unless the file ends first.
    bool fill(qsizetype n)
    {
        if (buffer.size() - pos >= n)
            return true;
        buffer.remove(0, pos);
        pos = 0;
        const QByteArray more = file->read(std::max<qint64>(n, 1 << 20));
        buffer.append(more);
        return buffer.size() >= n;
    }
    Status advance()
    {
        head.reset();
        if (!fill(4))
            return {};
        quint32 len = 0;
        std::memcpy(&len, buffer.constData() + pos, sizeof len);
        if (!fill(4 + qsizetype(len) + 32))
            return Error(ErrorCode::Io, QStringLiteral("the diff's temporary file %1 is truncated").arg(file->fileName()));
        KeyDigest r;
        r.key = buffer.mid(pos + 4, len);
        std::memcpy(r.digest.data(), buffer.constData() + pos + 4 + len, 32);
        pos += 4 + qsizetype(len) + 32;
        head = std::move(r);
        return {};
    }
};

KeyDigestSorter::KeyDigestSorter(QString tempDir, qint64 memoryLimit) : m_tempDir(std::move(tempDir)), m_memoryLimit(memoryLimit) {}

KeyDigestSorter::~KeyDigestSorter() = default;

Status KeyDigestSorter::add(KeyDigest record)
{
    m_memory += sizeOf(record);
    m_records.push_back(std::move(record));
    ++m_count;
    if (m_memory > m_memoryLimit)
        return spill();
    return {};
}

Status KeyDigestSorter::spill()
{
    if (m_records.empty())
        return {};
    std::sort(m_records.begin(), m_records.end(), keyLess);
    auto run = std::make_unique<Run>();
    run->file = std::make_unique<QTemporaryFile>(QDir(m_tempDir).filePath(QStringLiteral("lifeboat-diff-XXXXXX")));
    if (!run->file->open())
        return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary file in %1: %2").arg(m_tempDir, run->file->errorString()));
    if (auto st = run->write(m_records); !st)
        return st;
    m_records.clear();
    m_records.shrink_to_fit();
    m_memory = 0;
    m_runs.push_back(std::move(run));
    return {};
}

Status KeyDigestSorter::finish(bool spillAll)
{
    m_finished = true;
    if (spillAll && !m_records.empty()) {
        if (auto st = spill(); !st)
            return st;
    }
    std::sort(m_records.begin(), m_records.end(), keyLess);
    for (auto &run : m_runs) {
        if (auto st = run->advance(); !st)
            return st;
    }
    return {};
}

Result<std::optional<KeyDigest>> KeyDigestSorter::next()
{
    // The smallest head among the runs and the in-memory records.
    Run *best = nullptr;
    for (auto &run : m_runs) {
        if (run->head && (!best || run->head->key < best->head->key))
            best = run.get();
    }
    const bool memoryFirst = m_memoryPos < m_records.size() && (!best || !(best->head->key < m_records[m_memoryPos].key));
    if (memoryFirst)
        return std::optional<KeyDigest>(std::move(m_records[m_memoryPos++]));
    if (!best)
        return std::optional<KeyDigest>();
    std::optional<KeyDigest> out = std::move(best->head);
    if (auto st = best->advance(); !st)
        return st.error();
    return out;
}

} // namespace lifeboat
