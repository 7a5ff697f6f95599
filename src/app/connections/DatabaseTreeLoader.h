#pragma once

#include "app/connections/ConnectionTester.h"
#include "core/mongo/MongoClientPool.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace lifeboat::app {

// What the database tree shows, fetched in worker threads (every function here blocks on the
// network: never call it on the GUI thread). First the databases, over a connection pool the
// tree keeps for its profile; then, as the user opens a database, its collections.
class DatabaseTreeLoader final {
public:
    struct Collection {
        QString name;
        QString type;      // "collection", "timeseries", "view"
        qint64 count = -1; // estimated; -1 for views
        qint64 size = -1;  // bytes of data (uncompressed); -1 for views
    };

    struct Databases {
        std::shared_ptr<MongoClientPool> pool; // for the collection loads; set on success
        QStringList names;
        ConnectionTester::Outcome outcome;     // why not, in plain words
        bool ok() const { return outcome.ok(); }
    };

    struct Collections {
        QList<Collection> collections;
        ConnectionTester::Outcome outcome;
        bool ok() const { return outcome.ok(); }
    };

    // Connects to `uri` (which may hold a password) and lists its user databases.
    static Databases listDatabases(const QString &uri);
    // The collections of `database` with their estimated counts and sizes; system.* left out.
    static Collections listCollections(const std::shared_ptr<MongoClientPool> &pool, const QString &database);

    // A shared pool whose destruction (which may wait for the network to end sessions) runs in
    // a worker thread, wherever its last owner lets go of it.
    static std::shared_ptr<MongoClientPool> share(std::unique_ptr<MongoClientPool> pool);
};

} // namespace lifeboat::app
