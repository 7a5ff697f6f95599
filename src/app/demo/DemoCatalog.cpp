#include "app/demo/DemoCatalog.h"

#include "core/codec/ExtJsonCodec.h"

#include <QObject>

#include <vector>

namespace lifeboat::app {

QString DemoCatalog::databaseName()
{
    return QStringLiteral("demo");
}

QString DemoCatalog::productsCollection()
{
    return QStringLiteral("products");
}

QString DemoCatalog::ordersCollection()
{
    return QStringLiteral("orders");
}

QList<QByteArray> DemoCatalog::products()
{
    // The tutorial's v1.0 schema: id (BigInteger), name, price (Integer), stock (Integer).
    return {
        R"({"_id": {"$numberLong": "1"}, "name": "Gaming Laptop", "price": {"$numberInt": "1500"}, "stock": {"$numberInt": "20"}})",
        R"({"_id": {"$numberLong": "2"}, "name": "Wireless Mouse", "price": {"$numberInt": "30"}, "stock": {"$numberInt": "150"}})",
        R"({"_id": {"$numberLong": "3"}, "name": "Mechanical Keyboard", "price": {"$numberInt": "120"}, "stock": {"$numberInt": "80"}})",
        R"({"_id": {"$numberLong": "4"}, "name": "4K Monitor", "price": {"$numberInt": "400"}, "stock": {"$numberInt": "45"}})",
        R"({"_id": {"$numberLong": "5"}, "name": "USB-C Hub", "price": {"$numberInt": "50"}, "stock": {"$numberInt": "200"}})",
    };
}

QList<QByteArray> DemoCatalog::orders()
{
    return {
        R"({"_id": {"$numberLong": "1001"}, "product_id": {"$numberLong": "1"}, "customer": "Ana Lima", "quantity": {"$numberInt": "1"}, "total": {"$numberInt": "1500"}, "status": "shipped", "ordered_at": {"$date": {"$numberLong": "1736154720000"}}})",
        R"({"_id": {"$numberLong": "1002"}, "product_id": {"$numberLong": "2"}, "customer": "Ben Okafor", "quantity": {"$numberInt": "3"}, "total": {"$numberInt": "90"}, "status": "delivered", "ordered_at": {"$date": {"$numberLong": "1736174400000"}}})",
        R"({"_id": {"$numberLong": "1003"}, "product_id": {"$numberLong": "4"}, "customer": "Chen Wei", "quantity": {"$numberInt": "2"}, "total": {"$numberInt": "800"}, "status": "processing", "ordered_at": {"$date": {"$numberLong": "1736237100000"}}})",
        R"({"_id": {"$numberLong": "1004"}, "product_id": {"$numberLong": "3"}, "customer": "Dana Novak", "quantity": {"$numberInt": "1"}, "total": {"$numberInt": "120"}, "status": "shipped", "ordered_at": {"$date": {"$numberLong": "1736357400000"}}})",
        R"({"_id": {"$numberLong": "1005"}, "product_id": {"$numberLong": "5"}, "customer": "Ana Lima", "quantity": {"$numberInt": "4"}, "total": {"$numberInt": "200"}, "status": "pending", "ordered_at": {"$date": {"$numberLong": "1736420400000"}}})",
        R"({"_id": {"$numberLong": "1006"}, "product_id": {"$numberLong": "2"}, "customer": "Eli Cohen", "quantity": {"$numberInt": "1"}, "total": {"$numberInt": "30"}, "status": "cancelled", "ordered_at": {"$date": {"$numberLong": "1736451900000"}}})",
    };
}

namespace {

Status insertAll(PooledClient &client, const QString &collection, const QList<QByteArray> &json)
{
    std::vector<BsonDocument> docs;
    for (const auto &text : json) {
        auto doc = ExtJsonCodec::decode(text);
        if (!doc)
            return doc.error().wrapped(QStringLiteral("demo catalog"));
        docs.push_back(std::move(*doc));
    }
    // An array of pointers (bson_t's alignment attribute keeps it out of std::vector).
    auto ptrs = static_cast<const bson_t **>(bson_malloc(docs.size() * sizeof(void *)));
    for (size_t i = 0; i < docs.size(); ++i)
        ptrs[i] = docs[i].get();
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), DemoCatalog::databaseName().toUtf8().constData(),
                                                          collection.toUtf8().constData());
    bson_error_t error;
    const bool ok = mongoc_collection_insert_many(c, ptrs, docs.size(), nullptr, nullptr, &error);
    mongoc_collection_destroy(c);
    bson_free(ptrs);
    if (!ok)
        return mongoError(error, QObject::tr("cannot fill the demo collection %1").arg(collection));
    return {};
}

} // namespace

Status DemoCatalog::seed(MongoClientPool &pool)
{
    auto client = pool.acquire();
    if (auto st = insertAll(client, productsCollection(), products()); !st)
        return st;
    if (auto st = insertAll(client, ordersCollection(), orders()); !st)
        return st;
    bson_t *cmd = BCON_NEW("createIndexes", BCON_UTF8("orders"), "indexes", "[", "{", "key", "{", "product_id",
                           BCON_INT32(1), "}", "name", BCON_UTF8("product_id_1"), "}", "]");
    auto reply = client.command(databaseName(), cmd);
    bson_destroy(cmd);
    if (!reply)
        return reply.error().wrapped(QObject::tr("cannot index the demo orders"));
    return {};
}

} // namespace lifeboat::app
