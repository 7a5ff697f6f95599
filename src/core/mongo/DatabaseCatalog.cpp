#include "core/mongo/DatabaseCatalog.h"

#include "core/codec/ExtJsonCodec.h"

#include <QJsonDocument>

#include <algorithm>

namespace lifeboat {

QJsonObject bsonToJsonObject(const bson_t *doc)
{
    auto json = ExtJsonCodec::encode(doc, JsonStyle::Canonical, 0);
    if (!json)
        return {};
    return QJsonDocument::fromJson(*json).object();
}

namespace {

QString utf8Field(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    if (bson_iter_init_find(&it, doc, key) && BSON_ITER_HOLDS_UTF8(&it))
        return QString::fromUtf8(bson_iter_utf8(&it, nullptr));
    return {};
}

} // namespace

Result<QStringList> DatabaseCatalog::databaseNames(const PooledClient &client, bool includeInternal)
{
    bson_error_t error;
    char **names = mongoc_client_get_database_names_with_opts(client.get(), nullptr, &error);
    if (!names)
        return mongoError(error, QStringLiteral("cannot list databases"));
    QStringList out;
    for (char **n = names; *n; ++n) {
        const QString name = QString::fromUtf8(*n);
        if (includeInternal || (name != QLatin1String("admin") && name != QLatin1String("local") && name != QLatin1String("config")))
            out << name;
    }
    bson_strfreev(names);
    out.sort();
    return out;
}

Result<QList<CollectionInfo>> DatabaseCatalog::collections(const PooledClient &client, const QString &database)
{
    mongoc_database_t *db = mongoc_client_get_database(client.get(), database.toUtf8().constData());
    mongoc_cursor_t *cursor = mongoc_database_find_collections_with_opts(db, nullptr);
    QList<CollectionInfo> out;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc)) {
        CollectionInfo info;
        info.name = utf8Field(doc, "name");
        info.type = utf8Field(doc, "type");
        if (info.type.isEmpty())
            info.type = QStringLiteral("collection");
        info.entry = std::make_shared<BsonDocument>(BsonDocument::copyOf(doc));
        if (info.type == QLatin1String("view")) {
            bson_iter_t it;
            if (bson_iter_init(&it, doc) && bson_iter_find_descendant(&it, "options.viewOn", &it) && BSON_ITER_HOLDS_UTF8(&it))
                info.viewOn = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
            if (bson_iter_init(&it, doc) && bson_iter_find_descendant(&it, "options.pipeline", &it) && BSON_ITER_HOLDS_ARRAY(&it)) {
                uint32_t len = 0;
                const uint8_t *data = nullptr;
                bson_iter_array(&it, &len, &data);
                bson_t arr;
                if (bson_init_static(&arr, data, len)) {
                    // Encode the array as a document {"0": ..., "1": ...} and take its values in order.
                    const QJsonObject o = bsonToJsonObject(&arr);
                    for (int i = 0; o.contains(QString::number(i)); ++i)
                        info.pipeline.append(o.value(QString::number(i)));
                }
            }
        }
        out << std::move(info);
    }
    bson_error_t error;
    const bool failed = mongoc_cursor_error(cursor, &error);
    mongoc_cursor_destroy(cursor);
    mongoc_database_destroy(db);
    if (failed)
        return mongoError(error, QStringLiteral("cannot list the collections of %1").arg(database));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

Result<QJsonArray> DatabaseCatalog::indexes(const PooledClient &client, const QString &database, const QString &collection)
{
    mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
    mongoc_cursor_t *cursor = mongoc_collection_find_indexes_with_opts(coll, nullptr);
    QJsonArray out;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc)) {
        // Qt's JSON objects sort their keys, but the field order of a compound index's key
        // *is* the index: keep it beside the key.
        QJsonObject spec = bsonToJsonObject(doc);
        QJsonArray order;
        bson_iter_t it, key;
        if (bson_iter_init_find(&it, doc, "key") && BSON_ITER_HOLDS_DOCUMENT(&it) && bson_iter_recurse(&it, &key)) {
            while (bson_iter_next(&key))
                order.append(QString::fromUtf8(bson_iter_key(&key)));
        }
        spec.insert(QStringLiteral("keyOrder"), order);
        out.append(spec);
    }
    bson_error_t error;
    const bool failed = mongoc_cursor_error(cursor, &error);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(coll);
    if (failed)
        return mongoError(error, QStringLiteral("cannot list the indexes of %1.%2").arg(database, collection));
    return out;
}

CollectionEstimate DatabaseCatalog::estimate(const PooledClient &client, const QString &database, const QString &collection)
{
    CollectionEstimate e;
    bool counted = false;
    bson_t *cmd = BCON_NEW("collStats", BCON_UTF8(collection.toUtf8().constData()));
    auto reply = client.command(database, cmd);
    bson_destroy(cmd);
    if (reply) {
        bson_iter_t it;
        if (bson_iter_init_find(&it, reply->get(), "size") && BSON_ITER_HOLDS_NUMBER(&it))
            e.bytes = std::max<qint64>(0, bson_iter_as_int64(&it));
        if (bson_iter_init_find(&it, reply->get(), "count") && BSON_ITER_HOLDS_NUMBER(&it)) {
            e.documents = std::max<qint64>(0, bson_iter_as_int64(&it));
            counted = true;
        }
    }
    if (!counted) {
        mongoc_collection_t *coll = mongoc_client_get_collection(client.get(), database.toUtf8().constData(), collection.toUtf8().constData());
        bson_error_t error;
        const int64_t n = mongoc_collection_estimated_document_count(coll, nullptr, nullptr, nullptr, &error);
        mongoc_collection_destroy(coll);
        e.documents = n < 0 ? 0 : n;
    }
    return e;
}

} // namespace lifeboat
