#pragma once

#include "core/backup/BackupTask.h"
#include "core/common/Error.h"
#include "core/common/Progress.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lifeboat {

// The shared state of one backup run: its collections, how many are done, and the first
// error (which stops every worker). Workers write it while the progress ticker's thread
// reads it through snapshot().
class BackupRunState final {
public:
    std::vector<std::unique_ptr<BackupTask>> tasks;
    std::atomic<int> collectionsDone{0};
    std::atomic<bool> stop{false};

    // Keeps the first error and tells every worker to stop.
    void fail(Error e);
    std::optional<Error> firstError() const;
    // Counts a collection that needs no copy (a view) as done.
    void markDone(BackupTask &task);

    // The counters as progress; the ticker adds the phase and the elapsed time.
    Progress snapshot() const;

private:
    mutable std::mutex m_errorMutex;
    std::optional<Error> m_firstError;
};

} // namespace lifeboat
