#pragma once

#include "core/mongo/MongoClientPool.h"
#include "core/restore/BatchQueue.h"
#include "core/restore/RestoreTarget.h"

namespace lifeboat {

// One unordered bulk insert of a batch into its collection, retried on transient errors.
// Duplicate keys are counted on the target, not failed.
Status insertBatch(const PooledClient &client, const QString &db, RestoreTarget &target, const Batch &batch, const QString &uri);

} // namespace lifeboat
