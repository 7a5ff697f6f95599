#pragma once

#include "core/mongo/MongoClientPool.h"
#include "core/restore/BatchQueue.h"
#include "core/restore/RestoreTarget.h"

namespace lifeboat {

// The largest document a MongoDB server stores: BSON's 16 MiB.
inline constexpr qint64 MaxDocumentBytes = 16LL * 1024 * 1024;
// A document over MaxDocumentBytes, named by its file, line and collection (the server would
// refuse the whole batch with a message about something else); else ok.
Status checkDocumentSize(const bson_t *doc, const QString &file, qint64 line, const QString &collection);

// One unordered bulk insert of a batch into its collection, retried on transient errors.
// Duplicate keys are counted on the target, not failed.
Status insertBatch(const PooledClient &client, const QString &db, RestoreTarget &target, const Batch &batch, const QString &uri);

} // namespace lifeboat
