#pragma once

#include "core/mongo/MongoClientPool.h"

#include <QJsonObject>
#include <QString>

namespace lifeboat {

// What a deployment says about itself (hello + buildInfo).
struct ServerInfo {
    QString version;       // "7.0.5"; FerretDB reports the MongoDB version it emulates
    QString topology;      // "standalone", "replicaSet" or "sharded"
    QString replicaSetName;
    QString flavour;       // "mongodb", or "ferretdb" when the server says so
    int majorVersion = 0;
    int minorVersion = 0;

    // Snapshot reads at one cluster time: replica sets and sharded clusters, MongoDB 5.0+.
    bool supportsSnapshotReads() const;

    QJsonObject toJson() const;

    static Result<ServerInfo> query(const PooledClient &client);
};

} // namespace lifeboat
