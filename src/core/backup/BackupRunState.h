#pragma once

#include "core/backup/BackupTask.h"
#include "core/common/Error.h"
#include "core/common/Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lifeboat {

// The shared state of one backup run: its collections, how many are done, the first error
// (which stops every worker), and the phase. Workers write it while the progress thread
// reads it through snapshot().
class BackupRunState final {
public:
    BackupRunState() { timer.start(); }

    std::vector<std::unique_ptr<BackupTask>> tasks;
    std::atomic<int> collectionsDone{0};
    std::atomic<bool> stop{false};
    QElapsedTimer timer;

    // Keeps the first error and tells every worker to stop.
    void fail(Error e);
    std::optional<Error> firstError() const;
    void setPhase(Phase phase);
    // Counts a collection that needs no copy (a view) as done.
    void markDone(BackupTask &task);

    Progress snapshot() const;

private:
    mutable std::mutex m_errorMutex;
    std::optional<Error> m_firstError;
    mutable std::mutex m_phaseMutex;
    Phase m_phase = Phase::Starting;
};

} // namespace lifeboat
