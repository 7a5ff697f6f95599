#pragma once

#include <bson/bson.h>

#include <QString>

namespace lifeboat::app {

// A short, readable text of one BSON value for a table cell or a tree row: strings as they
// are, other scalars as relaxed Extended JSON, embedded documents and arrays as a count
// ("Object (3)", "Array (12)"); cut at `maxChars` so a 16 MB value never reaches a view.
class BsonValueText final {
public:
    static QString of(const bson_iter_t *iter, int maxChars = 200);
    // The whole value as relaxed Extended JSON (what a CSV cell holds for a non-string).
    static QString json(const bson_iter_t *iter);
    // Whether the value is a document or an array (a tree row that can expand).
    static bool isContainer(const bson_iter_t *iter);
    // The embedded document or array's bytes (empty for other values).
    static QByteArray containerBytes(const bson_iter_t *iter);
};

} // namespace lifeboat::app
