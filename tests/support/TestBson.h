#pragma once

#include "core/codec/BsonDocument.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lifeboat::test {

// Canonical, compact Extended JSON of a document, for exact comparisons in tests.
QByteArray canonical(const bson_t *doc);
// A document from Extended JSON in any form; a bad test literal stops the test program.
BsonDocument decode(QByteArrayView json);

} // namespace lifeboat::test
