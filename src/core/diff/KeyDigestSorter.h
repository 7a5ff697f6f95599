#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace lifeboat {

// One document as the diff compares it: its _id ({_id: value} as BSON bytes, the sort key) and
// the SHA-256 of its BSON bytes.
struct KeyDigest {
    QByteArray key;
    std::array<uint8_t, 32> digest{};
};

// An external merge sort of KeyDigest records by key bytes, in bounded memory: records are kept
// in memory up to `memoryLimit` bytes; past it the sorted run is written to an anonymous
// temporary file in `tempDir` and memory starts again. Reading back merges the runs (a k-way
// merge, one buffered record per run). Equal keys all come back (in no particular order).
class KeyDigestSorter final {
public:
    KeyDigestSorter(QString tempDir, qint64 memoryLimit);
    ~KeyDigestSorter();
    KeyDigestSorter(const KeyDigestSorter &) = delete;
    KeyDigestSorter &operator=(const KeyDigestSorter &) = delete;

    Status add(KeyDigest record);
    // Ends the adding: sorts what is in memory, and writes it out too when `spill` (so that
    // a finished sorter holds no memory while others fill).
    Status finish(bool spill);
    // The next record in key order, nullopt at the end. Only after finish().
    Result<std::optional<KeyDigest>> next();

    qint64 count() const { return m_count; }
    int runsOnDisk() const { return int(m_runs.size()); }
    // Bytes held in memory now (an estimate: key, digest and the vector's share).
    qint64 memoryUsed() const { return m_memory; }

private:
    struct Run;
    Status spill();
    static qint64 sizeOf(const KeyDigest &r) { return r.key.size() + qint64(sizeof(KeyDigest)) + 16; }

    QString m_tempDir;
    qint64 m_memoryLimit;
    std::vector<KeyDigest> m_records;
    qint64 m_memory = 0;
    qint64 m_count = 0;
    std::vector<std::unique_ptr<Run>> m_runs;
    size_t m_memoryPos = 0;  // reading back: next in-memory record
    bool m_finished = false;
};

} // namespace lifeboat
