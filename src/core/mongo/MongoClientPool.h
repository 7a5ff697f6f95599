#pragma once

#include "core/codec/BsonDocument.h"
#include "core/common/Result.h"

#include <QString>

#include <mongoc/mongoc.h>

#include <memory>

namespace lifeboat {

// Converts a driver error to ours, classifying connection/auth failures apart from server
// errors, and scrubbing the connection string's password from the text.
Error mongoError(const bson_error_t &error, const QString &context, const QString &uri = {});

class MongoClientPool;

// A client borrowed from the pool for the lifetime of this object (one thread at a time).
class PooledClient final {
public:
    PooledClient(MongoClientPool &pool, mongoc_client_t *client);
    PooledClient(PooledClient &&other) noexcept;
    PooledClient(const PooledClient &) = delete;
    PooledClient &operator=(const PooledClient &) = delete;
    PooledClient &operator=(PooledClient &&) = delete;
    ~PooledClient();

    mongoc_client_t *get() const { return m_client; }

    // Runs a command on `database` against the primary (or the selected server), returning
    // the server's reply.
    Result<BsonDocument> command(const QString &database, const bson_t *cmd) const;

private:
    MongoClientPool *m_pool;
    mongoc_client_t *m_client;
};

// A thread-safe pool of connections to one deployment (mongoc_client_pool_t).
class MongoClientPool final {
public:
    static Result<std::unique_ptr<MongoClientPool>> create(const QString &uri, int maxClients,
                                                           const QString &appName = QStringLiteral("lifeboat"));
    ~MongoClientPool();
    MongoClientPool(const MongoClientPool &) = delete;
    MongoClientPool &operator=(const MongoClientPool &) = delete;

    // Blocks until a client is free.
    PooledClient acquire();
    void release(mongoc_client_t *client);

    const QString &uri() const { return m_uri; }
    // Pings the deployment, turning "no server" into a clear Connection error.
    Status ping();

private:
    MongoClientPool(QString uri, mongoc_client_pool_t *pool);

    QString m_uri;
    mongoc_client_pool_t *m_pool;
};

// Calls mongoc_init()/mongoc_cleanup() once per process.
void ensureMongoDriverInitialized();

} // namespace lifeboat
