#pragma once

#include <QByteArray>
#include <QList>

namespace lifeboat::test {

// The products of ../shared/seeds/snapshot-rollback-tutorial.md as Extended JSON, for the
// tests that replay its upgrade and rollback.
// v1.0: 5 products with 4 fields.
QList<QByteArray> tutorialV1Products();
// v2.0: the 5 migrated with 4 new fields (defaults) and 2 new products: 7 with 8 fields.
QList<QByteArray> tutorialV2Products();

} // namespace lifeboat::test
