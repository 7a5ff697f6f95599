#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lifeboat {

// Marks a snapshot archive as in use, across threads and processes: an flock(2) on
// ".<archive file name>.lock" beside the archive. Every operation that reads a snapshot
// (clone, restore, swap, verify) holds a shared lock while it runs; delete and prune need the
// exclusive lock and refuse (Refused) when a job holds the snapshot. Locks are never waited
// for: acquiring fails at once. The lock is released when the object is destroyed (or the
// process dies). Lock files stay in the folder (hidden) except when the snapshot is deleted.
class SnapshotLock final {
public:
    enum class Mode { Shared, Exclusive };

    SnapshotLock() = default;
    SnapshotLock(SnapshotLock &&other) noexcept;
    SnapshotLock &operator=(SnapshotLock &&other) noexcept;
    SnapshotLock(const SnapshotLock &) = delete;
    SnapshotLock &operator=(const SnapshotLock &) = delete;
    ~SnapshotLock();

    // Refused when another holder conflicts ("in use by a running job" / "being deleted"),
    // Io when the lock file cannot be created.
    static Result<SnapshotLock> acquire(const QString &archivePath, Mode mode);
    // True when some job holds any lock on the archive now (probes without keeping a lock).
    static bool isLocked(const QString &archivePath);
    // ".<file>.lock" in the archive's folder.
    static QString lockFilePath(const QString &archivePath);

    bool isHeld() const { return m_fd >= 0; }
    void release();
    // Deletes the lock file while the exclusive lock is held (used when deleting the archive).
    void removeLockFile();

private:
    int m_fd = -1;
    QString m_lockPath;
};

} // namespace lifeboat
