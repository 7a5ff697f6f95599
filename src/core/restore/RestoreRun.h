#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/common/CancelToken.h"
#include "core/common/ProgressTicker.h"
#include "core/mongo/MongoClientPool.h"
#include "core/restore/CollectionCommands.h"
#include "core/restore/RestoreEngine.h"
#include "core/restore/RestoreProgress.h"
#include "core/restore/RestoreTarget.h"
#include "core/restore/StagingNames.h"

#include <QHash>

#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace lifeboat {

// What the phases of one RestoreEngine::execute share: the request and its plan, the archive
// and the server, each collection's state, the run's one progress ticker, and the result as
// it grows.
struct RestoreRun {
    RestoreRun(const RestoreRequest &r, const RestorePlan &p, const CancelToken &c, ProgressSink &sink);

    const RestoreRequest &request;
    const RestorePlan &plan;
    const CancelToken &cancel;
    const QString db; // the target database
    const bool staged;  // not --in-place: load beside the targets, swap once all checked out
    const QString runId; // names this run's staging collections
    RestoreProgress progress;
    ProgressTicker ticker; // samples `progress`; its clock is the run's elapsed time

    std::shared_ptr<const ArchiveContents> contents;
    std::unique_ptr<MongoClientPool> pool;
    std::optional<PooledClient> client; // this thread's connection, for the commands

    std::vector<std::unique_ptr<RestoreTarget>> targets; // the plan's collections, in its order
    std::map<QString, int> byPath;                       // archive file -> index in targets
    std::vector<std::pair<QString, ValidatorOptions>> validatorsToRestore; // turned off for the load
    QHash<QString, QString> viewErrors;                  // views that could not be created
    QStringList stagingCreated;                          // staging collections not dropped or swapped yet

    RestoreResult result;

    // Runs a command on the target database through this thread's connection.
    Status command(const BsonDocument &cmd) const;
};

} // namespace lifeboat
