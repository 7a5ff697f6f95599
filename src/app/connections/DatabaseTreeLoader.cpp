#include "app/connections/DatabaseTreeLoader.h"

#include "core/mongo/DatabaseCatalog.h"

#include <QThreadPool>

namespace lifeboat::app {

DatabaseTreeLoader::Databases DatabaseTreeLoader::listDatabases(const QString &uri)
{
    Databases result;
    // A probe first, so that a connection problem is told apart in plain words (and quickly:
    // a pool would wait for its whole server selection timeout and then say little).
    result.outcome = ConnectionTester::probe(uri);
    if (!result.outcome.ok())
        return result;
    auto created = MongoClientPool::create(uri, 2, QStringLiteral("lifeboat"));
    if (!created) {
        result.outcome = ConnectionTester::fromError(created.error(), uri);
        return result;
    }
    std::shared_ptr<MongoClientPool> pool = share(std::move(*created));
    {
        const PooledClient client = pool->acquire();
        auto names = DatabaseCatalog::databaseNames(client);
        if (!names) {
            result.outcome = ConnectionTester::fromError(names.error(), uri);
            return result;
        }
        result.names = std::move(*names);
    } // the client goes back to the pool before the pool can go
    result.pool = std::move(pool);
    return result;
}

DatabaseTreeLoader::Collections DatabaseTreeLoader::listCollections(const std::shared_ptr<MongoClientPool> &pool,
                                                                    const QString &database)
{
    Collections result;
    const PooledClient client = pool->acquire();
    auto infos = DatabaseCatalog::collections(client, database);
    if (!infos) {
        result.outcome = ConnectionTester::fromError(infos.error(), pool->uri());
        return result;
    }
    for (const CollectionInfo &info : std::as_const(*infos)) {
        if (info.isSystem())
            continue;
        Collection collection;
        collection.name = info.name;
        collection.type = info.type;
        if (info.type != QLatin1String("view")) {
            const CollectionEstimate estimate = DatabaseCatalog::estimate(client, database, info.name);
            collection.count = estimate.documents;
            collection.size = estimate.bytes;
        }
        result.collections << collection;
    }
    return result;
}

std::shared_ptr<MongoClientPool> DatabaseTreeLoader::share(std::unique_ptr<MongoClientPool> pool)
{
    return std::shared_ptr<MongoClientPool>(pool.release(), [](MongoClientPool *doomed) {
        QThreadPool *workers = QThreadPool::globalInstance();
        if (workers)
            workers->start([doomed] { delete doomed; });
        else
            delete doomed;
    });
}

} // namespace lifeboat::app
