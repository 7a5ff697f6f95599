#include "core/backup/BackupQueries.h"

namespace lifeboat {

BsonDocument BackupQueries::findOptions(int batchSize, const QJsonObject &clusterTime)
{
    BsonDocument opts;
    BSON_APPEND_INT32(opts.get(), "batchSize", batchSize);
    if (!clusterTime.isEmpty()) {
        bson_t rc;
        BSON_APPEND_DOCUMENT_BEGIN(opts.get(), "readConcern", &rc);
        BSON_APPEND_UTF8(&rc, "level", "snapshot");
        BSON_APPEND_TIMESTAMP(&rc, "atClusterTime", uint32_t(clusterTime.value(QStringLiteral("t")).toInteger()),
                              uint32_t(clusterTime.value(QStringLiteral("i")).toInteger()));
        bson_append_document_end(opts.get(), &rc);
    }
    return opts;
}

BsonDocument BackupQueries::snapshotProbe(const QString &collection)
{
    BsonDocument cmd;
    BSON_APPEND_UTF8(cmd.get(), "find", collection.toUtf8().constData());
    BSON_APPEND_INT32(cmd.get(), "limit", 1);
    bson_t rc;
    BSON_APPEND_DOCUMENT_BEGIN(cmd.get(), "readConcern", &rc);
    BSON_APPEND_UTF8(&rc, "level", "snapshot");
    bson_append_document_end(cmd.get(), &rc);
    return cmd;
}

QJsonObject BackupQueries::clusterTimeFromReply(const bson_t *reply)
{
    bson_iter_t it;
    if (!bson_iter_init(&it, reply) || !bson_iter_find_descendant(&it, "cursor.atClusterTime", &it)
        || !BSON_ITER_HOLDS_TIMESTAMP(&it))
        return {};
    uint32_t t = 0, i = 0;
    bson_iter_timestamp(&it, &t, &i);
    return QJsonObject{{QStringLiteral("t"), qint64(t)}, {QStringLiteral("i"), qint64(i)}};
}

} // namespace lifeboat
