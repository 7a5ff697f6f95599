#pragma once

#include "core/common/CancelToken.h"
#include "core/mongo/MongoClientPool.h"

#include <QList>

namespace lifeboat {

// The documents a surgical restore will replace, as they are in the collection before it:
// written to <dir>/pre_merge_<db>_<time>.tar.gz holding pre_merge_<db>_<time>/<collection>.jsonl
// (canonical Extended JSON, the runbook's layout), which `restore --merge replace` puts back.
class MergeSafetySnapshot final {
public:
    // The archive's path.
    static Result<QString> write(const PooledClient &client, const QString &database, const QString &collection,
                                 const QList<QByteArray> &keys, const QString &dir, const CancelToken &cancel);
};

} // namespace lifeboat
