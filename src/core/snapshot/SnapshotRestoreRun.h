#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/mongo/MongoClientPool.h"
#include "core/restore/RestoreEngine.h"
#include "core/snapshot/SnapshotLock.h"
#include "core/snapshot/SnapshotRestorer.h"
#include "core/snapshot/SnapshotStore.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>

namespace lifeboat {

// One clone, restore or swap of a snapshot, phase by phase, in the order
// SnapshotRestorer::execute calls them. open() and checkSwapSupport() write nothing and fail
// with an Error; every later phase may have written (if only into a scratch database), so it
// gives back its failure for the outcome, saying whether the target was touched, and the
// phases that do not apply to the mode do nothing.
class SnapshotRestoreRun final {
public:
    SnapshotRestoreRun(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan, const CancelToken &cancel,
                       ProgressSink &sink);
    ~SnapshotRestoreRun();

    // How the restore engine loads the snapshot into `target`: each collection made exactly the
    // snapshot's, then verified in full against the archive and the manifest.
    static RestoreRequest restoreRequest(const SnapshotRestoreRequest &request, const SnapshotEntry &entry, const QString &target);

    Status open();                           // the snapshot's shared lock, a client
    Status checkSwapSupport();               // --swap: refused, or a fallback restore, when the server cannot
    std::optional<Error> verifyFirst();      // --verify-first: a verified clone in a scratch database, dropped
    std::optional<Error> loadStaging();      // --swap: the snapshot loaded and verified in staging
    std::optional<Error> takeSafetySnapshot(); // of the target, into the same folder
    bool swaps() const { return m_mode == Mode::Swap; }
    std::optional<Error> swapIntoTarget();    // staging's collections renamed over the target's
    std::optional<Error> restoreIntoTarget(); // clone, or restore in place
    SnapshotRestoreOutcome outcome(std::optional<Error> failure);

private:
    using Mode = SnapshotRestoreRequest::Mode;

    void say(const QString &text);
    std::optional<Error> loadAndVerify(const QString &db, const QString &why);
    QString swapRefusal(const RenameSupport &support) const;
    std::optional<Error> swapFailure();
    std::optional<Error> checkSwappedCounts();
    bool recordVerification(const VerificationReport &report, const QString &how, const QString &db);
    Error untouched(Error e) const;
    Error withRollbackHint(Error e) const;

    const SnapshotRestoreRequest &m_request;
    const SnapshotRestorePlan &m_plan;
    const CancelToken &m_cancel;
    ProgressSink &m_sink;
    const QString m_target;
    const QString m_name; // the snapshot's
    Mode m_mode;         // the request's, until a swap falls back to a restore
    bool m_verifyFirst;  // --verify-first, or a fallback restore
    QString m_scratch;   // the verify-first clone's database
    QElapsedTimer m_timer;        // since the run began
    SnapshotRestoreOutcome m_out; // what execute() gives back, filled in phase by phase
    // Held while the run lasts; released in the other order (the lock last).
    SnapshotLock m_lock;
    std::optional<SnapshotStore> m_store;
    std::unique_ptr<MongoClientPool> m_pool;
    std::optional<PooledClient> m_client;
    RestoreEngine m_engine;
};

} // namespace lifeboat
