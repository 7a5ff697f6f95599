#pragma once

#include <bson/bson.h>

namespace lifeboat {

// A BSON document borrowed for the length of a call, as callbacks take it: a std::function
// cannot take `const bson_t *` itself without a warning (bson_t's alignment attribute is lost
// on a template argument). Converts both ways, so a lambda taking `const bson_t *` fits.
struct DocumentRef {
    DocumentRef(const bson_t *d) : doc(d) {} // NOLINT: implicit by design
    operator const bson_t *() const { return doc; } // NOLINT
    const bson_t *doc;
};

} // namespace lifeboat
