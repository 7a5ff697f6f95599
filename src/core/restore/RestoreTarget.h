#pragma once

#include "core/restore/RestorePlan.h"
#include "core/verify/CollectionVerifier.h"

#include <atomic>
#include <optional>

namespace lifeboat {

// One collection of the plan while the restore runs: what has been done to it so far. The
// counters are written by the insert workers; fileDone and verifyQueued under the load
// verifier's mutex.
struct RestoreTarget {
    const PlannedCollection *planned = nullptr;
    QString loadName;          // where the documents go: the collection, or its staging collection
    bool direct = false;       // staged restore: loaded into the collection itself once the archive checked out
    bool indexesBuilt = false;
    std::atomic<qint64> inserted{0};
    std::atomic<qint64> duplicates{0};
    std::atomic<int> pendingBatches{0};
    std::atomic<bool> retried{false}; // some batch was sent again: `inserted` is partly inferred
    bool fileDone = false;
    bool touched = false;      // dropped, created or written
    bool verifyQueued = false; // handed to the verifier
    std::optional<VerificationRow> row; // set by the verifier once the collection is loaded
    ArchiveSideStats stats;

    RestoreTarget(const PlannedCollection &p, int sample, bool digest) : planned(&p), loadName(p.name), stats(sample, digest) {}

    // Every document of its file read and every batch of them written.
    bool loaded() const { return fileDone && pendingBatches == 0; }
    // For a collection this restore created empty and filled alone without a retry: the
    // inserts the server acknowledged (see CollectionVerifier::compare).
    std::optional<qint64> acknowledgedCount() const;
    // "complete", "partial" or "untouched", once the restore has ended (`failed`: midway).
    QString finalState(bool failed) const;
};

} // namespace lifeboat
