#pragma once

#include "core/common/Result.h"
#include "core/snapshot/SnapshotLock.h"

#include <QString>

namespace lifeboat {

// One restore at a time into one database. Two restores into the same database at once would
// each load and check their own staging collections, then interleave their swaps and drops:
// the database could end up holding collections of both archives, each run reporting success
// for its own. A restore therefore holds an exclusive flock(2), keyed by the server's hosts
// and the target database, from before its first read of the target until it ends; the second
// restore is refused at once (nothing changed) and says why. The lock lives in the user's
// runtime folder, so it guards the restores of this computer (the app's jobs and every
// lifeboat-cli); it is released when the restore ends or its process dies.
class RestoreTargetLock final {
public:
    // Refused: "another restore into <db> on <hosts> is running on this computer".
    static Result<SnapshotLock> acquire(const QString &mongoUri, const QString &database);
    // The folder of the lock files: $XDG_RUNTIME_DIR/lifeboat, else <temp>/lifeboat-<uid>.
    static QString folder();
};

} // namespace lifeboat
