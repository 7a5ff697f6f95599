#pragma once

#include "core/codec/BsonDocument.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>

namespace lifeboat {

// How documents are written as MongoDB Extended JSON v2.
enum class JsonStyle {
    Canonical, // every BSON type and number type survives (the default)
    Relaxed,   // numbers and dates readable; int64/int32/double distinctions may be lost
};

QString jsonStyleName(JsonStyle style);

// Encodes BSON documents as Extended JSON v2 (ExtJsonWriter, libbson's writer for what it
// declines) and decodes canonical, relaxed and legacy (pymongo 3 / mongoexport) Extended
// JSON back to BSON (ExtJsonParser, libbson's reader for what it declines).
class ExtJsonCodec final {
public:
    // Appends one document to `out`, without a trailing newline. `indent` 0 writes the most
    // compact form (no insignificant white space); above 0, one key per line.
    static Status encode(const bson_t *doc, JsonStyle style, int indent, QByteArray &out);
    static Result<QByteArray> encode(const bson_t *doc, JsonStyle style, int indent = 0);
    // The same text through libbson (bson_as_canonical_extended_json or
    // bson_as_relaxed_extended_json, then reformat()): what encode() did before
    // ExtJsonWriter, and still does for the documents that writer declines.
    static Status encodeWithLibbson(const bson_t *doc, JsonStyle style, int indent, QByteArray &out);

    // Parses exactly one JSON document.
    static Result<BsonDocument> decode(QByteArrayView json);
    // A JSON array of canonical Extended JSON values (a view's pipeline as the manifest keeps
    // it) as a BSON array document ({"0": ..., "1": ...}).
    static Result<BsonDocument> decodeArray(const QJsonArray &array);

    // True when Extended JSON cannot carry this document exactly: a double NaN with a payload
    // or sign, a non-canonical Decimal128 (NaN payloads, invalid representations), or
    // JavaScript code containing a NUL. encode() writes such a document as
    // {"$lifeboatRawBson": "<base64 of its BSON>"} instead, so nothing is ever lost.
    static bool needsRawBson(const bson_t *doc);
    static constexpr const char *RawBsonKey = "$lifeboatRawBson";

    // Re-indents JSON text: strips insignificant white space outside strings, and with
    // indent > 0 puts each member and element on its own line.
    static void reformat(QByteArrayView json, int indent, QByteArray &out);
};

} // namespace lifeboat
