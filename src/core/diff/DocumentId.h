#pragma once

#include <bson/bson.h>

#include <QByteArray>

namespace lifeboat {

// A document's _id as the diff and the surgical restore key documents by: the BSON bytes of
// {_id: value}, which two equal _ids of the same type share (1 and 1.0 are two keys, though
// MongoDB's unique index holds them equal; a collection rarely mixes them).
class DocumentId final {
public:
    // {} when the document has no _id.
    static QByteArray keyOf(const bson_t *doc);
    // The _id value as canonical Extended JSON: "{\"$oid\":\"...\"}", "\"A-17\"", "{\"$numberInt\":\"5\"}".
    static QByteArray toJson(const QByteArray &key);
    // The {_id: value} document of a key.
    static bool viewKey(const QByteArray &key, bson_t *out);
};

} // namespace lifeboat
