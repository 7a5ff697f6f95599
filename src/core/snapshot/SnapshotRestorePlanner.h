#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/mongo/MongoClientPool.h"
#include "core/snapshot/SnapshotRestorer.h"

namespace lifeboat {

// Works out what a clone, restore or swap of a snapshot would do, writing nothing, step by
// step in the order SnapshotRestorer::plan calls them; each step may refuse the request.
class SnapshotRestorePlanner final {
public:
    SnapshotRestorePlanner(const SnapshotRestoreRequest &request, const CancelToken &cancel);

    Status findSnapshot();            // in the folder, and usable
    Status chooseTarget();            // the request's, or the snapshot's database ("<db>_verify" for a clone)
    Status planRestore();             // RestoreEngine's plan for the target
    Status checkCloneTarget();        // a clone goes into a new database, never the snapshot's own
    Status reserveHelperDatabases();  // the scratch and staging databases must be free
    SnapshotRestorePlan plan() const;

private:
    using Mode = SnapshotRestoreRequest::Mode;

    QString helperDatabase(const QString &given, const QString &suffix) const;
    Status mustBeFree(const PooledClient &client, const QString &db, const char *option) const;

    const SnapshotRestoreRequest &m_request;
    const CancelToken &m_cancel;
    QString m_source; // the snapshot's database that is restored; "" for a deployment's without --source-db
    SnapshotRestorePlan m_plan;
};

} // namespace lifeboat
