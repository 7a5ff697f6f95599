#pragma once

#include "core/backup/BackupTask.h"
#include "core/backup/CopyContext.h"

#include <atomic>
#include <cstddef>
#include <vector>

namespace lifeboat {

// Copies a run's collections on up to `jobs` worker threads, largest first (so the last to
// finish is a small one). Views need no copy and count as done at once. The first failure
// is kept in the run's state and stops every worker.
class ParallelCopy final {
public:
    explicit ParallelCopy(CopyContext &context);
    // Blocks until every worker has stopped.
    void run(int jobs);

private:
    void work();

    CopyContext &m_context;
    std::vector<BackupTask *> m_queue;
    std::atomic<size_t> m_next{0};
};

} // namespace lifeboat
