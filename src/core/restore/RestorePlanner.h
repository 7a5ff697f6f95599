#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/mongo/MongoClientPool.h"
#include "core/restore/RestorePlan.h"
#include "core/restore/RestoreRequest.h"
#include "core/mongo/ServerInfo.h"

#include <QHash>

#include <vector>

namespace lifeboat {

// Computes what a restore would do, writing nothing: which collections to drop, create,
// replace or fill, with counts on both sides, time-series decisions and where they came from,
// validator handling, indexes, and warnings.
class RestorePlanner final {
public:
    static Result<RestorePlan> plan(const RestoreRequest &request, const ArchiveContents &contents,
                                    const PooledClient &client, const ServerInfo &server,
                                    const CancelToken &cancel = CancelToken());
    // True when the server can create time-series collections (MongoDB 5.0+).
    static bool supportsTimeseries(const ServerInfo &server);
};

} // namespace lifeboat
