#include "core/snapshot/HelperDatabases.h"

#include "core/codec/BsonDocument.h"
#include "core/mongo/DatabaseCatalog.h"

namespace lifeboat {

namespace {
// MongoDB allows database names of up to 63 bytes; keep room for SnapshotSwap's "_probe".
constexpr int MaxHelperDatabaseBytes = 56;
}

QString HelperDatabases::name(const QString &target, const QString &suffix)
{
    QString base = target;
    while (!base.isEmpty() && (base + suffix).toUtf8().size() > MaxHelperDatabaseBytes)
        base.chop(1);
    return base + suffix;
}

Result<int> HelperDatabases::collectionCount(const PooledClient &client, const QString &db)
{
    auto cols = DatabaseCatalog::collections(client, db);
    if (!cols)
        return cols.error();
    int n = 0;
    for (const auto &c : *cols)
        n += c.isSystem() ? 0 : 1;
    return n;
}

Status HelperDatabases::drop(const PooledClient &client, const QString &db)
{
    BsonDocument cmd;
    BSON_APPEND_INT32(cmd.get(), "dropDatabase", 1);
    auto reply = client.command(db, cmd.get());
    if (!reply)
        return reply.error();
    return {};
}

} // namespace lifeboat
