#pragma once

#include "core/codec/DocumentRef.h"
#include "core/archive/CollectionDocumentReader.h"
#include "core/query/DocumentFilter.h"

namespace lifeboat {

// find(filter).skip(n).limit(m) over an archive's collection: the documents a filter selects,
// in stored order, the first `skip` of them left out, at most `limit` (-1: all). Without a
// filter the skip goes to the reader (which a seekable archive answers without reading the
// documents before it).
struct CollectionQuery {
    DocumentFilter filter;
    qint64 skip = 0;
    qint64 limit = -1;

    // Gets each selected document and its number in the collection; returning false stops.
    using Take = std::function<Result<bool>(DocumentRef doc, qint64 number)>;
    Status run(CollectionDocumentReader &reader, const Take &take, const CancelToken &cancel = CancelToken()) const;
};

} // namespace lifeboat
