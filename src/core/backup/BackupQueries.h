#pragma once

#include "core/codec/BsonDocument.h"

#include <QJsonObject>

namespace lifeboat {

// The exact commands and options the backup engine sends, built in one place so that unit
// tests can check them without a server that supports them.
class BackupQueries final {
public:
    // Options for the per-collection find: batch size, and with a cluster time a snapshot
    // read concern pinned to it, so every collection is read at one point in time.
    static BsonDocument findOptions(int batchSize, const QJsonObject &clusterTime = {});
    // {find: <collection>, limit: 1, readConcern: {level: "snapshot"}}: the server answers
    // with cursor.atClusterTime, the point every later read is pinned to.
    static BsonDocument snapshotProbe(const QString &collection);
    // Reads cursor.atClusterTime from the probe's reply: {"t": seconds, "i": increment}.
    static QJsonObject clusterTimeFromReply(const bson_t *reply);
};

} // namespace lifeboat
