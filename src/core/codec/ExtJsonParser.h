#pragma once

#include "core/codec/BsonDocument.h"
#include "core/codec/PackedDocuments.h"

#include <QByteArrayView>

namespace lifeboat {

// A fast path from Extended JSON text to BSON for the documents archives hold: JSON objects,
// arrays, strings, numbers, booleans and null, and the canonical wrappers $oid, $numberInt,
// $numberLong, $numberDouble, $numberDecimal, $date ({"$numberLong": ...}), $binary
// ({"base64", "subType"}) and $timestamp. It builds the document with the same libbson
// appends as libbson's own JSON reader, without that reader's per-document set-up (about a
// fifth of a restore's client CPU) or its general state machine.
//
// Anything else (legacy or relaxed wrappers, any other "$" key, \u0000, invalid UTF-8 or
// JSON, numbers libbson would reject, text after the document) yields a null document, and
// the caller hands the text to bson_new_from_json: the parser never decides what libbson
// would have decided differently, it only declines. Tests hold it to byte-identical output
// with libbson over MongoDB's BSON corpus and the sample data sets.
class ExtJsonParser final {
public:
    static BsonDocument parse(QByteArrayView json);
    // The same into `doc`, whose buffer is reused (a reader parsing millions of documents
    // allocates nothing per document). On false `doc` is a fresh empty document.
    static bool parseInto(QByteArrayView json, BsonDocument &doc);
    // The same onto the end of `batch`; on false the batch is unchanged.
    static bool parseInto(QByteArrayView json, PackedDocuments &batch);
};

} // namespace lifeboat
