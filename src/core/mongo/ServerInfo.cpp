#include "core/mongo/ServerInfo.h"

namespace lifeboat {

namespace {

QString stringField(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    if (bson_iter_init_find(&it, doc, key) && BSON_ITER_HOLDS_UTF8(&it))
        return QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    return {};
}

bool hasField(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    return bson_iter_init_find(&it, doc, key);
}

} // namespace

bool ServerInfo::supportsSnapshotReads() const
{
    return topology != QLatin1String("standalone") && flavour == QLatin1String("mongodb") && majorVersion >= 5;
}

QJsonObject ServerInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("topology"), topology},
                  {QStringLiteral("flavour"), flavour}};
    if (!replicaSetName.isEmpty())
        o.insert(QStringLiteral("replicaSet"), replicaSetName);
    return o;
}

Result<ServerInfo> ServerInfo::query(const PooledClient &client)
{
    ServerInfo info;
    bson_t *hello = BCON_NEW("hello", BCON_INT32(1));
    auto reply = client.command(QStringLiteral("admin"), hello);
    bson_destroy(hello);
    if (!reply) {
        if (reply.error().code == ErrorCode::Connection)
            return reply.error();
        bson_t *isMaster = BCON_NEW("isMaster", BCON_INT32(1));
        reply = client.command(QStringLiteral("admin"), isMaster);
        bson_destroy(isMaster);
        if (!reply)
            return reply.error();
    }
    info.replicaSetName = stringField(reply->get(), "setName");
    if (stringField(reply->get(), "msg") == QLatin1String("isdbgrid"))
        info.topology = QStringLiteral("sharded");
    else if (!info.replicaSetName.isEmpty())
        info.topology = QStringLiteral("replicaSet");
    else
        info.topology = QStringLiteral("standalone");

    bson_t *buildInfo = BCON_NEW("buildInfo", BCON_INT32(1));
    auto build = client.command(QStringLiteral("admin"), buildInfo);
    bson_destroy(buildInfo);
    if (!build)
        return build.error();
    info.version = stringField(build->get(), "version");
    info.flavour = hasField(build->get(), "ferretdb") || hasField(build->get(), "ferretdbVersion")
                       ? QStringLiteral("ferretdb")
                       : QStringLiteral("mongodb");
    const auto parts = info.version.split(QLatin1Char('.'));
    info.majorVersion = parts.value(0).toInt();
    info.minorVersion = parts.value(1).toInt();
    return info;
}

} // namespace lifeboat
