#include "core/mongo/MongoClientPool.h"

#include "core/config/MongoUri.h"
#include "core/mongo/ConnectionDiagnosis.h"
#include "core/mongo/DriverLog.h"

#include <cstdlib>
#include <mutex>

namespace lifeboat {

void ensureMongoDriverInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mongoc_init();
        // The driver's own warnings (e.g. FerretDB lacking endSessions) are noise for users;
        // its errors go where DriverLog says (nowhere unless a handler is set: the CLI's
        // message stream). LIFEBOAT_DRIVER_LOG=1 shows all, as libmongoc prints them.
        static const bool verbose = qEnvironmentVariableIntValue("LIFEBOAT_DRIVER_LOG") > 0;
        mongoc_log_set_handler(
            [](mongoc_log_level_t level, const char *domain, const char *message, void *data) {
                if (verbose)
                    mongoc_log_default_handler(level, domain, message, data);
                else if (level <= MONGOC_LOG_LEVEL_CRITICAL)
                    DriverLog::deliver(QString::fromUtf8(message));
            },
            nullptr);
        std::atexit(mongoc_cleanup);
    });
}

Error mongoError(const bson_error_t &error, const QString &context, const QString &uri)
{
    QString text = QString::fromUtf8(error.message);
    if (!uri.isEmpty())
        text = MongoUri::scrub(text, uri);
    ErrorCode code = ErrorCode::Server;
    switch (error.domain) {
    case MONGOC_ERROR_STREAM:
    case MONGOC_ERROR_SERVER_SELECTION:
        code = ErrorCode::Connection;
        break;
    case MONGOC_ERROR_CLIENT:
        if (error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE)
            code = ErrorCode::Connection;
        break;
    case MONGOC_ERROR_BSON: // BSON_INVALID is 18 too: a document too large, not a login
        break;
    default:
        if (error.code == 18 /* AuthenticationFailed */)
            code = ErrorCode::Connection;
        break;
    }
    // A failed connection says why in plain words, and what to check (the CLI prints it as the hint).
    const QString hint = code == ErrorCode::Connection ? ConnectionDiagnosis::fromDriverError(error, uri).summary : QString();
    return Error(code, context.isEmpty() ? text : context + QStringLiteral(": ") + text, hint);
}

PooledClient::PooledClient(MongoClientPool &pool, mongoc_client_t *client) : m_pool(&pool), m_client(client) {}

PooledClient::PooledClient(PooledClient &&other) noexcept
    : m_pool(other.m_pool), m_client(std::exchange(other.m_client, nullptr))
{
}

PooledClient::~PooledClient()
{
    if (m_client)
        m_pool->release(m_client);
}

Result<BsonDocument> PooledClient::command(const QString &database, const bson_t *cmd) const
{
    bson_t reply;
    bson_error_t error;
    const bool ok = mongoc_client_command_simple(m_client, database.toUtf8().constData(), cmd, nullptr, &reply, &error);
    BsonDocument result = BsonDocument::copyOf(&reply);
    bson_destroy(&reply);
    if (!ok) {
        bson_iter_t it;
        QString cmdName = QStringLiteral("command");
        if (bson_iter_init(&it, cmd) && bson_iter_next(&it))
            cmdName = QString::fromUtf8(bson_iter_key(&it));
        return mongoError(error, QStringLiteral("%1 on %2").arg(cmdName, database), m_pool->uri());
    }
    return result;
}

MongoClientPool::MongoClientPool(QString uri, mongoc_client_pool_t *pool) : m_uri(std::move(uri)), m_pool(pool) {}

Result<std::unique_ptr<MongoClientPool>> MongoClientPool::create(const QString &uri, int maxClients, const QString &appName)
{
    ensureMongoDriverInitialized();
    if (auto st = MongoUri::validate(uri); !st)
        return st.error();
    bson_error_t error;
    mongoc_uri_t *parsed = mongoc_uri_new_with_error(uri.toUtf8().constData(), &error);
    if (!parsed)
        return Error(ErrorCode::Config, QStringLiteral("invalid connection string: %1")
                                            .arg(MongoUri::scrub(QString::fromUtf8(error.message), uri)));
    if (!mongoc_uri_has_option(parsed, MONGOC_URI_SERVERSELECTIONTIMEOUTMS))
        mongoc_uri_set_option_as_int32(parsed, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 10000);
    if (!mongoc_uri_has_option(parsed, MONGOC_URI_APPNAME))
        mongoc_uri_set_appname(parsed, appName.toUtf8().constData());
    mongoc_client_pool_t *pool = mongoc_client_pool_new_with_error(parsed, &error);
    mongoc_uri_destroy(parsed);
    if (!pool)
        return mongoError(error, QStringLiteral("cannot create connection pool"), uri);
    mongoc_client_pool_set_error_api(pool, MONGOC_ERROR_API_VERSION_2);
    mongoc_client_pool_max_size(pool, uint32_t(std::max(1, maxClients)));
    return std::unique_ptr<MongoClientPool>(new MongoClientPool(uri, pool));
}

MongoClientPool::~MongoClientPool()
{
    mongoc_client_pool_destroy(m_pool);
}

PooledClient MongoClientPool::acquire()
{
    return PooledClient(*this, mongoc_client_pool_pop(m_pool));
}

void MongoClientPool::release(mongoc_client_t *client)
{
    mongoc_client_pool_push(m_pool, client);
}

Status MongoClientPool::ping()
{
    auto client = acquire();
    bson_t *cmd = BCON_NEW("ping", BCON_INT32(1));
    auto reply = client.command(QStringLiteral("admin"), cmd);
    bson_destroy(cmd);
    if (!reply)
        return reply.error();
    return {};
}

} // namespace lifeboat
