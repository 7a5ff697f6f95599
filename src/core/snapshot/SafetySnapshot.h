#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Limits.h"
#include "core/common/Result.h"
#include "core/snapshot/SnapshotEntry.h"
#include "core/snapshot/SnapshotStore.h"

#include <QString>

namespace lifeboat {

// A snapshot of a database taken, into the same snapshot folder, before a restore, swap or
// promotion changes it: level Database, tagged "safety", named "<purpose>_<database>_...".
struct SafetySnapshot {
    QString mongoUri;
    QString database;
    int jobs = limits::DefaultJobs;
    QString purpose;     // "pre_restore", "pre_promote"
    QString description;

    Result<SnapshotEntry> take(SnapshotStore &store, const CancelToken &cancel) const;
};

} // namespace lifeboat
