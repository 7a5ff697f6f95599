#include "tools/screenshots/ShopData.h"

#include "core/codec/BsonDocument.h"

#include <QByteArray>
#include <QObject>

#include <array>
#include <cstdint>
#include <random>
#include <vector>

namespace lifeboat::app {

namespace {

constexpr int kBatch = 1000;
constexpr int kCustomers = 2500;
constexpr int64_t kFirstOrderMs = 1735689600000; // 2025-01-01T00:00:00Z

struct Product {
    const char *name;
    const char *category;
    int price;
};

// The tutorial's five products first, then the rest of the catalog.
const std::array<Product, 24> kProducts = {{
    {"Gaming Laptop", "Computers", 1500},    {"Wireless Mouse", "Accessories", 30},   {"Mechanical Keyboard", "Accessories", 120},
    {"4K Monitor", "Monitors", 400},         {"USB-C Hub", "Accessories", 50},        {"Ultrabook 14", "Computers", 1100},
    {"Desktop Tower", "Computers", 950},     {"27\" QHD Monitor", "Monitors", 320},   {"34\" Ultrawide Monitor", "Monitors", 610},
    {"Portable Monitor", "Monitors", 210},   {"Webcam HD", "Accessories", 70},        {"Noise-cancelling Headset", "Audio", 180},
    {"Desk Speakers", "Audio", 90},          {"USB Microphone", "Audio", 110},        {"Docking Station", "Accessories", 220},
    {"External SSD 1 TB", "Storage", 130},   {"NAS 4-bay", "Storage", 480},           {"SD Card 128 GB", "Storage", 25},
    {"Laptop Stand", "Accessories", 45},     {"Ergonomic Chair", "Furniture", 390},   {"Standing Desk", "Furniture", 540},
    {"Graphics Tablet", "Accessories", 260}, {"Wi-Fi 6 Router", "Networking", 150},  {"Ethernet Switch 8-port", "Networking", 60},
}};

const std::array<const char *, 16> kFirstNames = {"Ana",  "Ben",  "Chen", "Dana", "Eli",  "Fatima", "Gustav", "Hana",
                                                  "Ivan", "Jade", "Kofi", "Lena", "Mateo", "Nora", "Omar",   "Priya"};
const std::array<const char *, 16> kLastNames = {"Lima",  "Okafor", "Wei",    "Novak", "Cohen",  "Haddad", "Berg",   "Sato",
                                                 "Petrov", "Moreau", "Mensah", "Vogel", "Garcia", "Lund",   "Farouk", "Rao"};
const std::array<const char *, 8> kCities = {"Lisbon", "Lagos", "Shanghai", "Prague", "Haifa", "Berlin", "Osaka", "Lyon"};
// Weighted: most orders are delivered.
const std::array<const char *, 10> kStatuses = {"delivered", "delivered", "delivered", "delivered", "shipped",
                                                "shipped",   "processing", "pending",  "cancelled", "delivered"};

// Inserts `count` documents, `fill(doc, i)` writing the i-th, in bulk writes of kBatch.
// (A template, not std::function: libbson's bson_t is an over-aligned type, which GCC will
// not carry into a template argument without a warning.)
template <typename Fill>
Status insertBatches(PooledClient &client, const char *collection, int count, const Fill &fill)
{
    mongoc_collection_t *c = mongoc_client_get_collection(client.get(), ShopData::databaseName().toUtf8().constData(), collection);
    Status status;
    for (int first = 0; first < count && status.ok(); first += kBatch) {
        const int n = std::min(kBatch, count - first);
        mongoc_bulk_operation_t *bulk = mongoc_collection_create_bulk_operation_with_opts(c, nullptr);
        for (int i = 0; i < n; ++i) {
            BsonDocument doc;
            fill(doc.get(), first + i);
            mongoc_bulk_operation_insert_with_opts(bulk, doc.get(), nullptr, nullptr);
        }
        bson_error_t error;
        if (!mongoc_bulk_operation_execute(bulk, nullptr, &error))
            status = mongoError(error, QObject::tr("cannot fill %1.%2").arg(ShopData::databaseName(), QString::fromUtf8(collection)));
        mongoc_bulk_operation_destroy(bulk);
    }
    mongoc_collection_destroy(c);
    return status;
}

Status command(PooledClient &client, bson_t *cmd, const QString &what)
{
    auto reply = client.command(ShopData::databaseName(), cmd);
    bson_destroy(cmd);
    if (!reply)
        return reply.error().wrapped(what);
    return {};
}

} // namespace

Status ShopData::seed(MongoClientPool &pool, int orders)
{
    auto client = pool.acquire();
    std::mt19937 random(20261201); // fixed: the same shop every time

    if (auto st = insertBatches(client, "products", int(kProducts.size()),
                                [](bson_t *doc, int i) {
                                    const Product &p = kProducts[size_t(i)];
                                    BSON_APPEND_INT64(doc, "_id", i + 1);
                                    BSON_APPEND_UTF8(doc, "name", p.name);
                                    BSON_APPEND_UTF8(doc, "category", p.category);
                                    BSON_APPEND_INT32(doc, "price", p.price);
                                    BSON_APPEND_INT32(doc, "stock", 20 + (i * 37) % 180);
                                });
        !st)
        return st;

    if (auto st = insertBatches(client, "customers", kCustomers,
                                [&random](bson_t *doc, int i) {
                                    const char *first = kFirstNames[random() % kFirstNames.size()];
                                    const char *last = kLastNames[random() % kLastNames.size()];
                                    const QByteArray name = QByteArray(first) + ' ' + last;
                                    const QByteArray email = QByteArray(first).toLower() + '.' + QByteArray(last).toLower() + '.'
                                                             + QByteArray::number(i + 1) + "@example.com";
                                    BSON_APPEND_INT32(doc, "_id", i + 1);
                                    BSON_APPEND_UTF8(doc, "name", name.constData());
                                    BSON_APPEND_UTF8(doc, "email", email.constData());
                                    BSON_APPEND_UTF8(doc, "city", kCities[random() % kCities.size()]);
                                    BSON_APPEND_DATE_TIME(doc, "since", kFirstOrderMs - int64_t(random() % 1000) * 86400000);
                                });
        !st)
        return st;

    if (auto st = insertBatches(client, "orders", orders,
                                [&random](bson_t *doc, int i) {
                                    const size_t product = random() % kProducts.size();
                                    const int quantity = 1 + int(random() % 4);
                                    BSON_APPEND_INT64(doc, "_id", 100001 + i);
                                    BSON_APPEND_INT32(doc, "customer_id", 1 + int(random() % kCustomers));
                                    BSON_APPEND_INT64(doc, "product_id", int64_t(product) + 1);
                                    BSON_APPEND_INT32(doc, "quantity", quantity);
                                    BSON_APPEND_INT32(doc, "total", quantity * kProducts[product].price);
                                    BSON_APPEND_UTF8(doc, "status", kStatuses[random() % kStatuses.size()]);
                                    BSON_APPEND_DATE_TIME(doc, "ordered_at", kFirstOrderMs + int64_t(i) * 240000);
                                });
        !st)
        return st;

    if (auto st = command(client,
                          BCON_NEW("createIndexes", BCON_UTF8("orders"), "indexes", "[", "{", "key", "{", "customer_id", BCON_INT32(1), "}",
                                   "name", BCON_UTF8("customer_id_1"), "}", "{", "key", "{", "status", BCON_INT32(1), "ordered_at",
                                   BCON_INT32(-1), "}", "name", BCON_UTF8("status_1_ordered_at_-1"), "}", "]"),
                          QObject::tr("cannot index the orders"));
        !st)
        return st;
    return command(client,
                   BCON_NEW("createIndexes", BCON_UTF8("customers"), "indexes", "[", "{", "key", "{", "email", BCON_INT32(1), "}", "name",
                            BCON_UTF8("email_1"), "unique", BCON_BOOL(true), "}", "]"),
                   QObject::tr("cannot index the customers"));
}

Status ShopData::breakIt(MongoClientPool &pool)
{
    auto client = pool.acquire();
    if (auto st = command(client,
                          BCON_NEW("update", BCON_UTF8("products"), "updates", "[", "{", "q", "{", "category", BCON_UTF8("Monitors"), "}",
                                   "u", "{", "$set", "{", "price", BCON_INT32(0), "}", "}", "multi", BCON_BOOL(true), "}", "]"),
                          QObject::tr("cannot change the products"));
        !st)
        return st;
    if (auto st = command(client,
                          BCON_NEW("delete", BCON_UTF8("orders"), "deletes", "[", "{", "q", "{", "status", BCON_UTF8("cancelled"), "}",
                                   "limit", BCON_INT32(0), "}", "]"),
                          QObject::tr("cannot delete the cancelled orders"));
        !st)
        return st;
    return insertBatches(client, "promotions", 3, [](bson_t *doc, int i) {
        static const char *const codes[] = {"WINTER10", "MONITOR25", "FREESHIP"};
        BSON_APPEND_INT32(doc, "_id", i + 1);
        BSON_APPEND_UTF8(doc, "code", codes[i]);
        BSON_APPEND_INT32(doc, "percent", i == 1 ? 25 : 10);
    });
}

} // namespace lifeboat::app
