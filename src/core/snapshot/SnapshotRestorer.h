#pragma once

#include "core/common/Progress.h"
#include "core/common/CancelToken.h"
#include "core/restore/RestoreEngine.h"
#include "core/restore/RestorePlan.h"
#include "core/common/Result.h"
#include "core/snapshot/SnapshotEntry.h"
#include "core/snapshot/SnapshotSwap.h"
#include "core/verify/VerificationReport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat {

// What `snapshot clone`, `snapshot restore` (with --verify-first / --swap) need.
struct SnapshotRestoreRequest {
    enum class Mode {
        Clone,   // into a new database, then a full verification (refuses an existing database
                 // unless allowExisting); the source database is never touched
        Restore, // roll the target back to the snapshot in place (through RestoreEngine)
        Swap,    // load + verify in a staging database, then rename each collection into the target
    };
    Mode mode = Mode::Restore;
    QString snapshotDir;
    QString name;                 // the snapshot
    QString mongoUri;
    QString targetDatabase;       // default: the snapshot's database (Clone: "<db>_verify")
    QString sourceDatabase;       // which database of a deployment snapshot
    QStringList collections;      // a subset (nothing is dropped then, as with restore)
    bool allowExisting = false;   // Clone: into a database that has collections (made an exact copy)
    bool keepExtra = false;       // keep the target's collections the snapshot lacks
    bool verifyFirst = false;     // Restore: clone into a scratch database, verify fully, drop it,
                                  // and only then touch the target (Swap always verifies its staging)
    bool fallbackRestore = false; // Swap: where the server cannot rename across databases (or the
                                  // snapshot has time-series collections), restore in place instead
    bool safetySnapshot = true;   // snapshot the target (into the same folder) before changing it
    bool force = false;           // validators off during the load (RestoreRequest::force)
    int jobs = 4;
    int batchSize = 1000;
    QString scratchDatabase;      // default "<target>_lifeboat_verify"
    QString stagingDatabase;      // default "<target>_lifeboat_staging"
};

// What clone/restore would do, computed without writing (shown before the confirmation).
struct SnapshotRestorePlan {
    SnapshotEntry snapshot;
    RestorePlan plan;             // RestoreEngine's plan for the target (replace-existing)
    QString targetDatabase;
    QString scratchDatabase;      // verify-first's, when used
    QString stagingDatabase;      // swap's, when used
    bool needsConfirmation = false; // the target has collections the run changes or drops
    bool willTakeSafetySnapshot = false;
};

struct SnapshotRestoreOutcome {
    SnapshotRestorePlan plan;
    std::optional<VerificationReport> preVerification; // verify-first: the scratch clone's report
    std::optional<RestoreResult> load;  // the restore into the target, or into staging for a swap
    std::optional<SwapResult> swap;
    QString safetySnapshot;             // name of the safety snapshot in the folder ("" when none)
    QString safetySnapshotPath;
    bool fellBackToRestore = false;     // Swap was asked for, the server could not, fallbackRestore
    bool targetTouched = false;         // anything in the target was dropped, created or written
    std::optional<Error> failure;       // where and why it stopped; says whether the target was touched
    QStringList messages;               // what happened, step by step, in words
    qint64 elapsedMs = 0;

    bool succeeded() const;
    // The report for the target (clone/restore), or the staging's for a swap.
    const VerificationReport *report() const;
    // `lifeboat-cli snapshot restore <safety> ...`: how to go back, when a safety snapshot exists.
    QString rollbackCommand(const QString &mongoUri) const;
};

struct PromoteRequest {
    QString snapshotDir;          // where the safety snapshot of the target goes
    QString mongoUri;
    QString fromDatabase;         // e.g. "shop_green"
    QString toDatabase;           // e.g. "shop"
    bool keepExtra = false;
    bool safetySnapshot = true;
    bool dropSource = true;       // drop what is left of fromDatabase (its views) afterwards
    int jobs = 4;
};

struct PromoteOutcome {
    SwapPlan plan;
    std::optional<SwapResult> swap;
    QString safetySnapshot;
    QString safetySnapshotPath;
    std::optional<Error> failure;
    QStringList messages;
    qint64 elapsedMs = 0;
    bool succeeded() const { return !failure && swap && swap->succeeded(); }
};

// Clone, restore, verify-first and swap of snapshots, and blue-green promotion, built on
// RestoreEngine (plan, load, full verification against the manifest), BackupEngine (safety
// snapshots, taken as snapshots of the same folder with purpose "pre_restore") and
// SnapshotSwap. Holds the snapshot's SnapshotLock (shared) while it runs; records each full
// verification in the catalog. Blocking: run it in a worker thread.
class SnapshotRestorer final {
public:
    explicit SnapshotRestorer(ProgressSink &sink = ProgressSink::none());

    // Writes nothing. Errors: NotFound (snapshot, --source-db), Refused (Clone into an existing
    // database without allowExisting; scratch/staging database already exists), Usage, and the
    // restore engine's planning errors.
    Result<SnapshotRestorePlan> plan(const SnapshotRestoreRequest &request, const CancelToken &cancel = CancelToken());
    // Carries out a plan made by plan() for the same request. Errors before any write come back
    // as an Error; after the first write (even into a scratch database) as outcome.failure.
    Result<SnapshotRestoreOutcome> execute(const SnapshotRestoreRequest &request, const SnapshotRestorePlan &plan,
                                           const CancelToken &cancel = CancelToken());

    // Blue-green: what promoting would do (no write), then the safety snapshot of the target and
    // the swap. Refused (with the reason) where the server cannot rename across databases.
    Result<SwapPlan> planPromote(const PromoteRequest &request);
    Result<PromoteOutcome> promote(const PromoteRequest &request, const SwapPlan &plan, const CancelToken &cancel = CancelToken());

private:
    ProgressSink &m_sink;
};

} // namespace lifeboat
