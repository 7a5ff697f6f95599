#pragma once

#include "core/common/Result.h"
#include "core/mongo/MongoClientPool.h"

#include <QString>

namespace lifeboat {

// The databases the restorer works in besides the target (the verify-first scratch clone,
// the swap's staging, the rename probe): their names, whether they hold anything, dropping them.
class HelperDatabases final {
public:
    // target + suffix, the target shortened so that the name stays within MongoDB's limit
    // (with room for SnapshotSwap's "_probe").
    static QString name(const QString &target, const QString &suffix);
    // Collections (not system.*) of a database; 0 when it does not exist.
    static Result<int> collectionCount(const PooledClient &client, const QString &db);
    static Status drop(const PooledClient &client, const QString &db);
};

} // namespace lifeboat
