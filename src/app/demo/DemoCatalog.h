#pragma once

#include "core/mongo/MongoClientPool.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lifeboat::app {

// The sample data of `lifeboat --demo`: the shop of the snapshot-and-rollback tutorial in its
// v1.0 state. Collection "products" holds the tutorial's five products with its four fields
// (_id, name, price, stock); "orders" holds a handful of orders for them (indexed by product).
class DemoCatalog final {
public:
    // The database the tutorial works on.
    static QString databaseName();
    static QString productsCollection();
    static QString ordersCollection();

    // The documents as canonical Extended JSON, one per entry.
    static QList<QByteArray> products();
    static QList<QByteArray> orders();

    // Inserts the catalog into databaseName() (which should be empty) and creates the orders'
    // index. Blocking: call it from a worker thread.
    static Status seed(MongoClientPool &pool);
};

} // namespace lifeboat::app
