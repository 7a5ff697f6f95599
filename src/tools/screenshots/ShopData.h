#pragma once

#include "core/mongo/MongoClientPool.h"
#include "core/common/Result.h"

#include <QString>

namespace lifeboat::app {

// The sample "shop" database the screenshots show on the production profile: products,
// customers and enough orders (with their indexes) that a backup or a restore of it is still
// running when its progress is grabbed. Generated from a fixed seed: the same every time.
// Everything here blocks: call it from a worker thread.
class ShopData final {
public:
    static QString databaseName() { return QStringLiteral("shop"); }

    // Fills databaseName() (which should not exist yet) with `orders` orders.
    static Status seed(MongoClientPool &pool, int orders);

    // What went wrong after the backup, for the restore to put right: a price import that set
    // the monitors' prices to 0, a clean-up job that deleted the cancelled orders, and a new
    // collection "promotions".
    static Status breakIt(MongoClientPool &pool);
};

} // namespace lifeboat::app
