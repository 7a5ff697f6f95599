#pragma once

#include "core/codec/ExtJsonCodec.h"
#include "core/codec/JsonTextOutput.h"

#include <bson/bson.h>

namespace lifeboat {

// Writes one BSON document as Extended JSON v2 straight into the caller's buffer, in one
// pass over the BSON: keys and strings UTF-8-validated and escaped as they are copied,
// numbers formatted without printf (JsonDoubleFormat), no heap string of its own. The text
// is byte for byte what libbson's bson_as_canonical_extended_json /
// bson_as_relaxed_extended_json followed by ExtJsonCodec::reformat gave (tests compare the
// two over MongoDB's BSON corpus, the sample data sets and random documents).
//
// Where the text would need a judgement of libbson's that is not worth repeating (invalid
// UTF-8 or BSON, nesting deeper than libbson's 200 levels, relaxed dates outside years
// 1970 to 9999, a DBPointer's collection holding a NUL), write() answers Fallback and leaves
// the buffer as it found it; ExtJsonCodec then takes the libbson path. A value Extended
// JSON cannot carry exactly answers NeedsRawBson (see ExtJsonCodec::needsRawBson).
//
// Holds no state between calls; one instance per thread, or one per call.
class ExtJsonWriter final {
public:
    enum class Outcome { Written, NeedsRawBson, Fallback };

    ExtJsonWriter(JsonStyle style, int indent) : m_canonical(style == JsonStyle::Canonical), m_indent(indent) {}

    // Appends the document's text to `out` (Written), or leaves `out` unchanged.
    Outcome write(const bson_t *doc, QByteArray &out) const;

private:
    bool m_canonical;
    int m_indent;
};

} // namespace lifeboat
